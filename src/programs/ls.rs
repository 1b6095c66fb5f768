//! `ls`: list directory contents, GNU coreutils or busybox style (long format, columns, `-R`).

use super::{
    blocks_kib, human, ls_time, now_secs, parse_opts, path_of, shq, Accounts, OptSpec, Tool, Voice,
};
use crate::sh::{Invocation, Machine};
use crate::vfs::{Errno, Kind, Stat};

const USAGE: &str = "ls [-1AaCxdLHRFplinshrSXvctu] [-w WIDTH] [FILE]...";

/// One name to show, with what `lstat` (or `stat`) said.
#[derive(Clone)]
struct Item {
    name: String,
    path: String,
    st: Stat,
    target: Option<String>,
}

struct Settings {
    all: bool,
    almost_all: bool,
    long: bool,
    one: bool,
    columns: bool,
    human: bool,
    recursive: bool,
    directory: bool,
    reverse: bool,
    by_time: bool,
    by_size: bool,
    numeric: bool,
    classify: bool,
    slash: bool,
    /// Output goes to a terminal: GNU then quotes names that need it.
    tty: bool,
    width: usize,
    now: u64,
    tool: Tool,
}

pub(crate) fn ls<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let args: Vec<String> = inv
        .args()
        .iter()
        .filter(|a| !a.starts_with("--color"))
        .cloned()
        .collect();
    let spec = OptSpec {
        flags: "aAl1hRdCrtSnFpx",
        valued: "w",
        long: &[
            ("all", 'a', false),
            ("almost-all", 'A', false),
            ("human-readable", 'h', false),
            ("recursive", 'R', false),
            ("directory", 'd', false),
            ("reverse", 'r', false),
            ("numeric-uid-gid", 'n', false),
            ("classify", 'F', false),
            ("width", 'w', true),
        ],
    };
    let p = match parse_opts(&args, &spec, v.tool) {
        Ok(p) => p,
        Err(e) => {
            inv.err(v.opt_error(&e, USAGE));
            return if v.gnu() { 2 } else { 1 };
        }
    };
    let tty = inv.env.contains_key("TERM");
    let width = p
        .value('w')
        .and_then(|w| w.parse().ok())
        .or_else(|| inv.env.get("COLUMNS").and_then(|c| c.parse().ok()))
        .unwrap_or(80usize);
    // The last of -l, -1, -C decides the format.
    let mut long = false;
    let mut one = !tty;
    let mut columns = tty;
    for (c, _) in &p.opts {
        match c {
            'l' | 'n' => (long, one, columns) = (true, false, false),
            '1' => (long, one, columns) = (false, true, false),
            'C' | 'x' => (long, one, columns) = (false, false, true),
            _ => {}
        }
    }
    let s = Settings {
        all: p.has('a'),
        almost_all: p.has('A'),
        long,
        one,
        columns,
        human: p.has('h'),
        recursive: p.has('R'),
        directory: p.has('d'),
        reverse: p.has('r'),
        by_time: p.has('t'),
        by_size: p.has('S'),
        numeric: p.has('n'),
        classify: p.has('F'),
        slash: p.has('p'),
        tty,
        width: width.max(1),
        now: now_secs(inv),
        tool: v.tool,
    };
    let accounts = Accounts::load(inv.fs());
    let operands = if p.operands.is_empty() {
        vec![".".to_string()]
    } else {
        p.operands.clone()
    };
    let mut status = 0;
    let mut files = Vec::new();
    let mut dirs = Vec::new();
    let follow = !(s.long || s.directory || s.classify);
    for op in &operands {
        let path = path_of(inv, op);
        let st = if follow {
            inv.fs().stat(&path).or_else(|_| inv.fs().lstat(&path))
        } else {
            inv.fs().lstat(&path)
        };
        match st {
            Ok(st) => {
                let target = if st.is_symlink() {
                    inv.fs().read_link(&path).ok()
                } else {
                    None
                };
                let item = Item {
                    name: op.clone(),
                    path,
                    st,
                    target,
                };
                let is_dir = st.is_dir()
                    || (st.is_symlink() && op.ends_with('/') && inv.fs().is_dir(&item.path));
                if is_dir && !s.directory {
                    dirs.push(item);
                } else {
                    files.push(item);
                }
            }
            Err(e) => {
                let msg = match v.tool {
                    Tool::Gnu => {
                        format!("{}: cannot access {}: {}\n", v.name, shq(op), e.message())
                    }
                    Tool::Busybox => format!("{}: {}: {}\n", v.name, op, e.message()),
                };
                inv.err(msg);
                status = if v.gnu() { 2 } else { 1 };
            }
        }
    }
    sort_items(&mut files, &s);
    sort_items(&mut dirs, &s);
    let mut printed = false;
    if !files.is_empty() {
        inv.out(render(&files, &s, &accounts, false));
        printed = true;
    }
    let headers = operands.len() > 1 || s.recursive;
    for d in &dirs {
        // Depth first, each directory before what is inside it (`-R`), without recursion.
        let mut todo = vec![d.clone()];
        while let Some(cur) = todo.pop() {
            let (r, subs) = list_dir(inv, &v, &cur, &s, &accounts, headers, &mut printed);
            status = status.max(r);
            todo.extend(subs.into_iter().rev());
            if inv.stopped() {
                break;
            }
        }
    }
    status
}

