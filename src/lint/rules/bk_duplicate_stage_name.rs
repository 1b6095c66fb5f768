//! BuildKit's DuplicateStageName: two stages with the same name (case-insensitive).
use super::prelude::*;

super::rule!(Buildkit, "DuplicateStageName", Warning, "Stage names should be unique",
    what: "Flags a stage whose name, ignoring case, was already used by an earlier stage.",
    why: "`COPY --from=NAME` and `docker build --target NAME` must pick exactly one stage; Docker refuses the ambiguity.",
    fix: "FROM node:20 AS build\n…\nFROM node:20 AS build  →  FROM node:20 AS test");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let Some(name) = st.name else { continue };
        if cx.earlier_stage(&name.text, st.index).is_some() {
            out.report(st.from.start_line, name.span, format!("Duplicate stage name {}, stage names should be unique", crate::dockerfile::dump::go_quote(&name.text.to_lowercase())));
        }
    }
}
