//! DL3024: two stages with the same name.
use super::prelude::*;

super::rule!(Hadolint, "DL3024", Error, "Stage names must be unique",
    what: "Flags a FROM … AS NAME when an earlier stage already has that name.",
    why: "`COPY --from=NAME` and `--target NAME` must pick one stage. Docker refuses a file where a name is used twice.",
    fix: "FROM python:3.12 AS build … FROM python:3.12 AS build  →  rename the second, e.g. AS test");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let Some(name) = st.name else { continue };
        // hadolint compares names as written; BuildKit's DuplicateStageName ignores case.
        if cx.stages[..st.index].iter().any(|o| o.name.is_some_and(|n| n.text == name.text)) {
            out.report(st.from.start_line, name.span, "FROM aliases (stage names) must be unique");
        }
    }
}
