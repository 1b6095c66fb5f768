//! Accounts: `useradd` and `groupadd` (shadow), `adduser` and `addgroup` (Debian's scripts or
//! busybox applets), `id` and `whoami`, all reading and editing `/etc/passwd` and `/etc/group`.

use super::{busybox_usage, now_secs, parse_opts, sync_clock, Accounts, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};

/// Append a line to an account file (created if missing).
fn append_line<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, file: &str, line: &str) {
    let mut text = inv.fs().read_string(file).unwrap_or_default();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(line);
    text.push('\n');
    let _ = inv.fs_mut().write(file, text.as_bytes());
}

/// Add `user` to the member list of `group` in `/etc/group` (and `/etc/gshadow`).
fn add_member<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, group: &str, user: &str) {
    for (file, field) in [("/etc/group", 3), ("/etc/gshadow", 3)] {
        let Ok(text) = inv.fs().read_string(file) else {
            continue;
        };
        let mut out = String::new();
        for line in text.lines() {
            let mut f: Vec<String> = line.split(':').map(String::from).collect();
            if f.first().map(String::as_str) == Some(group) && f.len() > field {
                let mut members: Vec<&str> =
                    f[field].split(',').filter(|m| !m.is_empty()).collect();
                if !members.contains(&user) {
                    members.push(user);
                }
                f[field] = members.join(",");
            }
            out.push_str(&f.join(":"));
            out.push('\n');
        }
        let _ = inv.fs_mut().write(file, out.as_bytes());
    }
}

fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    (first.is_ascii_lowercase() || first == '_')
        && name.len() <= 32
        && name
            .trim_end_matches('$')
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// The next free id: regular accounts count up from 1000, system ones down from 999.
fn next_id(used: &[u32], system: bool) -> u32 {
    if system {
        (100..=999).rev().find(|i| !used.contains(i)).unwrap_or(999)
    } else {
        used.iter()
            .copied()
            .filter(|i| (1000..60000).contains(i))
            .max()
            .map_or(1000, |m| m + 1)
    }
}

fn days_now<M: Machine + ?Sized>(inv: &Invocation<'_, M>) -> u64 {
    now_secs(inv) / 86_400
}

/// Create the home directory, copying `/etc/skel`, owned by the new user.
fn make_home<M: Machine + ?Sized>(
    inv: &mut Invocation<'_, M>,
    home: &str,
    uid: u32,
    gid: u32,
    mode: u32,
) {
    if inv.fs_mut().mkdir_all(home, mode).is_err() {
        return;
    }
    let _ = inv.fs_mut().chmod(home, mode);
    if let Ok(skel) = inv.fs().read_dir("/etc/skel") {
        for e in skel {
            let _ = inv.fs_mut().copy(
                &format!("/etc/skel/{}", e.name),
                &format!("{home}/{}", e.name),
                true,
            );
        }
    }
    if let Ok(mut node) = inv.fs().get_node(home, false) {
        node.map_meta(&mut |_, m| {
            m.uid = uid;
            m.gid = gid;
        });
        let _ = inv.fs_mut().put_node(home, node);
    }
}

/// What a new account looks like.
struct NewUser {
    name: String,
    uid: u32,
    gid: u32,
    gecos: String,
    home: String,
    shell: String,
    new_group: Option<String>,
    extra_groups: Vec<String>,
    create_home: bool,
    home_mode: u32,
}

fn write_user<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, u: &NewUser) {
    sync_clock(inv);
    let days = days_now(inv);
    if let Some(g) = &u.new_group {
        append_line(inv, "/etc/group", &format!("{g}:x:{}:", u.gid));
        if inv.fs().exists("/etc/gshadow") {
            append_line(inv, "/etc/gshadow", &format!("{g}:!::"));
        }
    }
    append_line(
        inv,
        "/etc/passwd",
        &format!(
            "{}:x:{}:{}:{}:{}:{}",
            u.name, u.uid, u.gid, u.gecos, u.home, u.shell
        ),
    );
    if inv.fs().exists("/etc/shadow") {
        append_line(
            inv,
            "/etc/shadow",
            &format!("{}:!:{days}:0:99999:7:::", u.name),
        );
    }
    for g in &u.extra_groups {
        add_member(inv, g, &u.name);
    }
    if u.create_home {
        make_home(inv, &u.home, u.uid, u.gid, u.home_mode);
    }
}

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
        inv.err(format!(
            "{}: Permission denied.\n{}: cannot lock /etc/passwd; try again later.\n",
            v.name, v.name
        ));
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
        inv.err(format!(
            "{}: Permission denied.\n{}: cannot lock /etc/group; try again later.\n",
            v.name, v.name
        ));
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
        .unwrap_or_else(|| {
            let range = if system { 100..1000 } else { 1000..60000 };
            range
                .clone()
                .find(|i| !used.contains(i))
                .unwrap_or(range.start)
        });
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
                .unwrap_or_else(|| {
                    let range = if system { 100..1000 } else { 1000..60000 };
                    range
                        .clone()
                        .find(|i| !used.contains(i))
                        .unwrap_or(range.start)
                });
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
