//! BuildKit's ReservedStageName: a stage called `scratch` or `context`.
use super::prelude::*;

super::rule!(Buildkit, "ReservedStageName", Warning, "Reserved words should not be stage names",
    what: "Flags `FROM … AS scratch` and `FROM … AS context`.",
    why: "`scratch` is the empty image and `context` names the build context in `COPY --from`; a stage with either name shadows that meaning.",
    fix: "FROM alpine:3.20 AS scratch  →  FROM alpine:3.20 AS base");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let Some(name) = st.name else { continue };
        let lower = name.text.to_lowercase();
        if lower == "scratch" || lower == "context" {
            out.report(st.from.start_line, name.span, format!("Stage name should not use the same name as reserved stage {}", crate::dockerfile::dump::go_quote(&lower)));
        }
    }
}
