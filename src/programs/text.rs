//! Text filters: `head`, `tail` (`-n`, `-c`, `+N`), `wc`, `sort`, `uniq`, `cut` and `tr`.

use super::{lines_of, parse_opts, read_input, shq, OptSpec, Tool, Voice};
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

fn head_tail<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, tail: bool) -> i32 {
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
        let out: Vec<u8> = if bytes {
            let n = data.len();
            let range = match (tail, from_start, all_but) {
                (false, _, false) => 0..count.min(n),
                (false, _, true) => 0..n.saturating_sub(count),
                (true, true, _) => count.saturating_sub(1).min(n)..n,
                (true, false, _) => n.saturating_sub(count)..n,
            };
            data[range].to_vec()
        } else {
            let lines: Vec<&[u8]> = data.split_inclusive(|&b| b == b'\n').collect();
            let n = lines.len();
            let range = match (tail, from_start, all_but) {
                (false, _, false) => 0..count.min(n),
                (false, _, true) => 0..n.saturating_sub(count),
                (true, true, _) => count.saturating_sub(1).min(n)..n,
                (true, false, _) => n.saturating_sub(count)..n,
            };
            lines[range].concat()
        };
        inv.out(out);
    }
    status
}

pub(crate) fn head<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    head_tail(inv, false)
}

