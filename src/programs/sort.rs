//! `sort`: sort lines (`-n`, `-r`, `-u`, `-f`, `-s`, `-k`, `-t`, `-o`).

use super::{lines_of, parse_opts, read_input, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};

/// The leading number of a line for `sort -n` (blanks, sign, digits, a decimal point).
fn leading_number(s: &str) -> f64 {
    let t = s.trim_start();
    let mut end = 0;
    for (i, c) in t.char_indices() {
        if c.is_ascii_digit() || c == '.' || (i == 0 && c == '-') {
            end = i + c.len_utf8();
        } else {
            break;
        }
    }
    t[..end].parse().unwrap_or(0.0)
}

pub(crate) fn sort<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let usage = "sort [-nrufbs] [-k START[,END]] [-t CHAR] [FILE]...";
    let spec = OptSpec {
        flags: "nrufbsV",
        valued: "kto",
        long: &[
            ("numeric-sort", 'n', false),
            ("reverse", 'r', false),
            ("unique", 'u', false),
            ("ignore-case", 'f', false),
            ("key", 'k', true),
            ("field-separator", 't', true),
            ("output", 'o', true),
        ],
    };
    let p = match parse_opts(inv.args(), &spec, v.tool) {
        Ok(p) => p,
        Err(e) => {
            inv.err(v.opt_error(&e, usage));
            return 2;
        }
    };
    let sep = p.value('t').and_then(|t| t.chars().next());
    let key: Option<(usize, Option<usize>)> = p.value('k').map(|k| {
        let k = k.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let (a, b) = match k.split_once(',') {
            Some((a, b)) => (a, Some(b)),
            None => (k, None),
        };
        let field = |s: &str| s.split('.').next().and_then(|f| f.parse::<usize>().ok());
        (
            field(a).unwrap_or(1).max(1),
            b.and_then(|b| field(b.trim_end_matches(|c: char| c.is_ascii_alphabetic()))),
        )
    });
    let operands = if p.operands.is_empty() {
        vec!["-".to_string()]
    } else {
        p.operands.clone()
    };
    let mut lines: Vec<String> = Vec::new();
    for op in &operands {
        match read_input(inv, op) {
            Ok(d) => {
                for l in lines_of(&d) {
                    lines.push(String::from_utf8_lossy(l).into_owned());
                }
            }
            Err(e) => {
                inv.err(match v.tool {
                    Tool::Gnu => format!("{}: cannot read: {}: {}\n", v.name, op, e.message()),
                    Tool::Busybox => format!("{}: can't open '{op}': {}\n", v.name, e.message()),
                });
                return 2;
            }
        }
    }
    let key_of = |line: &str| -> String {
        let Some((start, end)) = key else {
            return line.to_string();
        };
        let fields: Vec<&str> = match sep {
            Some(c) => line.split(c).collect(),
            None => line.split_whitespace().collect(),
        };
        let last = end.unwrap_or(fields.len()).min(fields.len());
        if start > last {
            return String::new();
        }
        let joiner = sep
            .map(|c| c.to_string())
            .unwrap_or_else(|| " ".to_string());
        fields[start - 1..last].join(&joiner)
    };
    let numeric = p.has('n');
    let fold = p.has('f');
    let cmp = |a: &String, b: &String| {
        let (ka, kb) = (key_of(a), key_of(b));
        let primary = if numeric {
            leading_number(&ka)
                .partial_cmp(&leading_number(&kb))
                .unwrap_or(std::cmp::Ordering::Equal)
        } else if fold {
            ka.to_uppercase().cmp(&kb.to_uppercase())
        } else {
            ka.as_bytes().cmp(kb.as_bytes())
        };
        primary
    };
    crate::sort::sort_by(&mut lines, |a, b| {
        let o = cmp(a, b);
        if o == std::cmp::Ordering::Equal && !p.has('s') && !p.has('u') {
            a.as_bytes().cmp(b.as_bytes())
        } else {
            o
        }
    });
    if p.has('r') {
        lines.reverse();
    }
    if p.has('u') {
        lines.dedup_by(|a, b| cmp(a, b) == std::cmp::Ordering::Equal);
    }
    let mut out = String::new();
    for l in lines {
        out.push_str(&l);
        out.push('\n');
    }
    if let Some(o) = p.value('o') {
        let path = super::path_of(inv, o);
        if let Err(e) = inv.fs_mut().write(&path, out.as_bytes()) {
            inv.err(format!("{}: open failed: {o}: {}\n", v.name, e.message()));
            return 2;
        }
        return 0;
    }
    inv.out(out);
    0
}
