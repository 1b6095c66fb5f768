//! `docker logout`: removes the stored login from `~/.docker/config.json`. Docker 27 prints
//! `Removing login credentials for …` whether or not a login was stored.

use super::login::erase_auth;
use super::{Args, Parsed, Spec};
use crate::internet::registry::INDEX_SERVER;
use crate::sh::Invocation;
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "logout",
    usage: "[SERVER]",
    short: "Log out from a registry",
    aliases: &[],
    flags: &[],
    args: Args::Max(1),
    interspersed: true,
    run,
};

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let (server, shown) = match p.args.first().map(String::as_str) {
        None => (INDEX_SERVER.to_string(), INDEX_SERVER.to_string()),
        Some(s) => {
            // Other registries are named by host (`https://ghcr.io/` → `ghcr.io`).
            let bare = s.split("://").last().unwrap_or(s);
            let host = bare.split('/').next().unwrap_or(bare).to_string();
            (s.to_string(), host)
        }
    };
    inv.out(format!("Removing login credentials for {shown}\n"));
    let fs = &mut inv.machine.fs;
    for key in [
        server.clone(),
        shown.clone(),
        format!("http://{shown}"),
        format!("https://{shown}"),
    ] {
        erase_auth(fs, &key);
    }
    if server == INDEX_SERVER {
        inv.machine.daemon.registry.login = None;
    }
    0
}
