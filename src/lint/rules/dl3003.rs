//! DL3003: `cd` in RUN; WORKDIR is the way to change directory.
use super::prelude::*;

super::rule!(Hadolint, "DL3003", Warning, "Use WORKDIR to switch to a directory",
    what: "Flags a RUN command that calls `cd`.",
    why: "A `cd` lasts only until the end of that RUN, so later instructions still start in the old directory. WORKDIR changes the directory for every instruction that follows, and shows in the image config.",
    fix: "RUN cd /app && make  →  WORKDIR /app\nRUN make");

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        if s.named("cd").next().is_some() {
            out.report(n.line(), n.span(), "Use WORKDIR to switch to a directory");
        }
    }
}
