//! `stat`: a file's metadata in the default layout or a `-c FORMAT` (`%a %A %U %G %s %n …`).

use super::{parse_or_report, path_of, shq, tm, Accounts, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};
use crate::vfs::{Kind, Stat};

const USAGE: &str = "stat [-ltf] [-c FMT] FILE...";

/// A stable made-up inode number for a path (FNV-1a, kept to seven digits).
fn inode(path: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in path.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    1_000_000 + h % 9_000_000
}

fn kind_name(st: &Stat) -> &'static str {
    match st.kind {
        Kind::Dir => "directory",
        Kind::Symlink => "symbolic link",
        Kind::File if st.size == 0 => "regular empty file",
        Kind::File => "regular file",
    }
}

fn time_text(secs: u64) -> String {
    let t = tm(secs as i64);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}.000000000 +0000",
        t.year, t.month, t.day, t.hour, t.min, t.sec
    )
}

pub(crate) fn stat<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let spec = OptSpec {
        flags: "Lt",
        valued: "c",
        long: &[
            ("dereference", 'L', false),
            ("format", 'c', true),
            ("printf", 'c', true),
        ],
    };
    let Some(p) = parse_or_report(inv, &v, &spec, USAGE) else {
        return 1;
    };
    if p.operands.is_empty() {
        inv.err(match v.tool {
            Tool::Gnu => v.usage_error("missing operand", USAGE),
            Tool::Busybox => super::busybox_usage(USAGE),
        });
        return 1;
    }
    let acc = Accounts::load(inv.fs());
    let mut status = 0;
    let mut out = String::new();
    for op in &p.operands {
        let path = path_of(inv, op);
        let st = if p.has('L') {
            inv.fs().stat(&path)
        } else {
            inv.fs().lstat(&path)
        };
        let st = match st {
            Ok(st) => st,
            Err(e) => {
                status = 1;
                inv.out(std::mem::take(&mut out));
                inv.err(match v.tool {
                    Tool::Gnu => format!("{}: cannot statx {}: {}\n", v.name, shq(op), e.message()),
                    Tool::Busybox => format!("{}: can't stat '{op}': {}\n", v.name, e.message()),
                });
                continue;
            }
        };
        let canon = crate::vfs::path::normalize(&path);
        let target = if st.is_symlink() {
            inv.fs().read_link(&path).ok()
        } else {
            None
        };
        // `%N` names a link's target even with -L.
        let link_target = inv
            .fs()
            .lstat(&path)
            .ok()
            .filter(|l| l.is_symlink())
            .and_then(|_| inv.fs().read_link(&path).ok());
        let blocks = super::blocks_kib(&st) * 2;
        if let Some(fmt) = p.value('c') {
            let mut s = String::new();
            let mut it = fmt.chars();
            while let Some(c) = it.next() {
                if c != '%' {
                    s.push(c);
                    continue;
                }
                let field = match it.next() {
                    Some('a') => format!("{:o}", st.mode),
                    Some('A') => st.mode_string(),
                    Some('U') => acc.user_name(st.uid),
                    Some('G') => acc.group_name(st.gid),
                    Some('u') => st.uid.to_string(),
                    Some('g') => st.gid.to_string(),
                    Some('s') => st.size.to_string(),
                    Some('n') => op.clone(),
                    Some('N') => match &link_target {
                        Some(t) => format!("{} -> {}", shq(op), shq(t)),
                        None => shq(op),
                    },
                    Some('F') => kind_name(&st).to_string(),
                    Some('h') => st.nlink.to_string(),
                    Some('i') => inode(&canon).to_string(),
                    Some('b') => blocks.to_string(),
                    Some('B') => "512".to_string(),
                    Some('y') => time_text(st.mtime),
                    Some('Y') => st.mtime.to_string(),
                    Some('%') => "%".to_string(),
                    Some(other) => format!("?{other}"),
                    None => "%".to_string(),
                };
                s.push_str(&field);
            }
            out.push_str(&s);
            out.push('\n');
            continue;
        }
        let name = match &target {
            Some(t) => match v.tool {
                Tool::Gnu => format!("{op} -> {t}"),
                Tool::Busybox => format!("'{op}' -> '{t}'"),
            },
            None => op.clone(),
        };
        let device = match v.tool {
            Tool::Gnu => "0,48".to_string(),
            Tool::Busybox => "30h/48d".to_string(),
        };
        out.push_str(&format!(
            "  File: {name}\n  Size: {:<10}\tBlocks: {:<10} IO Block: 4096   {}\nDevice: {device}\tInode: {:<11} Links: {}\nAccess: ({:04o}/{})  Uid: ({:>5}/{:>8})   Gid: ({:>5}/{:>8})\nAccess: {}\nModify: {}\nChange: {}\n",
            st.size,
            blocks,
            kind_name(&st),
            inode(&canon),
            st.nlink,
            st.mode,
            st.mode_string(),
            st.uid,
            acc.user_name(st.uid),
            st.gid,
            acc.group_name(st.gid),
            time_text(st.mtime),
            time_text(st.mtime),
            time_text(st.mtime),
        ));
        if v.gnu() {
            out.push_str(&format!(" Birth: {}\n", time_text(st.mtime)));
        }
    }
    inv.out(out);
    status
}
