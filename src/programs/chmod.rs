//! `chmod` (octal and symbolic modes, `-R`) and `chown` (`user[:group]`, `-R`, `-h`).

use super::{parse_opts, path_of, shq, sync_clock, Accounts, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};
use crate::vfs::Errno;

const CHMOD_USAGE: &str = "chmod [-Rcvf] MODE[,MODE]... FILE...";
const CHOWN_USAGE: &str = "chown [-RhLHPcvf] USER[:[GRP]] FILE...";

/// The umask every simulated process runs with.
const UMASK: u32 = 0o022;

/// Apply a mode spec (`755`, `u+x`, `go-w,a+r`, `=rw`) to `mode`. `None` when it is invalid.
pub(crate) fn parse_mode(spec: &str, mode: u32, is_dir: bool) -> Option<u32> {
    if !spec.is_empty() && spec.chars().all(|c| c.is_digit(8)) {
        if spec.len() > 4 {
            return None;
        }
        return u32::from_str_radix(spec, 8).ok();
    }
    let mut mode = mode & 0o7777;
    for clause in spec.split(',') {
        let mut chars = clause.chars().peekable();
        let mut who = 0u32;
        let mut any_who = false;
        while let Some(&c) = chars.peek() {
            let bits = match c {
                'u' => 0o4700,
                'g' => 0o2070,
                'o' => 0o1007,
                'a' => 0o7777,
                _ => break,
            };
            who |= bits;
            any_who = true;
            chars.next();
        }
        let mask = if any_who { who } else { 0o7777 };
        let mut had_op = false;
        while let Some(op) = chars.next() {
            if !matches!(op, '+' | '-' | '=') {
                return None;
            }
            had_op = true;
            let mut perm = 0u32;
            // A copy of another class's bits (`g=u`).
            if let Some(&c) = chars.peek() {
                if matches!(c, 'u' | 'g' | 'o') {
                    chars.next();
                    let bits = match c {
                        'u' => (mode >> 6) & 7,
                        'g' => (mode >> 3) & 7,
                        _ => mode & 7,
                    };
                    perm = bits << 6 | bits << 3 | bits;
                }
            }
            while let Some(&c) = chars.peek() {
                let bits = match c {
                    'r' => 0o444,
                    'w' => 0o222,
                    'x' => 0o111,
                    'X' => {
                        if is_dir || mode & 0o111 != 0 {
                            0o111
                        } else {
                            0
                        }
                    }
                    's' => 0o6000,
                    't' => 0o1000,
                    _ => break,
                };
                perm |= bits;
                chars.next();
            }
            let mut value = perm & mask;
            if !any_who {
                value &= !UMASK;
            }
            mode = match op {
                '+' => mode | value,
                '-' => mode & !value,
                _ => {
                    let clear = if any_who { who } else { 0o7777 };
                    (mode & !clear) | value
                }
            };
            if matches!(chars.peek(), Some(c) if !matches!(c, '+' | '-' | '=')) {
                return None;
            }
        }
        if !had_op {
            return None;
        }
    }
    Some(mode)
}

fn looks_like_mode(a: &str) -> bool {
    a.len() > 1 && a.starts_with('-') && a[1..].chars().all(|c| "rwxXst".contains(c))
}

