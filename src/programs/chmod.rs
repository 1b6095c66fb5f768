//! `chmod`: change file modes, octal or symbolic (`u+x`, `go-w,a+r`, `g=u`), with `-R`, `-c`,
//! `-v` and `-f`; its mode parser serves `mkdir -m` too.

use super::chmod_chown::{cannot_access, missing_operand, targets};
use super::{parse_opts, shq, sync_clock, OptSpec, Tool, Voice, UMASK};
use crate::sh::{Invocation, Machine};

const USAGE: &str = "chmod [-Rcvf] MODE[,MODE]... FILE...";

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
            inv.err(v.opt_error(&e, USAGE));
            return 1;
        }
    };
    let mut operands = p.operands.clone();
    let mode_spec = match mode_arg {
        Some(m) => m,
        None => {
            if operands.is_empty() {
                inv.err(missing_operand(&v, None, USAGE));
                return 1;
            }
            operands.remove(0)
        }
    };
    if operands.is_empty() {
        inv.err(missing_operand(&v, Some(&mode_spec), USAGE));
        return 1;
    }
    if parse_mode(&mode_spec, 0, false).is_none() {
        inv.err(match v.tool {
            Tool::Gnu => v.usage_error(&format!("invalid mode: {}", v.q(&mode_spec)), USAGE),
            Tool::Busybox => format!("{}: invalid mode '{mode_spec}'\n", v.name),
        });
        return 1;
    }
    sync_clock(inv);
    let mut status = 0;
    for op in &operands {
        for (shown, sub, top) in targets(inv, op, p.has('R')) {
            let st = match inv.fs().stat(&sub) {
                Ok(st) => st,
                Err(e) => {
                    // Symlinks met while recursing are skipped, as chmod does.
                    if !top && inv.fs().lstat(&sub).is_ok() {
                        continue;
                    }
                    status = 1;
                    if !p.has('f') {
                        inv.err(cannot_access(&v, &shown, &e));
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
