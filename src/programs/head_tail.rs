//! The one implementation `head` and `tail` share: counts of lines (`-n`, `-N`) or bytes
//! (`-c`), `+N` (from line N on) for tail and `-n -N` (all but the last N) for head, the
//! `-q`/`-v` headers, and the two tools' open errors.

use super::{parse_opts, read_input, shq, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};
use crate::vfs::{Errno, FsError};

/// `-5` means `-n 5` for head and tail.
fn numeric_shorthand(args: &[String]) -> Vec<String> {
    args.iter()
        .map(|a| {
            if a.len() > 1 && a.starts_with('-') && a[1..].chars().all(|c| c.is_ascii_digit()) {
                format!("-n{}", &a[1..])
            } else {
                a.clone()
            }
        })
        .collect()
}

fn open_error(v: &Voice, op: &str, e: &FsError) -> String {
    match (v.tool, e.errno) {
        (Tool::Gnu, Errno::IsADirectory) => {
            format!("{}: error reading {}: {}\n", v.name, shq(op), e.message())
        }
        (Tool::Gnu, _) => format!(
            "{}: cannot open {} for reading: {}\n",
            v.name,
            shq(op),
            e.message()
        ),
        (Tool::Busybox, Errno::IsADirectory) => {
            format!("{}: read error: {}\n", v.name, e.message())
        }
        (Tool::Busybox, _) => format!("{}: can't open '{op}': {}\n", v.name, e.message()),
    }
}

pub(super) fn head_tail<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, tail: bool) -> i32 {
    let v = Voice::new(inv);
    let usage = if tail {
        "tail [OPTIONS] [FILE]..."
    } else {
        "head [OPTIONS] [FILE]..."
    };
    let args = numeric_shorthand(inv.args());
    let spec = OptSpec {
        flags: "qvfF",
        valued: "nc",
        long: &[
            ("lines", 'n', true),
            ("bytes", 'c', true),
            ("quiet", 'q', false),
            ("silent", 'q', false),
            ("verbose", 'v', false),
            ("follow", 'f', false),
        ],
    };
    let p = match parse_opts(&args, &spec, v.tool) {
        Ok(p) => p,
        Err(e) => {
            inv.err(v.opt_error(&e, usage));
            return 1;
        }
    };
    // Which of -n and -c came last, and its value.
    let (bytes, raw) = match p.opts.iter().rev().find(|(c, _)| *c == 'n' || *c == 'c') {
        Some((c, val)) => (*c == 'c', val.clone().unwrap_or_default()),
        None => (false, "10".to_string()),
    };
    let from_start = tail && raw.starts_with('+');
    let all_but = !tail && raw.starts_with('-');
    let digits = raw.trim_start_matches(['+', '-']);
    let count: usize = match digits.parse::<u64>() {
        Ok(n) => usize::try_from(n).unwrap_or(usize::MAX),
        Err(_) => {
            let what = if bytes { "bytes" } else { "lines" };
            inv.err(match v.tool {
                Tool::Gnu => format!("{}: invalid number of {what}: {}\n", v.name, v.q(&raw)),
                Tool::Busybox => format!("{}: invalid number '{raw}'\n", v.name),
            });
            return 1;
        }
    };
    let operands = if p.operands.is_empty() {
        vec!["-".to_string()]
    } else {
        p.operands.clone()
    };
    let headers = (operands.len() > 1 || p.has('v')) && !p.has('q');
    let mut status = 0;
    let mut first = true;
    for op in &operands {
        let data = match read_input(inv, op) {
            Ok(d) => d,
            Err(e) => {
                status = 1;
                inv.err(open_error(&v, op, &e));
                continue;
            }
        };
        if headers {
            let shown = if op == "-" { "standard input" } else { op };
            inv.out(format!(
                "{}==> {shown} <==\n",
                if first { "" } else { "\n" }
            ));
        }
        first = false;
        // The part of `n` bytes or lines to print.
        let range = |n: usize| match (tail, from_start, all_but) {
            (false, _, false) => 0..count.min(n),
            (false, _, true) => 0..n.saturating_sub(count),
            (true, true, _) => count.saturating_sub(1).min(n)..n,
            (true, false, _) => n.saturating_sub(count)..n,
        };
        let out: Vec<u8> = if bytes {
            data[range(data.len())].to_vec()
        } else {
            let lines: Vec<&[u8]> = data.split_inclusive(|&b| b == b'\n').collect();
            lines[range(lines.len())].concat()
        };
        inv.out(out);
    }
    status
}
