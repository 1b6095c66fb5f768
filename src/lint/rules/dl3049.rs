//! DL3049: Label is missing (needs a label schema in hadolint's configuration; never fires here).
use super::prelude::*;

super::rule!(Hadolint, "DL3049", Info, "Label is missing",
    what: "Flags an image without a label that the schema requires. It only applies with a label schema configured, which the playground does not have.",
    why: "Organisations that catalogue their images use labels as metadata; a schema keeps that metadata usable by the tools that read it.",
    fix: "LABEL org.opencontainers.image.authors=\"team@example.com\"",
    config: true);

fn check(_: &Ctx, _: &mut Out) {}
