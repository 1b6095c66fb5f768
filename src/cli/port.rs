//! `docker port` / `docker container port`: the container's published ports
//! (`5000/tcp -> 0.0.0.0:8888`), or the host addresses of one of them.

use super::{Args, Parsed, Spec};
use crate::sh::Invocation;
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "container port",
    usage: "CONTAINER [PRIVATE_PORT[/PROTO]]",
    short: "List port mappings or a specific mapping for the container",
    aliases: &["port"],
    flags: &[],
    args: Args::Range(1, 2),
    interspersed: true,
    run,
};

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let name = p.args.first().cloned().unwrap_or_default();
    let Some(i) = super::container_or_say(inv, &name) else {
        return 1;
    };
    let d = &inv.machine.daemon;
    let c = &d.runtime.containers()[i];
    let mut bindings = c.bindings.clone();
    crate::sort::sort_by(&mut bindings, |a, b| {
        (
            a.container_port,
            &a.proto,
            a.host_ip.contains(':'),
            a.host_port,
        )
            .cmp(&(
                b.container_port,
                &b.proto,
                b.host_ip.contains(':'),
                b.host_port,
            ))
    });
    if let Some(want) = p.args.get(1) {
        let (port, proto) = want.split_once('/').unwrap_or((want, "tcp"));
        let Ok(n) = port.parse::<u16>() else {
            inv.err(format!("Error: invalid port ({port}): strconv.ParseUint: parsing \"{port}\": invalid syntax\n"));
            return 1;
        };
        let hits: Vec<String> = bindings
            .iter()
            .filter(|b| b.container_port == n && b.proto == proto)
            .map(|b| format!("{}\n", b.host_addr()))
            .collect();
        if hits.is_empty() {
            inv.err(format!(
                "Error: No public port '{n}/{proto}' published for {name}\n"
            ));
            return 1;
        }
        inv.out(hits.concat());
        return 0;
    }
    let text: String = bindings
        .iter()
        .map(|b| format!("{}/{} -> {}\n", b.container_port, b.proto, b.host_addr()))
        .collect();
    inv.out(text);
    0
}
