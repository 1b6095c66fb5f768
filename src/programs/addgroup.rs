//! `addgroup`: Debian's script or the busybox applet; adds a group (`-g GID`, `-S`), or adds a
//! user to a group.

use super::account_files::{add_member, append_line, first_free};
use super::{busybox_usage, parse_opts, sync_clock, Accounts, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};

pub(crate) fn addgroup<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let args: Vec<String> = inv.args().to_vec();
    let spec = OptSpec {
        flags: "S",
        valued: "g",
        long: &[("system", 'S', false), ("gid", 'g', true)],
    };
    let p = match parse_opts(&args, &spec, v.tool) {
        Ok(p) => p,
        Err(e) => {
            inv.err(v.opt_error(&e, "addgroup [-g GID] [-S] [USER] GROUP"));
            return 1;
        }
    };
    if inv.fs().cred().uid != 0 {
        inv.err(match v.tool {
            Tool::Gnu => format!(
                "{}: Only root may add a user or group to the system.\n",
                v.name
            ),
            Tool::Busybox => format!("{}: need to be root\n", v.name),
        });
        return 1;
    }
    let acc = Accounts::load(inv.fs());
    match p.operands.as_slice() {
        [user, group] => {
            if acc.group_by_name(group).is_none() {
                inv.err(format!("{}: unknown group {group}\n", v.name));
                return 1;
            }
            add_member(inv, group, user);
            0
        }
        [name] => {
            if acc.group_by_name(name).is_some() {
                inv.err(match v.tool {
                    Tool::Gnu => format!("{}: The group `{name}' already exists.\n", v.name),
                    Tool::Busybox => format!("{}: group '{name}' in use\n", v.name),
                });
                return 1;
            }
            let used: Vec<u32> = acc.groups.iter().map(|g| g.gid).collect();
            let system = p.has('S');
            let gid = p
                .value('g')
                .and_then(|g| g.parse().ok())
                .unwrap_or_else(|| first_free(&used, system));
            sync_clock(inv);
            append_line(inv, "/etc/group", &format!("{name}:x:{gid}:"));
            if v.gnu() {
                if inv.fs().exists("/etc/gshadow") {
                    append_line(inv, "/etc/gshadow", &format!("{name}:!::"));
                }
                inv.out(format!("Adding group `{name}' (GID {gid}) ...\nDone.\n"));
            }
            0
        }
        _ => {
            inv.err(match v.tool {
                Tool::Gnu => format!("{}: Only one or two names allowed.\n", v.name),
                Tool::Busybox => busybox_usage("addgroup [-g GID] [-S] [USER] GROUP"),
            });
            1
        }
    }
}
