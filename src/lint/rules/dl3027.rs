//! DL3027: `apt` in RUN; apt-get is the scripting interface.
use super::prelude::*;

super::rule!(Hadolint, "DL3027", Warning, "Do not use apt; use apt-get",
    what: "Flags a RUN command that calls `apt`.",
    why: "`apt` is made for people at a terminal: progress bars, colours, and a command-line interface its authors say may change. `apt-get` and `apt-cache` are the stable interface for scripts.",
    fix: "RUN apt install -y curl  →  RUN apt-get install -y curl");

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        if let Some(c) = s.named("apt").next() {
            let fix = c.spans.first().and_then(|sp| cx.script_span(n.effective(), *sp)).map(|sp| Fix::one("use apt-get", sp, "apt-get"));
            out.report_fix(n.line(), n.span(), "Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead", fix);
        }
    }
}
