//! `cut`: select fields (`-f`, `-d`, `-s`) or characters and bytes (`-c`, `-b`) of each line.

use super::{parse_opts, read_input, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};

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
