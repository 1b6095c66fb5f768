//! DL3006: FROM without an explicit tag.
use super::prelude::*;
use super::util::tag_of;

super::rule!(Hadolint, "DL3006", Warning, "Always tag the version of an image",
    what: "Flags a FROM image with neither a tag nor a digest (`FROM python`). Earlier stage names, `scratch` and variables are fine.",
    why: "Without a tag Docker pulls `latest`, which moves. The same Dockerfile then builds a different image next month, and a build that worked can break for no visible reason.",
    fix: "FROM python  →  FROM python:3.12-slim");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let image = st.image.text.as_str();
        if image == "scratch" || image.starts_with('$') || st.parent.is_some() {
            continue;
        }
        if tag_of(image) == (None, None) {
            out.report(st.from.start_line, st.image.span, "Always tag the version of an image explicitly");
        }
    }
}