pub(crate) fn chmod<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    // `chmod -x file`: a mode that looks like an option.
    let mut mode_arg = None;
    let mut args = Vec::new();
    for a in inv.args() {
        if mode_arg.is_none() && looks_like_mode(a) {
            mode_arg = Some(a.clone());
        } else {
            args.push(a.clone());
        }
    }
    let spec = OptSpec {
        flags: "Rcvf",
        valued: "",
        long: &[
            ("recursive", 'R', false),
            ("changes", 'c', false),
            ("verbose", 'v', false),
            ("silent", 'f', false),
            ("quiet", 'f', false),
        ],
    };
    let p = match parse_opts(&args, &spec, v.tool) {
        Ok(p) => p,
        Err(e) => {
            inv.err(v.opt_error(&e, CHMOD_USAGE));
            return 1;
        }
    };
    let mut operands = p.operands.clone();
    let mode_spec = match mode_arg {
        Some(m) => m,
        None => {
            if operands.is_empty() {
                inv.err(match v.tool {
                    Tool::Gnu => v.usage_error("missing operand", CHMOD_USAGE),
                    Tool::Busybox => super::busybox_usage(CHMOD_USAGE),
                });
                return 1;
            }
            operands.remove(0)
        }
    };
    if operands.is_empty() {
        inv.err(match v.tool {
            Tool::Gnu => v.usage_error(
                &format!("missing operand after {}", v.q(&mode_spec)),
                CHMOD_USAGE,
            ),
            Tool::Busybox => super::busybox_usage(CHMOD_USAGE),
        });
        return 1;
    }
    if parse_mode(&mode_spec, 0, false).is_none() {
        inv.err(match v.tool {
            Tool::Gnu => v.usage_error(&format!("invalid mode: {}", v.q(&mode_spec)), CHMOD_USAGE),
            Tool::Busybox => format!("{}: invalid mode '{mode_spec}'\n", v.name),
        });
        return 1;
    }
    sync_clock(inv);
    let mut status = 0;
    for op in &operands {
        let path = path_of(inv, op);
        let mut todo = vec![(op.clone(), path.clone(), true)];
        if p.has('R') {
            if let Ok(tree) = inv.fs().walk_tree(&path) {
                let base = crate::vfs::path::normalize(&path);
                let canon = inv.fs().canonicalize(&path).unwrap_or(base);
                for (sub, _) in tree.into_iter().skip(1) {
                    let rel = sub.strip_prefix(&canon).unwrap_or(&sub);
                    let shown = format!("{}{}", op.trim_end_matches('/'), rel);
                    todo.push((shown, sub, false));
                }
            }
        }
        for (shown, sub, top) in todo {
            let st = match inv.fs().stat(&sub) {
                Ok(st) => st,
                Err(e) => {
                    // Symlinks met while recursing are skipped, as chmod does.
                    if !top && inv.fs().lstat(&sub).is_ok() {
                        continue;
                    }
                    status = 1;
                    if !p.has('f') {
                        inv.err(match v.tool {
                            Tool::Gnu => format!(
                                "{}: cannot access {}: {}\n",
                                v.name,
                                shq(&shown),
                                e.message()
                            ),
                            Tool::Busybox => format!("{}: {shown}: {}\n", v.name, e.message()),
                        });
                    }
                    continue;
                }
            };
            if !top && inv.fs().lstat(&sub).is_ok_and(|s| s.is_symlink()) {
                continue;
            }
            let new = parse_mode(&mode_spec, st.mode, st.is_dir()).unwrap_or(st.mode);
            match inv.fs_mut().chmod(&sub, new) {
                Ok(()) => {
                    let changed = new != st.mode;
                    if p.has('v') || (p.has('c') && changed) {
                        let mut old_st = st;
                        old_st.mode = st.mode;
                        let mut new_st = st;
                        new_st.mode = new;
                        let msg = if changed {
                            format!(
                                "mode of {} changed from {:04o} ({}) to {:04o} ({})\n",
                                shq(&shown),
                                st.mode,
                                &old_st.mode_string()[1..],
                                new,
                                &new_st.mode_string()[1..]
                            )
                        } else {
                            format!(
                                "mode of {} retained as {:04o} ({})\n",
                                shq(&shown),
                                new,
                                &new_st.mode_string()[1..]
                            )
                        };
                        inv.out(msg);
                    }
                }
                Err(e) => {
                    status = 1;
                    if !p.has('f') {
                        inv.err(match v.tool {
                            Tool::Gnu => format!(
                                "{}: changing permissions of {}: {}\n",
                                v.name,
                                shq(&shown),
                                e.message()
                            ),
                            Tool::Busybox => format!("{}: {shown}: {}\n", v.name, e.message()),
                        });
                    }
                }
            }
        }
    }
    status
}

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
    let p = match parse_opts(inv.args(), &spec, v.tool) {
        Ok(p) => p,
        Err(e) => {
            inv.err(v.opt_error(&e, CHOWN_USAGE));
            return 1;
        }
    };
    let mut operands = p.operands.clone();
    if operands.is_empty() {
        inv.err(match v.tool {
            Tool::Gnu => v.usage_error("missing operand", CHOWN_USAGE),
            Tool::Busybox => super::busybox_usage(CHOWN_USAGE),
        });
        return 1;
    }
    let owner = operands.remove(0);
    if operands.is_empty() {
        inv.err(match v.tool {
            Tool::Gnu => v.usage_error(
                &format!("missing operand after {}", v.q(&owner)),
                CHOWN_USAGE,
            ),
            Tool::Busybox => super::busybox_usage(CHOWN_USAGE),
        });
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
        let path = path_of(inv, op);
        let mut todo = vec![(op.clone(), path.clone(), true)];
        if p.has('R') {
            if let Ok(tree) = inv.fs().walk_tree(&path) {
                let canon = inv
                    .fs()
                    .canonicalize(&path)
                    .unwrap_or_else(|_| crate::vfs::path::normalize(&path));
                for (sub, _) in tree.into_iter().skip(1) {
                    let rel = sub.strip_prefix(&canon).unwrap_or(&sub);
                    let shown = format!("{}{}", op.trim_end_matches('/'), rel);
                    todo.push((shown, sub, false));
                }
            }
        }
        for (shown, sub, top) in todo {
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
                        inv.err(match v.tool {
                            Tool::Gnu => format!(
                                "{}: cannot access {}: {}\n",
                                v.name,
                                shq(&shown),
                                e.message()
                            ),
                            Tool::Busybox => format!("{}: {shown}: {}\n", v.name, e.message()),
                        });
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
