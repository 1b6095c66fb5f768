//! `docker kill` / `docker container kill`: SIGKILL to running containers (status 137).

use super::{Args, Flag, Parsed, Spec};
use crate::runtime::State;
use crate::sh::Invocation;
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "container kill",
    usage: "[OPTIONS] CONTAINER [CONTAINER...]",
    short: "Kill one or more running containers",
    aliases: &["kill"],
    flags: &[Flag::value(
        "signal",
        Some('s'),
        "string",
        "Signal to send to the container",
    )],
    args: Args::Min(1),
    interspersed: true,
    run,
};

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let mut status = 0;
    for name in &p.args {
        let d = &mut inv.machine.daemon;
        d.reap();
        match d.runtime.find(name) {
            Ok(i) => {
                let (running, id) = d
                    .runtime
                    .get(i)
                    .map(|c| (c.state == State::Running, c.id.clone()))
                    .unwrap_or((false, String::new()));
                if running {
                    d.kill_container(i);
                    d.reap();
                    inv.out(format!("{name}\n"));
                } else {
                    inv.err(format!(
                        "Error response from daemon: cannot kill container: {name}: container {id} is not running\n"
                    ));
                    status = 1;
                }
            }
            Err(e) => {
                inv.err(format!(
                    "Error response from daemon: cannot kill container: {name}: {e}\n"
                ));
                status = 1;
            }
        }
    }
    status
}
