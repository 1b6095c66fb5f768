//! DL3022: `COPY --from` should name an earlier stage.
use super::prelude::*;

super::rule!(Hadolint, "DL3022", Warning, "COPY --from should reference an earlier stage",
    what: "Flags `COPY --from=NAME` where NAME is not a stage defined above (a stage index or an image reference with a tag or registry is fine).",
    why: "A typo in the stage name makes Docker treat it as an image to pull from a registry, which fails with a confusing error, or worse, succeeds with an unrelated image.",
    fix: "FROM python:3.12 AS build\n…\nCOPY --from=biuld /app /app  →  COPY --from=build /app /app");

fn check(cx: &Ctx, out: &mut Out) {
    for n in cx.of_kind(Keyword::Copy) {
        let ins = n.effective();
        let Some(from) = ins.flags.iter().find(|f| f.name() == "from").and_then(|f| f.value()) else { continue };
        if from.parse::<usize>().is_ok() || from.contains(':') || from.contains('/') || from.contains('$') {
            continue;
        }
        let stage = n.stage.unwrap_or(0);
        if cx.earlier_stage(from, stage + 1).is_none() {
            out.report(n.line(), n.span(), "`COPY --from` should reference a previously defined `FROM` alias");
        }
    }
}
