//! `useradd` (shadow): add a user to `/etc/passwd` with its own group, `-m` home, `-u`, `-g`,
//! `-G`, `-r` system ids, `-s`, `-d` and `-c`.

use super::account_files::{cannot_lock, next_id, valid_name, write_user, NewUser};
use super::{parse_opts, Accounts, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};

pub(crate) fn useradd<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let spec = OptSpec {
        flags: "mMrNUlo",
        valued: "dsugGcpek",
        long: &[
            ("create-home", 'm', false),
            ("no-create-home", 'M', false),
            ("system", 'r', false),
            ("no-user-group", 'N', false),
            ("user-group", 'U', false),
            ("no-log-init", 'l', false),
            ("non-unique", 'o', false),
            ("home-dir", 'd', true),
            ("shell", 's', true),
            ("uid", 'u', true),
            ("gid", 'g', true),
            ("groups", 'G', true),
            ("comment", 'c', true),
            ("password", 'p', true),
        ],
    };
    let usage = "Usage: useradd [options] LOGIN\n       useradd -D\n       useradd -D [options]\n";
    let p = match parse_opts(inv.args(), &spec, Tool::Gnu) {
        Ok(p) => p,
        Err(e) => {
            let c = match e {
                super::OptError::Invalid(c) | super::OptError::NeedsArg(c) => c.to_string(),
                super::OptError::Unrecognized(a)
                | super::OptError::LongNeedsArg(a)
                | super::OptError::LongNoArg(a) => a,
            };
            inv.err(format!("{}: invalid option -- '{c}'\n{usage}", v.name));
            return 2;
        }
    };
    let [name] = p.operands.as_slice() else {
        inv.err(usage);
        return 2;
    };
    if inv.fs().cred().uid != 0 {
        inv.err(cannot_lock(&v, "/etc/passwd"));
        return 1;
    }
    if !valid_name(name) {
        inv.err(format!("{}: invalid user name '{name}'\n", v.name));
        return 3;
    }
    let acc = Accounts::load(inv.fs());
    if acc.user_by_name(name).is_some() {
        inv.err(format!("{}: user '{name}' already exists\n", v.name));
        return 9;
    }
    let system = p.has('r');
    let uid = match p.value('u') {
        Some(u) => match u.parse::<u32>() {
            Ok(n) if acc.user_by_uid(n).is_none() || p.has('o') => n,
            Ok(_) => {
                inv.err(format!("{}: UID {u} is not unique\n", v.name));
                return 4;
            }
            Err(_) => {
                inv.err(format!("{}: invalid user ID '{u}'\n", v.name));
                return 3;
            }
        },
        None => next_id(&acc.users.iter().map(|u| u.uid).collect::<Vec<_>>(), system),
    };
    let mut extra = Vec::new();
    if let Some(list) = p.value('G') {
        for g in list.split(',').filter(|g| !g.is_empty()) {
            if acc.group_by_name(g).is_none() && g.parse::<u32>().is_err() {
                inv.err(format!("{}: group '{g}' does not exist\n", v.name));
                return 6;
            }
            extra.push(g.to_string());
        }
    }
    let (gid, new_group) = match p.value('g') {
        Some(g) => match acc.group_by_name(g).map(|gr| gr.gid).or_else(|| {
            g.parse::<u32>()
                .ok()
                .filter(|n| acc.group_by_gid(*n).is_some())
        }) {
            Some(gid) => (gid, None),
            None => {
                inv.err(format!("{}: group '{g}' does not exist\n", v.name));
                return 6;
            }
        },
        None if p.has('N') => (100, None),
        None => {
            if acc.group_by_name(name).is_some() {
                inv.err(format!(
                    "{}: group {name} exists - if you want to add this user to that group, use -g.\n",
                    v.name
                ));
                return 9;
            }
            let used: Vec<u32> = acc.groups.iter().map(|g| g.gid).collect();
            let gid = if used.contains(&uid) {
                next_id(&used, system)
            } else {
                uid
            };
            (gid, Some(name.clone()))
        }
    };
    let home = p
        .value('d')
        .map(String::from)
        .unwrap_or_else(|| format!("/home/{name}"));
    let create_home = p.has('m') && !p.has('M');
    if create_home && inv.fs().exists(&home) {
        inv.err(format!(
            "{}: warning: the home directory {home} already exists.\n{}: Not copying any file from skel directory into it.\n",
            v.name, v.name
        ));
    }
    let u = NewUser {
        name: name.clone(),
        uid,
        gid,
        gecos: p.value('c').unwrap_or("").to_string(),
        home: home.clone(),
        shell: p.value('s').unwrap_or("/bin/sh").to_string(),
        new_group,
        extra_groups: extra,
        create_home: create_home && !inv.fs().exists(&home),
        home_mode: 0o755,
    };
    write_user(inv, &u);
    0
}
