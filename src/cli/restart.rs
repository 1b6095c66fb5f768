//! `docker restart` / `docker container restart`: stop (with the timeout) and start again.

use super::{Args, Parsed, Spec};
use crate::sh::Invocation;
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "container restart",
    usage: "[OPTIONS] CONTAINER [CONTAINER...]",
    short: "Restart one or more containers",
    aliases: &["restart"],
    flags: super::stop::FLAGS,
    args: Args::Min(1),
    interspersed: true,
    run,
};

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let t = match super::stop::timeout(p) {
        Ok(t) => t,
        Err(e) => {
            inv.err(format!("{e}\nSee 'docker restart --help'.\n"));
            return 125;
        }
    };
    let t = if super::stop::kills_at_once(p) { 0 } else { t };
    let mut status = 0;
    for name in &p.args {
        let d = &mut inv.machine.daemon;
        d.reap();
        let i = match d.runtime.find(name) {
            Ok(i) => i,
            Err(e) => {
                inv.err(format!("Error response from daemon: {e}\n"));
                status = 1;
                continue;
            }
        };
        d.stop_container(i, t);
        let interactive = d
            .runtime
            .get(i)
            .map(|c| c.config.open_stdin)
            .unwrap_or(false);
        match d.start_container(i, false, interactive) {
            Ok(_) => inv.out(format!("{name}\n")),
            Err(e) => {
                inv.err(format!(
                    "Error response from daemon: Cannot restart container {name}: {}\n",
                    e.message
                ));
                status = 1;
            }
        }
    }
    status
}
