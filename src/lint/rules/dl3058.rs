//! DL3058: Label is not a valid email (needs a label schema in hadolint's configuration; never fires here).
use super::prelude::*;

super::rule!(Hadolint, "DL3058", Warning, "Label is not a valid email",
    what: "Flags a schema e-mail label that is not an e-mail address. It only applies with a label schema configured, which the playground does not have.",
    why: "Organisations that catalogue their images use labels as metadata; a schema keeps that metadata usable by the tools that read it.",
    fix: "LABEL maintainer=bob  →  LABEL maintainer=bob@example.com",
    config: true);

fn check(_: &Ctx, _: &mut Out) {}
