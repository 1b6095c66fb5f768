//! `mkdir`: make directories, with `-p` (parents), `-m MODE` and `-v`.

use super::{parse_or_report, path_of, shq, sync_clock, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};

const USAGE: &str = "mkdir [-m MODE] [-p] DIRECTORY...";

pub(crate) fn mkdir<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let spec = OptSpec {
        flags: "pv",
        valued: "m",
        long: &[
            ("parents", 'p', false),
            ("verbose", 'v', false),
            ("mode", 'm', true),
        ],
    };
    let Some(p) = parse_or_report(inv, &v, &spec, USAGE) else {
        return 1;
    };
    if p.operands.is_empty() {
        inv.err(match v.tool {
            Tool::Gnu => v.usage_error("missing operand", USAGE),
            Tool::Busybox => super::busybox_usage(USAGE),
        });
        return 1;
    }
    let mode = match p.value('m') {
        None => 0o755,
        Some(m) => match super::chmod::parse_mode(m, 0o777, true) {
            Some(mode) => mode,
            None => {
                inv.err(match v.tool {
                    Tool::Gnu => format!("{}: invalid mode {}\n", v.name, v.q(m)),
                    Tool::Busybox => format!("{}: invalid mode '{m}'\n", v.name),
                });
                return 1;
            }
        },
    };
    sync_clock(inv);
    let mut status = 0;
    for op in &p.operands {
        let path = path_of(inv, op);
        let mut created = Vec::new();
        let r = if p.has('p') {
            // Note which levels are new, for -v.
            let full = crate::vfs::path::normalize(&path);
            let mut prefix = String::new();
            for c in crate::vfs::path::components(&full) {
                prefix.push('/');
                prefix.push_str(c);
                if !inv.fs().exists(&prefix) {
                    created.push(prefix.clone());
                }
            }
            inv.fs_mut().mkdir_all(&path, 0o755)
        } else {
            created.push(path.clone());
            inv.fs_mut().mkdir(&path, 0o755)
        };
        match r {
            Ok(()) => {
                if p.value('m').is_some() {
                    let _ = inv.fs_mut().chmod(&path, mode);
                }
                if p.has('v') {
                    let base = crate::vfs::path::normalize(&path);
                    for c in &created {
                        // Show each new level as the operand spelled it.
                        let shown = if c == &base {
                            op.clone()
                        } else {
                            let extra = base.len() - c.len();
                            op.trim_end_matches('/')
                                .get(..op.trim_end_matches('/').len().saturating_sub(extra))
                                .unwrap_or(c)
                                .to_string()
                        };
                        let msg = match v.tool {
                            Tool::Gnu => format!("{}: created directory {}\n", v.name, shq(&shown)),
                            Tool::Busybox => format!("created directory: '{shown}'\n"),
                        };
                        inv.out(msg);
                    }
                }
            }
            Err(e) => {
                status = 1;
                let msg = match v.tool {
                    Tool::Gnu => format!(
                        "{}: cannot create directory {}: {}\n",
                        v.name,
                        v.q(op),
                        e.message()
                    ),
                    Tool::Busybox => format!(
                        "{}: can't create directory '{}': {}\n",
                        v.name,
                        op,
                        e.message()
                    ),
                };
                inv.err(msg);
            }
        }
    }
    status
}
