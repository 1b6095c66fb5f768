//! DL3065: `FROM --platform=$TARGETPLATFORM` is the default anyway.
use super::prelude::*;

super::rule!(Hadolint, "DL3065", Warning, "--platform=$TARGETPLATFORM is redundant",
    what: "Flags `FROM --platform=$TARGETPLATFORM`.",
    why: "Stages are built for the target platform unless told otherwise, so the flag only adds noise, and suggests to readers that something special happens.",
    fix: "FROM --platform=$TARGETPLATFORM alpine:3.20  →  FROM alpine:3.20");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let Some(f) = st.from.flags.iter().find(|f| f.name() == "platform") else { continue };
        if matches!(f.value(), Some("$TARGETPLATFORM" | "${TARGETPLATFORM}")) {
            out.report(st.from.start_line, f.span, "Setting `FROM --platform` to predefined `$TARGETPLATFORM` in is redundant as this is the default behavior");
        }
    }
}
