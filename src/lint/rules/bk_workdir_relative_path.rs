//! BuildKit's WorkdirRelativePath: a relative WORKDIR before any absolute one.
use super::prelude::*;

super::rule!(Buildkit, "WorkdirRelativePath", Warning, "Relative WORKDIR without an absolute one first",
    what: "Flags a relative WORKDIR in a stage that has not set an absolute WORKDIR yet (parent stages count).",
    why: "A relative WORKDIR is resolved against the base image's working directory, which the base image's authors may change at any time.",
    fix: "FROM python:3.12\nWORKDIR app  →  WORKDIR /app");

fn absolute_before(cx: &Ctx, stage: usize, upto: usize) -> bool {
    let st = &cx.stages[stage];
    cx.nodes[st.node..upto.min(cx.nodes.len())].iter().any(|n| {
        n.ins.kind == Keyword::Workdir && n.ins.args.first().is_some_and(|a| super::dl3000::absolute(&a.text))
    }) || st.parent.is_some_and(|p| absolute_before(cx, p, cx.stages[p].end))
}

fn check(cx: &Ctx, out: &mut Out) {
    for (i, n) in cx.nodes.iter().enumerate() {
        if n.ins.kind != Keyword::Workdir {
            continue;
        }
        let (Some(stage), Some(arg)) = (n.stage, n.ins.args.first()) else { continue };
        if !super::dl3000::absolute(&arg.text) && !absolute_before(cx, stage, i) {
            out.report(n.line(), arg.span, format!("Relative workdir {} can have unexpected results if the base image changes", crate::dockerfile::dump::go_quote(&arg.text)));
        }
    }
}
