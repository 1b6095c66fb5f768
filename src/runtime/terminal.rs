//! The foregrounds a container puts on a terminal: an attached `docker run` (the container's
//! output as it comes, Ctrl+C forwarded as SIGINT), a shell inside a container (`docker run
//! -it ubuntu bash`, `docker exec -it c sh`) and `docker logs -f`.

use crate::sh::{Flavour, Output, Shell, Stream};
use crate::world::{Foreground, Host, Step};

use super::State;

fn step(output: Output, status: i32, done: bool) -> Step {
    Step {
        output,
        status,
        done,
    }
}

fn caret_c() -> Output {
    let mut o = Output::new();
    o.push(Stream::Stdout, b"^C\n");
    o
}

/// The container's log output after the first `shown` chunks.
fn new_logs(host: &Host, id: &str, shown: &mut usize) -> Output {
    let mut o = Output::new();
    let rt = &host.daemon.runtime;
    let now = host.daemon.engine.clock.millis();
    if let Some(c) = rt.containers().iter().find(|c| c.id == id) {
        let upto = c.logs_until(now).max(*shown);
        for l in c.logs.iter().take(upto).skip(*shown) {
            o.push(l.stream, l.text.as_bytes());
        }
        *shown = upto;
    }
    o
}

/// The container's state: `None` once it is removed.
fn state(host: &Host, id: &str) -> Option<(State, i32)> {
    host.daemon
        .runtime
        .containers()
        .iter()
        .find(|c| c.id == id)
        .map(|c| (c.state, c.exit_code))
}

/// A foreground `docker run` of a container that keeps running.
pub struct Attached {
    pub id: String,
    /// Log chunks already on the terminal.
    pub shown: usize,
    /// `docker logs -f` (Ctrl+C ends the client) rather than `docker run` (Ctrl+C goes to the
    /// container).
    pub follow_only: bool,
}

impl Attached {
    fn check(&mut self, host: &mut Host, mut out: Output) -> Step {
        host.daemon.settle();
        out.extend(&new_logs(host, &self.id, &mut self.shown));
        match state(host, &self.id) {
            Some((State::Running, _)) => step(out, 0, false),
            Some((_, code)) if !self.follow_only => {
                host.daemon.reap();
                step(out, code, true)
            }
            // Removed with `rm -f`: the client sees the kill.
            None if !self.follow_only => step(out, 137, true),
            _ => step(out, 0, true),
        }
    }
}

impl Foreground for Attached {
    fn prompt(&self, _: &Host) -> String {
        String::new()
    }

    fn line(&mut self, host: &mut Host, _line: &str) -> Step {
        // Standard input is not attached: what is typed only shows on the terminal.
        self.check(host, Output::new())
    }

    fn ended(&mut self, host: &mut Host) -> Option<Step> {
        host.daemon.settle();
        match state(host, &self.id) {
            Some((State::Running, _)) => None,
            _ => Some(self.check(host, Output::new())),
        }
    }

    fn poll(&mut self, host: &mut Host) -> Option<Step> {
        Some(self.check(host, Output::new()))
    }

    fn prints_on_its_own(&self) -> bool {
        true
    }

    fn interrupt(&mut self, host: &mut Host) -> Step {
        if self.follow_only {
            let mut out = new_logs(host, &self.id, &mut self.shown);
            out.extend(&caret_c());
            return step(out, 130, true);
        }
        if let Ok(i) = host.daemon.runtime.find(&self.id) {
            host.daemon.interrupt_container(i);
        }
        let mut out = new_logs(host, &self.id, &mut self.shown);
        out.extend(&caret_c());
        self.check(host, out)
    }
}

/// A shell inside a container.
pub struct ContainerShell {
    pub id: String,
    pub shell: Box<Shell>,
    /// Started by `docker exec` (its end does not stop the container).
    pub exec: bool,
    /// A terminal is allocated (`-t`): the shell shows its prompt.
    pub tty: bool,
}

impl Foreground for ContainerShell {
    fn prompt(&self, host: &Host) -> String {
        if !self.tty {
            return String::new();
        }
        let c = host
            .daemon
            .runtime
            .containers()
            .iter()
            .find(|c| c.id == self.id);
        let root = c
            .map(|c| c.config.user.is_empty() || c.config.user == "root" || c.config.user == "0")
            .unwrap_or(true);
        let sign = if root { '#' } else { '$' };
        let cwd = self.shell.cwd();
        let home = self.shell.var("HOME").unwrap_or("/root");
        let tilde = match cwd.strip_prefix(home) {
            Some("") if home != "/" => "~".to_string(),
            Some(rest) if rest.starts_with('/') && home != "/" => format!("~{rest}"),
            _ => cwd.to_string(),
        };
        match self.shell.voice.flavour {
            Flavour::Bash => {
                let user = c
                    .map(|c| c.config.user.clone())
                    .filter(|u| !u.is_empty() && u != "0")
                    .unwrap_or_else(|| "root".into());
                let host = c.map(|c| c.short_id().to_string()).unwrap_or_default();
                format!("{user}@{host}:{tilde}{sign} ")
            }
            Flavour::Busybox => format!("{tilde} {sign} "),
            _ => format!("{sign} "),
        }
    }

    fn line(&mut self, host: &mut Host, line: &str) -> Step {
        let Ok(i) = host.daemon.runtime.find(&self.id) else {
            return step(Output::new(), 137, true);
        };
        if host.daemon.runtime.get(i).map(|c| c.state) != Some(State::Running) {
            let code = host
                .daemon
                .runtime
                .get(i)
                .map(|c| c.exit_code)
                .unwrap_or(137);
            return step(Output::new(), code, true);
        }
        let shell = &mut self.shell;
        let Some(outcome) = host.daemon.in_container(i, |m, programs| {
            shell.run::<dyn crate::sh::Machine>(m, programs, line, b"")
        }) else {
            return step(Output::new(), 137, true);
        };
        let output = outcome.output;
        if !self.exec {
            host.daemon.log_output(i, &output);
        }
        if outcome.exited {
            if !self.exec {
                host.daemon.end_process(i, outcome.status);
            }
            return step(output, outcome.status, true);
        }
        step(output, outcome.status, false)
    }

    fn ended(&mut self, host: &mut Host) -> Option<Step> {
        host.daemon.settle();
        match state(host, &self.id) {
            Some((State::Running, _)) => None,
            Some((_, code)) => Some(step(Output::new(), code, true)),
            None => Some(step(Output::new(), 137, true)),
        }
    }

    fn interrupt(&mut self, _: &mut Host) -> Step {
        // The shell in the container catches SIGINT and shows a fresh prompt.
        step(caret_c(), 130, false)
    }
}
