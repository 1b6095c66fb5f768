//! DL4004: more than one ENTRYPOINT in a stage.
use super::prelude::*;

super::rule!(Hadolint, "DL4004", Error, "Multiple ENTRYPOINT instructions",
    what: "Flags every ENTRYPOINT after the first one in a stage.",
    why: "Only the last ENTRYPOINT takes effect; the others only mislead whoever reads the file.",
    fix: "ENTRYPOINT [\"flask\"]\nENTRYPOINT [\"python\"]  →  keep one");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let eps = cx.stage_nodes(st.index).iter().filter(|n| n.ins.kind == Keyword::Entrypoint);
        for n in eps.skip(1) {
            out.report(n.line(), n.span(), "Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the last `ENTRYPOINT` will take effect");
        }
    }
}
