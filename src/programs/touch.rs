//! `touch`: create empty files or stamp existing ones with the simulated time (`-c` to not create).

use super::{parse_or_report, path_of, shq, sync_clock, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};
use crate::vfs::Errno;

const USAGE: &str = "touch [-cham] [-d DATE] [-t DATE] [-r FILE] FILE...";

pub(crate) fn touch<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let spec = OptSpec {
        flags: "cham",
        valued: "dtr",
        long: &[
            ("no-create", 'c', false),
            ("date", 'd', true),
            ("reference", 'r', true),
        ],
    };
    let Some(p) = parse_or_report(inv, &v, &spec, USAGE) else {
        return 1;
    };
    if p.operands.is_empty() {
        inv.err(match v.tool {
            Tool::Gnu => v.usage_error("missing file operand", USAGE),
            Tool::Busybox => super::busybox_usage(USAGE),
        });
        return 1;
    }
    sync_clock(inv);
    let reference = match p.value('r') {
        Some(r) => {
            let rp = path_of(inv, r);
            match inv.fs().stat(&rp) {
                Ok(st) => Some(st.mtime),
                Err(e) => {
                    inv.err(match v.tool {
                        Tool::Gnu => format!(
                            "{}: failed to get attributes of {}: {}\n",
                            v.name,
                            shq(r),
                            e.message()
                        ),
                        Tool::Busybox => format!("{}: {}: {}\n", v.name, r, e.message()),
                    });
                    return 1;
                }
            }
        }
        None => None,
    };
    let mut status = 0;
    for op in &p.operands {
        let path = path_of(inv, op);
        let exists = inv.fs().stat(&path).is_ok();
        if !exists && p.has('c') {
            continue;
        }
        let mut r = inv.fs_mut().touch(&path);
        if r.is_ok() {
            if let Some(t) = reference {
                r = inv.fs_mut().set_mtime(&path, t);
            }
        }
        if let Err(e) = r {
            status = 1;
            let msg = match (v.tool, e.errno) {
                (Tool::Gnu, Errno::PermissionDenied) if exists => format!(
                    "{}: setting times of {}: {}\n",
                    v.name,
                    shq(op),
                    e.message()
                ),
                (Tool::Gnu, _) => {
                    format!("{}: cannot touch {}: {}\n", v.name, shq(op), e.message())
                }
                (Tool::Busybox, _) => format!("{}: {}: {}\n", v.name, op, e.message()),
            };
            inv.err(msg);
        }
    }
    status
}
