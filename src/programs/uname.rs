//! `uname`: the kernel and machine a container sees (`-a`, `-s`, `-n`, `-r`, `-v`, `-m`, …).

use super::hostname::host_name;
use super::{busybox_usage, parse_opts, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};

/// The kernel a container sees (the host's; here a Docker Desktop style VM).
const KERNEL_RELEASE: &str = "6.10.4-linuxkit";
const KERNEL_VERSION: &str = "#1 SMP PREEMPT_DYNAMIC Mon Aug 12 08:48:58 UTC 2024";
const MACHINE: &str = "x86_64";

pub(crate) fn uname<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let usage = "uname [-amnrspvio]";
    let spec = OptSpec {
        flags: "asnrvmpio",
        valued: "",
        long: &[
            ("all", 'a', false),
            ("kernel-name", 's', false),
            ("nodename", 'n', false),
            ("kernel-release", 'r', false),
            ("kernel-version", 'v', false),
            ("machine", 'm', false),
            ("processor", 'p', false),
            ("hardware-platform", 'i', false),
            ("operating-system", 'o', false),
        ],
    };
    let p = match parse_opts(inv.args(), &spec, v.tool) {
        Ok(p) => p,
        Err(e) => {
            inv.err(v.opt_error(&e, usage));
            return 1;
        }
    };
    if let Some(extra) = p.operands.first() {
        inv.err(match v.tool {
            Tool::Gnu => v.usage_error(&format!("extra operand {}", super::shq(extra)), usage),
            Tool::Busybox => busybox_usage(usage),
        });
        return 1;
    }
    let host = host_name(inv);
    let os = if v.gnu() { "GNU/Linux" } else { "Linux" };
    let all = p.has('a');
    let mut want: Vec<char> = p.opts.iter().map(|(c, _)| *c).collect();
    if want.is_empty() {
        want.push('s');
    }
    let mut parts = Vec::new();
    for (c, value) in [
        ('s', "Linux"),
        ('n', host.as_str()),
        ('r', KERNEL_RELEASE),
        ('v', KERNEL_VERSION),
        ('m', MACHINE),
        ('p', "unknown"),
        ('i', "unknown"),
        ('o', os),
    ] {
        let asked = want.contains(&c);
        // -a leaves out what is unknown.
        let by_all = all && !(value == "unknown" && matches!(c, 'p' | 'i'));
        if asked || by_all {
            parts.push(value.to_string());
        }
    }
    inv.out(format!("{}\n", parts.join(" ")));
    0
}
