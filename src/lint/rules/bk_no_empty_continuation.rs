//! BuildKit's NoEmptyContinuation: a blank line inside a `\` continuation.
use super::prelude::*;

super::rule!(Buildkit, "NoEmptyContinuation", Warning, "Empty continuation lines",
    what: "Flags an instruction continued with `\\` across an empty line.",
    why: "Docker skips the empty line today, but it says this will become an error. An empty line in the middle of a RUN is usually a sign that a `\\` was forgotten or one too many was written.",
    fix: "RUN apt-get update && \\\n\n    apt-get install -y curl  →  remove the empty line");

fn check(cx: &Ctx, out: &mut Out) {
    // The parser reports each such instruction; find which one from the source itself.
    if !cx.parse_warnings.iter().any(|d| d.code == "NoEmptyContinuation") {
        return;
    }
    for n in &cx.nodes {
        let ins = n.ins;
        if ins.start_line == ins.end_line || !ins.heredocs.is_empty() {
            continue;
        }
        let text = ins.span.text(cx.src);
        let lines: Vec<&str> = text.lines().collect();
        let inner = lines.len().saturating_sub(1);
        if lines.iter().take(inner).skip(1).any(|l| l.trim().is_empty()) {
            out.report(n.line(), n.span(), "Empty continuation line");
        }
    }
}
