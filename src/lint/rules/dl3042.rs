//! DL3042: `pip install` without `--no-cache-dir`.
use super::prelude::*;
use super::util::{after_word, env_set_before, has_cache_mount, pip_installs};

super::rule!(Hadolint, "DL3042", Warning, "Use pip install --no-cache-dir",
    what: "Flags `pip install` without `--no-cache-dir`, unless `PIP_NO_CACHE_DIR` was set with ENV or the RUN has a cache mount on `/root/.cache/pip`.",
    why: "pip keeps a copy of every downloaded package in `~/.cache/pip` so it can reinstall quickly. In an image that cache is dead weight, often tens of megabytes, baked into the layer.",
    fix: "RUN pip install -r requirements.txt  →  RUN pip install --no-cache-dir -r requirements.txt");

fn check(cx: &Ctx, out: &mut Out) {
    for (idx, n) in cx.nodes.iter().enumerate() {
        let Some(s) = &n.script else { continue };
        let ins = n.effective();
        if has_cache_mount(ins, "/root/.cache/pip") {
            continue;
        }
        if n.stage.is_some_and(|st| env_set_before(cx, st, idx, "PIP_NO_CACHE_DIR")) {
            continue;
        }
        let bad = pip_installs(s).into_iter().find(|(c, _)| {
            !c.args.iter().any(|a| a == "--no-cache-dir" || a.starts_with("--no-cache-dir="))
        });
        if let Some((c, _)) = bad {
            let fix = after_word(cx, ins, c, "install").map(|at| Fix::one("add --no-cache-dir", Span::empty(at), " --no-cache-dir"));
            out.report_fix(n.line(), n.span(), "Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`", fix);
        }
    }
}
