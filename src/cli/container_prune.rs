//! `docker container prune`: remove every stopped container, after docker's confirmation
//! prompt unless `-f`; the removed IDs and the space their writable layers held.

use super::prune::{run_prune, section};
use super::{Args, Flag, Parsed, Spec};
use crate::runtime::State;
use crate::sh::Invocation;
use crate::world::{Daemon, Host};

pub const SPEC: Spec = Spec {
    path: "container prune",
    usage: "[OPTIONS]",
    short: "Remove all stopped containers",
    aliases: &[],
    flags: &[
        Flag::value(
            "filter",
            None,
            "filter",
            "Provide filter values (e.g. \"until=<timestamp>\")",
        ),
        Flag::bool("force", Some('f'), "Do not prompt for confirmation"),
    ],
    args: Args::None,
    interspersed: true,
    run,
};

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    run_prune(
        inv,
        p,
        "WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ",
        prune_containers,
    )
}

/// Remove the containers that are not running, as `container prune` and `system prune` do:
/// the `Deleted Containers:` section and the bytes of their writable layers.
pub fn prune_containers(daemon: &mut Daemon) -> (String, u64) {
    daemon.reap();
    let mut lines = String::new();
    let mut reclaimed = 0;
    while let Some(i) = daemon
        .runtime
        .containers()
        .iter()
        .position(|c| c.state != State::Running)
    {
        if let Some(c) = daemon.runtime.get(i) {
            if let Some(image) = daemon.engine.image_fs(&c.config.image_id) {
                reclaimed += crate::vfs::layer_entries(image, &c.fs)
                    .iter()
                    .map(|e| e.size())
                    .sum::<u64>();
            }
        }
        if let Some(c) = daemon.runtime.remove(i) {
            lines.push_str(&c.id);
            lines.push('\n');
        }
    }
    (section("Deleted Containers:", &lines), reclaimed)
}
