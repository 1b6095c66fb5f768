//! DL3007: FROM with the `latest` tag.
use super::prelude::*;
use super::util::tag_of;

super::rule!(Hadolint, "DL3007", Warning, "Do not use the latest tag",
    what: "Flags a FROM image tagged `:latest`.",
    why: "`latest` is just the tag the publisher moved most recently. Pinning it by name looks deliberate but gives no stability at all.",
    fix: "FROM ubuntu:latest  →  FROM ubuntu:24.04");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        if st.parent.is_none() && tag_of(&st.image.text).0 == Some("latest") {
            out.report(st.from.start_line, st.image.span, "Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag");
        }
    }
}
