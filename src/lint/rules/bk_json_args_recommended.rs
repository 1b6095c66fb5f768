//! BuildKit's JSONArgsRecommended: CMD and ENTRYPOINT in exec (JSON) form.
use super::prelude::*;

super::rule!(Buildkit, "JSONArgsRecommended", Warning, "JSON arguments recommended for ENTRYPOINT and CMD",
    what: "Flags CMD and ENTRYPOINT in shell form.",
    why: "In shell form the command runs under `/bin/sh -c`, which becomes process 1 and does not pass SIGTERM on. `docker stop` then waits ten seconds and kills the app instead of letting it shut down.",
    fix: "CMD flask run --host=0.0.0.0  →  CMD [\"flask\", \"run\", \"--host=0.0.0.0\"]");

fn check(cx: &Ctx, out: &mut Out) {
    for n in &cx.nodes {
        let ins = n.ins;
        if !matches!(ins.kind, Keyword::Cmd | Keyword::Entrypoint) || ins.json {
            continue;
        }
        let text = ins.args.iter().map(|a| a.text.as_str()).collect::<Vec<_>>().join(" ");
        let fix = super::dl3025::json_form(&text).map(|j| Fix::one(format!("use {j}"), ins.rest, j));
        out.report_fix(n.line(), n.span(), format!("JSON arguments recommended for {} to prevent unintended behavior related to OS signals", ins.kind.name()), fix);
    }
}
