//! `busybox`: the multi-call binary, running `busybox APPLET ARGS…` as that applet.

use crate::sh::{Invocation, Machine};

/// `busybox APPLET ARGS…` runs the applet; `busybox` alone prints its usage.
pub(crate) fn busybox<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let Some(applet) = inv.args().first().cloned() else {
        inv.out(format!(
            "{}\n\nUsage: busybox [function [arguments]...]\n   or: busybox --list\n   or: function [arguments]...\n",
            super::BUSYBOX_BANNER
        ));
        return 0;
    };
    let name = applet.rsplit('/').next().unwrap_or(&applet).to_string();
    if name == "busybox" {
        return 0;
    }
    let Some(program) = inv.registry.get(&name) else {
        inv.err(format!("{name}: applet not found\n"));
        return 127;
    };
    let shifted = inv.argv[1..].to_vec();
    let saved = std::mem::replace(&mut inv.argv, shifted);
    let status = program.run(inv);
    inv.argv = saved;
    status
}
