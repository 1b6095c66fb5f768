//! DL3012: more than one HEALTHCHECK in a stage.
use super::prelude::*;

super::rule!(Hadolint, "DL3012", Error, "Multiple HEALTHCHECK instructions",
    what: "Flags every HEALTHCHECK after the first one in the same stage.",
    why: "An image has one health check; each HEALTHCHECK replaces the previous one. A second one is either a leftover or a misunderstanding.",
    fix: "Keep only the HEALTHCHECK you mean, e.g. HEALTHCHECK CMD curl -f http://localhost:5000/ || exit 1");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let checks = cx.stage_nodes(st.index).iter().filter(|n| n.ins.kind == Keyword::Healthcheck);
        for n in checks.skip(1) {
            out.report(n.line(), n.span(), "Multiple `HEALTHCHECK` instructions");
        }
    }
}
