//! DL3030: `yum install` without `-y`.
use super::prelude::*;
use super::util::subcommand;

super::rule!(Hadolint, "DL3030", Warning, "Use the -y switch with yum",
    what: "Flags `yum install` (and groupinstall, localinstall) without `-y` or `--assumeyes`.",
    why: "yum stops to ask for confirmation; a build cannot answer, so the step fails.",
    fix: "RUN yum install httpd  →  RUN yum install -y httpd");

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let bad = s.named("yum").any(|c| {
            matches!(subcommand(c, &[]), Some("install" | "groupinstall" | "localinstall"))
                && !c.has_short('y')
                && !c.has_arg("--assumeyes")
        });
        if bad {
            out.report(n.line(), n.span(), "Use the -y switch to avoid manual input `yum install -y <package>`");
        }
    }
}
