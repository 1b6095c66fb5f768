//! What `cp` and `mv` share: checking the operands and pairing each source with its
//! destination, and the same-file check with its message.

use super::{path_of, shq, Tool, Voice};
use crate::sh::{Invocation, Machine};
use crate::vfs::path;

/// Check the operand count and work out each source's destination. `Err` carries the exit
/// status after the message was printed.
pub(super) fn plan<M: Machine + ?Sized>(
    inv: &mut Invocation<'_, M>,
    v: &Voice,
    operands: &[String],
    usage: &str,
    no_deref_target: bool,
) -> Result<Vec<(String, String)>, i32> {
    match operands {
        [] => {
            inv.err(match v.tool {
                Tool::Gnu => v.usage_error("missing file operand", usage),
                Tool::Busybox => super::busybox_usage(usage),
            });
            return Err(1);
        }
        [one] => {
            inv.err(match v.tool {
                Tool::Gnu => v.usage_error(
                    &format!("missing destination file operand after {}", shq(one)),
                    usage,
                ),
                Tool::Busybox => super::busybox_usage(usage),
            });
            return Err(1);
        }
        _ => {}
    }
    let (sources, target) = operands.split_at(operands.len() - 1);
    let target = &target[0];
    let tpath = path_of(inv, target);
    let target_is_dir = if no_deref_target {
        inv.fs().lstat(&tpath).is_ok_and(|s| s.is_dir())
    } else {
        inv.fs().is_dir(&tpath)
    };
    if sources.len() > 1 && !target_is_dir {
        inv.err(match v.tool {
            Tool::Gnu => format!("{}: target {} is not a directory\n", v.name, shq(target)),
            Tool::Busybox => format!("{}: '{target}' is not a directory\n", v.name),
        });
        return Err(1);
    }
    Ok(sources
        .iter()
        .map(|s| {
            if target_is_dir {
                let base = path::file_name(s);
                let shown = format!("{}/{}", target.trim_end_matches('/'), base);
                (s.clone(), shown)
            } else {
                (s.clone(), target.clone())
            }
        })
        .collect())
}

/// Whether two paths name the same existing file (after symlinks).
pub(super) fn same_file<M: Machine + ?Sized>(inv: &Invocation<'_, M>, a: &str, b: &str) -> bool {
    match (inv.fs().canonicalize(a), inv.fs().canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

pub(super) fn same_file_message(v: &Voice, src: &str, dst: &str) -> String {
    match v.tool {
        Tool::Gnu => format!(
            "{}: {} and {} are the same file\n",
            v.name,
            shq(src),
            shq(dst)
        ),
        Tool::Busybox => format!("{}: '{src}' and '{dst}' are the same file\n", v.name),
    }
}
