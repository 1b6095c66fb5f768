//! DL3053: Label is not a valid time (needs a label schema in hadolint's configuration; never fires here).
use super::prelude::*;

super::rule!(Hadolint, "DL3053", Warning, "Label is not a valid time",
    what: "Flags a schema date label that is not an RFC 3339 time. It only applies with a label schema configured, which the playground does not have.",
    why: "Organisations that catalogue their images use labels as metadata; a schema keeps that metadata usable by the tools that read it.",
    fix: "LABEL created=yesterday  →  LABEL created=2024-09-01T12:00:00Z",
    config: true);

fn check(_: &Ctx, _: &mut Out) {}
