//! `cp`: copy files and, with `-r` or `-a`, trees (`-p`, `-n`, `-v`, `-P`, `-L`).

use super::cp_mv::{plan, same_file, same_file_message};
use super::{parse_or_report, path_of, shq, sync_clock, OptSpec, Tool, Voice, UMASK};
use crate::sh::{Invocation, Machine};
use crate::vfs::{path, Errno, FsError, Node, NodeKind};

const USAGE: &str = "cp [-arPLHpfinlsTu] SOURCE DEST\nor: cp [-arPLHpfinlsu] SOURCE... { -t DIRECTORY | DIRECTORY }";

pub(crate) fn cp<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let spec = OptSpec {
        flags: "rRapfinvdPLHTu",
        valued: "",
        long: &[
            ("recursive", 'r', false),
            ("archive", 'a', false),
            ("force", 'f', false),
            ("no-clobber", 'n', false),
            ("verbose", 'v', false),
            ("no-dereference", 'P', false),
            ("dereference", 'L', false),
        ],
    };
    let Some(p) = parse_or_report(inv, &v, &spec, USAGE) else {
        return 1;
    };
    let archive = p.has('a');
    let recursive = archive || p.has('r') || p.has('R');
    let preserve = archive || p.has('p');
    let no_clobber = p.has('n');
    let verbose = p.has('v');
    // Without -r, symlinks are followed; -r and -a copy them as links.
    let deref = p.has('L') || !(recursive || p.has('P') || p.has('d'));
    let pairs = match plan(inv, &v, &p.operands, USAGE, false) {
        Ok(x) => x,
        Err(s) => return s,
    };
    sync_clock(inv);
    let mut status = 0;
    for (src, dst) in pairs {
        let sp = path_of(inv, &src);
        let dp = path_of(inv, &dst);
        let node = match inv.fs().get_node(&sp, deref) {
            Ok(n) => n,
            Err(e) => {
                status = 1;
                inv.err(match v.tool {
                    Tool::Gnu => {
                        format!("{}: cannot stat {}: {}\n", v.name, shq(&src), e.message())
                    }
                    Tool::Busybox => format!("{}: can't stat '{src}': {}\n", v.name, e.message()),
                });
                continue;
            }
        };
        if node.is_dir() && !recursive {
            status = 1;
            inv.err(match v.tool {
                Tool::Gnu => format!(
                    "{}: -r not specified; omitting directory {}\n",
                    v.name,
                    shq(&src)
                ),
                Tool::Busybox => format!("{}: omitting directory '{src}'\n", v.name),
            });
            continue;
        }
        if same_file(inv, &sp, &dp) {
            status = 1;
            inv.err(same_file_message(&v, &src, &dst));
            continue;
        }
        let dst_stat = inv.fs().stat(&dp).ok();
        if let Some(ds) = dst_stat {
            if no_clobber {
                continue;
            }
            if ds.is_dir() && !node.is_dir() {
                status = 1;
                inv.err(match v.tool {
                    Tool::Gnu => format!(
                        "{}: cannot overwrite directory {} with non-directory\n",
                        v.name,
                        shq(&dst)
                    ),
                    Tool::Busybox => format!("{}: can't create '{dst}': Is a directory\n", v.name),
                });
                continue;
            }
            if !ds.is_dir() && node.is_dir() {
                status = 1;
                inv.err(match v.tool {
                    Tool::Gnu => format!(
                        "{}: cannot overwrite non-directory {} with directory {}\n",
                        v.name,
                        shq(&dst),
                        shq(&src)
                    ),
                    Tool::Busybox => format!("{}: '{dst}' is not a directory\n", v.name),
                });
                continue;
            }
        }
        if node.is_dir() {
            let sc = inv.fs().canonicalize(&sp).unwrap_or_default();
            let dn = path::normalize(&dp);
            let dc = inv
                .fs()
                .canonicalize(&path::parent(&dn))
                .map(|par| path::join(&par, path::file_name(&dn)))
                .unwrap_or(dn);
            if dc == sc || dc.starts_with(&format!("{sc}/")) {
                status = 1;
                inv.err(match v.tool {
                    Tool::Gnu => format!(
                        "{}: cannot copy a directory, {}, into itself, {}\n",
                        v.name,
                        shq(&src),
                        shq(&dst)
                    ),
                    Tool::Busybox => format!("{}: can't copy a directory into itself\n", v.name),
                });
                continue;
            }
        }
        let mut log = Vec::new();
        match copy_node(inv, &node, &dp, preserve, &src, &dst, &mut log) {
            Ok(()) => {}
            Err(e) => {
                status = 1;
                inv.err(match v.tool {
                    Tool::Gnu => format!(
                        "{}: cannot create {} {}: {}\n",
                        v.name,
                        if node.is_dir() {
                            "directory"
                        } else {
                            "regular file"
                        },
                        shq(&dst),
                        e.message()
                    ),
                    Tool::Busybox => format!("{}: can't create '{dst}': {}\n", v.name, e.message()),
                });
            }
        }
        if verbose {
            for (a, b) in log {
                inv.out(format!("{} -> {}\n", shq(&a), shq(&b)));
            }
        }
    }
    status
}

