//! `whoami`: the name of the current user, from `/etc/passwd`.

use super::{busybox_usage, Accounts, Tool, Voice};
use crate::sh::{Invocation, Machine};

pub(crate) fn whoami<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    if let Some(extra) = inv.args().first() {
        let msg = match v.tool {
            Tool::Gnu => v.usage_error(&format!("extra operand {}", super::shq(extra)), "whoami"),
            Tool::Busybox => busybox_usage("whoami"),
        };
        inv.err(msg);
        return 1;
    }
    let uid = inv.fs().cred().uid;
    match Accounts::load(inv.fs()).user_by_uid(uid) {
        Some(u) => {
            inv.out(format!("{}\n", u.name));
            0
        }
        None => {
            inv.err(match v.tool {
                Tool::Gnu => format!("{}: cannot find name for user ID {uid}\n", v.name),
                Tool::Busybox => format!("{}: unknown uid {uid}\n", v.name),
            });
            1
        }
    }
}
