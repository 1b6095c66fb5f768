//! DL3055: Label is not a valid git hash (needs a label schema in hadolint's configuration; never fires here).
use super::prelude::*;

super::rule!(Hadolint, "DL3055", Warning, "Label is not a valid git hash",
    what: "Flags a schema revision label that is not a git commit hash. It only applies with a label schema configured, which the playground does not have.",
    why: "Organisations that catalogue their images use labels as metadata; a schema keeps that metadata usable by the tools that read it.",
    fix: "LABEL revision=main  →  LABEL revision=3f2a9c1e…",
    config: true);

fn check(_: &Ctx, _: &mut Out) {}
