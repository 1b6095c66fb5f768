//! DL3048: a LABEL key with characters labels should not have.
use super::prelude::*;
use super::util::unquote;

super::rule!(Hadolint, "DL3048", Style, "Invalid label key",
    what: "Flags LABEL keys that are not lower-case letters, digits, dots and dashes, that start or end with a dot or dash, repeat them, or use the namespaces Docker reserves (com.docker., io.docker., org.dockerproject.).",
    why: "Docker's label convention is reverse-DNS keys such as `org.opencontainers.image.source`; tools that read labels expect that shape.",
    fix: "LABEL \"my label\"=x  →  LABEL org.example.my-label=x");

/// Whether a label key follows the convention.
pub fn valid(key: &str) -> bool {
    let k = unquote(key);
    let ok_char = |c: char| c.is_ascii_alphanumeric() || c == '.' || c == '-';
    let edge = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    !k.is_empty()
        && k.chars().all(ok_char)
        && edge(k.chars().next())
        && edge(k.chars().last())
        && !k.contains("..")
        && !k.contains("--")
        && !["com.docker.", "io.docker.", "org.dockerproject."].iter().any(|p| k.starts_with(p))
}

fn check(cx: &Ctx, out: &mut Out) {
    for n in cx.of_kind(Keyword::Label) {
        let ins = n.effective();
        if ins.args.chunks(3).any(|kv| !valid(&kv[0].text)) {
            out.report(n.line(), n.span(), "Invalid label key.");
        }
    }
}
