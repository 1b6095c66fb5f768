//! DL3023: `COPY --from` names the stage it is in.
use super::prelude::*;

super::rule!(Hadolint, "DL3023", Error, "COPY --from cannot name its own stage",
    what: "Flags `COPY --from=NAME` inside the stage called NAME.",
    why: "A stage cannot copy from itself: it does not exist yet while it is being built. Docker reports a circular dependency.",
    fix: "FROM node:20 AS web\nCOPY --from=web …  →  copy from the stage that built the files, e.g. --from=build");

fn check(cx: &Ctx, out: &mut Out) {
    for n in cx.of_kind(Keyword::Copy) {
        let ins = n.effective();
        let Some(from) = ins.flags.iter().find(|f| f.name() == "from").and_then(|f| f.value()) else { continue };
        let own = n.stage.and_then(|i| cx.stages[i].name);
        if own.is_some_and(|t| t.text.eq_ignore_ascii_case(from)) {
            out.report(n.line(), n.span(), "`COPY --from` cannot reference its own `FROM` alias");
        }
    }
}
