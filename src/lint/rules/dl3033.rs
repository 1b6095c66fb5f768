//! DL3033: `yum install` of packages without a version.
use super::prelude::*;
use super::util::{rpm_install_packages, rpm_pinned};

super::rule!(Hadolint, "DL3033", Warning, "Pin versions in yum install",
    what: "Flags `yum install NAME` where a package has no `-version` suffix (rpm files are fine).",
    why: "Without a version the build installs whatever the repository has today, so two builds of the same Dockerfile can differ.",
    fix: "RUN yum install -y httpd  →  RUN yum install -y httpd-2.4.57");

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let bad = s.cmds.iter().any(|c| {
            matches!(c.name.as_str(), "yum") && rpm_install_packages(c).iter().any(|p| !rpm_pinned(p))
        });
        if bad {
            out.report(n.line(), n.span(), "Specify version with `yum install -y <package>-<version>`.");
        }
    }
}
