//! What `chmod` and `chown` share: their missing-operand messages, the files an operand stands
//! for under `-R`, and the message for a file that cannot be reached.

use super::{path_of, shq, Tool, Voice};
use crate::sh::{Invocation, Machine};
use crate::vfs::FsError;

/// The usage error for a command line that ends too early: before the mode or owner (`after`
/// is `None`) or right after it.
pub(super) fn missing_operand(v: &Voice, after: Option<&str>, usage: &str) -> String {
    match (v.tool, after) {
        (Tool::Gnu, None) => v.usage_error("missing operand", usage),
        (Tool::Gnu, Some(a)) => v.usage_error(&format!("missing operand after {}", v.q(a)), usage),
        (Tool::Busybox, _) => super::busybox_usage(usage),
    }
}

/// The files an operand stands for, as `(shown name, path, top)`: the operand itself, then with
/// `recursive` everything below it, each shown under the operand's name.
pub(super) fn targets<M: Machine + ?Sized>(
    inv: &Invocation<'_, M>,
    op: &str,
    recursive: bool,
) -> Vec<(String, String, bool)> {
    let path = path_of(inv, op);
    let mut todo = vec![(op.to_string(), path.clone(), true)];
    if recursive {
        if let Ok(tree) = inv.fs().walk_tree(&path) {
            let canon = inv
                .fs()
                .canonicalize(&path)
                .unwrap_or_else(|_| crate::vfs::path::normalize(&path));
            for (sub, _) in tree.into_iter().skip(1) {
                let rel = sub.strip_prefix(&canon).unwrap_or(&sub);
                let shown = format!("{}{}", op.trim_end_matches('/'), rel);
                todo.push((shown, sub, false));
            }
        }
    }
    todo
}

/// The message for a file that cannot be looked at.
pub(super) fn cannot_access(v: &Voice, shown: &str, e: &FsError) -> String {
    match v.tool {
        Tool::Gnu => format!(
            "{}: cannot access {}: {}\n",
            v.name,
            shq(shown),
            e.message()
        ),
        Tool::Busybox => format!("{}: {shown}: {}\n", v.name, e.message()),
    }
}
