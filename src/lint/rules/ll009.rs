//! LL009: a floating tag such as `python:3`, which silently changes under you.
use super::prelude::*;

super::rule!(Teaching, "LL009", Info, "Floating tag: pin a specific version",
    what: "Notes FROM tags that name only a major version (`python:3`, `node:8`, `python:3-slim`). Such a tag moves to every new minor and patch release.",
    why: "`python:3` meant Python 3.5 when many tutorials were written and means 3.13 today. A Dockerfile that built in 2017 can fail today because a library it installs no longer supports the new interpreter, even though nobody touched the file. Pinning `python:3.12-slim` (or a digest) makes the build the same next year.",
    fix: "FROM python:3  →  FROM python:3.12-slim");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        if st.parent.is_some() || st.image.text.contains('$') || st.image.text.contains('@') {
            continue;
        }
        let Some((name, tag)) = st.image.text.rsplit_once(':') else { continue };
        if tag.contains('/') {
            continue;
        }
        let version = tag.split('-').next().unwrap_or("");
        let variant = &tag[version.len()..];
        if !version.is_empty() && version.bytes().all(|b| b.is_ascii_digit()) && !variant.ends_with("onbuild") {
            out.report(
                st.from.start_line,
                st.image.span,
                format!("{name}:{tag} follows every new {name} {version}.x release, so the same Dockerfile builds a different image over time; pin a minor version such as {name}:{version}.N{variant}"),
            );
        }
    }
}
