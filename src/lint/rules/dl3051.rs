//! DL3051: Label is empty (needs a label schema in hadolint's configuration; never fires here).
use super::prelude::*;

super::rule!(Hadolint, "DL3051", Warning, "Label is empty",
    what: "Flags a schema label with an empty value. It only applies with a label schema configured, which the playground does not have.",
    why: "Organisations that catalogue their images use labels as metadata; a schema keeps that metadata usable by the tools that read it.",
    fix: "LABEL version=\"\"  →  LABEL version=\"1.2.0\"",
    config: true);

fn check(_: &Ctx, _: &mut Out) {}
