//! `env`: print the environment, or run a program in a changed one (`-i`, `-u NAME`,
//! `NAME=VALUE`).

use super::{Tool, Voice};
use crate::sh::{Invocation, Lookup, Machine};

pub(crate) fn env<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let args: Vec<String> = inv.args().to_vec();
    let mut i = 0;
    let mut clear = false;
    let mut unset = Vec::new();
    while i < args.len() {
        let a = &args[i];
        if a == "-i" || a == "-" || a == "--ignore-environment" {
            clear = true;
        } else if a == "-u" || a == "--unset" {
            i += 1;
            match args.get(i) {
                Some(n) => unset.push(n.clone()),
                None => {
                    inv.err(v.opt_error(
                        &super::OptError::NeedsArg('u'),
                        "env [-i] [-u NAME] [-] [NAME=VALUE]... [PROG ARGS]",
                    ));
                    return 125;
                }
            }
        } else if let Some(n) = a.strip_prefix("-u").filter(|n| !n.is_empty()) {
            unset.push(n.to_string());
        } else if a == "--" {
            i += 1;
            break;
        } else if a.starts_with('-') && a.len() > 1 {
            let c = a.chars().nth(1).unwrap_or('-');
            let e = if a.starts_with("--") {
                super::OptError::Unrecognized(a.clone())
            } else {
                super::OptError::Invalid(c)
            };
            inv.err(v.opt_error(&e, "env [-i] [-u NAME] [-] [NAME=VALUE]... [PROG ARGS]"));
            return 125;
        } else {
            break;
        }
        i += 1;
    }
    if clear {
        inv.env.clear();
    }
    for n in unset {
        inv.env.remove(&n);
    }
    while let Some(a) = args.get(i) {
        match a.split_once('=') {
            Some((k, val)) if !k.is_empty() => {
                inv.env.insert(k.to_string(), val.to_string());
                i += 1;
            }
            _ => break,
        }
    }
    let command = &args[i.min(args.len())..];
    if command.is_empty() {
        let mut out = String::new();
        for (k, val) in &inv.env {
            out.push_str(&format!("{k}={val}\n"));
        }
        inv.out(out);
        return 0;
    }
    // With PATH removed, the C library searches its default path.
    let mut command = command.to_vec();
    if !inv.env.contains_key("PATH") && !command[0].contains('/') {
        if let Lookup::Found(p) =
            crate::sh::lookup(inv.fs(), &command[0], "/bin:/usr/bin", &inv.cwd)
        {
            command[0] = p;
        }
    }
    let command = command.as_slice();
    let stdin = std::mem::take(&mut inv.stdin);
    match inv.spawn(command, &stdin) {
        Ok(status) => status,
        Err(l) => {
            let (why, status) = match l {
                Lookup::NotExecutable(_) | Lookup::IsDir(_) => ("Permission denied", 126),
                _ => ("No such file or directory", 127),
            };
            let name = &command[0];
            inv.err(match v.tool {
                Tool::Gnu => format!("{}: {}: {why}\n", v.name, v.q(name)),
                Tool::Busybox => format!("{}: can't execute '{name}': {why}\n", v.name),
            });
            status
        }
    }
}
