//! `docker rm` / `docker container rm`: remove stopped containers, or running ones with `-f`
//! (killed first); prints each name as given.

use super::{Args, Flag, Parsed, Spec};
use crate::runtime::State;
use crate::sh::Invocation;
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "container rm",
    usage: "[OPTIONS] CONTAINER [CONTAINER...]",
    short: "Remove one or more containers",
    aliases: &["container remove", "rm"],
    flags: &[
        Flag::bool(
            "force",
            Some('f'),
            "Force the removal of a running container (uses SIGKILL)",
        ),
        Flag::bool(
            "volumes",
            Some('v'),
            "Remove anonymous volumes associated with the container",
        ),
    ],
    args: Args::Min(1),
    interspersed: true,
    run,
};

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let force = p.on("force");
    let mut status = 0;
    for name in &p.args {
        let d = &mut inv.machine.daemon;
        d.reap();
        match d.runtime.find(name) {
            Ok(i) => {
                let (running, cname) = d
                    .runtime
                    .get(i)
                    .map(|c| (c.state == State::Running, c.name.clone()))
                    .unwrap_or((false, String::new()));
                if running && !force {
                    inv.err(format!(
                        "Error response from daemon: cannot remove container \"/{cname}\": container is running: stop the container before removing or force remove\n"
                    ));
                    status = 1;
                    continue;
                }
                if running {
                    d.kill_container(i);
                }
                if let Ok(i) = d.runtime.find(name) {
                    d.runtime.remove(i);
                }
                inv.out(format!("{name}\n"));
            }
            // `-f` on a container that is not there is not an error.
            Err(_) if force => {}
            Err(e) => {
                inv.err(format!("Error response from daemon: {e}\n"));
                status = 1;
            }
        }
    }
    status
}
