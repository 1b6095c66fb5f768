//! DL3025: CMD and ENTRYPOINT in shell form.
use super::prelude::*;

super::rule!(Hadolint, "DL3025", Warning, "Use JSON notation for CMD and ENTRYPOINT",
    what: "Flags CMD, ENTRYPOINT and HEALTHCHECK CMD written as plain text (shell form) instead of a JSON array.",
    why: "Shell form runs your program as a child of `/bin/sh -c`. The shell, not your app, receives `docker stop`'s SIGTERM, so the app is killed after the timeout instead of shutting down cleanly; with ENTRYPOINT it also ignores `docker run` arguments.",
    fix: "CMD python app.py  →  CMD [\"python\", \"app.py\"]");

/// The exec form of a shell-form command, when it is one plain command with literal words.
pub fn json_form(text: &str) -> Option<String> {
    let list = crate::sh::parse(text).ok()?;
    let [item] = list.items.as_slice() else { return None };
    if item.background || !item.and_or.rest.is_empty() || item.and_or.first.bang {
        return None;
    }
    let [crate::sh::ast::Command::Simple(sc)] = item.and_or.first.commands.as_slice() else { return None };
    if !sc.assigns.is_empty() || !sc.redirects.is_empty() || sc.words.is_empty() {
        return None;
    }
    let mut words = Vec::new();
    for w in &sc.words {
        let plain = w.parts.iter().all(|p| {
            matches!(p, crate::sh::ast::WordPart::Lit(s) if !s.contains(['*', '?', '[']))
                || matches!(p, crate::sh::ast::WordPart::Quoted(_))
        });
        if !plain {
            return None;
        }
        words.push(serde_json::to_string(&w.unquoted_text()).ok()?);
    }
    Some(format!("[{}]", words.join(", ")))
}

fn check(cx: &Ctx, out: &mut Out) {
    for n in &cx.nodes {
        let ins = n.effective();
        // HEALTHCHECK CMD counts too, as in hadolint.
        let health = ins.kind == Keyword::Healthcheck
            && ins.args.first().is_some_and(|a| a.text.eq_ignore_ascii_case("CMD"));
        if !(matches!(ins.kind, Keyword::Cmd | Keyword::Entrypoint) || health) || ins.json {
            continue;
        }
        let words = if health { &ins.args[1..] } else { &ins.args[..] };
        let text = words.iter().map(|a| a.text.as_str()).collect::<Vec<_>>().join(" ");
        let fix = match (health, words.first()) {
            (false, _) => json_form(&text).map(|j| Fix::one(format!("use {j}"), ins.rest, j)),
            (true, Some(first)) => json_form(&text).map(|j| {
                Fix::one(format!("use {j}"), Span::new(first.span.start, ins.rest.end), j)
            }),
            (true, None) => None,
        };
        out.report_fix(n.line(), n.span(), "Use arguments JSON notation for CMD and ENTRYPOINT arguments", fix);
    }
}
