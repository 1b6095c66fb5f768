//! `adduser`: Debian's script (in the wording of its version in the image) or the busybox
//! applet; adds a user, or adds an existing user to a group.

use super::account_files::{add_member, first_free, valid_name, write_user, NewUser};
use super::{busybox_usage, parse_opts, Accounts, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};

/// Debian's adduser 3.134 (bookworm, Ubuntu 24.04) words a few lines differently from 3.118.
fn new_adduser<M: Machine + ?Sized>(inv: &Invocation<'_, M>) -> bool {
    let os = inv.fs().read_string("/etc/os-release").unwrap_or_default();
    let field = |k: &str| {
        os.lines()
            .find_map(|l| l.strip_prefix(&format!("{k}=")))
            .map(|v| v.trim_matches('"').to_string())
            .unwrap_or_default()
    };
    let major: u32 = field("VERSION_ID")
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    match field("ID").as_str() {
        "debian" => major >= 12 || major == 0,
        "ubuntu" => major >= 24,
        _ => false,
    }
}

pub(crate) fn adduser<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    if v.tool == Tool::Busybox {
        return adduser_busybox(inv, &v);
    }
    let args: Vec<String> = inv.args().to_vec();
    let mut system = false;
    let mut gecos: Option<String> = None;
    let mut home: Option<String> = None;
    let mut shell: Option<String> = None;
    let mut uid: Option<u32> = None;
    let mut ingroup: Option<String> = None;
    let mut no_home = false;
    let mut quiet = false;
    let mut names = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].clone();
        let (key, inline) = match a.split_once('=') {
            Some((k, val)) if a.starts_with("--") => (k.to_string(), Some(val.to_string())),
            _ => (a.clone(), None),
        };
        let mut value = || -> Option<String> {
            if inline.is_some() {
                return inline.clone();
            }
            i += 1;
            args.get(i).cloned()
        };
        match key.as_str() {
            "--system" => system = true,
            "--disabled-password"
            | "--disabled-login"
            | "--group"
            | "--force-badname"
            | "--allow-badname" => {}
            "--gecos" | "--comment" => gecos = value(),
            "--home" => home = value(),
            "--shell" => shell = value(),
            "--uid" => uid = value().and_then(|u| u.parse().ok()),
            "--ingroup" | "--gid" => ingroup = value(),
            "--no-create-home" => no_home = true,
            "--quiet" | "-q" => quiet = true,
            k if k.starts_with('-') => {
                inv.err(format!(
                    "{}: Unknown option: {}\n{}: adduser [--uid id] [--firstuid id] [--lastuid id] [--gecos gecos] [--ingroup group | --gid id] [--disabled-password] [--disabled-login] user\n",
                    v.name,
                    k.trim_start_matches('-'),
                    v.name
                ));
                return 1;
            }
            _ => names.push(a),
        }
        i += 1;
    }
    if inv.fs().cred().uid != 0 {
        inv.err(format!(
            "{}: Only root may add a user or group to the system.\n",
            v.name
        ));
        return 1;
    }
    let acc = Accounts::load(inv.fs());
    let mut say = String::new();
    match names.as_slice() {
        [user, group] => {
            if acc.user_by_name(user).is_none() {
                inv.err(format!("{}: The user `{user}' does not exist.\n", v.name));
                return 1;
            }
            if acc.group_by_name(group).is_none() {
                inv.err(format!("{}: The group `{group}' does not exist.\n", v.name));
                return 1;
            }
            say.push_str(&format!("Adding user `{user}' to group `{group}' ...\n"));
            if !new_adduser(inv) {
                say.push_str(&format!("Adding user {user} to group {group}\n"));
            }
            say.push_str("Done.\n");
            add_member(inv, group, user);
            if !quiet {
                inv.out(say);
            }
            return 0;
        }
        [_] => {}
        _ => {
            inv.err(format!("{}: Only one or two names allowed.\n", v.name));
            return 1;
        }
    }
    let name = names[0].clone();
    if acc.user_by_name(&name).is_some() {
        if system {
            inv.out(format!(
                "The system user `{name}' already exists. Exiting.\n"
            ));
            return 0;
        }
        inv.err(format!("{}: The user `{name}' already exists.\n", v.name));
        return 1;
    }
    if !valid_name(&name) {
        inv.err(format!(
            "{}: Please enter a username matching the regular expression\nconfigured via the NAME_REGEX configuration variable.  Use the `--allow-badname'\noption to relax this check or reconfigure NAME_REGEX.\n",
            v.name
        ));
        return 1;
    }
    let used: Vec<u32> = acc.users.iter().map(|u| u.uid).collect();
    let uid = uid.unwrap_or_else(|| {
        if system {
            (100..=999).find(|i| !used.contains(i)).unwrap_or(999)
        } else {
            (1000..60000).find(|i| !used.contains(i)).unwrap_or(1000)
        }
    });
    let newer = new_adduser(inv);
    let home = home.unwrap_or_else(|| {
        if system && newer {
            "/nonexistent".to_string()
        } else {
            format!("/home/{name}")
        }
    });
    let (gid, new_group, group_name) = match &ingroup {
        Some(g) => match acc
            .group_by_name(g)
            .map(|gr| (gr.gid, gr.name.clone()))
            .or_else(|| {
                g.parse::<u32>()
                    .ok()
                    .and_then(|n| acc.group_by_gid(n).map(|gr| (gr.gid, gr.name.clone())))
            }) {
            Some((gid, gname)) => (gid, None, gname),
            None => {
                inv.err(format!("{}: The group `{g}' does not exist.\n", v.name));
                return 1;
            }
        },
        None if system => (
            acc.group_by_name("nogroup").map_or(65534, |g| g.gid),
            None,
            "nogroup".to_string(),
        ),
        None => {
            let gused: Vec<u32> = acc.groups.iter().map(|g| g.gid).collect();
            let gid = if gused.contains(&uid) {
                (1000..60000).find(|i| !gused.contains(i)).unwrap_or(uid)
            } else {
                uid
            };
            (gid, Some(name.clone()), name.clone())
        }
    };
    if system {
        say.push_str(&format!("Adding system user `{name}' (UID {uid}) ...\n"));
        say.push_str(&format!(
            "Adding new user `{name}' (UID {uid}) with group `{group_name}' ...\n"
        ));
    } else {
        say.push_str(&format!("Adding user `{name}' ...\n"));
        if new_group.is_some() {
            say.push_str(&format!("Adding new group `{name}' ({gid}) ...\n"));
        }
        if newer {
            say.push_str(&format!(
                "Adding new user `{name}' ({uid}) with group `{group_name} ({gid})' ...\n"
            ));
        } else {
            say.push_str(&format!(
                "Adding new user `{name}' ({uid}) with group `{group_name}' ...\n"
            ));
        }
    }
    let create = !no_home && home != "/nonexistent" && !inv.fs().exists(&home);
    if home == "/nonexistent" {
        say.push_str("Not creating `/nonexistent'.\n");
    } else if no_home {
        say.push_str(&format!("Not creating home directory `{home}'.\n"));
    } else if create {
        say.push_str(&format!("Creating home directory `{home}' ...\n"));
        if !system {
            say.push_str("Copying files from `/etc/skel' ...\n");
        }
    } else {
        say.push_str(&format!(
            "The home directory `{home}' already exists.  Not copying from `/etc/skel'.\n"
        ));
    }
    let mut extra = Vec::new();
    if newer && !system && acc.group_by_name("users").is_some() {
        say.push_str(&format!(
            "Adding new user `{name}' to supplemental / extra groups `users' ...\n"
        ));
        say.push_str(&format!("Adding user `{name}' to group `users' ...\n"));
        extra.push("users".to_string());
    }
    let gecos = gecos.map(|g| {
        if g.contains(',') {
            g
        } else {
            format!("{g},,,")
        }
    });
    let u = NewUser {
        name: name.clone(),
        uid,
        gid,
        gecos: gecos.unwrap_or_else(|| {
            if system {
                String::new()
            } else {
                ",,,".to_string()
            }
        }),
        home,
        shell: shell.unwrap_or_else(|| {
            if system {
                "/usr/sbin/nologin".to_string()
            } else {
                "/bin/bash".to_string()
            }
        }),
        new_group,
        extra_groups: extra,
        create_home: create,
        home_mode: if newer { 0o700 } else { 0o755 },
    };
    write_user(inv, &u);
    if !quiet || !system {
        inv.out(say);
    }
    0
}

