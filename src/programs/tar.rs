//! `tar`: create (`c`), extract (`x`) and list (`t`) archives, with `-f`, `-z`, `-v`, `-C` and
//! `--strip-components`, in old (`tar xzf a.tgz`) and short-option style.

use super::{path_of, sync_clock, tm, Accounts, Tool, Voice};
use crate::sh::{Invocation, Machine};
use crate::store::{self, Entry, EntryKind};
use crate::vfs::{path, Kind, Stat};

const USAGE: &str =
    "tar c|x|t [-ahmvO] [-f TARFILE] [-C DIR] [-T FILE] [-X FILE] [LONGOPT]... [FILE]...";

#[derive(Default)]
struct Opts {
    mode: Vec<char>,
    file: Option<String>,
    dir: Option<String>,
    gzip: bool,
    verbose: bool,
    strip: usize,
    no_same_owner: bool,
    operands: Vec<String>,
}

enum ArgError {
    Invalid(char),
    Unrecognized(String),
    NeedsArg(char),
}

fn parse(args: &[String]) -> Result<Opts, ArgError> {
    let mut o = Opts::default();
    let mut queue: Vec<String> = args.to_vec();
    queue.reverse();
    let mut first = true;
    while let Some(a) = queue.pop() {
        let old_style = first && !a.starts_with('-') && !a.is_empty();
        first = false;
        if let Some(long) = a.strip_prefix("--") {
            if long.is_empty() {
                while let Some(x) = queue.pop() {
                    o.operands.push(x);
                }
                break;
            }
            let (name, val) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (long, None),
            };
            let take = |q: &mut Vec<String>| val.clone().or_else(|| q.pop());
            match name {
                "extract" | "get" => o.mode.push('x'),
                "create" => o.mode.push('c'),
                "list" => o.mode.push('t'),
                "gzip" | "gunzip" | "ungzip" => o.gzip = true,
                "verbose" => o.verbose = true,
                "no-same-owner" => o.no_same_owner = true,
                "same-owner" | "preserve-permissions" | "same-permissions" | "numeric-owner" => {}
                "file" => o.file = take(&mut queue),
                "directory" => o.dir = take(&mut queue),
                "strip-components" => {
                    o.strip = take(&mut queue).and_then(|s| s.parse().ok()).unwrap_or(0)
                }
                _ => return Err(ArgError::Unrecognized(a.clone())),
            }
            continue;
        }
        let letters: Vec<char> = if old_style {
            a.chars().collect()
        } else if a.len() > 1 && a.starts_with('-') {
            a.chars().skip(1).collect()
        } else {
            o.operands.push(a);
            continue;
        };
        let mut k = 0;
        while k < letters.len() {
            let c = letters[k];
            k += 1;
            match c {
                'x' | 'c' | 't' => o.mode.push(c),
                'z' => o.gzip = true,
                'v' => o.verbose = true,
                'p' | 'o' | 'h' | 'm' | 'O' | 'a' => {
                    if c == 'o' {
                        o.no_same_owner = true;
                    }
                }
                'f' | 'C' => {
                    let rest: String = letters[k..].iter().collect();
                    let val = if !rest.is_empty() && !old_style {
                        k = letters.len();
                        Some(rest)
                    } else {
                        queue.pop()
                    };
                    let Some(val) = val else {
                        return Err(ArgError::NeedsArg(c));
                    };
                    if c == 'f' {
                        o.file = Some(val);
                    } else {
                        o.dir = Some(val);
                    }
                }
                _ => return Err(ArgError::Invalid(c)),
            }
        }
    }
    Ok(o)
}

/// A fatal error: the message, then GNU's closing line, and the status.
fn fatal<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, v: &Voice, msg: &str) -> i32 {
    match v.tool {
        Tool::Gnu => {
            inv.err(format!(
                "{}: {msg}\n{}: Error is not recoverable: exiting now\n",
                v.name, v.name
            ));
            2
        }
        Tool::Busybox => {
            inv.err(format!("{}: {msg}\n", v.name));
            1
        }
    }
}

