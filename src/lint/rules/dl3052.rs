//! DL3052: Label is not a valid URL (needs a label schema in hadolint's configuration; never fires here).
use super::prelude::*;

super::rule!(Hadolint, "DL3052", Warning, "Label is not a valid URL",
    what: "Flags a schema URL label whose value is not a URL. It only applies with a label schema configured, which the playground does not have.",
    why: "Organisations that catalogue their images use labels as metadata; a schema keeps that metadata usable by the tools that read it.",
    fix: "LABEL source=github  →  LABEL source=https://github.com/example/app",
    config: true);

fn check(_: &Ctx, _: &mut Out) {}
