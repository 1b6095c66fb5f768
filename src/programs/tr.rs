//! `tr`: translate, delete (`-d`) or squeeze (`-s`) characters of standard input, with ranges,
//! escapes, `[:class:]` sets and `-c`.

use super::{parse_opts, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};

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
