//! `docker stop` / `docker container stop`: the stop signal, then SIGKILL after the timeout;
//! prints each name as given.

use super::{Args, Flag, Parsed, Spec};
use crate::sh::Invocation;
use crate::world::Host;

/// The flags `stop` and `restart` share.
pub const FLAGS: &[Flag] = &[
    Flag::value(
        "signal",
        Some('s'),
        "string",
        "Signal to send to the container",
    ),
    Flag::value(
        "timeout",
        Some('t'),
        "int",
        "Seconds to wait before killing the container",
    ),
];

pub const SPEC: Spec = Spec {
    path: "container stop",
    usage: "[OPTIONS] CONTAINER [CONTAINER...]",
    short: "Stop one or more running containers",
    aliases: &["stop"],
    flags: FLAGS,
    args: Args::Min(1),
    interspersed: true,
    run,
};

/// The `-t` value (Docker's default of 10 seconds when absent). `Err`: pflag's message.
pub fn timeout(p: &Parsed) -> Result<u64, String> {
    match p.last("timeout") {
        None => Ok(crate::runtime::STOP_TIMEOUT),
        Some(v) => v.parse::<i64>().map(|n| n.max(0) as u64).map_err(|_| {
            format!("invalid argument \"{v}\" for \"-t, --timeout\" flag: strconv.ParseInt: parsing \"{v}\": invalid syntax")
        }),
    }
}

/// A kill signal given by `-s` ends the process at once.
pub fn kills_at_once(p: &Parsed) -> bool {
    matches!(
        p.last("signal").map(|s| s.trim_start_matches("SIG").to_ascii_uppercase()),
        Some(ref s) if s == "KILL" || s == "9"
    )
}

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let t = match timeout(p) {
        Ok(t) => t,
        Err(e) => {
            inv.err(format!("{e}\nSee 'docker stop --help'.\n"));
            return 125;
        }
    };
    let t = if kills_at_once(p) { 0 } else { t };
    let mut status = 0;
    for name in &p.args {
        let d = &mut inv.machine.daemon;
        d.reap();
        match d.runtime.find(name) {
            Ok(i) => {
                d.stop_container(i, t);
                d.reap();
                inv.out(format!("{name}\n"));
            }
            Err(e) => {
                inv.err(format!("Error response from daemon: {e}\n"));
                status = 1;
            }
        }
    }
    status
}
