//! DL3038: `dnf install` without `-y`.
use super::prelude::*;
use super::util::subcommand;

super::rule!(Hadolint, "DL3038", Warning, "Use the -y switch with dnf",
    what: "Flags `dnf install` (and `microdnf install`) without `-y` or `--assumeyes`.",
    why: "dnf asks for confirmation before installing; a build cannot answer, so the step fails.",
    fix: "RUN dnf install httpd  →  RUN dnf install -y httpd");

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let bad = s.cmds.iter().any(|c| {
            matches!(c.name.as_str(), "dnf" | "microdnf")
                && matches!(subcommand(c, &[]), Some("install" | "groupinstall" | "localinstall"))
                && !c.has_short('y')
                && !c.has_arg("--assumeyes")
        });
        if bad {
            out.report(n.line(), n.span(), "Use the -y switch to avoid manual input `dnf install -y <package>`");
        }
    }
}
