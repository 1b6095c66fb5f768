//! DL3054: Label is not a valid SPDX license (needs a label schema in hadolint's configuration; never fires here).
use super::prelude::*;

super::rule!(Hadolint, "DL3054", Warning, "Label is not a valid SPDX license",
    what: "Flags a schema licence label that is not an SPDX identifier. It only applies with a label schema configured, which the playground does not have.",
    why: "Organisations that catalogue their images use labels as metadata; a schema keeps that metadata usable by the tools that read it.",
    fix: "LABEL license=mit-ish  →  LABEL license=MIT",
    config: true);

fn check(_: &Ctx, _: &mut Out) {}
