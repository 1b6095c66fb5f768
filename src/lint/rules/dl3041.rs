//! DL3041: `dnf install` of packages without a version.
use super::prelude::*;
use super::util::{rpm_install_packages, rpm_pinned};

super::rule!(Hadolint, "DL3041", Warning, "Pin versions in dnf install",
    what: "Flags `dnf install NAME` where a package has no `-version` suffix (rpm files are fine).",
    why: "Without a version the build installs whatever the repository has today, so two builds of the same Dockerfile can differ.",
    fix: "RUN dnf install -y httpd  →  RUN dnf install -y httpd-2.4.57");

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let bad = s.cmds.iter().any(|c| {
            matches!(c.name.as_str(), "dnf" | "microdnf") && rpm_install_packages(c).iter().any(|p| !rpm_pinned(p))
        });
        if bad {
            out.report(n.line(), n.span(), "Specify version with `dnf install -y <package>-<version>`.");
        }
    }
}
