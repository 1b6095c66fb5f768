//! BuildKit's LegacyKeyValueFormat: `ENV key value` instead of `ENV key=value`.
use super::prelude::*;

super::rule!(Buildkit, "LegacyKeyValueFormat", Warning, "Use key=value in ENV and LABEL",
    what: "Flags ENV and LABEL written in the old `ENV KEY value` form.",
    why: "The old form sets only one variable and takes the whole rest of the line as its value, spaces included, which surprises people. `KEY=value` is unambiguous and allows several pairs.",
    fix: "ENV FLASK_APP app.py  →  ENV FLASK_APP=app.py");

fn check(cx: &Ctx, out: &mut Out) {
    for n in &cx.nodes {
        let ins = n.effective();
        if !matches!(ins.kind, Keyword::Env | Keyword::Label) {
            continue;
        }
        let [key, value, sep] = ins.args.as_slice() else { continue };
        if !sep.text.is_empty() {
            continue;
        }
        let v = &value.text;
        let quoted = if v.is_empty() || v.contains(char::is_whitespace) && !(v.starts_with('"') && v.ends_with('"')) {
            serde_json::to_string(v).unwrap_or_else(|_| format!("\"{v}\""))
        } else {
            v.clone()
        };
        let fix = (!n.is_onbuild()).then(|| Fix::one(format!("write {}={quoted}", key.text), ins.rest, format!("{}={quoted}", key.text)));
        let name = ins.kind.name();
        out.report_fix(n.line(), n.span(), format!("\"{name} key=value\" should be used instead of legacy \"{name} key value\" format"), fix);
    }
}