pub(crate) fn tar<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let gnu_try = format!(
        "Try '{} --help' or '{} --usage' for more information.\n",
        v.name, v.name
    );
    let o = match parse(inv.args()) {
        Ok(o) => o,
        Err(e) => {
            let msg = match (v.tool, e) {
                (Tool::Gnu, ArgError::Invalid(c)) => {
                    format!("{}: invalid option -- '{c}'\n{gnu_try}", v.name)
                }
                (Tool::Gnu, ArgError::Unrecognized(a)) => {
                    format!("{}: unrecognized option '{a}'\n{gnu_try}", v.name)
                }
                (Tool::Gnu, ArgError::NeedsArg(c)) => format!(
                    "{}: option requires an argument -- '{c}'\n{gnu_try}",
                    v.name
                ),
                (Tool::Busybox, ArgError::Invalid(c)) => format!(
                    "{}: unrecognized option: {c}\n{}",
                    v.name,
                    super::busybox_usage(USAGE)
                ),
                (Tool::Busybox, ArgError::Unrecognized(a)) => format!(
                    "{}: unrecognized option: {}\n{}",
                    v.name,
                    a.trim_start_matches('-'),
                    super::busybox_usage(USAGE)
                ),
                (Tool::Busybox, ArgError::NeedsArg(c)) => format!(
                    "{}: option requires an argument: {c}\n{}",
                    v.name,
                    super::busybox_usage(USAGE)
                ),
            };
            inv.err(msg);
            return if v.gnu() { 2 } else { 1 };
        }
    };
    let mut modes = o.mode.clone();
    modes.dedup();
    if modes.len() != 1 {
        let msg = match (v.tool, modes.is_empty()) {
            (Tool::Gnu, true) => format!("{}: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\n{gnu_try}", v.name),
            (Tool::Gnu, false) => format!("{}: You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option\n{gnu_try}", v.name),
            (Tool::Busybox, _) => super::busybox_usage(USAGE),
        };
        inv.err(msg);
        return if v.gnu() { 2 } else { 1 };
    }
    let base = match &o.dir {
        Some(d) => {
            let p = path_of(inv, d);
            if !inv.fs().is_dir(&p) {
                let why = match inv.fs().stat(&p) {
                    Ok(_) => "Not a directory",
                    Err(e) => e.message(),
                };
                return match v.tool {
                    Tool::Gnu => fatal(inv, &v, &format!("{d}: Cannot open: {why}")),
                    Tool::Busybox => {
                        fatal(inv, &v, &format!("can't change directory to '{d}': {why}"))
                    }
                };
            }
            p
        }
        None => inv.cwd.clone(),
    };
    match modes[0] {
        'c' => create(inv, &v, &o, &base, &gnu_try),
        _ => extract_or_list(inv, &v, &o, &base, modes[0] == 'x'),
    }
}

