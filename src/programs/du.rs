//! `du`: disk use of trees in 1 KiB blocks (`-s`, `-h`, `-a`, `-c`, `-m`, `-d N`).

use super::{blocks_kib, human, parse_or_report, path_of, shq, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};
use crate::vfs::Kind;

const USAGE: &str = "du [-aHLdclsxhmk] [FILE]...";

pub(crate) fn du<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let spec = OptSpec {
        flags: "shackmxLH",
        valued: "d",
        long: &[
            ("summarize", 's', false),
            ("human-readable", 'h', false),
            ("all", 'a', false),
            ("total", 'c', false),
            ("max-depth", 'd', true),
        ],
    };
    let Some(p) = parse_or_report(inv, &v, &spec, USAGE) else {
        return 1;
    };
    let max_depth = if p.has('s') {
        Some(0)
    } else {
        p.value('d').and_then(|d| d.parse::<usize>().ok())
    };
    let human_sizes = p.has('h');
    let megs = p.has('m');
    let all = p.has('a');
    let show = |kib: u64| -> String {
        if human_sizes {
            if kib == 0 {
                "0".to_string()
            } else {
                human(kib * 1024)
            }
        } else if megs {
            kib.div_ceil(1024).to_string()
        } else {
            kib.to_string()
        }
    };
    let operands = if p.operands.is_empty() {
        vec![".".to_string()]
    } else {
        p.operands.clone()
    };
    let mut status = 0;
    let mut grand = 0u64;
    for op in &operands {
        let path = path_of(inv, op);
        let tree = match inv.fs().lstat(&path) {
            Ok(st) if st.kind != Kind::Dir => Ok(vec![(path.clone(), st)]),
            Ok(_) => inv.fs().walk_tree(&path),
            Err(e) => Err(e),
        };
        let tree = match tree {
            Ok(t) => t,
            Err(e) => {
                status = 1;
                inv.err(match v.tool {
                    Tool::Gnu => {
                        format!("{}: cannot access {}: {}\n", v.name, shq(op), e.message())
                    }
                    Tool::Busybox => format!("{}: {op}: {}\n", v.name, e.message()),
                });
                continue;
            }
        };
        let root = tree.first().map(|(p, _)| p.clone()).unwrap_or_default();
        let rel_of = |p: &str| p.strip_prefix(root.as_str()).unwrap_or("").to_string();
        let shown = |rel: &str| {
            if rel.is_empty() {
                op.clone()
            } else {
                format!("{}{rel}", op.trim_end_matches('/'))
            }
        };
        // Open directories (relative path, depth, running total); each is printed after
        // everything inside it, as du walks.
        let mut open: Vec<(String, usize, u64)> = Vec::new();
        let mut lines = String::new();
        // Returns what finished at the top, for the grand total.
        let close_to = |open: &mut Vec<(String, usize, u64)>, depth: usize, lines: &mut String| {
            let mut done = 0;
            while open.last().is_some_and(|(_, d, _)| *d >= depth) {
                if let Some((rel, d, total)) = open.pop() {
                    if max_depth.is_none_or(|m| d <= m) {
                        lines.push_str(&format!("{}\t{}\n", show(total), shown(&rel)));
                    }
                    match open.last_mut() {
                        Some(parent) => parent.2 += total,
                        None => done += total,
                    }
                }
            }
            done
        };
        for (p, st) in &tree {
            let rel = rel_of(p);
            let depth = if rel.is_empty() {
                0
            } else {
                rel.matches('/').count()
            };
            grand += close_to(&mut open, depth, &mut lines);
            let own = blocks_kib(st);
            if st.kind == Kind::Dir {
                open.push((rel, depth, own));
                continue;
            }
            match open.last_mut() {
                Some(parent) => {
                    parent.2 += own;
                    if all && max_depth.is_none_or(|m| depth <= m) {
                        lines.push_str(&format!("{}\t{}\n", show(own), shown(&rel)));
                    }
                }
                None => {
                    grand += own;
                    lines.push_str(&format!("{}\t{}\n", show(own), shown(&rel)));
                }
            }
        }
        grand += close_to(&mut open, 0, &mut lines);
        inv.out(lines);
    }
    if p.has('c') {
        inv.out(format!("{}\ttotal\n", show(grand)));
    }
    status
}
