//! DL4005: replacing /bin/sh with `ln`; SHELL is the way to choose a shell.
use super::prelude::*;

super::rule!(Hadolint, "DL4005", Warning, "Use SHELL to change the default shell",
    what: "Flags `ln` commands whose target is `/bin/sh`.",
    why: "Relinking /bin/sh changes the shell for every program in the image, not only for your RUN lines, and hides the change from readers. The SHELL instruction switches the shell for the Dockerfile only, visibly.",
    fix: "RUN ln -sf /bin/bash /bin/sh  →  SHELL [\"/bin/bash\", \"-c\"]");

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        if s.named("ln").any(|c| c.operands(&[]).last() == Some(&"/bin/sh")) {
            out.report(n.line(), n.span(), "Use SHELL to change the default shell");
        }
    }
}
