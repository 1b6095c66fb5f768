//! `docker logs` / `docker container logs`: what the container's process wrote, stdout and
//! stderr to their own streams, with `-t` timestamps, `-n` tail and `-f` follow (the terminal
//! stays on the container until Ctrl+C or until it stops).

use super::{Args, Flag, Parsed, Spec};
use crate::internet::clock::Clock;
use crate::runtime::terminal::Attached;
use crate::runtime::State;
use crate::sh::{Invocation, Stream};
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "container logs",
    usage: "[OPTIONS] CONTAINER",
    short: "Fetch the logs of a container",
    aliases: &["logs"],
    flags: &[
        Flag::bool("follow", Some('f'), "Follow log output"),
        Flag::value(
            "tail",
            Some('n'),
            "string",
            "Number of lines to show from the end of the logs",
        )
        .with_default("\"all\""),
        Flag::bool("timestamps", Some('t'), "Show timestamps"),
    ],
    args: Args::Exact(1),
    interspersed: true,
    run,
};

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let name = p.args.first().cloned().unwrap_or_default();
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
    let now = d.engine.clock.millis();
    let visible = c.logs_until(now);
    // One entry per line, as the log driver stores them.
    let mut lines: Vec<(Stream, u64, String)> = Vec::new();
    for l in c.logs.iter().take(visible) {
        for piece in l.text.split_inclusive('\n') {
            lines.push((l.stream, l.at_ms, piece.to_string()));
        }
    }
    let tail = p.last("tail").unwrap_or("all");
    if tail != "all" {
        if let Ok(n) = tail.parse::<i64>() {
            if n >= 0 {
                let n = n as usize;
                let skip = lines.len().saturating_sub(n);
                lines.drain(..skip);
            }
        }
    }
    let running = c.state == State::Running;
    let id = c.id.clone();
    let shown = visible;
    for (s, at, text) in lines {
        let text = if p.on("timestamps") {
            format!("{} {text}", Clock::at(at).rfc3339_nanos())
        } else {
            text
        };
        match s {
            Stream::Stdout => inv.out(text),
            Stream::Stderr => inv.err(text),
        }
    }
    if p.on("follow") && running {
        inv.machine.daemon.foreground = Some(Box::new(Attached {
            id,
            shown,
            follow_only: true,
        }));
    }
    0
}