/// Copy `node` to `dst`: a directory merges into an existing one, a file replaces an existing
/// file's content (keeping its mode and owner unless `preserve`).
fn copy_node<M: Machine + ?Sized>(
    inv: &mut Invocation<'_, M>,
    node: &Node,
    dst: &str,
    preserve: bool,
    shown_src: &str,
    shown_dst: &str,
    log: &mut Vec<(String, String)>,
) -> Result<(), FsError> {
    let cred = inv.fs().cred();
    let now = inv.fs().now();
    let fresh = |n: &Node| -> Node {
        let mut m = n.meta;
        if !preserve {
            m.uid = cred.uid;
            m.gid = cred.gid;
            m.mtime = now;
            if !matches!(n.kind, NodeKind::Symlink(_)) {
                m.mode &= !UMASK;
            }
        }
        Node {
            meta: m,
            kind: n.kind.clone(),
        }
    };
    log.push((shown_src.to_string(), shown_dst.to_string()));
    match &node.kind {
        NodeKind::Dir(children) => {
            let existing = inv.fs().stat(dst).ok();
            match existing {
                Some(st) if st.is_dir() => {}
                Some(_) => return Err(FsError::new(Errno::NotADirectory, dst)),
                None => {
                    let mut empty = Node::dir(node.meta);
                    empty.meta = fresh(&empty).meta;
                    inv.fs_mut().put_node(dst, empty)?;
                }
            }
            for (name, child) in children.iter() {
                if inv.stopped() {
                    break;
                }
                copy_node(
                    inv,
                    child,
                    &format!("{}/{name}", dst.trim_end_matches('/')),
                    preserve,
                    &format!("{}/{name}", shown_src.trim_end_matches('/')),
                    &format!("{}/{name}", shown_dst.trim_end_matches('/')),
                    log,
                )?;
            }
            Ok(())
        }
        NodeKind::File(content) => {
            let existing = inv.fs().stat(dst).ok();
            if let (Some(st), false) = (existing, preserve) {
                if st.is_file() {
                    return inv.fs_mut().write_content(dst, content.clone());
                }
            }
            // Replace what is there (a symlink is replaced, not followed, by a new file).
            let target = match inv.fs().lstat(dst) {
                Ok(s) if s.is_symlink() => inv.fs().canonicalize(dst).unwrap_or(dst.to_string()),
                _ => dst.to_string(),
            };
            inv.fs_mut().put_node(&target, fresh(node))
        }
        NodeKind::Symlink(_) => {
            if inv.fs().lstat(dst).is_ok() {
                inv.fs_mut().remove_file(dst)?;
            }
            inv.fs_mut().put_node(dst, fresh(node))
        }
    }
}
