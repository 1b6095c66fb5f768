//! `docker start` / `docker container start`: start stopped containers again (the same
//! command on the same filesystem); `-a` attaches to the output.

use super::{Args, Flag, Parsed, Spec};
use crate::runtime::terminal::{Attached, ContainerShell};
use crate::runtime::Started;
use crate::sh::Invocation;
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "container start",
    usage: "[OPTIONS] CONTAINER [CONTAINER...]",
    short: "Start one or more stopped containers",
    aliases: &["start"],
    flags: &[
        Flag::bool(
            "attach",
            Some('a'),
            "Attach STDOUT/STDERR and forward signals",
        ),
        Flag::bool("interactive", Some('i'), "Attach container's STDIN"),
    ],
    args: Args::Min(1),
    interspersed: true,
    run,
};

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let attach = p.on("attach") || p.on("interactive");
    if attach && p.args.len() > 1 {
        inv.err("You cannot start and attach multiple containers at once.\n");
        return 1;
    }
    let mut failed: Vec<&str> = Vec::new();
    for name in &p.args {
        let d = &mut inv.machine.daemon;
        d.reap();
        let i = match d.runtime.find(name) {
            Ok(i) => i,
            Err(e) => {
                inv.err(format!("Error response from daemon: {e}\n"));
                failed.push(name);
                continue;
            }
        };
        let (id, tty, stdin) = d
            .runtime
            .get(i)
            .map(|c| (c.id.clone(), c.config.tty, c.config.open_stdin))
            .unwrap_or_default();
        let before = d.runtime.get(i).map(|c| c.logs.len()).unwrap_or(0);
        match d.start_container(i, attach, stdin && p.on("interactive")) {
            Err(e) => {
                inv.err(format!("Error response from daemon: {}\n", e.message));
                failed.push(name);
            }
            Ok(started) => {
                if !attach {
                    inv.out(format!("{name}\n"));
                    continue;
                }
                match started {
                    Started::Finished(status) => {
                        super::run::print_logs(inv, i, before);
                        inv.machine.daemon.reap();
                        return status;
                    }
                    Started::Running => {
                        let shown = super::run::print_logs(inv, i, before);
                        inv.machine.daemon.foreground = Some(Box::new(Attached {
                            id,
                            shown,
                            follow_only: false,
                        }));
                    }
                    Started::Shell(shell) => {
                        inv.machine.daemon.foreground = Some(Box::new(ContainerShell {
                            id,
                            shell,
                            exec: false,
                            tty,
                        }));
                    }
                }
            }
        }
    }
    if failed.is_empty() {
        0
    } else {
        inv.err(format!(
            "Error: failed to start containers: {}\n",
            failed.join(", ")
        ));
        1
    }
}
