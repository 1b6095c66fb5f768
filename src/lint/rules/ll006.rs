//! LL006: `flask run` without `--host=0.0.0.0`, unreachable from outside the container.
use super::prelude::*;

super::rule!(Teaching, "LL006", Warning, "flask run listens only inside the container",
    what: "Flags a CMD or ENTRYPOINT running `flask run` without `--host=0.0.0.0` (or `-h 0.0.0.0`, or FLASK_RUN_HOST set to it).",
    why: "Flask's development server listens on 127.0.0.1 by default: the loopback address of the container itself. Docker forwards published ports to the container's network interface, where nothing listens, so the browser gets \"connection reset\" even with -p 5000:5000.",
    fix: "CMD [\"flask\", \"run\"]  →  CMD [\"flask\", \"run\", \"--host=0.0.0.0\"]");

fn host_env(cx: &Ctx, stage: usize) -> bool {
    let st = &cx.stages[stage];
    cx.stage_nodes(stage).iter().any(|n| {
        n.ins.kind == Keyword::Env
            && n.ins.args.chunks(3).any(|kv| kv[0].text == "FLASK_RUN_HOST" && kv[1].text.trim_matches('"') == "0.0.0.0")
    }) || st.parent.is_some_and(|p| host_env(cx, p))
}

fn check(cx: &Ctx, out: &mut Out) {
    for n in &cx.nodes {
        let ins = n.ins;
        if !matches!(ins.kind, Keyword::Cmd | Keyword::Entrypoint) {
            continue;
        }
        let words = super::ll004::start_words(ins);
        let Some(i) = words.iter().position(|w| w.rsplit('/').next() == Some("flask")) else { continue };
        if words.get(i + 1).map(String::as_str) != Some("run") {
            continue;
        }
        let rest = &words[i + 2..];
        let has_host = rest.iter().enumerate().any(|(j, a)| {
            a.starts_with("--host=") || ((a == "--host" || a == "-h") && rest.get(j + 1).is_some())
        });
        if has_host || n.stage.is_some_and(|s| host_env(cx, s)) {
            continue;
        }
        let fix = if ins.json {
            ins.args.last().map(|last| Fix::one("add --host=0.0.0.0", Span::empty(last.span.end), ", \"--host=0.0.0.0\""))
        } else {
            Some(Fix::one("add --host=0.0.0.0", Span::empty(ins.rest.end), " --host=0.0.0.0"))
        };
        out.report_fix(n.line(), n.span(), "flask run listens on 127.0.0.1 inside the container, which the host cannot reach: add --host=0.0.0.0", fix);
    }
}
