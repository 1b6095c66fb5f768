//! BuildKit's StageNameCasing: stage names should be lower-case.
use super::prelude::*;

super::rule!(Buildkit, "StageNameCasing", Warning, "Stage names should be lowercase",
    what: "Flags `FROM … AS Name` when the name has capital letters.",
    why: "Docker lower-cases stage names anyway, so `AS Build` and `--from=build` are the same stage. Writing them in lower case avoids the impression that case matters.",
    fix: "FROM golang:1.23 AS Build  →  FROM golang:1.23 AS build");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let Some(name) = st.name else { continue };
        if name.text != name.text.to_lowercase() {
            let fix = Fix::one("lower-case the name", name.span, name.text.to_lowercase());
            out.report_fix(st.from.start_line, name.span, format!("Stage name '{}' should be lowercase", name.text), Some(fix));
        }
    }
}
