//! BuildKit's FromPlatformFlagConstDisallowed: `FROM --platform=linux/amd64`.
use super::prelude::*;

super::rule!(Buildkit, "FromPlatformFlagConstDisallowed", Warning, "FROM --platform should not be a constant",
    what: "Flags `FROM --platform=` with a fixed value instead of a variable such as `$BUILDPLATFORM`.",
    why: "A constant platform pins the stage to one architecture whatever `docker build --platform` asks for, which means slow emulation or an image for the wrong machine.",
    fix: "FROM --platform=linux/amd64 golang:1.23 AS build  →  FROM --platform=$BUILDPLATFORM golang:1.23 AS build");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let Some(f) = st.from.flags.iter().find(|f| f.name() == "platform") else { continue };
        let v = f.value().unwrap_or("");
        if !v.contains('$') {
            out.report(st.from.start_line, f.span, format!("FROM --platform flag should not use constant value {}", crate::dockerfile::dump::go_quote(v)));
        }
    }
}
