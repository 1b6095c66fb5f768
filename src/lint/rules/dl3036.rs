//! DL3036: no `zypper clean` after zypper installs.
use super::prelude::*;
use super::util::{has_cache_mount, subcommand};

super::rule!(Hadolint, "DL3036", Warning, "Clean the zypper cache",
    what: "Flags a RUN with `zypper install` that does not also run `zypper clean` (or `zypper cc`).",
    why: "zypper keeps downloaded packages and metadata in its cache; unless the same RUN cleans them, they ship in the layer.",
    fix: "RUN zypper -n install curl  →  RUN zypper -n install curl && zypper clean");

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let installs = s.named("zypper").any(|c| matches!(subcommand(c, &[]), Some("install" | "in")));
        if !installs || has_cache_mount(n.effective(), "/var/cache/zypp") {
            continue;
        }
        if !s.named("zypper").any(|c| c.has_any(&["clean", "cc"])) {
            out.report(n.line(), n.span(), "`zypper clean` missing after zypper use.");
        }
    }
}
