//! DL3019: `apk add` without `--no-cache`.
use super::prelude::*;
use super::util::{after_word, has_cache_mount, subcommand};

super::rule!(Hadolint, "DL3019", Info, "Use apk add --no-cache",
    what: "Flags `apk add` without `--no-cache`, unless the RUN has a cache mount on `/var/cache/apk`.",
    why: "Without `--no-cache` apk keeps the package index it downloaded in `/var/cache/apk`, which then ships in the layer. `--no-cache` fetches a fresh index, uses it and throws it away; `--update` is then not needed.",
    fix: "RUN apk add --update py3-pip  →  RUN apk add --no-cache py3-pip");

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        if has_cache_mount(n.effective(), "/var/cache/apk") {
            continue;
        }
        let c = s.named("apk").find(|c| {
            subcommand(c, super::dl3018::APK_VALUE_FLAGS) == Some("add") && !c.has_arg("--no-cache")
        });
        if let Some(c) = c {
            let ins = n.effective();
            let fix = match c.args.iter().position(|a| a == "--update" || a == "-U") {
                Some(i) => c.spans.get(i + 1).and_then(|sp| cx.script_span(ins, *sp)).map(|sp| Fix::one("use --no-cache instead of --update", sp, "--no-cache")),
                None => after_word(cx, ins, c, "add").map(|at| Fix::one("add --no-cache", Span::empty(at), " --no-cache")),
            };
            out.report_fix(n.line(), n.span(), "Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages", fix);
        }
    }
}
