//! DL3044: an ENV value uses a variable defined earlier in the same ENV.
use super::prelude::*;

super::rule!(Hadolint, "DL3044", Error, "Do not refer to a variable in the ENV that defines it",
    what: "Flags `ENV A=1 B=$A`: a value that refers to a variable set earlier in the same ENV instruction.",
    why: "All values of one ENV are expanded before any of them is set, so `$A` still has its old value (usually empty). Split it into two ENV instructions.",
    fix: "ENV APP=/app PATH=$APP/bin:$PATH  →  ENV APP=/app\nENV PATH=$APP/bin:$PATH");

/// Whether `text` mentions `$name` or `${name…}`.
pub fn mentions(text: &str, name: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(off) = text[i..].find('$') {
        let at = i + off + 1;
        let rest = &text[at..];
        let (body, braced) = match rest.strip_prefix('{') {
            Some(r) => (r, true),
            None => (rest, false),
        };
        if let Some(after) = body.strip_prefix(name) {
            let next = after.bytes().next();
            let ends = match next {
                None => true,
                Some(c) => !(c.is_ascii_alphanumeric() || c == b'_'),
            };
            if ends && (!braced || matches!(next, Some(b'}' | b':' | b'-' | b'+' | b'?' | b'%' | b'#' | b'/'))) {
                return true;
            }
        }
        i = at;
        if i >= b.len() {
            break;
        }
    }
    false
}

fn check(cx: &Ctx, out: &mut Out) {
    for n in cx.of_kind(Keyword::Env) {
        let ins = n.effective();
        let pairs: Vec<&[Token]> = ins.args.chunks(3).filter(|c| c.len() == 3).collect();
        let bad = pairs.iter().enumerate().any(|(i, p)| {
            pairs[..i].iter().any(|q| q[0].text != p[0].text && mentions(&p[1].text, &q[0].text))
        });
        if bad {
            out.report(n.line(), n.span(), "Do not refer to an environment variable within the same `ENV` statement where it is defined.");
        }
    }
}
