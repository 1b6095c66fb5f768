//! Editing the account files for `useradd`, `groupadd`, `adduser` and `addgroup`: appending to
//! `/etc/passwd`, `/etc/group` and their shadows, group members, name checks, free ids and the
//! new home directory.

use super::{now_secs, sync_clock, Voice};
use crate::sh::{Invocation, Machine};

/// shadow's message when a tool without root cannot lock an account file.
pub(super) fn cannot_lock(v: &Voice, file: &str) -> String {
    format!(
        "{}: Permission denied.\n{}: cannot lock {file}; try again later.\n",
        v.name, v.name
    )
}

/// Append a line to an account file (created if missing).
pub(super) fn append_line<M: Machine + ?Sized>(
    inv: &mut Invocation<'_, M>,
    file: &str,
    line: &str,
) {
    let mut text = inv.fs().read_string(file).unwrap_or_default();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(line);
    text.push('\n');
    let _ = inv.fs_mut().write(file, text.as_bytes());
}

/// Add `user` to the member list of `group` in `/etc/group` (and `/etc/gshadow`).
pub(super) fn add_member<M: Machine + ?Sized>(
    inv: &mut Invocation<'_, M>,
    group: &str,
    user: &str,
) {
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

pub(super) fn valid_name(name: &str) -> bool {
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
pub(super) fn next_id(used: &[u32], system: bool) -> u32 {
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

/// The lowest free id as busybox's `adduser` and both `addgroup`s pick it: from 100 for
/// system accounts, from 1000 for others.
pub(super) fn first_free(used: &[u32], system: bool) -> u32 {
    let range = if system { 100..1000 } else { 1000..60000 };
    range
        .clone()
        .find(|i| !used.contains(i))
        .unwrap_or(range.start)
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
pub(super) struct NewUser {
    pub(super) name: String,
    pub(super) uid: u32,
    pub(super) gid: u32,
    pub(super) gecos: String,
    pub(super) home: String,
    pub(super) shell: String,
    pub(super) new_group: Option<String>,
    pub(super) extra_groups: Vec<String>,
    pub(super) create_home: bool,
    pub(super) home_mode: u32,
}

pub(super) fn write_user<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, u: &NewUser) {
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
