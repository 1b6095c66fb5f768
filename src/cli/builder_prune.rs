//! `docker builder prune`: empty the build cache. Without `-a` the cached steps whose layers
//! no listed image holds; with `-a` every cached step and the base images BuildKit pulled into
//! it. Docker's confirmation prompt unless `-f`, then the records deleted and the space freed.

use super::prune::{run_prune, section};
use super::{Args, Flag, Parsed, Spec};
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
    let warning = if all {
        "WARNING! This will remove all build cache. Are you sure you want to continue? [y/N] "
    } else {
        "WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] "
    };
    run_prune(inv, p, warning, |d| prune_cache(d, all))
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
