//! DL4003: more than one CMD in a stage.
use super::prelude::*;

super::rule!(Hadolint, "DL4003", Warning, "Multiple CMD instructions",
    what: "Flags every CMD after the first one in a stage.",
    why: "An image has one default command: each CMD replaces the previous one, so only the last takes effect. Earlier ones are dead code that misleads readers.",
    fix: "CMD [\"python\", \"setup.py\"]\nCMD [\"python\", \"app.py\"]  →  keep only CMD [\"python\", \"app.py\"]");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let cmds = cx.stage_nodes(st.index).iter().filter(|n| n.ins.kind == Keyword::Cmd);
        for n in cmds.skip(1) {
            out.report(n.line(), n.span(), "Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect");
        }
    }
}
