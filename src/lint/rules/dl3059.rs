//! DL3059: several RUN instructions in a row that could be one.
use super::prelude::*;

super::rule!(Hadolint, "DL3059", Info, "Consolidate consecutive RUN instructions",
    what: "Flags a RUN that directly follows another RUN with the same flags, when each of the two runs a single command (a RUN that already chains commands with `&&` was split on purpose). Comments and blank lines between them do not count.",
    why: "Each RUN makes a layer. Files deleted in a later RUN still take space in the earlier layer, and many tiny layers slow pulls down. Related steps belong in one RUN joined with `&&`.",
    fix: "RUN apt-get update\nRUN apt-get install -y curl  →  RUN apt-get update && apt-get install -y curl");

fn check(cx: &Ctx, out: &mut Out) {
    // The previous RUN's flags and its number of commands.
    let mut prev: Option<(Vec<&str>, usize)> = None;
    for n in &cx.nodes {
        if n.ins.kind != Keyword::Run {
            prev = None;
            continue;
        }
        let mut flags = n.ins.flag_texts();
        crate::sort::sort(&mut flags);
        let count = n.script.as_ref().map_or(0, |s| s.cmds.len());
        if let Some((pf, pc)) = &prev {
            if *pf == flags && count < 2 && *pc < 2 {
                out.report(n.line(), n.span(), "Multiple consecutive `RUN` instructions. Consider consolidation.");
            }
        }
        prev = Some((flags, count));
    }
}
