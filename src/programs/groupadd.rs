//! `groupadd` (shadow): add a group to `/etc/group` (`-g GID`, `-r`, `-f`, `-o`).

use super::account_files::{append_line, cannot_lock, next_id, valid_name};
use super::{parse_opts, sync_clock, Accounts, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};

pub(crate) fn groupadd<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let spec = OptSpec {
        flags: "rfo",
        valued: "gK",
        long: &[
            ("system", 'r', false),
            ("force", 'f', false),
            ("non-unique", 'o', false),
            ("gid", 'g', true),
        ],
    };
    let usage = "Usage: groupadd [options] GROUP\n";
    let p = match parse_opts(inv.args(), &spec, Tool::Gnu) {
        Ok(p) => p,
        Err(_) => {
            inv.err(usage);
            return 2;
        }
    };
    let [name] = p.operands.as_slice() else {
        inv.err(usage);
        return 2;
    };
    if inv.fs().cred().uid != 0 {
        inv.err(cannot_lock(&v, "/etc/group"));
        return 10;
    }
    if !valid_name(name) {
        inv.err(format!("{}: '{name}' is not a valid group name\n", v.name));
        return 3;
    }
    let acc = Accounts::load(inv.fs());
    if acc.group_by_name(name).is_some() {
        if p.has('f') {
            return 0;
        }
        inv.err(format!("{}: group '{name}' already exists\n", v.name));
        return 9;
    }
    let used: Vec<u32> = acc.groups.iter().map(|g| g.gid).collect();
    let gid = match p.value('g') {
        Some(g) => match g.parse::<u32>() {
            Ok(n) if !used.contains(&n) || p.has('o') => n,
            Ok(_) => {
                inv.err(format!("{}: GID '{g}' already exists\n", v.name));
                return 4;
            }
            Err(_) => {
                inv.err(format!("{}: invalid group ID '{g}'\n", v.name));
                return 3;
            }
        },
        None => next_id(&used, p.has('r')),
    };
    sync_clock(inv);
    append_line(inv, "/etc/group", &format!("{name}:x:{gid}:"));
    if inv.fs().exists("/etc/gshadow") {
        append_line(inv, "/etc/gshadow", &format!("{name}:!::"));
    }
    0
}
