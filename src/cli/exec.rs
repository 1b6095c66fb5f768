//! `docker exec` / `docker container exec`: run another command in a running container, on
//! its filesystem, with its environment; `-it` with a shell takes the terminal over.

use super::{Args, Flag, Parsed, Spec};
use crate::runtime::terminal::ContainerShell;
use crate::runtime::{process, State};
use crate::sh::{Flavour, Invocation, Invoked, Shell};
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "container exec",
    usage: "[OPTIONS] CONTAINER COMMAND [ARG...]",
    short: "Execute a command in a running container",
    aliases: &["exec"],
    flags: &[
        Flag::bool(
            "detach",
            Some('d'),
            "Detached mode: run command in the background",
        ),
        Flag::value("env", Some('e'), "list", "Set environment variables"),
        Flag::bool(
            "interactive",
            Some('i'),
            "Keep STDIN open even if not attached",
        ),
        Flag::bool("tty", Some('t'), "Allocate a pseudo-TTY"),
        Flag::value(
            "user",
            Some('u'),
            "string",
            "Username or UID (format: \"<name|uid>[:<group|gid>]\")",
        ),
        Flag::value(
            "workdir",
            Some('w'),
            "string",
            "Working directory inside the container",
        ),
    ],
    args: Args::Min(2),
    interspersed: false,
    run,
};

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let name = p.args.first().cloned().unwrap_or_default();
    let argv: Vec<String> = p.args.get(1..).map(|a| a.to_vec()).unwrap_or_default();
    let d = &mut inv.machine.daemon;
    d.reap();
    let i = match d.runtime.find(&name) {
        Ok(i) => i,
        Err(e) => {
            inv.err(format!("Error response from daemon: {e}\n"));
            return 1;
        }
    };
    let Some(c) = d.runtime.get(i) else {
        return 1;
    };
    if c.state != State::Running {
        let msg = format!(
            "Error response from daemon: container {} is not running\n",
            c.id
        );
        inv.err(msg);
        return 1;
    }
    let id = c.id.clone();
    let mut env = c.process_env();
    if p.on("tty") && !env.iter().any(|(k, _)| k == "TERM") {
        env.push(("TERM".into(), "xterm".into()));
    }
    for e in p.all("env") {
        if let Some((k, v)) = e.split_once('=') {
            env.retain(|(ek, _)| ek != k);
            env.push((k.to_string(), v.to_string()));
        } else if let Some(v) = inv.env.get(e) {
            env.retain(|(ek, _)| ek != e);
            env.push((e.to_string(), v.clone()));
        }
    }
    let cwd = p
        .last("workdir")
        .map(str::to_string)
        .unwrap_or_else(|| c.cwd());
    let path_var = env
        .iter()
        .find(|(k, _)| k == "PATH")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let first = argv.first().cloned().unwrap_or_default();
    let lookup = crate::sh::lookup(&c.fs, &first, &path_var, &cwd);
    let base = first.rsplit('/').next().unwrap_or(&first).to_string();
    let is_shell = matches!(base.as_str(), "sh" | "bash" | "ash" | "dash");
    if let crate::sh::Lookup::Found(path) = &lookup {
        if p.on("interactive") && is_shell {
            let flavour = if base == "bash" {
                Flavour::Bash
            } else {
                crate::sh::shell_flavour(&c.fs, path).unwrap_or(Flavour::Dash)
            };
            let shell = Shell::new(flavour, &first, Invoked::Interactive)
                .with_env(env)
                .with_cwd(&cwd)
                .with_pid(7);
            inv.machine.daemon.foreground = Some(Box::new(ContainerShell {
                id,
                shell: Box::new(shell),
                exec: true,
                tty: p.on("tty"),
            }));
            return 0;
        }
    }
    let flavour = crate::sh::shell_flavour(&c.fs, "/bin/sh").unwrap_or(Flavour::Dash);
    // `-u` runs this one command as another user: the container's own setting comes back.
    let saved = p.last("user").and_then(|u| {
        let c = inv.machine.daemon.runtime.get_mut(i)?;
        Some(std::mem::replace(&mut c.config.user, u.to_string()))
    });
    let outcome = inv.machine.daemon.in_container(i, |m, programs| {
        let mut sh = Shell::docker_run(flavour).with_env(env).with_cwd(&cwd);
        sh.exec::<dyn crate::sh::Machine>(m, programs, &argv, b"")
    });
    if let (Some(u), Some(c)) = (saved, inv.machine.daemon.runtime.get_mut(i)) {
        c.config.user = u;
    }
    match outcome {
        Some(Ok(out)) => {
            if !p.on("detach") {
                for (s, b) in out.output.chunks() {
                    match s {
                        crate::sh::Stream::Stdout => inv.out(b),
                        crate::sh::Stream::Stderr => inv.err(b),
                    }
                }
            }
            out.status
        }
        Some(Err(why)) => {
            let (msg, status) = process::exec_failure(&first, &why);
            inv.out(format!("{msg}\n"));
            status
        }
        None => 1,
    }
}
