//! BuildKit's UndefinedVar: a `$NAME` no ARG, ENV or base image defines.
use super::prelude::*;
use crate::dockerfile::scope::{self, Mode};
use std::collections::HashSet;

super::rule!(Buildkit, "UndefinedVar", Warning, "Variables should be defined before use",
    what: "Flags `$NAME` in instructions Docker expands (COPY, ADD, ENV, LABEL, WORKDIR, USER, EXPOSE, VOLUME, STOPSIGNAL) when no earlier ARG or ENV in the stage, parent stage or base image defines NAME. Stages on images the catalog does not know are skipped, since their environment is unknown.",
    why: "An undefined variable silently expands to an empty string: `COPY app $APPDIR` copies into the working directory instead of the folder you meant, and nothing says so.",
    fix: "ENV APP_DIR=/app\nCOPY . $APPDIR  →  COPY . $APP_DIR");

/// The names an instruction defines for the ones after it.
fn defines(ins: &Instruction, into: &mut HashSet<String>) {
    match ins.kind {
        Keyword::Env => into.extend(ins.args.chunks(3).map(|kv| kv[0].text.clone())),
        Keyword::Arg => into.extend(
            ins.args
                .iter()
                .map(|a| a.text.split('=').next().unwrap_or("").to_string()),
        ),
        _ => {}
    }
}

fn check(cx: &Ctx, out: &mut Out) {
    // Per stage: the names defined at its end (None: environment unknown), for child stages.
    let mut at_end: Vec<Option<HashSet<String>>> = Vec::with_capacity(cx.stages.len());
    for st in &cx.stages {
        let start: Option<HashSet<String>> = match st.parent {
            Some(p) => at_end.get(p).cloned().flatten(),
            None => match st.catalog {
                Some(img) => Some(
                    img.config
                        .env
                        .iter()
                        .filter_map(|e| e.split_once('=').map(|(k, _)| k.to_string()))
                        .collect(),
                ),
                None => (st.image.text == "scratch").then(HashSet::new),
            },
        };
        let Some(mut names) = start else {
            at_end.push(None);
            continue;
        };
        names.extend(scope::PROXY_ARGS.iter().map(|s| s.to_string()));
        for n in cx.stage_nodes(st.index).iter().skip(1) {
            report(cx, n, &names, out);
            defines(n.ins, &mut names);
        }
        at_end.push(Some(names));
    }
}

fn report(_cx: &Ctx, n: &Node, names: &HashSet<String>, out: &mut Out) {
    let ins = n.ins;
    if scope::expansion(ins.kind).args == Mode::None || !ins.args.iter().any(|a| a.text.contains('$')) {
        return;
    }
    let texts: Vec<&Token> = match ins.kind {
        Keyword::Env | Keyword::Label => ins.args.chunks(3).map(|kv| &kv[1]).collect(),
        _ => ins.args.iter().collect(),
    };
    // ENV keys of the same instruction count as defined (DL3044 covers that mistake).
    let own: Vec<&str> = if ins.kind == Keyword::Env {
        ins.args.chunks(3).map(|kv| kv[0].text.as_str()).collect()
    } else {
        Vec::new()
    };
    let mut seen: Vec<String> = Vec::new();
    for t in texts {
        if t.text.starts_with('\'') || !t.text.contains('$') {
            continue;
        }
        for v in super::bk_undefined_arg_in_from::var_refs(&t.text) {
            if names.contains(&v) || own.contains(&v.as_str()) || seen.contains(&v) {
                continue;
            }
            seen.push(v.clone());
            let mut opts: Vec<&str> = names.iter().map(String::as_str).collect();
            crate::sort::sort(&mut opts);
            let mut msg = format!("Usage of undefined variable '${v}'");
            if let Some(s) = crate::dockerfile::instructions::suggest(&v, &opts) {
                msg.push_str(&format!(" (did you mean ${s}?)"));
            }
            out.report(n.line(), t.span, msg);
        }
    }
}