fn adduser_busybox<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, v: &Voice) -> i32 {
    let usage = "adduser [OPTIONS] USER [GROUP]\n\nCreate new user, or add USER to GROUP\n\n\t-h DIR\t\tHome directory\n\t-g GECOS\tGECOS field\n\t-s SHELL\tLogin shell\n\t-G GRP\t\tGroup\n\t-S\t\tCreate a system user\n\t-D\t\tDon't assign a password\n\t-H\t\tDon't create home directory\n\t-u UID\t\tUser id\n\t-k SKEL\t\tSkeleton directory (/etc/skel)";
    let spec = OptSpec {
        flags: "SDH",
        valued: "hgsGuk",
        long: &[],
    };
    let p = match parse_opts(inv.args(), &spec, Tool::Busybox) {
        Ok(p) => p,
        Err(e) => {
            inv.err(v.opt_error(&e, usage));
            return 1;
        }
    };
    if inv.fs().cred().uid != 0 {
        inv.err(format!("{}: need to be root\n", v.name));
        return 1;
    }
    let acc = Accounts::load(inv.fs());
    let (name, group) = match p.operands.as_slice() {
        [n] => (n.clone(), None),
        [n, g] => (n.clone(), Some(g.clone())),
        _ => {
            inv.err(busybox_usage(usage));
            return 1;
        }
    };
    if let Some(g) = group {
        if acc.user_by_name(&name).is_none() {
            inv.err(format!("{}: unknown user {name}\n", v.name));
            return 1;
        }
        if acc.group_by_name(&g).is_none() {
            inv.err(format!("{}: unknown group {g}\n", v.name));
            return 1;
        }
        add_member(inv, &g, &name);
        return 0;
    }
    if acc.user_by_name(&name).is_some() {
        inv.err(format!("{}: user '{name}' in use\n", v.name));
        return 1;
    }
    let system = p.has('S');
    let used: Vec<u32> = acc.users.iter().map(|u| u.uid).collect();
    let uid = p
        .value('u')
        .and_then(|u| u.parse().ok())
        .unwrap_or_else(|| first_free(&used, system));
    let (gid, new_group) = match p.value('G') {
        Some(g) => match acc.group_by_name(g) {
            Some(gr) => (gr.gid, None),
            None => {
                inv.err(format!("{}: unknown group {g}\n", v.name));
                return 1;
            }
        },
        None if system => match acc.group_by_name("nogroup") {
            Some(gr) => (gr.gid, None),
            None => (uid, Some(name.clone())),
        },
        None => {
            let gused: Vec<u32> = acc.groups.iter().map(|g| g.gid).collect();
            let gid = if gused.contains(&uid) {
                (uid..60000).find(|i| !gused.contains(i)).unwrap_or(uid)
            } else {
                uid
            };
            (gid, Some(name.clone()))
        }
    };
    let home = p
        .value('h')
        .map(String::from)
        .unwrap_or_else(|| format!("/home/{name}"));
    let u = NewUser {
        name: name.clone(),
        uid,
        gid,
        gecos: p.value('g').unwrap_or("Linux User,,,").to_string(),
        home: home.clone(),
        shell: p
            .value('s')
            .unwrap_or(if system { "/sbin/nologin" } else { "/bin/sh" })
            .to_string(),
        new_group,
        extra_groups: Vec::new(),
        create_home: !p.has('H') && !inv.fs().exists(&home),
        home_mode: 0o755,
    };
    write_user(inv, &u);
    if !p.has('D') && !system {
        inv.out(format!(
            "Changing password for {name}\nNew password: \nRetype password: \npasswd: password for {name} is unchanged\n"
        ));
        return 1;
    }
    0
}
