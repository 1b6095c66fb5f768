//! DL3050: Superfluous label present (needs a label schema in hadolint's configuration; never fires here).
use super::prelude::*;

super::rule!(Hadolint, "DL3050", Info, "Superfluous label present",
    what: "With strict labels on, flags labels the schema does not list. It only applies with a label schema configured, which the playground does not have.",
    why: "Organisations that catalogue their images use labels as metadata; a schema keeps that metadata usable by the tools that read it.",
    fix: "Remove the label, or add it to the schema.",
    config: true);

fn check(_: &Ctx, _: &mut Out) {}
