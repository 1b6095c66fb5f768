//! DL3004: `sudo` in RUN.
use super::prelude::*;

super::rule!(Hadolint, "DL3004", Error, "Do not use sudo",
    what: "Flags a RUN command that calls `sudo`.",
    why: "Build steps already run as the current USER, root unless you changed it. sudo adds a TTY and password prompt that a build cannot answer, and behaves differently across images.",
    fix: "RUN sudo apt-get update  →  USER root\nRUN apt-get update");

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        if s.named("sudo").next().is_some() {
            out.report(n.line(), n.span(), "Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root");
        }
    }
}
