//! BuildKit's FromAsCasing: `FROM … as x` should match the case of FROM.
use super::prelude::*;

super::rule!(Buildkit, "FromAsCasing", Warning, "The AS keyword should match the case of FROM",
    what: "Flags `FROM image as name` (upper-case FROM, lower-case as) and the reverse.",
    why: "Mixed casing in one line reads like a typo and makes the file harder to scan. Docker accepts both, but its linter asks for one style.",
    fix: "FROM python:3.12 as build  →  FROM python:3.12 AS build");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let Some(as_kw) = st.from.args.get(1) else { continue };
        let from = &st.from.keyword.text;
        let (fu, fl) = (from.to_uppercase() == *from, from.to_lowercase() == *from);
        let a = &as_kw.text;
        let bad = (fu && a.to_uppercase() != *a) || (fl && a.to_lowercase() != *a);
        if bad {
            let want = if fu { "AS" } else { "as" };
            out.report_fix(
                st.from.start_line,
                as_kw.span,
                format!("'{a}' and '{from}' keywords' casing do not match"),
                Some(Fix::one(format!("write {want}"), as_kw.span, want)),
            );
        }
    }
}
