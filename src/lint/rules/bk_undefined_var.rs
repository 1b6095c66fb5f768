//! BuildKit's UndefinedVar: a `$NAME` no ARG, ENV or base image defines.
use super::prelude::*;
use crate::dockerfile::scope::{self, Mode};

super::rule!(Buildkit, "UndefinedVar", Warning, "Variables should be defined before use",
    what: "Flags `$NAME` in instructions Docker expands (COPY, ADD, ENV, LABEL, WORKDIR, USER, EXPOSE, VOLUME, STOPSIGNAL) when no earlier ARG or ENV in the stage, parent stage or base image defines NAME. Stages on images the catalog does not know are skipped, since their environment is unknown.",
    why: "An undefined variable silently expands to an empty string: `COPY app $APPDIR` copies into the working directory instead of the folder you meant, and nothing says so.",
    fix: "ENV APP_DIR=/app\nCOPY . $APPDIR  →  COPY . $APP_DIR");

fn defined(cx: &Ctx, stage: usize, upto: usize, out: &mut Vec<String>) -> bool {
    let st = &cx.stages[stage];
    let known = match st.parent {
        Some(p) => defined(cx, p, cx.stages[p].end, out),
        None => match st.catalog {
            Some(img) => {
                out.extend(img.config.env.iter().filter_map(|e| e.split_once('=').map(|(k, _)| k.to_string())));
                true
            }
            None => st.image.text == "scratch",
        },
    };
    for n in &cx.nodes[st.node..upto.min(cx.nodes.len())] {
        match n.ins.kind {
            Keyword::Env => out.extend(n.ins.args.chunks(3).map(|kv| kv[0].text.clone())),
            Keyword::Arg => out.extend(n.ins.args.iter().map(|a| a.text.split('=').next().unwrap_or("").to_string())),
            _ => {}
        }
    }
    known
}

fn check(cx: &Ctx, out: &mut Out) {
    for (i, n) in cx.nodes.iter().enumerate() {
        let ins = n.ins;
        let Some(stage) = n.stage else { continue };
        if ins.kind == Keyword::From || scope::expansion(ins.kind).args == Mode::None {
            continue;
        }
        let mut names = Vec::new();
        if !defined(cx, stage, i, &mut names) {
            continue;
        }
        names.extend(scope::PROXY_ARGS.iter().map(|s| s.to_string()));
        let mut texts: Vec<&Token> = Vec::new();
        match ins.kind {
            Keyword::Env | Keyword::Label => texts.extend(ins.args.chunks(3).map(|kv| &kv[1])),
            _ => texts.extend(ins.args.iter()),
        }
        // ENV pairs earlier in the same instruction do not count, but the same pair's own
        // name does not either; keep it simple and allow names of this instruction's keys.
        let own: Vec<String> = if ins.kind == Keyword::Env { ins.args.chunks(3).map(|kv| kv[0].text.clone()).collect() } else { Vec::new() };
        let mut seen = Vec::new();
        for t in texts {
            if t.text.starts_with('\'') {
                continue;
            }
            for v in super::bk_undefined_arg_in_from::var_refs(&t.text) {
                if names.contains(&v) || own.contains(&v) || seen.contains(&v) {
                    continue;
                }
                seen.push(v.clone());
                let opts: Vec<&str> = names.iter().map(String::as_str).collect();
                let mut msg = format!("Usage of undefined variable '${v}'");
                if let Some(s) = crate::dockerfile::instructions::suggest(&v, &opts) {
                    msg.push_str(&format!(" (did you mean ${s}?)"));
                }
                out.report(n.line(), t.span, msg);
            }
        }
    }
}
