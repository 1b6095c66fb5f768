//! DL4000: MAINTAINER is deprecated.
use super::prelude::*;

super::rule!(Hadolint, "DL4000", Error, "MAINTAINER is deprecated",
    what: "Flags the MAINTAINER instruction.",
    why: "MAINTAINER was replaced by labels years ago. A label is visible to every tool that reads image metadata; MAINTAINER only fills an old, unused config field.",
    fix: "MAINTAINER Jane <jane@example.com>  →  LABEL org.opencontainers.image.authors=\"jane@example.com\"");

fn check(cx: &Ctx, out: &mut Out) {
    for n in cx.nodes.iter().filter(|n| n.ins.kind == Keyword::Maintainer) {
        let ins = n.ins;
        let who = ins.args.iter().map(|a| a.text.as_str()).collect::<Vec<_>>().join(" ");
        let fix = (!n.is_onbuild()).then(|| {
            let value = serde_json::to_string(&who).unwrap_or_else(|_| "\"\"".to_string());
            Fix::one("use a LABEL", n.span(), format!("LABEL org.opencontainers.image.authors={value}"))
        });
        out.report_fix(n.line(), n.span(), "MAINTAINER is deprecated", fix);
    }
}
