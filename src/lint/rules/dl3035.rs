//! DL3035: `zypper dist-upgrade` in a build.
use super::prelude::*;

super::rule!(Hadolint, "DL3035", Warning, "Do not use zypper dist-upgrade",
    what: "Flags `zypper dist-upgrade` (or `dup`).",
    why: "A distribution upgrade inside a build turns the base image into a different release. Pick a base image of the release you want instead.",
    fix: "FROM opensuse/leap:15.5\nRUN zypper dup  →  FROM opensuse/leap:15.6");

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        if s.named("zypper").any(|c| c.has_any(&["dist-upgrade", "dup"])) {
            out.report(n.line(), n.span(), "Do not use `zypper dist-upgrade`.");
        }
    }
}