fn create<M: Machine + ?Sized>(
    inv: &mut Invocation<'_, M>,
    v: &Voice,
    o: &Opts,
    base: &str,
    gnu_try: &str,
) -> i32 {
    if o.operands.is_empty() {
        return match v.tool {
            Tool::Gnu => {
                inv.err(format!(
                    "{}: Cowardly refusing to create an empty archive\n{gnu_try}",
                    v.name
                ));
                2
            }
            Tool::Busybox => fatal(inv, v, "empty archive"),
        };
    }
    let mut entries = Vec::new();
    let mut names = Vec::new();
    let mut failed = false;
    let mut warned = false;
    for op in &o.operands {
        let p = path::join(base, op);
        let tree = match inv.fs().lstat(&p) {
            Ok(st) if !st.is_dir() => Ok(vec![(p.clone(), st)]),
            Ok(_) => inv.fs().walk_tree(&p),
            Err(e) => Err(e),
        };
        let tree = match tree {
            Ok(t) => t,
            Err(e) => {
                failed = true;
                inv.err(match v.tool {
                    Tool::Gnu => format!("{}: {op}: Cannot stat: {}\n", v.name, e.message()),
                    Tool::Busybox => format!("{}: {op}: {}\n", v.name, e.message()),
                });
                continue;
            }
        };
        let mut shown_op = op.trim_end_matches('/').to_string();
        if shown_op.is_empty() && op.starts_with('/') {
            shown_op = "/".to_string();
        }
        if shown_op.starts_with('/') {
            if !warned {
                inv.err(match v.tool {
                    Tool::Gnu => format!("{}: Removing leading `/' from member names\n", v.name),
                    Tool::Busybox => {
                        format!("{}: removing leading '/' from member names\n", v.name)
                    }
                });
                warned = true;
            }
            shown_op = shown_op.trim_start_matches('/').to_string();
        }
        let root = tree.first().map(|(p, _)| p.clone()).unwrap_or_default();
        for (full, st) in &tree {
            let rel = full.strip_prefix(&root).unwrap_or("");
            let name = format!("{shown_op}{rel}");
            let name = name.trim_start_matches('/').to_string();
            let clean = name.trim_start_matches("./").to_string();
            if clean.is_empty() || clean == "." {
                continue;
            }
            let kind = match st.kind {
                Kind::Dir => EntryKind::Dir,
                Kind::Symlink => EntryKind::Symlink(inv.fs().read_link(full).unwrap_or_default()),
                Kind::File => match inv.fs().read_content(full) {
                    Ok(c) => EntryKind::File(c),
                    Err(e) => {
                        failed = true;
                        inv.err(format!(
                            "{}: {name}: Cannot open: {}\n",
                            v.name,
                            e.message()
                        ));
                        continue;
                    }
                },
            };
            names.push(if st.is_dir() {
                format!("{name}/")
            } else {
                name.clone()
            });
            entries.push(
                Entry::new(&clean, kind)
                    .with_mode(st.mode)
                    .with_owner(st.uid, st.gid)
                    .with_mtime(st.mtime),
            );
        }
    }
    let tar = match store::build_tar(&entries) {
        Ok(t) => t,
        Err(e) => return fatal(inv, v, &e.to_string()),
    };
    let mut tar = tar;
    if v.gnu() {
        // GNU tar writes whole records of 20 blocks.
        let len = tar.len().div_ceil(10_240).max(1) * 10_240;
        tar.resize(len, 0);
    }
    let bytes = if o.gzip { store::gzip(&tar) } else { tar };
    let to_stdout = o.file.as_deref().is_none_or(|f| f == "-");
    if o.verbose {
        let list: String = names.iter().map(|n| format!("{n}\n")).collect();
        if to_stdout {
            inv.err(list);
        } else {
            inv.out(list);
        }
    }
    match o.file.as_deref() {
        Some(f) if f != "-" => {
            sync_clock(inv);
            let p = path_of(inv, f);
            if let Err(e) = inv.fs_mut().write(&p, &bytes) {
                return match v.tool {
                    Tool::Gnu => fatal(inv, v, &format!("{f}: Cannot open: {}", e.message())),
                    Tool::Busybox => fatal(inv, v, &format!("can't open '{f}': {}", e.message())),
                };
            }
        }
        _ => inv.out(bytes),
    }
    if failed {
        if v.gnu() {
            inv.err(format!(
                "{}: Exiting with failure status due to previous errors\n",
                v.name
            ));
            return 2;
        }
        return 1;
    }
    0
}

fn entry_name(e: &Entry) -> String {
    match e.kind {
        EntryKind::Dir => format!("{}/", e.path),
        _ => e.path.clone(),
    }
}