pub(crate) fn tail<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    head_tail(inv, true)
}

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
    lines.sort_by(|a, b| {
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

pub(crate) fn uniq<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let usage = "uniq [-cdui] [INPUT [OUTPUT]]";
    let spec = OptSpec {
        flags: "cdui",
        valued: "",
        long: &[
            ("count", 'c', false),
            ("repeated", 'd', false),
            ("unique", 'u', false),
            ("ignore-case", 'i', false),
        ],
    };
    let p = match parse_opts(inv.args(), &spec, v.tool) {
        Ok(p) => p,
        Err(e) => {
            inv.err(v.opt_error(&e, usage));
            return 1;
        }
    };
    let input = p
        .operands
        .first()
        .cloned()
        .unwrap_or_else(|| "-".to_string());
    let data = match read_input(inv, &input) {
        Ok(d) => d,
        Err(e) => {
            inv.err(match v.tool {
                Tool::Gnu => format!("{}: {}: {}\n", v.name, input, e.message()),
                Tool::Busybox => format!("{}: can't open '{input}': {}\n", v.name, e.message()),
            });
            return 1;
        }
    };
    let same = |a: &[u8], b: &[u8]| {
        if p.has('i') {
            a.eq_ignore_ascii_case(b)
        } else {
            a == b
        }
    };
    let mut groups: Vec<(&[u8], usize)> = Vec::new();
    for l in lines_of(&data) {
        match groups.last_mut() {
            Some((g, n)) if same(g, l) => *n += 1,
            _ => groups.push((l, 1)),
        }
    }
    let mut out = Vec::new();
    for (l, n) in groups {
        if (p.has('d') && n < 2) || (p.has('u') && n > 1) {
            continue;
        }
        if p.has('c') {
            out.extend_from_slice(format!("{n:>7} ").as_bytes());
        }
        out.extend_from_slice(l);
        out.push(b'\n');
    }
    if let Some(o) = p.operands.get(1) {
        let path = super::path_of(inv, o);
        if let Err(e) = inv.fs_mut().write(&path, &out) {
            inv.err(format!("{}: {o}: {}\n", v.name, e.message()));
            return 1;
        }
        return 0;
    }
    inv.out(out);
    0
}

/// A `cut` list (`1,3-5,7-`) as inclusive 1-based ranges.
fn parse_list(s: &str) -> Option<Vec<(usize, usize)>> {
    let mut v = Vec::new();
    for part in s.split(',') {
        let (a, b) = match part.split_once('-') {
            Some((a, b)) => (a, b),
            None => (part, part),
        };
        let a = if a.is_empty() { 1 } else { a.parse().ok()? };
        let b = if b.is_empty() {
            usize::MAX
        } else {
            b.parse().ok()?
        };
        if a == 0 || b < a {
            return None;
        }
        v.push((a, b));
    }
    Some(v)
}

pub(crate) fn cut<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let usage = "cut [OPTIONS] [FILE]...";
    let spec = OptSpec {
        flags: "sn",
        valued: "dfcb",
        long: &[
            ("delimiter", 'd', true),
            ("fields", 'f', true),
            ("characters", 'c', true),
            ("bytes", 'b', true),
            ("only-delimited", 's', false),
        ],
    };
    let p = match parse_opts(inv.args(), &spec, v.tool) {
        Ok(p) => p,
        Err(e) => {
            inv.err(v.opt_error(&e, usage));
            return 1;
        }
    };
    let (mode, list) = match (p.value('f'), p.value('c').or(p.value('b'))) {
        (Some(f), _) => ('f', f.to_string()),
        (None, Some(c)) => ('c', c.to_string()),
        (None, None) => {
            inv.err(match v.tool {
                Tool::Gnu => v.usage_error(
                    "you must specify a list of bytes, characters, or fields",
                    usage,
                ),
                Tool::Busybox => format!(
                    "{}: expected a list of bytes, characters, or fields\n",
                    v.name
                ),
            });
            return 1;
        }
    };
    let delim = match p.value('d') {
        Some(d) if d.chars().count() == 1 => d.chars().next().unwrap_or('\t'),
        Some(_) => {
            inv.err(match v.tool {
                Tool::Gnu => v.usage_error("the delimiter must be a single character", usage),
                Tool::Busybox => format!("{}: the delimiter must be a single character\n", v.name),
            });
            return 1;
        }
        None => '\t',
    };
    let Some(ranges) = parse_list(&list) else {
        let what = if mode == 'f' {
            "field"
        } else {
            "byte/character"
        };
        inv.err(match v.tool {
            Tool::Gnu => v.usage_error(&format!("invalid {what} range"), usage),
            Tool::Busybox => format!("{}: invalid range\n", v.name),
        });
        return 1;
    };
    let picked = |i: usize| ranges.iter().any(|(a, b)| i >= *a && i <= *b);
    let operands = if p.operands.is_empty() {
        vec!["-".to_string()]
    } else {
        p.operands.clone()
    };
    let mut status = 0;
    let mut out = String::new();
    for op in &operands {
        let data = match read_input(inv, op) {
            Ok(d) => d,
            Err(e) => {
                status = 1;
                inv.err(match v.tool {
                    Tool::Gnu => format!(
                        "{}: {}: {}\n",
                        v.name,
                        super::shq_if_needed(op),
                        e.message()
                    ),
                    Tool::Busybox => format!("{}: can't open '{op}': {}\n", v.name, e.message()),
                });
                continue;
            }
        };
        let text = String::from_utf8_lossy(&data);
        for line in text.lines() {
            if mode == 'f' {
                if !line.contains(delim) {
                    if !p.has('s') {
                        out.push_str(line);
                        out.push('\n');
                    }
                    continue;
                }
                let fields: Vec<&str> = line
                    .split(delim)
                    .enumerate()
                    .filter(|(i, _)| picked(i + 1))
                    .map(|(_, f)| f)
                    .collect();
                out.push_str(&fields.join(&delim.to_string()));
            } else {
                let s: String = line
                    .chars()
                    .enumerate()
                    .filter(|(i, _)| picked(i + 1))
                    .map(|(_, c)| c)
                    .collect();
                out.push_str(&s);
            }
            out.push('\n');
        }
    }
    inv.out(out);
    status
}

