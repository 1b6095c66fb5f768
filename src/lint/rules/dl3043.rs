//! DL3043: ONBUILD triggering ONBUILD, FROM or MAINTAINER.
use super::prelude::*;

super::rule!(Hadolint, "DL3043", Error, "ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER",
    what: "Flags `ONBUILD ONBUILD …`, `ONBUILD FROM …` and `ONBUILD MAINTAINER …`.",
    why: "Docker does not allow these as triggers: the child build would fail the moment it inherits them.",
    fix: "ONBUILD FROM python:3  →  remove it; the child Dockerfile chooses its own FROM");

fn check(cx: &Ctx, out: &mut Out) {
    for n in cx.nodes.iter().filter(|n| n.is_onbuild()) {
        if n.ins.trigger.as_ref().is_some_and(|t| matches!(t.kind, Keyword::Onbuild | Keyword::From | Keyword::Maintainer)) {
            out.report(n.line(), n.span(), "`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.");
        }
    }
}
