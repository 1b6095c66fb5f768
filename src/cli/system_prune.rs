//! `docker system prune`: stopped containers, unused networks (the simulation has only the
//! default ones, which stay), dangling images (with `-a`, every unused image) and the build
//! cache, after docker's confirmation listing; each part's section, then the space freed.

use super::builder_prune::prune_cache;
use super::container_prune::prune_containers;
use super::prune::{prune_images, run_prune};
use super::{Args, Flag, Parsed, Spec};
use crate::sh::Invocation;
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "system prune",
    usage: "[OPTIONS]",
    short: "Remove unused data",
    aliases: &[],
    flags: &[
        Flag::bool(
            "all",
            Some('a'),
            "Remove all unused images not just dangling ones",
        ),
        Flag::value(
            "filter",
            None,
            "filter",
            "Provide filter values (e.g. \"label=<key>=<value>\")",
        ),
        Flag::bool("force", Some('f'), "Do not prompt for confirmation"),
        Flag::bool("volumes", None, "Prune anonymous volumes"),
    ],
    args: Args::None,
    interspersed: true,
    run,
};

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let all = p.on("all");
    let mut warning = String::from("WARNING! This will remove:\n");
    warning.push_str("  - all stopped containers\n");
    warning.push_str("  - all networks not used by at least one container\n");
    if p.on("volumes") {
        warning.push_str("  - all anonymous volumes not used by at least one container\n");
    }
    warning.push_str(if all {
        "  - all images without at least one container associated to them\n  - all build cache\n"
    } else {
        "  - all dangling images\n  - unused build cache\n"
    });
    warning.push_str("\nAre you sure you want to continue? [y/N] ");
    run_prune(inv, p, &warning, |d| {
        let (containers, c_bytes) = prune_containers(d);
        let (images, i_bytes) = prune_images(d, all);
        let (cache, b_bytes) = prune_cache(d, all);
        (
            format!("{containers}{images}{cache}"),
            c_bytes + i_bytes + b_bytes,
        )
    })
}
