//! DL3015: `apt-get install` without `--no-install-recommends`.
use super::prelude::*;
use super::util::{after_word, subcommand};

super::rule!(Hadolint, "DL3015", Info, "Avoid additional packages",
    what: "Flags `apt-get install` without `--no-install-recommends` (or the equivalent `-o APT::Install-Recommends=false`).",
    why: "By default apt also installs every package the ones you asked for merely recommend: documentation, helpers, sometimes whole toolchains. They make the image larger and give it more to patch.",
    fix: "apt-get install -y curl  →  apt-get install -y --no-install-recommends curl");

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let c = s.named("apt-get").find(|c| {
            subcommand(c, super::dl3008::APT_VALUE_FLAGS) == Some("install")
                && !c.has_arg("--no-install-recommends")
                && !c.args.iter().any(|a| a.contains("APT::Install-Recommends=false") || a.contains("APT::Install-Recommends=0"))
        });
        if let Some(c) = c {
            let fix = after_word(cx, n.effective(), c, "install")
                .map(|at| Fix::one("add --no-install-recommends", Span::empty(at), " --no-install-recommends"));
            out.report_fix(n.line(), n.span(), "Avoid additional packages by specifying `--no-install-recommends`", fix);
        }
    }
}
