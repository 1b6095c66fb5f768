//! `printf` formats and the backslash escapes shared with `echo`.

/// Interpret backslash escapes. `echo` mode understands `\c` (stop output) and `\0nnn`;
/// otherwise (printf formats and `%b`) octal is `\nnn`. Returns the text and whether `\c`
/// was seen.
pub(crate) fn escapes(s: &str, echo: bool) -> (String, bool) {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '\\' || i + 1 >= chars.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let n = chars[i + 1];
        i += 2;
        match n {
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'c' => return (out, true),
            'e' => out.push('\x1b'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '\\' => out.push('\\'),
            'x' => {
                let mut v = 0u32;
                let mut k = 0;
                while k < 2 && i < chars.len() && chars[i].is_ascii_hexdigit() {
                    v = v * 16 + chars[i].to_digit(16).unwrap_or(0);
                    i += 1;
                    k += 1;
                }
                if k == 0 {
                    out.push_str("\\x");
                } else {
                    out.push(char::from_u32(v).unwrap_or('?'));
                }
            }
            d if d.is_digit(8) && (!echo || d == '0') => {
                let mut v = if echo { 0 } else { d.to_digit(8).unwrap_or(0) };
                let mut k = 0;
                while k < 3 && i < chars.len() && chars[i].is_digit(8) {
                    v = v * 8 + chars[i].to_digit(8).unwrap_or(0);
                    i += 1;
                    k += 1;
                }
                out.push(char::from_u32(v & 0xff).unwrap_or('?'));
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    (out, false)
}

/// Format `args` with `fmt`, reusing the format while arguments remain. Returns the text and
/// the error messages (for arguments that were not numbers).
pub(crate) fn format(fmt: &str, args: &[String]) -> (String, Vec<String>) {
    let mut out = String::new();
    let mut errors = Vec::new();
    let mut idx = 0;
    loop {
        let (used, stop) = format_once(fmt, args, &mut idx, &mut out, &mut errors);
        if stop || !used || idx >= args.len() {
            break;
        }
    }
    (out, errors)
}

fn format_once(
    fmt: &str,
    args: &[String],
    idx: &mut usize,
    out: &mut String,
    errors: &mut Vec<String>,
) -> (bool, bool) {
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    let mut used = false;
    let next = |idx: &mut usize| -> Option<String> {
        let a = args.get(*idx).cloned();
        if a.is_some() {
            *idx += 1;
        }
        a
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' {
            let start = i;
            i += 1;
            if i < chars.len() {
                i += 1;
                // Octal digits after the backslash.
                if chars[i - 1].is_digit(8) {
                    let mut k = 1;
                    while k < 3 && i < chars.len() && chars[i].is_digit(8) {
                        i += 1;
                        k += 1;
                    }
                }
            }
            let piece: String = chars[start..i].iter().collect();
            let (s, stop) = escapes(&piece, false);
            out.push_str(&s);
            if stop {
                return (used, true);
            }
            continue;
        }
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if chars.get(i) == Some(&'%') {
            out.push('%');
            i += 1;
            continue;
        }
        let mut flags = String::new();
        while let Some(&f) = chars.get(i) {
            if "-+ #0".contains(f) {
                flags.push(f);
                i += 1;
            } else {
                break;
            }
        }
        let mut width = String::new();
        if chars.get(i) == Some(&'*') {
            i += 1;
            used = true;
            width = next(idx).unwrap_or_default();
        } else {
            while let Some(&d) = chars.get(i).filter(|d| d.is_ascii_digit()) {
                width.push(d);
                i += 1;
            }
        }
        let mut precision: Option<usize> = None;
        if chars.get(i) == Some(&'.') {
            i += 1;
            let mut p = String::new();
            if chars.get(i) == Some(&'*') {
                i += 1;
                used = true;
                p = next(idx).unwrap_or_default();
            } else {
                while let Some(&d) = chars.get(i).filter(|d| d.is_ascii_digit()) {
                    p.push(d);
                    i += 1;
                }
            }
            precision = Some(p.parse::<usize>().unwrap_or(0).min(10_000));
        }
        let Some(&conv) = chars.get(i) else {
            out.push('%');
            out.push_str(&flags);
            out.push_str(&width);
            break;
        };
        i += 1;
        let width: usize = width
            .trim_start_matches('-')
            .parse()
            .unwrap_or(0)
            .min(10_000);
        let left = flags.contains('-');
        let arg = if "sbcdiuxXofeEgG".contains(conv) {
            used = true;
            next(idx)
        } else {
            None
        };
        let body = match conv {
            's' => {
                let s = arg.unwrap_or_default();
                match precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                }
            }
            'b' => {
                let (s, stop) = escapes(&arg.unwrap_or_default(), true);
                if stop {
                    out.push_str(&s);
                    return (used, true);
                }
                s
            }
            'c' => arg
                .and_then(|s| s.chars().next())
                .map(String::from)
                .unwrap_or_default(),
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = number(arg.as_deref(), errors);
                let digits = match conv {
                    'x' => format!("{:x}", n),
                    'X' => format!("{:X}", n),
                    'o' => format!("{:o}", n),
                    'u' => format!("{}", n as u64),
                    _ => n.unsigned_abs().to_string(),
                };
                let digits = match precision {
                    Some(p) if digits.len() < p => {
                        format!("{}{digits}", "0".repeat(p - digits.len()))
                    }
                    _ => digits,
                };
                let sign = if matches!(conv, 'd' | 'i') && n < 0 {
                    "-"
                } else if matches!(conv, 'd' | 'i') && flags.contains('+') {
                    "+"
                } else {
                    ""
                };
                if flags.contains('0') && !left && precision.is_none() {
                    let pad = width.saturating_sub(sign.len() + digits.len());
                    format!("{sign}{}{digits}", "0".repeat(pad))
                } else {
                    format!("{sign}{digits}")
                }
            }
            'f' | 'e' | 'E' | 'g' | 'G' => {
                let text = arg.unwrap_or_default();
                let v: f64 = if text.trim().is_empty() {
                    0.0
                } else {
                    match text.trim().parse() {
                        Ok(v) => v,
                        Err(_) => {
                            errors.push(format!("{text}: invalid number"));
                            0.0
                        }
                    }
                };
                let p = precision.unwrap_or(6).min(50);
                let s = match conv {
                    'e' => format!("{v:.p$e}"),
                    'E' => format!("{v:.p$E}"),
                    _ => format!("{v:.p$}"),
                };
                if flags.contains('0') && !left && s.len() < width {
                    let (sign, rest) = if let Some(r) = s.strip_prefix('-') {
                        ("-", r.to_string())
                    } else {
                        ("", s.clone())
                    };
                    format!("{sign}{}{rest}", "0".repeat(width - s.len()))
                } else {
                    s
                }
            }
            other => {
                errors.push(format!("%{other}: invalid directive"));
                return (used, true);
            }
        };
        let len = body.chars().count();
        if len < width {
            let pad = " ".repeat(width - len);
            if left {
                out.push_str(&body);
                out.push_str(&pad);
            } else {
                out.push_str(&pad);
                out.push_str(&body);
            }
        } else {
            out.push_str(&body);
        }
    }
    (used, false)
}

fn number(arg: Option<&str>, errors: &mut Vec<String>) -> i64 {
    let Some(s) = arg else { return 0 };
    let t = s.trim();
    if t.is_empty() {
        return 0;
    }
    if let Some(c) = t.strip_prefix('\'').or_else(|| t.strip_prefix('"')) {
        return c.chars().next().map(|c| c as i64).unwrap_or(0);
    }
    let parsed = if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        i64::from_str_radix(h, 16).ok()
    } else {
        t.parse::<i64>().ok()
    };
    match parsed {
        Some(n) => n,
        None => {
            errors.push(format!("{s}: invalid number"));
            0
        }
    }
}
