//! `false`: do nothing, unsuccessfully.

use crate::sh::{Invocation, Machine};

pub(crate) fn false_<M: Machine + ?Sized>(_inv: &mut Invocation<'_, M>) -> i32 {
    1
}
