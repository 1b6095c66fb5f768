//! DL3045: COPY to a relative destination before any WORKDIR.
use super::prelude::*;
use super::util::unquote;

super::rule!(Hadolint, "DL3045", Warning, "COPY to a relative destination without WORKDIR",
    what: "Flags COPY whose destination is relative (`.`, `app/`) in a stage that has not set a WORKDIR yet (a WORKDIR in a parent stage counts).",
    why: "A relative destination is resolved against the base image's working directory, which you did not choose and which can change with the next base image. Set WORKDIR first, or copy to an absolute path.",
    fix: "FROM python:3.12\nCOPY . .  →  FROM python:3.12\nWORKDIR /app\nCOPY . .");

fn has_workdir(cx: &Ctx, stage: usize, upto: usize) -> bool {
    let st = &cx.stages[stage];
    cx.nodes[st.node..upto.min(cx.nodes.len())].iter().any(|n| n.ins.kind == Keyword::Workdir)
        || st.parent.is_some_and(|p| has_workdir(cx, p, cx.stages[p].end))
}

fn check(cx: &Ctx, out: &mut Out) {
    for (i, n) in cx.nodes.iter().enumerate() {
        if n.ins.kind != Keyword::Copy {
            continue;
        }
        let Some(stage) = n.stage else { continue };
        let Some(dest) = n.ins.args.last() else { continue };
        if n.ins.args.len() < 2 || super::dl3000::absolute(&dest.text) {
            continue;
        }
        let d = unquote(&dest.text);
        if d.is_empty() || d.starts_with('/') {
            continue;
        }
        if !has_workdir(cx, stage, i) {
            out.report(n.line(), dest.span, "`COPY` to a relative destination without `WORKDIR` set.");
        }
    }
}
