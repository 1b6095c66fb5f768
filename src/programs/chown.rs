//! `chown`: change the owner and group of files (`user[:group]`, `-R`, `-h`, `-c`, `-v`, `-f`).

use super::chmod_chown::{cannot_access, missing_operand, targets};
use super::{parse_or_report, shq, sync_clock, Accounts, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};
use crate::vfs::Errno;

const USAGE: &str = "chown [-RhLHPcvf] USER[:[GRP]] FILE...";

/// Why an owner spec is wrong.
enum SpecError {
    User(String),
    Group(String),
}

/// `user`, `user:group`, `user.group`, `:group`, `user:` (the user's login group); names or
/// numbers.
fn parse_owner(spec: &str, acc: &Accounts) -> Result<(Option<u32>, Option<u32>), SpecError> {
    let (user, group, sep) = match spec.split_once(':') {
        Some((u, g)) => (u, Some(g), true),
        None => match spec.split_once('.') {
            Some((u, g)) if acc.user_by_name(spec).is_none() => (u, Some(g), true),
            _ => (spec, None, false),
        },
    };
    let uid = if user.is_empty() {
        None
    } else {
        match acc.user_by_name(user) {
            Some(u) => Some(u.uid),
            None => match user.parse::<u32>() {
                Ok(n) => Some(n),
                Err(_) => return Err(SpecError::User(user.to_string())),
            },
        }
    };
    let gid = match group {
        Some("") if sep => match uid {
            Some(uid) => acc.user_by_uid(uid).map(|u| u.gid),
            None => None,
        },
        Some(g) => match acc.group_by_name(g) {
            Some(gr) => Some(gr.gid),
            None => match g.parse::<u32>() {
                Ok(n) => Some(n),
                Err(_) => return Err(SpecError::Group(g.to_string())),
            },
        },
        None => None,
    };
    Ok((uid, gid))
}

pub(crate) fn chown<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let spec = OptSpec {
        flags: "RhLHPcvf",
        valued: "",
        long: &[
            ("recursive", 'R', false),
            ("no-dereference", 'h', false),
            ("changes", 'c', false),
            ("verbose", 'v', false),
            ("silent", 'f', false),
            ("quiet", 'f', false),
        ],
    };
    let Some(p) = parse_or_report(inv, &v, &spec, USAGE) else {
        return 1;
    };
    let mut operands = p.operands.clone();
    if operands.is_empty() {
        inv.err(missing_operand(&v, None, USAGE));
        return 1;
    }
    let owner = operands.remove(0);
    if operands.is_empty() {
        inv.err(missing_operand(&v, Some(&owner), USAGE));
        return 1;
    }
    let acc = Accounts::load(inv.fs());
    let (uid, gid) = match parse_owner(&owner, &acc) {
        Ok(x) => x,
        Err(e) => {
            let msg = match (v.tool, e) {
                (Tool::Gnu, SpecError::User(_)) => {
                    format!("{}: invalid user: {}\n", v.name, v.q(&owner))
                }
                (Tool::Gnu, SpecError::Group(_)) => {
                    format!("{}: invalid group: {}\n", v.name, v.q(&owner))
                }
                (Tool::Busybox, SpecError::User(u)) => format!("{}: unknown user {u}\n", v.name),
                (Tool::Busybox, SpecError::Group(g)) => format!("{}: unknown group {g}\n", v.name),
            };
            inv.err(msg);
            return 1;
        }
    };
    sync_clock(inv);
    let mut status = 0;
    for op in &operands {
        for (shown, sub, top) in targets(inv, op, p.has('R')) {
            // Inside a tree (and with -h) links are changed themselves, not followed.
            let no_follow = p.has('h') || !top;
            let st = if no_follow {
                inv.fs().lstat(&sub)
            } else {
                inv.fs().stat(&sub)
            };
            let st = match st {
                Ok(st) => st,
                Err(e) => {
                    status = 1;
                    if !p.has('f') {
                        inv.err(cannot_access(&v, &shown, &e));
                    }
                    continue;
                }
            };
            let nu = uid.unwrap_or(st.uid);
            let ng = gid.unwrap_or(st.gid);
            let r = if no_follow {
                inv.fs_mut().lchown(&sub, nu, ng)
            } else {
                inv.fs_mut().chown(&sub, nu, ng)
            };
            match r {
                Ok(()) => {
                    if p.has('v') || (p.has('c') && (nu, ng) != (st.uid, st.gid)) {
                        let msg = if (nu, ng) != (st.uid, st.gid) {
                            format!(
                                "changed ownership of {} from {}:{} to {}:{}\n",
                                shq(&shown),
                                acc.user_name(st.uid),
                                acc.group_name(st.gid),
                                acc.user_name(nu),
                                acc.group_name(ng)
                            )
                        } else {
                            format!(
                                "ownership of {} retained as {}:{}\n",
                                shq(&shown),
                                acc.user_name(nu),
                                acc.group_name(ng)
                            )
                        };
                        inv.out(msg);
                    }
                }
                Err(e) => {
                    status = 1;
                    if !p.has('f') {
                        let why = if e.errno == Errno::NotPermitted {
                            Errno::NotPermitted.message()
                        } else {
                            e.message()
                        };
                        inv.err(match v.tool {
                            Tool::Gnu => format!(
                                "{}: changing ownership of {}: {}\n",
                                v.name,
                                shq(&shown),
                                why
                            ),
                            Tool::Busybox => format!("{}: {shown}: {why}\n", v.name),
                        });
                    }
                }
            }
        }
    }
    status
}
