//! `which`: the path of each command found on `PATH` (`-a` for every match).

use crate::sh::{Invocation, Lookup, Machine};

pub(crate) fn which<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let args: Vec<String> = inv.args().to_vec();
    let all = args.iter().any(|a| a == "-a");
    let names: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    if names.is_empty() {
        return 1;
    }
    let path_var = inv.env.get("PATH").cloned().unwrap_or_default();
    let mut status = 0;
    for name in names {
        let mut found = false;
        if name.contains('/') {
            if let Lookup::Found(_) = inv.lookup(name) {
                inv.out(format!("{name}\n"));
                found = true;
            }
        } else {
            for dir in path_var.split(':') {
                let dir = if dir.is_empty() { "." } else { dir };
                let candidate = format!("{}/{name}", dir.trim_end_matches('/'));
                if let Lookup::Found(_) = crate::sh::lookup(inv.fs(), &candidate, "", &inv.cwd) {
                    inv.out(format!("{candidate}\n"));
                    found = true;
                    if !all {
                        break;
                    }
                }
            }
        }
        if !found {
            status = 1;
        }
    }
    status
}