fn sort_items(items: &mut [Item], s: &Settings) {
    crate::sort::sort_by(items, |a, b| {
        let by_name = a.name.as_bytes().cmp(b.name.as_bytes());
        if s.by_size {
            b.st.size.cmp(&a.st.size).then(by_name)
        } else if s.by_time {
            b.st.mtime.cmp(&a.st.mtime).then(by_name)
        } else {
            by_name
        }
    });
    if s.reverse {
        items.reverse();
    }
}

#[allow(clippy::too_many_arguments)] // the listing's whole context, passed down as is
fn list_dir<M: Machine + ?Sized>(
    inv: &mut Invocation<'_, M>,
    v: &Voice,
    d: &Item,
    s: &Settings,
    accounts: &Accounts,
    headers: bool,
    printed: &mut bool,
) -> (i32, Vec<Item>) {
    let mut out = String::new();
    let entries = match inv.fs().read_dir(&d.path) {
        Ok(e) => e,
        Err(e) => {
            let msg = match v.tool {
                Tool::Gnu => format!(
                    "{}: cannot open directory {}: {}\n",
                    v.name,
                    shq(&d.name),
                    e.message()
                ),
                Tool::Busybox => format!("{}: {}: {}\n", v.name, d.name, e.message()),
            };
            inv.err(msg);
            return (fail_dir(v, e.errno), Vec::new());
        }
    };
    if *printed {
        out.push('\n');
    }
    *printed = true;
    if headers {
        out.push_str(&d.name);
        out.push_str(":\n");
    }
    let mut items = Vec::new();
    if s.all {
        for (name, p) in [(".", d.path.clone()), ("..", format!("{}/..", d.path))] {
            if let Ok(st) = inv.fs().stat(&p) {
                items.push(Item {
                    name: name.to_string(),
                    path: p,
                    st,
                    target: None,
                });
            }
        }
    }
    for e in entries {
        if e.name.starts_with('.') && !(s.all || s.almost_all) {
            continue;
        }
        let path = format!("{}/{}", d.path.trim_end_matches('/'), e.name);
        let target = if e.stat.is_symlink() {
            inv.fs().read_link(&path).ok()
        } else {
            None
        };
        items.push(Item {
            name: e.name,
            path,
            st: e.stat,
            target,
        });
    }
    sort_items(&mut items, s);
    if s.long {
        let total: u64 = items.iter().map(|i| blocks_kib(&i.st)).sum();
        if s.human && s.tool == Tool::Gnu {
            out.push_str(&format!("total {}\n", human(total * 1024)));
        } else {
            out.push_str(&format!("total {total}\n"));
        }
    }
    out.push_str(&render(&items, s, accounts, true));
    inv.out(out);
    let mut subs = Vec::new();
    if s.recursive {
        for it in &items {
            if it.st.kind != Kind::Dir || it.name == "." || it.name == ".." {
                continue;
            }
            let name = if d.name.ends_with('/') {
                format!("{}{}", d.name, it.name)
            } else {
                format!("{}/{}", d.name, it.name)
            };
            subs.push(Item {
                name,
                path: it.path.clone(),
                st: it.st,
                target: None,
            });
        }
    }
    (0, subs)
}

fn fail_dir(v: &Voice, _errno: Errno) -> i32 {
    if v.gnu() {
        2
    } else {
        1
    }
}

/// The name as shown, with `-F`/`-p` indicators.
/// Whether GNU `ls` on a terminal would quote this name.
fn needs_quotes(name: &str) -> bool {
    super::shq_if_needed(name) != name
}

/// The names of one listing as shown: on a terminal GNU quotes names that need it and, in
/// columns and long format, pads the others with a space so the names line up.
fn shown_all(items: &[Item], s: &Settings) -> Vec<String> {
    let quoting = s.tool == Tool::Gnu && s.tty;
    let any = quoting && items.iter().any(|i| needs_quotes(&i.name));
    let pad = any && !s.one;
    items
        .iter()
        .map(|it| {
            let base = shown(it, s);
            if quoting && needs_quotes(&it.name) {
                let rest = &base[it.name.len()..];
                format!("{}{rest}", super::shq(&it.name))
            } else if pad {
                format!(" {base}")
            } else {
                base
            }
        })
        .collect()
}

fn shown(it: &Item, s: &Settings) -> String {
    let mut n = it.name.clone();
    if s.classify {
        match it.st.kind {
            Kind::Dir => n.push('/'),
            Kind::Symlink if !s.long => n.push('@'),
            Kind::File if it.st.mode & 0o111 != 0 => n.push('*'),
            _ => {}
        }
    } else if s.slash && it.st.kind == Kind::Dir {
        n.push('/');
    }
    n
}

