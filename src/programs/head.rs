//! `head`: the first lines (`-n`, `-N`) or bytes (`-c`) of files, all but the last with `-n -N`.

use crate::sh::{Invocation, Machine};

pub(crate) fn head<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    super::head_tail::head_tail(inv, false)
}
