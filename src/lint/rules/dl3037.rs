//! DL3037: `zypper install` of packages without a version.
use super::prelude::*;
use super::util::packages_after;

super::rule!(Hadolint, "DL3037", Warning, "Pin versions in zypper install",
    what: "Flags `zypper install NAME` where a package has no version constraint (`=`, `>=`, `<=`, …).",
    why: "Without a version the build installs whatever the repository has today, so two builds of the same Dockerfile can differ.",
    fix: "RUN zypper -n install curl  →  RUN zypper -n install curl=8.6.0");

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let bad = s.named("zypper").any(|c| {
            packages_after(c, &["install", "in"], &["-r", "--repo", "-t", "--type", "--from"])
                .iter()
                .any(|p| !(p.contains(['=', '<', '>']) || p.ends_with(".rpm") || p.starts_with('$')))
        });
        if bad {
            out.report(n.line(), n.span(), "Specify version with `zypper install -y <package>=<version>`.");
        }
    }
}
