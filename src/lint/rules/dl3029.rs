//! DL3029: FROM --platform with a constant.
use super::prelude::*;

super::rule!(Hadolint, "DL3029", Warning, "Do not use --platform with a constant",
    what: "Flags `FROM --platform=…` with a fixed value such as `linux/amd64`; `$BUILDPLATFORM` and `$TARGETPLATFORM` are fine.",
    why: "A hard-coded platform forces every build onto that architecture. On an ARM laptop it means slow emulation, and `--platform` on the command line can no longer choose.",
    fix: "FROM --platform=linux/amd64 python:3.12  →  FROM python:3.12");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let Some(f) = st.from.flags.iter().find(|f| f.name() == "platform") else { continue };
        let v = f.value().unwrap_or("");
        if !(v.contains("BUILDPLATFORM") || v.contains("TARGETPLATFORM")) {
            out.report(st.from.start_line, f.span, "Do not use --platform flag with FROM");
        }
    }
}
