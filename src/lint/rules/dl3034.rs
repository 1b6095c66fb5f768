//! DL3034: zypper without a non-interactive switch.
use super::prelude::*;
use super::util::subcommand;

super::rule!(Hadolint, "DL3034", Warning, "Use zypper non-interactively",
    what: "Flags zypper install, remove, patch and similar commands without `-n`, `--non-interactive`, `-y` or `--no-confirm`.",
    why: "zypper asks before changing the system; a build cannot answer, so the step fails or hangs.",
    fix: "RUN zypper install curl  →  RUN zypper -n install curl");

/// zypper subcommands that change packages.
pub const CHANGES: &[&str] = &["install", "in", "remove", "rm", "source-install", "si", "patch", "update", "up"];

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let bad = s.named("zypper").any(|c| {
            subcommand(c, &[]).is_some_and(|sub| CHANGES.contains(&sub))
                && !c.has_any(&["-n", "--non-interactive", "-y", "--no-confirm"])
                && !c.has_short('y')
                && !c.has_short('n')
        });
        if bad {
            out.report(n.line(), n.span(), "Non-interactive switch missing from `zypper` command: `zypper install -y`");
        }
    }
}
