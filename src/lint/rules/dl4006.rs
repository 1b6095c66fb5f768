//! DL4006: a RUN with a pipe and no `-o pipefail` in SHELL.
use super::prelude::*;

super::rule!(Hadolint, "DL4006", Warning, "Set -o pipefail before RUN with a pipe",
    what: "Flags a RUN whose command has a pipe (`a | b`) when the stage's SHELL does not set `-o pipefail`.",
    why: "A pipeline's status is the status of its last command. `curl https://… | sh` succeeds even when the download fails, and the build carries on with a broken step. With pipefail any failing part fails the RUN.",
    fix: "RUN curl -fsSL https://example.com/install.sh | sh\n  →  SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl -fsSL https://example.com/install.sh | sh");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let mut pipefail = false;
        let mut posix = true;
        for n in cx.stage_nodes(st.index) {
            if n.ins.kind == Keyword::Shell {
                let words = n.ins.arg_texts();
                pipefail = words.windows(2).any(|w| w[0].starts_with('-') && w[0].ends_with('o') && w[1] == "pipefail");
                let first = words.first().copied().unwrap_or("");
                posix = !["pwsh", "powershell", "cmd"].iter().any(|p| first.contains(p));
                continue;
            }
            if n.ins.kind != Keyword::Run || pipefail || !posix {
                continue;
            }
            if n.script.as_ref().is_some_and(|s| s.has_pipe) {
                out.report(n.line(), n.span(), "Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check");
            }
        }
    }
}
