//! DL3056: Label does not conform to semantic versioning (needs a label schema in hadolint's configuration; never fires here).
use super::prelude::*;

super::rule!(Hadolint, "DL3056", Warning, "Label does not conform to semantic versioning",
    what: "Flags a schema version label that is not a semantic version. It only applies with a label schema configured, which the playground does not have.",
    why: "Organisations that catalogue their images use labels as metadata; a schema keeps that metadata usable by the tools that read it.",
    fix: "LABEL version=v1  →  LABEL version=1.0.0",
    config: true);

fn check(_: &Ctx, _: &mut Out) {}
