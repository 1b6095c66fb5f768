//! DL3060: `yarn install` without `yarn cache clean`.
use super::prelude::*;

super::rule!(Hadolint, "DL3060", Info, "Clean the yarn cache",
    what: "Flags a RUN with `yarn install` that does not run `yarn cache clean` too (a cache mount on the yarn cache also satisfies it).",
    why: "yarn keeps every downloaded package in its cache; unless the same RUN cleans it, the cache ships in the layer.",
    fix: "RUN yarn install  →  RUN yarn install && yarn cache clean");

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let installs = s.named("yarn").any(|c| c.has_arg("install"));
        let cleans = s.named("yarn").any(|c| c.has_arg("cache") && c.has_arg("clean"));
        let mounted = super::util::mounts(n.effective()).iter().any(|m| m.contains("type=cache"));
        if installs && !cleans && !mounted {
            out.report(n.line(), n.span(), "`yarn cache clean` missing after `yarn install` was run.");
        }
    }
}
