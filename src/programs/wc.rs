//! `wc`: count lines, words, characters and bytes (`-l`, `-w`, `-m`, `-c`, `-L`), with a total.

use super::{parse_opts, read_input, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};
use crate::vfs::Errno;

pub(crate) fn wc<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let usage = "wc [-cmlwL] [FILE]...";
    let spec = OptSpec {
        flags: "lwcmL",
        valued: "",
        long: &[
            ("lines", 'l', false),
            ("words", 'w', false),
            ("bytes", 'c', false),
            ("chars", 'm', false),
            ("max-line-length", 'L', false),
        ],
    };
    let p = match parse_opts(inv.args(), &spec, v.tool) {
        Ok(p) => p,
        Err(e) => {
            inv.err(v.opt_error(&e, usage));
            return 1;
        }
    };
    let mut which: Vec<char> = ['l', 'w', 'm', 'c', 'L']
        .into_iter()
        .filter(|c| p.has(*c))
        .collect();
    if which.is_empty() {
        which = vec!['l', 'w', 'c'];
    }
    let named = !p.operands.is_empty();
    let operands = if named {
        p.operands.clone()
    } else {
        vec!["-".to_string()]
    };
    let mut status = 0;
    let mut rows: Vec<(Vec<u64>, Option<String>)> = Vec::new();
    let mut totals = vec![0u64; which.len()];
    let mut regular_sizes = 0u64;
    let mut any_stdin = false;
    for op in &operands {
        let data = match read_input(inv, op) {
            Ok(d) => d,
            Err(e) => {
                status = 1;
                inv.err(match (v.tool, e.errno) {
                    (Tool::Gnu, Errno::IsADirectory) => {
                        format!(
                            "{}: {}: read: Is a directory\n",
                            v.name,
                            super::shq_if_needed(op)
                        )
                    }
                    (Tool::Gnu, _) => {
                        format!(
                            "{}: {}: {}\n",
                            v.name,
                            super::shq_if_needed(op),
                            e.message()
                        )
                    }
                    (Tool::Busybox, _) => {
                        format!("{}: can't open '{op}': {}\n", v.name, e.message())
                    }
                });
                continue;
            }
        };
        if op == "-" {
            any_stdin = true;
        } else {
            regular_sizes += data.len() as u64;
        }
        let text = String::from_utf8_lossy(&data);
        let counts: Vec<u64> = which
            .iter()
            .map(|c| match c {
                'l' => data.iter().filter(|&&b| b == b'\n').count() as u64,
                'w' => text.split_whitespace().count() as u64,
                'm' => text.chars().count() as u64,
                'L' => text.lines().map(|l| l.chars().count()).max().unwrap_or(0) as u64,
                _ => data.len() as u64,
            })
            .collect();
        for (t, c) in totals.iter_mut().zip(&counts) {
            *t += c;
        }
        rows.push((counts, named.then(|| op.clone())));
    }
    if operands.len() > 1 {
        rows.push((totals, Some("total".to_string())));
    }
    let width = match v.tool {
        Tool::Gnu => {
            if which.len() == 1 && operands.len() == 1 {
                1
            } else if any_stdin {
                7
            } else {
                regular_sizes.to_string().len()
            }
        }
        Tool::Busybox => {
            if which.len() == 1 && operands.len() == 1 {
                1
            } else {
                9
            }
        }
    };
    let mut out = String::new();
    for (counts, name) in rows {
        let mut line = counts
            .iter()
            .map(|c| format!("{c:>width$}"))
            .collect::<Vec<_>>()
            .join(" ");
        if let Some(n) = name {
            line.push(' ');
            line.push_str(&n);
        }
        out.push_str(&line);
        out.push('\n');
    }
    inv.out(out);
    status
}
