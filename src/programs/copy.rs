//! `cp` (with `-r`, `-a`, `-p`, `-n`, `-v`) and `mv`: copying and moving files and trees.

use super::{parse_opts, path_of, shq, sync_clock, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};
use crate::vfs::{path, Errno, FsError, Node, NodeKind};

const CP_USAGE: &str = "cp [-arPLHpfinlsTu] SOURCE DEST\nor: cp [-arPLHpfinlsu] SOURCE... { -t DIRECTORY | DIRECTORY }";
const MV_USAGE: &str =
    "mv [-finT] SOURCE DEST\nor: mv [-fin] SOURCE... { -t DIRECTORY | DIRECTORY }";

/// The umask every simulated process runs with.
const UMASK: u32 = 0o022;

/// Check the operand count and work out each source's destination. `Err` carries the exit
/// status after the message was printed.
fn plan<M: Machine + ?Sized>(
    inv: &mut Invocation<'_, M>,
    v: &Voice,
    operands: &[String],
    usage: &str,
    no_deref_target: bool,
) -> Result<Vec<(String, String)>, i32> {
    match operands {
        [] => {
            inv.err(match v.tool {
                Tool::Gnu => v.usage_error("missing file operand", usage),
                Tool::Busybox => super::busybox_usage(usage),
            });
            return Err(1);
        }
        [one] => {
            inv.err(match v.tool {
                Tool::Gnu => v.usage_error(
                    &format!("missing destination file operand after {}", shq(one)),
                    usage,
                ),
                Tool::Busybox => super::busybox_usage(usage),
            });
            return Err(1);
        }
        _ => {}
    }
    let (sources, target) = operands.split_at(operands.len() - 1);
    let target = &target[0];
    let tpath = path_of(inv, target);
    let target_is_dir = if no_deref_target {
        inv.fs().lstat(&tpath).is_ok_and(|s| s.is_dir())
    } else {
        inv.fs().is_dir(&tpath)
    };
    if sources.len() > 1 && !target_is_dir {
        inv.err(match v.tool {
            Tool::Gnu => format!("{}: target {} is not a directory\n", v.name, shq(target)),
            Tool::Busybox => format!("{}: '{target}' is not a directory\n", v.name),
        });
        return Err(1);
    }
    Ok(sources
        .iter()
        .map(|s| {
            if target_is_dir {
                let base = path::file_name(s);
                let shown = format!("{}/{}", target.trim_end_matches('/'), base);
                (s.clone(), shown)
            } else {
                (s.clone(), target.clone())
            }
        })
        .collect())
}

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
    let p = match parse_opts(inv.args(), &spec, v.tool) {
        Ok(p) => p,
        Err(e) => {
            inv.err(v.opt_error(&e, CP_USAGE));
            return 1;
        }
    };
    let archive = p.has('a');
    let recursive = archive || p.has('r') || p.has('R');
    let preserve = archive || p.has('p');
    let no_clobber = p.has('n');
    let verbose = p.has('v');
    // Without -r, symlinks are followed; -r and -a copy them as links.
    let deref = p.has('L') || !(recursive || p.has('P') || p.has('d'));
    let pairs = match plan(inv, &v, &p.operands, CP_USAGE, false) {
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

pub(crate) fn mv<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let spec = OptSpec {
        flags: "finvTu",
        valued: "",
        long: &[
            ("force", 'f', false),
            ("interactive", 'i', false),
            ("no-clobber", 'n', false),
            ("verbose", 'v', false),
        ],
    };
    let p = match parse_opts(inv.args(), &spec, v.tool) {
        Ok(p) => p,
        Err(e) => {
            inv.err(v.opt_error(&e, MV_USAGE));
            return 1;
        }
    };
    let pairs = match plan(inv, &v, &p.operands, MV_USAGE, false) {
        Ok(x) => x,
        Err(s) => return s,
    };
    sync_clock(inv);
    let mut status = 0;
    for (src, dst) in pairs {
        let sp = path_of(inv, &src);
        let dp = path_of(inv, &dst);
        if let Err(e) = inv.fs().lstat(&sp) {
            status = 1;
            inv.err(match v.tool {
                Tool::Gnu => format!("{}: cannot stat {}: {}\n", v.name, shq(&src), e.message()),
                Tool::Busybox => format!("{}: can't rename '{src}': {}\n", v.name, e.message()),
            });
            continue;
        }
        if same_file(inv, &sp, &dp) && !inv.fs().lstat(&sp).is_ok_and(|s| s.is_symlink()) {
            status = 1;
            inv.err(same_file_message(&v, &src, &dst));
            continue;
        }
        if p.has('n') && inv.fs().lstat(&dp).is_ok() {
            continue;
        }
        match inv.fs_mut().rename(&sp, &dp) {
            Ok(()) => {
                if p.has('v') {
                    let msg = match v.tool {
                        Tool::Gnu => format!("renamed {} -> {}\n", shq(&src), shq(&dst)),
                        Tool::Busybox => format!("'{src}' -> '{dst}'\n"),
                    };
                    inv.out(msg);
                }
            }
            Err(e) => {
                status = 1;
                let msg = match (v.tool, e.errno) {
                    (Tool::Gnu, Errno::Invalid) => format!(
                        "{}: cannot move {} to a subdirectory of itself, {}\n",
                        v.name,
                        shq(&src),
                        shq(&dst)
                    ),
                    (Tool::Gnu, Errno::IsADirectory) => format!(
                        "{}: cannot overwrite directory {} with non-directory\n",
                        v.name,
                        shq(&dst)
                    ),
                    (Tool::Gnu, Errno::NotADirectory) => format!(
                        "{}: cannot overwrite non-directory {} with directory {}\n",
                        v.name,
                        shq(&dst),
                        shq(&src)
                    ),
                    (Tool::Gnu, _) => format!(
                        "{}: cannot move {} to {}: {}\n",
                        v.name,
                        shq(&src),
                        shq(&dst),
                        e.message()
                    ),
                    (Tool::Busybox, _) => {
                        format!("{}: can't rename '{src}': {}\n", v.name, e.message())
                    }
                };
                inv.err(msg);
            }
        }
    }
    status
}

/// Whether two paths name the same existing file (after symlinks).
fn same_file<M: Machine + ?Sized>(inv: &Invocation<'_, M>, a: &str, b: &str) -> bool {
    match (inv.fs().canonicalize(a), inv.fs().canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

fn same_file_message(v: &Voice, src: &str, dst: &str) -> String {
    match v.tool {
        Tool::Gnu => format!(
            "{}: {} and {} are the same file\n",
            v.name,
            shq(src),
            shq(dst)
        ),
        Tool::Busybox => format!("{}: '{src}' and '{dst}' are the same file\n", v.name),
    }
}
