//! DL3014: `apt-get install` without `-y`.
use super::prelude::*;
use super::util::{after_word, subcommand};

super::rule!(Hadolint, "DL3014", Warning, "Use the -y switch",
    what: "Flags `apt-get install` without `-y`, `--yes`, `--assume-yes` or `-qq`.",
    why: "apt-get asks \"Do you want to continue? [Y/n]\" before installing. A build has no keyboard: the question reads end-of-input and apt-get aborts, so the RUN fails.",
    fix: "RUN apt-get install python3  →  RUN apt-get install -y python3");

/// Whether an apt-get command will not stop to ask.
pub fn assumes_yes(c: &Cmd) -> bool {
    c.has_any(&["--yes", "--assume-yes", "-qq", "-q=2", "--quiet=2"])
        || c.has_short('y')
        || c.args.iter().filter(|a| *a == "-q" || *a == "--quiet").count() >= 2
}

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let cmds: Vec<&Cmd> = s
            .named("apt-get")
            .filter(|c| subcommand(c, super::dl3008::APT_VALUE_FLAGS) == Some("install") && !assumes_yes(c))
            .collect();
        if let Some(c) = cmds.first() {
            let fix = after_word(cx, n.effective(), c, "install").map(|at| Fix::one("add -y", Span::empty(at), " -y"));
            out.report_fix(n.line(), n.span(), "Use the `-y` switch to avoid manual input `apt-get -y install <package>`", fix);
        }
    }
}
