//! `id`: a user's ids and groups from `/etc/passwd` and `/etc/group` (`-u`, `-g`, `-G`, `-n`).

use super::{parse_opts, Accounts, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};

pub(crate) fn id<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let spec = OptSpec {
        flags: "ugGnr",
        valued: "",
        long: &[
            ("user", 'u', false),
            ("group", 'g', false),
            ("groups", 'G', false),
            ("name", 'n', false),
            ("real", 'r', false),
        ],
    };
    let p = match parse_opts(inv.args(), &spec, v.tool) {
        Ok(p) => p,
        Err(e) => {
            inv.err(v.opt_error(&e, "id [-ugGnr] [USER]"));
            return 1;
        }
    };
    let acc = Accounts::load(inv.fs());
    let (uid, gid, name) = match p.operands.first() {
        Some(u) => match acc
            .user_by_name(u)
            .or_else(|| u.parse::<u32>().ok().and_then(|n| acc.user_by_uid(n)))
        {
            Some(user) => (user.uid, user.gid, Some(user.name.clone())),
            None => {
                inv.err(match v.tool {
                    Tool::Gnu => format!("{}: {}: no such user\n", v.name, v.q(u)),
                    Tool::Busybox => format!("{}: unknown user {u}\n", v.name),
                });
                return 1;
            }
        },
        None => {
            let cred = inv.fs().cred();
            (
                cred.uid,
                cred.gid,
                acc.user_by_uid(cred.uid).map(|u| u.name.clone()),
            )
        }
    };
    let mut groups = vec![gid];
    if let Some(n) = &name {
        for g in &acc.groups {
            if g.members.iter().any(|m| m == n) && !groups.contains(&g.gid) {
                groups.push(g.gid);
            }
        }
    }
    let named = p.has('n');
    let show = |id: u32, is_user: bool| -> String {
        if named {
            if is_user {
                acc.user_name(id)
            } else {
                acc.group_name(id)
            }
        } else {
            id.to_string()
        }
    };
    let line = if p.has('u') {
        show(uid, true)
    } else if p.has('g') {
        show(gid, false)
    } else if p.has('G') {
        groups
            .iter()
            .map(|g| show(*g, false))
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        let fmt_u = |id: u32| match acc.user_by_uid(id) {
            Some(u) => format!("{id}({})", u.name),
            None => id.to_string(),
        };
        let fmt_g = |id: u32| match acc.group_by_gid(id) {
            Some(g) => format!("{id}({})", g.name),
            None => id.to_string(),
        };
        let gs: Vec<String> = groups.iter().map(|g| fmt_g(*g)).collect();
        format!(
            "uid={} gid={} groups={}",
            fmt_u(uid),
            fmt_g(gid),
            gs.join(",")
        )
    };
    inv.out(format!("{line}\n"));
    0
}