fn render(items: &[Item], s: &Settings, accounts: &Accounts, _in_dir: bool) -> String {
    if items.is_empty() {
        return String::new();
    }
    if s.long {
        return render_long(items, s, accounts);
    }
    let names = shown_all(items, s);
    if s.one || !s.columns {
        let mut out = String::new();
        for n in names {
            out.push_str(&n);
            out.push('\n');
        }
        return out;
    }
    match s.tool {
        Tool::Gnu => columns_gnu(&names, s.width),
        Tool::Busybox => columns_busybox(&names, s.width),
    }
}

fn render_long(items: &[Item], s: &Settings, accounts: &Accounts) -> String {
    struct Row {
        mode: String,
        nlink: String,
        owner: String,
        group: String,
        size: String,
        date: String,
        name: String,
    }
    let names = shown_all(items, s);
    let rows: Vec<Row> = items
        .iter()
        .zip(names)
        .map(|(it, shown_name)| {
            let owner = if s.numeric {
                it.st.uid.to_string()
            } else {
                accounts.user_name(it.st.uid)
            };
            let group = if s.numeric {
                it.st.gid.to_string()
            } else {
                accounts.group_name(it.st.gid)
            };
            let size = if s.human {
                human(it.st.size)
            } else {
                it.st.size.to_string()
            };
            let mut name = shown_name;
            if let Some(t) = &it.target {
                name.push_str(" -> ");
                name.push_str(t);
            }
            Row {
                mode: it.st.mode_string(),
                nlink: it.st.nlink.to_string(),
                owner,
                group,
                size,
                date: ls_time(it.st.mtime, s.now),
                name,
            }
        })
        .collect();
    let mut out = String::new();
    match s.tool {
        Tool::Gnu => {
            let w = |f: &dyn Fn(&Row) -> usize| rows.iter().map(f).max().unwrap_or(0);
            let wl = w(&|r| r.nlink.len());
            let wo = w(&|r| r.owner.chars().count());
            let wg = w(&|r| r.group.chars().count());
            let ws = w(&|r| r.size.len());
            for r in &rows {
                out.push_str(&format!(
                    "{} {:>wl$} {:<wo$} {:<wg$} {:>ws$} {} {}\n",
                    r.mode, r.nlink, r.owner, r.group, r.size, r.date, r.name
                ));
            }
        }
        Tool::Busybox => {
            // Sizes take nine columns, or seven in human-readable form.
            let ws = if s.human { 7 } else { 9 };
            for r in &rows {
                let owner: String = r.owner.chars().take(8).collect();
                let group: String = r.group.chars().take(8).collect();
                out.push_str(&format!(
                    "{:<10} {:>4} {:<8} {:<8} {:>ws$} {} {}\n",
                    r.mode, r.nlink, owner, group, r.size, r.date, r.name
                ));
            }
        }
    }
    out
}

/// GNU `ls -C`: as many columns as fit in `width`, filled top to bottom; each column as wide
/// as its longest name plus two spaces (none after the last).
fn columns_gnu(names: &[String], width: usize) -> String {
    let n = names.len();
    let lens: Vec<usize> = names.iter().map(|s| s.chars().count()).collect();
    let max_cols = (width / 3).clamp(1, n.max(1));
    let mut best = 1;
    for cols in (1..=max_cols).rev() {
        let rows = n.div_ceil(cols);
        if rows == 0 {
            continue;
        }
        // Columns actually used with this many rows.
        let used = n.div_ceil(rows);
        if used != cols {
            continue;
        }
        let mut total = 0;
        for c in 0..cols {
            let w = (c * rows..((c + 1) * rows).min(n))
                .map(|i| lens[i])
                .max()
                .unwrap_or(0);
            total += w + if c + 1 == cols { 0 } else { 2 };
        }
        if total < width {
            best = cols;
            break;
        }
    }
    let rows = n.div_ceil(best);
    let widths: Vec<usize> = (0..best)
        .map(|c| {
            (c * rows..((c + 1) * rows).min(n))
                .map(|i| lens[i])
                .max()
                .unwrap_or(0)
                + 2
        })
        .collect();
    let mut out = String::new();
    for r in 0..rows {
        let mut line = String::new();
        for (c, w) in widths.iter().enumerate() {
            let i = c * rows + r;
            if i >= n {
                break;
            }
            let last = c + 1 == best || (c + 1) * rows + r >= n;
            line.push_str(&names[i]);
            if !last {
                line.push_str(&" ".repeat(w - lens[i]));
            }
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// busybox `ls -C`: equal columns as wide as the longest name plus two.
fn columns_busybox(names: &[String], width: usize) -> String {
    let n = names.len();
    let lens: Vec<usize> = names.iter().map(|s| s.chars().count()).collect();
    let colw = lens.iter().copied().max().unwrap_or(0) + 2;
    let ncols = (width / colw).max(1);
    let rows = n.div_ceil(ncols);
    let ncols = n.div_ceil(rows.max(1));
    let mut out = String::new();
    for r in 0..rows {
        let mut line = String::new();
        for c in 0..ncols {
            let i = c * rows + r;
            if i >= n {
                break;
            }
            line.push_str(&names[i]);
            if c + 1 < ncols && (c + 1) * rows + r < n {
                line.push_str(&" ".repeat(colw - lens[i]));
            }
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}
