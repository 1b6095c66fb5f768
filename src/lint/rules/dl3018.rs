//! DL3018: `apk add` of packages without pinned versions.
use super::prelude::*;
use super::util::packages_after;

super::rule!(Hadolint, "DL3018", Warning, "Pin versions in apk add",
    what: "Flags `apk add NAME` where a package has no `=version` (the `--virtual` group name is not a package).",
    why: "Alpine's repositories only keep the newest build of each package, so an unpinned add installs whatever is current. Pinning makes the build repeatable, and makes an upgrade a visible change.",
    fix: "RUN apk add --no-cache curl  →  RUN apk add --no-cache curl=8.9.1-r1");

/// apk options that take a separate value.
pub const APK_VALUE_FLAGS: &[&str] = &["-t", "--virtual", "-X", "--repository", "--root", "-p", "--keys-dir", "--repositories-file", "--arch", "--cache-dir"];

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let bad = s.named("apk").any(|c| {
            packages_after(c, &["add"], APK_VALUE_FLAGS)
                .iter()
                .any(|p| !(p.contains('=') || p.ends_with(".apk") || p.starts_with('$')))
        });
        if bad {
            out.report(n.line(), n.span(), "Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`");
        }
    }
}
