//! BuildKit's InvalidDefaultArgInFrom: the ARG defaults make the FROM image invalid.
use super::prelude::*;
use crate::dockerfile::reference;

super::rule!(Buildkit, "InvalidDefaultArgInFrom", Warning, "ARG defaults give an invalid base image",
    what: "Flags a FROM whose image, expanded with the global ARGs' default values (missing ones empty), is empty or not a valid reference.",
    why: "The build works only when someone remembers `--build-arg`; everyone else gets a confusing reference error. A sensible default keeps the plain `docker build` working.",
    fix: "ARG TAG\nFROM python:${TAG}  →  ARG TAG=3.12\nFROM python:${TAG}");

fn expand(text: &str, args: &[(String, Option<String>)]) -> String {
    let env: Vec<(String, String)> = args.iter().map(|(k, v)| (k.clone(), v.clone().unwrap_or_default())).collect();
    crate::dockerfile::words::expand_word(text, '\\', &env).unwrap_or_default()
}

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let image = &st.image.text;
        if !image.contains('$') {
            continue;
        }
        let expanded = expand(image, &cx.meta_args);
        let later_stage = cx.stages[..st.index].iter().any(|s| s.name.is_some_and(|n| n.text.eq_ignore_ascii_case(&expanded)));
        if later_stage || expanded == "scratch" {
            continue;
        }
        if expanded.is_empty() || reference::parse_normalized(&expanded).is_err() {
            out.report(st.from.start_line, st.image.span, format!("Default value for ARG {image} results in empty or invalid base image name"));
        }
    }
}
