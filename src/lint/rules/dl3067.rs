//! DL3067: `COPY --from=… / /` copies a whole filesystem.
use super::prelude::*;

super::rule!(Hadolint, "DL3067", Warning, "Do not copy an entire filesystem",
    what: "Flags `COPY --from=STAGE / /`.",
    why: "Copying a stage's whole root pulls in its package database, caches and everything else, which defeats the point of a multi-stage build. Copy only the files the final image needs.",
    fix: "COPY --from=build / /  →  COPY --from=build /app/dist /app/dist");

fn check(cx: &Ctx, out: &mut Out) {
    for n in cx.of_kind(Keyword::Copy) {
        let ins = n.effective();
        if !ins.flags.iter().any(|f| f.name() == "from") {
            continue;
        }
        if ins.args.len() == 2 && ins.args[0].text == "/" && ins.args[1].text == "/" {
            out.report(n.line(), n.span(), "Do not copy an entire filesystem from another stage");
        }
    }
}
