//! `docker builder prune`: empty the build cache. Without `-a` the cached steps whose layers
//! no listed image holds; with `-a` every cached step and the base images BuildKit pulled into
//! it. Docker's confirmation prompt unless `-f`, then the records deleted and the space freed.

use super::prune::{bad_filter, confirmed, section};
use super::{Args, Flag, Parsed, Spec};
use crate::engine::human_size;
use crate::sh::Invocation;
use crate::world::{Daemon, Host};

pub const SPEC: Spec = Spec {
    path: "builder prune",
    usage: "",
    short: "Remove build cache",
    aliases: &[],
    flags: &[
        Flag::bool(
            "all",
            Some('a'),
            "Remove all unused build cache, not just dangling ones",
        ),
        Flag::value(
            "filter",
            None,
            "filter",
            "Provide filter values (e.g. \"until=24h\")",
        ),
        Flag::bool("force", Some('f'), "Do not prompt for confirmation"),
        Flag::value(
            "keep-storage",
            None,
            "bytes",
            "Amount of disk space to keep for cache",
        ),
    ],
    args: Args::None,
    interspersed: true,
    run,
};

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let all = p.on("all");
    if let Some(e) = bad_filter(p) {
        inv.err(e);
        return 1;
    }
    if !p.on("force") {
        inv.out(if all {
            "WARNING! This will remove all build cache. Are you sure you want to continue? [y/N] "
        } else {
            "WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] "
        });
        if !confirmed(&inv.stdin) {
            // A refusal cancels the command: nothing more, status 0 (as for image prune).
            return 0;
        }
    }
    let (section, reclaimed) = prune_cache(&mut inv.machine.daemon, all);
    inv.out(format!(
        "{section}Total reclaimed space: {}\n",
        human_size(reclaimed)
    ));
    0
}

/// Prune the build cache, as `builder prune` and `system prune` do: the `Deleted build cache
/// objects:` section and the bytes given back.
pub fn prune_cache(daemon: &mut Daemon, all: bool) -> (String, u64) {
    let pruned = daemon.engine.prune_build_cache(all);
    let lines: String = pruned.records.iter().map(|id| format!("{id}\n")).collect();
    (
        section("Deleted build cache objects:", &lines),
        pruned.reclaimed,
    )
}
