//! `rm`: remove files and, with `-r`, directories (`-f` ignores missing operands).

use super::{parse_or_report, path_of, shq, sync_clock, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};
use crate::vfs::Errno;

const USAGE: &str = "rm [-irf] FILE...";

pub(crate) fn rm<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let spec = OptSpec {
        flags: "rRfivd",
        valued: "",
        long: &[
            ("recursive", 'r', false),
            ("force", 'f', false),
            ("interactive", 'i', false),
            ("verbose", 'v', false),
            ("dir", 'd', false),
            ("no-preserve-root", '\u{e000}', false),
            ("preserve-root", '\u{e001}', false),
        ],
    };
    let Some(p) = parse_or_report(inv, &v, &spec, USAGE) else {
        return 1;
    };
    // The last of -f and -i wins.
    let force = p
        .opts
        .iter()
        .rev()
        .find(|(c, _)| *c == 'f' || *c == 'i')
        .is_some_and(|(c, _)| *c == 'f');
    let recursive = p.has('r') || p.has('R');
    let verbose = p.has('v');
    if p.operands.is_empty() {
        if force {
            return 0;
        }
        inv.err(match v.tool {
            Tool::Gnu => v.usage_error("missing operand", USAGE),
            Tool::Busybox => super::busybox_usage(USAGE),
        });
        return 1;
    }
    sync_clock(inv);
    let mut status = 0;
    for op in &p.operands {
        let path = path_of(inv, op);
        let last = crate::vfs::path::file_name(op);
        if recursive && (last == "." || last == "..") {
            inv.err(match v.tool {
                Tool::Gnu => format!(
                    "{}: refusing to remove '.' or '..' directory: skipping {}\n",
                    v.name,
                    shq(op)
                ),
                Tool::Busybox => format!("{}: can't remove '.' or '..'\n", v.name),
            });
            status = 1;
            continue;
        }
        let st = match inv.fs().lstat(&path) {
            Ok(st) => st,
            Err(e) => {
                if force && e.errno == Errno::NotFound {
                    continue;
                }
                status = 1;
                inv.err(cannot_remove(&v, op, e.message()));
                continue;
            }
        };
        let canon = inv.fs().canonicalize(&path).unwrap_or_default();
        if st.is_dir() && recursive && canon == "/" && !p.has('\u{e000}') && v.gnu() {
            inv.err(format!(
                "{}: it is dangerous to operate recursively on {}\n{}: use --no-preserve-root to override this failsafe\n",
                v.name,
                shq(op),
                v.name
            ));
            status = 1;
            continue;
        }
        if st.is_dir() && !recursive {
            if p.has('d') {
                match inv.fs_mut().rmdir(&path) {
                    Ok(()) => {
                        if verbose {
                            inv.out(removed_dir(&v, op));
                        }
                    }
                    Err(e) => {
                        status = 1;
                        inv.err(cannot_remove(&v, op, e.message()));
                    }
                }
                continue;
            }
            status = 1;
            inv.err(match v.tool {
                Tool::Gnu => format!("{}: cannot remove {}: Is a directory\n", v.name, shq(op)),
                Tool::Busybox => format!("{}: '{op}' is a directory\n", v.name),
            });
            continue;
        }
        if st.is_dir() && canon == "/" {
            // busybox (and --no-preserve-root) empty the root; `/` itself stays.
            let names: Vec<String> = inv
                .fs()
                .read_dir("/")
                .map(|d| d.into_iter().map(|e| e.name).collect())
                .unwrap_or_default();
            for n in names {
                let _ = inv.fs_mut().remove_all(&format!("/{n}"));
            }
            inv.err(cannot_remove(&v, op, Errno::Busy.message()));
            status = 1;
            continue;
        }
        let listing = if verbose {
            inv.fs().walk_tree(&path).unwrap_or_default()
        } else {
            Vec::new()
        };
        match inv.fs_mut().remove_all(&path) {
            Ok(()) => {
                if verbose {
                    if st.is_dir() {
                        // Deepest first, as rm removes them.
                        let base = crate::vfs::path::normalize(&path);
                        for (p2, s2) in listing.iter().rev() {
                            let rel = p2.strip_prefix(&base).unwrap_or("");
                            let shown = format!("{}{}", op.trim_end_matches('/'), rel);
                            let shown = if rel.is_empty() { op.clone() } else { shown };
                            if s2.is_dir() {
                                inv.out(removed_dir(&v, &shown));
                            } else {
                                inv.out(removed(&v, &shown));
                            }
                        }
                    } else {
                        inv.out(removed(&v, op));
                    }
                }
            }
            Err(e) => {
                status = 1;
                inv.err(cannot_remove(&v, op, e.message()));
            }
        }
    }
    status
}

fn cannot_remove(v: &Voice, op: &str, why: &str) -> String {
    match v.tool {
        Tool::Gnu => format!("{}: cannot remove {}: {why}\n", v.name, shq(op)),
        Tool::Busybox => format!("{}: can't remove '{op}': {why}\n", v.name),
    }
}

fn removed(v: &Voice, op: &str) -> String {
    match v.tool {
        Tool::Gnu => format!("removed {}\n", shq(op)),
        Tool::Busybox => format!("removed '{op}'\n"),
    }
}

fn removed_dir(v: &Voice, op: &str) -> String {
    match v.tool {
        Tool::Gnu => format!("removed directory {}\n", shq(op)),
        Tool::Busybox => format!("removed directory: '{op}'\n"),
    }
}
