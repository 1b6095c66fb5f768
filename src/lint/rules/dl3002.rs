//! DL3002: the last USER of a stage should not be root.
use super::prelude::*;
use super::util::is_root;

super::rule!(Hadolint, "DL3002", Warning, "Last USER should not be root",
    what: "Flags a stage whose last USER instruction switches to root.",
    why: "Whatever runs in the container runs as that user. If the app is compromised, root inside the container is much closer to root on the host.",
    fix: "USER root\nRUN apt-get …\nUSER app   ← switch back after the root-only steps");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let last = cx.stage_nodes(st.index).iter().rev().find(|n| n.ins.kind == Keyword::User);
        if let Some(n) = last {
            if n.ins.args.first().is_some_and(|a| is_root(&a.text)) {
                out.report(n.line(), n.span(), "Last USER should not be root");
            }
        }
    }
}
