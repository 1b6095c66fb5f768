//! DL3009: the apt lists stay in the image after `apt-get update`.
use super::prelude::*;
use super::util::has_cache_mount;

super::rule!(Hadolint, "DL3009", Info, "Delete the apt lists after installing",
    what: "Flags a RUN that calls `apt-get update` (or `apt update`) but does not remove `/var/lib/apt/lists/*` in the same step. Only the last stage, and stages other stages build on, are reported; a cache mount on the lists also satisfies it.",
    why: "`apt-get update` downloads tens of megabytes of package indexes. Removing them in a later RUN does not help, because the earlier layer still carries them; they must go in the same RUN.",
    fix: "RUN apt-get update && apt-get install -y curl\n  →  RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*");

fn cleans(s: &Script) -> bool {
    s.named("rm").any(|c| c.has_any(&["-rf", "/var/lib/apt/lists/*"]))
}

fn check(cx: &Ctx, out: &mut Out) {
    let last = cx.stages.len().checked_sub(1);
    for (n, s) in cx.runs() {
        if !(s.has("apt-get", "update") || s.has("apt", "update")) || cleans(s) {
            continue;
        }
        let ins = n.effective();
        if has_cache_mount(ins, "/var/lib/apt/lists")
            || (has_cache_mount(ins, "/var/lib/apt") && has_cache_mount(ins, "/var/cache/apt"))
        {
            continue;
        }
        let reported = match n.stage {
            None => true,
            Some(i) if Some(i) == last => true,
            Some(i) => cx.stages[i].name.is_some_and(|name| {
                cx.stages.iter().any(|o| o.image.text == name.text)
            }),
        };
        if reported {
            let fix = cx.script_span(ins, Span::empty(s.text.len())).map(|at| {
                Fix::one("remove the apt lists in the same RUN", at, " && rm -rf /var/lib/apt/lists/*")
            });
            out.report_fix(n.line(), n.span(), "Delete the apt lists (/var/lib/apt/lists) after installing something", fix);
        }
    }
}
