//! `pwd`: the working directory, physical (`-P`, the default) or logical (`-L`).

use super::Voice;
use crate::sh::{Invocation, Machine};

pub(crate) fn pwd<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let logical = inv.args().iter().any(|a| a == "-L");
    let cwd = if logical {
        inv.cwd.clone()
    } else {
        inv.fs()
            .canonicalize(&inv.cwd)
            .unwrap_or_else(|_| inv.cwd.clone())
    };
    if let Some(bad) = inv
        .args()
        .iter()
        .find(|a| a.starts_with('-') && *a != "-L" && *a != "-P")
    {
        let c = bad.chars().nth(1).unwrap_or('-');
        inv.err(v.opt_error(&super::OptError::Invalid(c), "pwd"));
        return 1;
    }
    inv.out(format!("{cwd}\n"));
    0
}
