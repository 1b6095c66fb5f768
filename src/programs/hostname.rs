//! `hostname`: the container's host name from `/etc/hostname` (`-s`, `-f`, `-i`); setting it
//! fails as it does for an unprivileged container.

use super::{Tool, Voice};
use crate::sh::{Invocation, Machine};

/// The host name: `/etc/hostname` (Docker writes the container's), else `localhost`.
pub(crate) fn host_name<M: Machine + ?Sized>(inv: &Invocation<'_, M>) -> String {
    inv.fs()
        .read_string("/etc/hostname")
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "localhost".to_string())
}

pub(crate) fn hostname<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let args: Vec<String> = inv.args().to_vec();
    let host = host_name(inv);
    match args.first().map(String::as_str) {
        None | Some("-f") | Some("--fqdn") | Some("--long") => {
            inv.out(format!("{host}\n"));
            0
        }
        Some("-s") | Some("--short") => {
            let short = host.split('.').next().unwrap_or(&host).to_string();
            inv.out(format!("{short}\n"));
            0
        }
        Some("-i") | Some("--ip-address") | Some("-I") | Some("--all-ip-addresses") => {
            let ip = if args[0] == "-I" || args[0] == "--all-ip-addresses" {
                "172.17.0.2 \n"
            } else {
                "172.17.0.2\n"
            };
            inv.out(ip);
            0
        }
        Some(a) if a.starts_with('-') => {
            let c = a.chars().nth(1).unwrap_or('-');
            inv.err(v.opt_error(
                &super::OptError::Invalid(c),
                "hostname [-sfi] [HOSTNAME | -F FILE]",
            ));
            1
        }
        Some(_) => {
            inv.err(match v.tool {
                Tool::Gnu => format!("{}: you must be root to change the host name\n", v.name),
                Tool::Busybox => format!("{}: sethostname: Operation not permitted\n", v.name),
            });
            1
        }
    }
}
