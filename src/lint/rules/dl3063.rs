//! DL3063: a stage named with a reserved word.
use super::prelude::*;

super::rule!(Hadolint, "DL3063", Warning, "Stage name is a reserved word",
    what: "Flags `FROM … AS scratch` and `FROM … AS context`.",
    why: "`scratch` already means the empty image and `context` the build context. A stage with those names makes `FROM scratch` and `COPY --from=context` mean something other than what readers expect.",
    fix: "FROM alpine:3.20 AS scratch  →  FROM alpine:3.20 AS base");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        if let Some(name) = st.name {
            if matches!(name.text.to_lowercase().as_str(), "scratch" | "context") {
                out.report(st.from.start_line, name.span, "stage name should not be a reserved word");
            }
        }
    }
}