fn extract_or_list<M: Machine + ?Sized>(
    inv: &mut Invocation<'_, M>,
    v: &Voice,
    o: &Opts,
    base: &str,
    extract: bool,
) -> i32 {
    let data = match o.file.as_deref() {
        Some(f) if f != "-" => {
            let p = path_of(inv, f);
            match inv.fs().read(&p) {
                Ok(d) => d,
                Err(e) => {
                    return match v.tool {
                        Tool::Gnu => fatal(inv, v, &format!("{f}: Cannot open: {}", e.message())),
                        Tool::Busybox => {
                            fatal(inv, v, &format!("can't open '{f}': {}", e.message()))
                        }
                    }
                }
            }
        }
        _ => inv.stdin.clone(),
    };
    let tar = if store::is_gzip(&data) {
        match store::gunzip(&data) {
            Ok(t) => t,
            Err(_) => return fatal(inv, v, "invalid gzip data"),
        }
    } else if o.gzip {
        return match v.tool {
            Tool::Gnu => {
                inv.err(format!(
                    "gzip: stdin: not in gzip format\n{}: Child returned status 1\n{}: Error is not recoverable: exiting now\n",
                    v.name, v.name
                ));
                2
            }
            Tool::Busybox => fatal(inv, v, "invalid magic"),
        };
    } else {
        data
    };
    let entries = match store::read_tar(&tar) {
        Ok(e) => e,
        Err(_) => {
            return match v.tool {
                Tool::Gnu => {
                    inv.err(format!(
                        "{}: This does not look like a tar archive\n{}: Exiting with failure status due to previous errors\n",
                        v.name, v.name
                    ));
                    2
                }
                Tool::Busybox => fatal(inv, v, "invalid tar magic"),
            }
        }
    };
    let accounts = Accounts::load(inv.fs());
    let wanted: Vec<String> = o
        .operands
        .iter()
        .map(|s| s.trim_start_matches("./").trim_end_matches('/').to_string())
        .collect();
    let mut seen = vec![false; wanted.len()];
    let root = inv.fs().cred().uid == 0;
    sync_clock(inv);
    let mut listing = String::new();
    let mut dir_times = Vec::new();
    for e in &entries {
        if matches!(e.kind, EntryKind::Whiteout | EntryKind::Opaque) {
            continue;
        }
        if !wanted.is_empty() {
            let hit = wanted
                .iter()
                .position(|w| e.path == *w || e.path.starts_with(&format!("{w}/")));
            match hit {
                Some(i) => seen[i] = true,
                None => continue,
            }
        }
        let name = entry_name(e);
        let stripped_away = extract && e.path.split('/').count() <= o.strip;
        if (!extract || o.verbose) && !stripped_away {
            if extract || !o.verbose {
                listing.push_str(&name);
            } else {
                listing.push_str(&long_line(e, &accounts, v.tool));
            }
            listing.push('\n');
        }
        if !extract {
            continue;
        }
        // Drop leading components for --strip-components.
        let parts: Vec<&str> = e.path.split('/').collect();
        if parts.len() <= o.strip {
            continue;
        }
        let rel = parts[o.strip..].join("/");
        let dest = path::join(base, &rel);
        let r = match &e.kind {
            EntryKind::Dir => inv.fs_mut().mkdir_all(&dest, e.mode).and_then(|_| {
                dir_times.push((dest.clone(), e.mtime));
                inv.fs_mut().chmod(&dest, e.mode)
            }),
            EntryKind::File(c) => {
                if inv.fs().lstat(&dest).is_ok_and(|s| !s.is_dir()) {
                    let _ = inv.fs_mut().remove_file(&dest);
                }
                inv.fs_mut().put_file(&dest, c.clone(), e.mode)
            }
            EntryKind::Symlink(t) => {
                if inv.fs().lstat(&dest).is_ok_and(|s| !s.is_dir()) {
                    let _ = inv.fs_mut().remove_file(&dest);
                }
                let parent = path::parent(&dest);
                inv.fs_mut()
                    .mkdir_all(&parent, 0o755)
                    .and_then(|_| inv.fs_mut().symlink(t, &dest))
            }
            EntryKind::Link(t) => {
                let tparts: Vec<&str> = t.split('/').collect();
                let trel = tparts[o.strip.min(tparts.len())..].join("/");
                let src = path::join(base, &trel);
                match inv.fs().read_content(&src) {
                    Ok(c) => inv.fs_mut().put_file(&dest, c, e.mode),
                    Err(err) => Err(err),
                }
            }
            EntryKind::Whiteout | EntryKind::Opaque => Ok(()),
        };
        match r {
            Ok(()) => {
                if root && !o.no_same_owner {
                    let _ = inv.fs_mut().lchown(&dest, e.uid, e.gid);
                }
                if !matches!(e.kind, EntryKind::Symlink(_) | EntryKind::Dir) {
                    let _ = inv.fs_mut().set_mtime(&dest, e.mtime);
                }
            }
            Err(err) => {
                inv.out(std::mem::take(&mut listing));
                let what = if matches!(e.kind, EntryKind::Dir) {
                    "Cannot mkdir"
                } else {
                    "Cannot open"
                };
                inv.err(match v.tool {
                    Tool::Gnu => format!("{}: {}: {what}: {}\n", v.name, e.path, err.message()),
                    Tool::Busybox => {
                        format!("{}: can't open '{}': {}\n", v.name, e.path, err.message())
                    }
                });
            }
        }
    }
    for (d, t) in dir_times {
        let _ = inv.fs_mut().set_mtime(&d, t);
    }
    inv.out(listing);
    let mut status = 0;
    for (w, s) in wanted.iter().zip(&seen) {
        if !s {
            status = if v.gnu() { 2 } else { 1 };
            inv.err(match v.tool {
                Tool::Gnu => format!("{}: {w}: Not found in archive\n", v.name),
                Tool::Busybox => format!("{}: {w}: not found in archive\n", v.name),
            });
        }
    }
    if status != 0 && v.gnu() {
        inv.err(format!(
            "{}: Exiting with failure status due to previous errors\n",
            v.name
        ));
    }
    status
}

