//! `ln`: make symbolic (`-s`) or hard links, replacing with `-f`, not following with `-n`.

use super::{parse_or_report, path_of, shq, sync_clock, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};
use crate::vfs::path;

const USAGE: &str = "ln [-sfnbtv] [-S SUF] TARGET... LINK|DIR";

pub(crate) fn ln<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let spec = OptSpec {
        flags: "sfnvTrL",
        valued: "",
        long: &[
            ("symbolic", 's', false),
            ("force", 'f', false),
            ("no-dereference", 'n', false),
            ("verbose", 'v', false),
            ("relative", 'r', false),
        ],
    };
    let Some(p) = parse_or_report(inv, &v, &spec, USAGE) else {
        return 1;
    };
    let symbolic = p.has('s');
    let ops = &p.operands;
    if ops.is_empty() {
        inv.err(match v.tool {
            Tool::Gnu => v.usage_error("missing file operand", USAGE),
            Tool::Busybox => super::busybox_usage(USAGE),
        });
        return 1;
    }
    // One operand links into the working directory under the same name.
    let (targets, dest): (Vec<String>, String) = if ops.len() == 1 {
        (vec![ops[0].clone()], ".".to_string())
    } else {
        (ops[..ops.len() - 1].to_vec(), ops[ops.len() - 1].clone())
    };
    let dpath = path_of(inv, &dest);
    let dest_is_dir = if p.has('n') {
        inv.fs().lstat(&dpath).is_ok_and(|s| s.is_dir())
    } else {
        inv.fs().is_dir(&dpath)
    };
    if targets.len() > 1 && !dest_is_dir {
        inv.err(match v.tool {
            Tool::Gnu => format!("{}: target {} is not a directory\n", v.name, shq(&dest)),
            Tool::Busybox => format!("{}: '{dest}' is not a directory\n", v.name),
        });
        return 1;
    }
    sync_clock(inv);
    let mut status = 0;
    for t in &targets {
        let link = if dest_is_dir {
            if dest == "." && ops.len() == 1 {
                path::file_name(t).to_string()
            } else {
                format!("{}/{}", dest.trim_end_matches('/'), path::file_name(t))
            }
        } else {
            dest.clone()
        };
        let lpath = path_of(inv, &link);
        let kind = if symbolic {
            "symbolic link"
        } else {
            "hard link"
        };
        if !symbolic {
            match inv.fs().stat(&path_of(inv, t)) {
                Err(e) => {
                    status = 1;
                    inv.err(match v.tool {
                        Tool::Gnu => {
                            format!("{}: failed to access {}: {}\n", v.name, shq(t), e.message())
                        }
                        Tool::Busybox => format!("{}: {t}: {}\n", v.name, e.message()),
                    });
                    continue;
                }
                Ok(st) if st.is_dir() => {
                    status = 1;
                    inv.err(match v.tool {
                        Tool::Gnu => format!(
                            "{}: {}: hard link not allowed for directory\n",
                            v.name,
                            super::shq_if_needed(t)
                        ),
                        Tool::Busybox => format!("{}: {t}: Operation not permitted\n", v.name),
                    });
                    continue;
                }
                Ok(_) => {}
            }
        }
        if let Ok(existing) = inv.fs().lstat(&lpath) {
            if p.has('f') {
                if existing.is_dir() {
                    status = 1;
                    inv.err(match v.tool {
                        Tool::Gnu => {
                            format!("{}: {}: cannot overwrite directory\n", v.name, shq(&link))
                        }
                        Tool::Busybox => format!("{}: {link}: Is a directory\n", v.name),
                    });
                    continue;
                }
                let _ = inv.fs_mut().remove_file(&lpath);
            } else {
                status = 1;
                inv.err(match v.tool {
                    Tool::Gnu => format!(
                        "{}: failed to create {kind} {}: File exists\n",
                        v.name,
                        shq(&link)
                    ),
                    Tool::Busybox => format!("{}: {link}: File exists\n", v.name),
                });
                continue;
            }
        }
        let r = if symbolic {
            inv.fs_mut().symlink(t, &lpath)
        } else {
            // No shared inodes here: a hard link is a copy that keeps the metadata.
            let tp = path_of(inv, t);
            inv.fs_mut().copy(&tp, &lpath, true)
        };
        match r {
            Ok(()) => {
                if p.has('v') {
                    let arrow = if symbolic { "->" } else { "=>" };
                    inv.out(format!("{} {arrow} {}\n", shq(&link), shq(t)));
                }
            }
            Err(e) => {
                status = 1;
                inv.err(match v.tool {
                    Tool::Gnu => format!(
                        "{}: failed to create {kind} {}: {}\n",
                        v.name,
                        shq(&link),
                        e.message()
                    ),
                    Tool::Busybox => format!("{}: {link}: {}\n", v.name, e.message()),
                });
            }
        }
    }
    status
}
