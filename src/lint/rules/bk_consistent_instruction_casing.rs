//! BuildKit's ConsistentInstructionCasing: all instruction keywords in one case.
use super::prelude::*;

super::rule!(Buildkit, "ConsistentInstructionCasing", Warning, "Instructions should be consistently cased",
    what: "Flags instruction keywords whose case differs from the majority of the file (`run` in a file of upper-case instructions, `Copy` anywhere).",
    why: "Keywords are case-insensitive, but a file that mixes `RUN` and `run` is harder to read and suggests copy-pasting from different sources.",
    fix: "FROM alpine:3.20\nrun echo hi  →  RUN echo hi");

fn check(cx: &Ctx, out: &mut Out) {
    let words: Vec<&Token> = cx
        .nodes
        .iter()
        .flat_map(|n| std::iter::once(&n.ins.keyword).chain(n.ins.trigger.as_ref().map(|t| &t.keyword)))
        .collect();
    let is_upper = |s: &str| !s.bytes().any(|b| b.is_ascii_lowercase());
    let is_lower = |s: &str| !s.bytes().any(|b| b.is_ascii_uppercase());
    let upper = words.iter().filter(|w| is_upper(&w.text)).count();
    let lower = words.iter().filter(|w| is_lower(&w.text)).count();
    let want_upper = upper >= lower;
    let majority = if want_upper { "uppercase" } else { "lowercase" };
    for n in &cx.nodes {
        for kw in std::iter::once(&n.ins.keyword).chain(n.ins.trigger.as_ref().map(|t| &t.keyword)) {
            let ok = if want_upper { is_upper(&kw.text) } else { is_lower(&kw.text) };
            if !ok {
                let fixed = if want_upper { kw.text.to_uppercase() } else { kw.text.to_lowercase() };
                out.report_fix(
                    n.line(),
                    kw.span,
                    format!("Command '{}' should match the case of the command majority ({majority})", kw.text),
                    Some(Fix::one(format!("write {fixed}"), kw.span, fixed.clone())),
                );
            }
        }
    }
}