/// Expand a `tr` set: escapes, ranges and `[:class:]`.
fn expand_set(s: &str) -> Vec<char> {
    let raw: Vec<char> = s.chars().collect();
    let mut chars = Vec::new();
    let mut i = 0;
    // First resolve escapes and classes into a list of (char, literal) items.
    while i < raw.len() {
        if raw[i] == '[' && raw.get(i + 1) == Some(&':') {
            if let Some(end) = (i + 2..raw.len().saturating_sub(1))
                .find(|&j| raw[j] == ':' && raw.get(j + 1) == Some(&']'))
            {
                let name: String = raw[i + 2..end].iter().collect();
                let class: Vec<char> = match name.as_str() {
                    "lower" => ('a'..='z').collect(),
                    "upper" => ('A'..='Z').collect(),
                    "digit" => ('0'..='9').collect(),
                    "alpha" => ('A'..='Z').chain('a'..='z').collect(),
                    "alnum" => ('0'..='9').chain('A'..='Z').chain('a'..='z').collect(),
                    "space" => vec![' ', '\t', '\n', '\r', '\u{b}', '\u{c}'],
                    "blank" => vec![' ', '\t'],
                    "punct" => (33u8..=126)
                        .map(char::from)
                        .filter(|c| c.is_ascii_punctuation())
                        .collect(),
                    _ => Vec::new(),
                };
                chars.extend(class);
                i = end + 2;
                continue;
            }
        }
        let (c, used) = if raw[i] == '\\' && i + 1 < raw.len() {
            let c = match raw[i + 1] {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                '\\' => '\\',
                other => other,
            };
            (c, 2)
        } else {
            (raw[i], 1)
        };
        // A range a-z.
        if raw.get(i + used) == Some(&'-') && i + used + 1 < raw.len() {
            let hi = raw[i + used + 1];
            if hi >= c {
                chars.extend(c..=hi);
                i += used + 2;
                continue;
            }
        }
        chars.push(c);
        i += used;
    }
    chars
}

pub(crate) fn tr<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let usage = "tr [-cds] STRING1 [STRING2]";
    let spec = OptSpec {
        flags: "cdsC",
        valued: "",
        long: &[
            ("delete", 'd', false),
            ("squeeze-repeats", 's', false),
            ("complement", 'c', false),
        ],
    };
    let p = match parse_opts(inv.args(), &spec, v.tool) {
        Ok(p) => p,
        Err(e) => {
            inv.err(v.opt_error(&e, usage));
            return 1;
        }
    };
    let delete = p.has('d');
    let squeeze = p.has('s');
    let complement = p.has('c') || p.has('C');
    let ops = &p.operands;
    if ops.is_empty() {
        inv.err(match v.tool {
            Tool::Gnu => v.usage_error("missing operand", usage),
            Tool::Busybox => super::busybox_usage(usage),
        });
        return 1;
    }
    if ops.len() == 1 && !delete && !squeeze {
        inv.err(match v.tool {
            Tool::Gnu => format!(
                "{}: missing operand after {}\nTwo strings must be given when translating.\n{}",
                v.name,
                v.q(&ops[0]),
                v.try_help()
            ),
            Tool::Busybox => super::busybox_usage(usage),
        });
        return 1;
    }
    let set1 = expand_set(&ops[0]);
    let set2 = ops.get(1).map(|s| expand_set(s)).unwrap_or_default();
    let in1 = |c: char| set1.contains(&c) != complement;
    let text = String::from_utf8_lossy(&inv.stdin).into_owned();
    let mut out = String::new();
    let mut last: Option<char> = None;
    for c in text.chars() {
        let mapped = if delete {
            if in1(c) {
                continue;
            }
            c
        } else if !set2.is_empty() && in1(c) {
            if complement {
                *set2.last().unwrap_or(&c)
            } else {
                let idx = set1.iter().position(|&x| x == c).unwrap_or(0);
                *set2.get(idx).or(set2.last()).unwrap_or(&c)
            }
        } else {
            c
        };
        if squeeze {
            let squeeze_set: &[char] = if delete || set2.is_empty() {
                &set1
            } else {
                &set2
            };
            let member = if delete || set2.is_empty() {
                in1(mapped)
            } else {
                squeeze_set.contains(&mapped)
            };
            if member && last == Some(mapped) {
                continue;
            }
        }
        last = Some(mapped);
        out.push(mapped);
    }
    inv.out(out);
    0
}
