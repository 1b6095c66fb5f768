//! `tail`: the last lines (`-n`, `-N`) or bytes (`-c`) of files, or from line `+N` on.

use crate::sh::{Invocation, Machine};

pub(crate) fn tail<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    super::head_tail::head_tail(inv, true)
}