/// `tar -tv`: mode, owner/group, size, date and name.
fn long_line(e: &Entry, acc: &Accounts, tool: Tool) -> String {
    let kind = match e.kind {
        EntryKind::Dir => Kind::Dir,
        EntryKind::Symlink(_) => Kind::Symlink,
        _ => Kind::File,
    };
    let st = Stat {
        kind,
        mode: e.mode,
        uid: e.uid,
        gid: e.gid,
        size: 0,
        mtime: e.mtime,
        declared: false,
        nlink: 1,
    };
    let mode = if matches!(e.kind, EntryKind::Link(_)) {
        format!("h{}", &st.mode_string()[1..])
    } else {
        st.mode_string()
    };
    let size = match &e.kind {
        EntryKind::File(c) => c.size(),
        _ => 0,
    };
    let owner = format!("{}/{}", acc.user_name(e.uid), acc.group_name(e.gid));
    let t = tm(e.mtime as i64);
    let mut name = entry_name(e);
    match &e.kind {
        EntryKind::Symlink(target) => name.push_str(&format!(" -> {target}")),
        EntryKind::Link(target) => name.push_str(&format!(" link to {target}")),
        _ => {}
    }
    match tool {
        Tool::Gnu => {
            let size = size.to_string();
            let width = 19usize.max(owner.len() + 1 + size.len());
            let pad = width - owner.len();
            format!(
                "{mode} {owner}{size:>pad$} {:04}-{:02}-{:02} {:02}:{:02} {name}",
                t.year, t.month, t.day, t.hour, t.min
            )
        }
        Tool::Busybox => format!(
            "{mode} {owner} {size:>9} {:04}-{:02}-{:02} {:02}:{:02}:{:02} {name}",
            t.year, t.month, t.day, t.hour, t.min, t.sec
        ),
    }
}
