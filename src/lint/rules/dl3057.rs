//! DL3057: no HEALTHCHECK at all (opt-in in hadolint, so off by default here too).
use super::prelude::*;

super::rule!(Hadolint, "DL3057", Ignore, "HEALTHCHECK instruction missing",
    what: "Flags a Dockerfile whose final image has no HEALTHCHECK. hadolint leaves it off unless asked for, and so do we.",
    why: "Without a health check Docker only knows whether the process is running, not whether it answers. Orchestrators use the check to restart a hung app.",
    fix: "HEALTHCHECK CMD curl -f http://localhost:5000/ || exit 1");

fn check(cx: &Ctx, out: &mut Out) {
    if let Some(st) = cx.stages.last() {
        if !cx.stage_nodes(st.index).iter().any(|n| n.ins.kind == Keyword::Healthcheck) {
            out.report(st.from.start_line, st.image.span, "`HEALTHCHECK` instruction missing.");
        }
    }
}
