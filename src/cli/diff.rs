//! `docker diff` / `docker container diff`: what the container changed in its filesystem,
//! against its image: `A` added, `C` changed, `D` deleted, in path order.

use super::{Args, Parsed, Spec};
use crate::sh::Invocation;
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "container diff",
    usage: "CONTAINER",
    short: "Inspect changes to files or directories on a container's filesystem",
    aliases: &["diff"],
    flags: &[],
    args: Args::Exact(1),
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
    let out: Option<String> = d.engine.image_fs(&c.config.image_id).map(|image| {
        // The daemon mounts these three files into every container (its "init" layer), so
        // docker diff compares against them as they were mounted.
        let mut base = image.clone();
        for f in ["etc/hostname", "etc/hosts", "etc/resolv.conf"] {
            if let Ok(entries) = c.fs.subtree_entries(&format!("/{f}"), f) {
                let _ = base.apply_entries(&entries);
            }
        }
        if let Ok(st) = c.fs.stat("/etc") {
            let _ = base.set_mtime("/etc", st.mtime);
        }
        crate::vfs::diff(&base, &c.fs)
            .iter()
            .map(|change| format!("{change}\n"))
            .collect()
    });
    let image = c.config.image.clone();
    let Some(out) = out else {
        inv.err(format!(
            "Error response from daemon: No such image: {image}\n"
        ));
        return 1;
    };
    inv.out(out);
    0
}
