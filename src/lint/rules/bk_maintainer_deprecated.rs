//! BuildKit's MaintainerDeprecated.
use super::prelude::*;

super::rule!(Buildkit, "MaintainerDeprecated", Warning, "MAINTAINER is deprecated",
    what: "Flags the MAINTAINER instruction.",
    why: "Image metadata lives in labels now; MAINTAINER fills a legacy field few tools read.",
    fix: "MAINTAINER jane@example.com  →  LABEL org.opencontainers.image.authors=\"jane@example.com\"");

fn check(cx: &Ctx, out: &mut Out) {
    for n in cx.nodes.iter().filter(|n| n.ins.kind == Keyword::Maintainer) {
        out.report(n.line(), n.span(), "Maintainer instruction is deprecated in favor of using label");
    }
}
