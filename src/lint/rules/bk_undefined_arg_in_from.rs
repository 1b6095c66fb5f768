//! BuildKit's UndefinedArgInFrom: FROM uses a variable no global ARG declares.
use super::prelude::*;

super::rule!(Buildkit, "UndefinedArgInFrom", Warning, "FROM must use declared ARGs",
    what: "Flags `$NAME` in a FROM line when no ARG before the first FROM declares NAME (the automatic platform ARGs are known).",
    why: "An undeclared variable expands to nothing, so `FROM python:${VERSON}` quietly becomes `FROM python:` and fails, or picks an image you did not mean.",
    fix: "ARG VERSION=3.12\nFROM python:${VERSON}  →  FROM python:${VERSION}");

/// The ARGs BuildKit defines for every FROM.
pub const AUTOMATIC: &[&str] = &[
    "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS",
    "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE",
];

/// The variable names a word refers to (`$A`, `${B}`, `${C:-x}`), skipping escaped `\$`.
pub fn var_refs(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            i += 2;
            continue;
        }
        if b[i] == b'$' {
            let braced = b.get(i + 1) == Some(&b'{');
            let start = i + 1 + usize::from(braced);
            let mut j = start;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
                j += 1;
            }
            if j > start && !b[start].is_ascii_digit() {
                out.push(text[start..j].to_string());
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}

fn check(cx: &Ctx, out: &mut Out) {
    let declared: Vec<&str> = cx.meta_args.iter().map(|(k, _)| k.as_str()).collect();
    for st in &cx.stages {
        let mut texts = vec![st.image.text.as_str()];
        texts.extend(st.from.flags.iter().filter(|f| f.name() == "platform").filter_map(|f| f.value()));
        for t in texts {
            for v in var_refs(t) {
                if declared.contains(&v.as_str()) || AUTOMATIC.contains(&v.as_str()) {
                    continue;
                }
                let mut msg = format!("FROM argument '{v}' is not declared");
                if let Some(s) = crate::dockerfile::instructions::suggest(&v, &declared) {
                    msg.push_str(&format!(" (did you mean {s}?)"));
                }
                out.report(st.from.start_line, st.image.span, msg);
            }
        }
    }
}
