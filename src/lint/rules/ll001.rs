//! LL001: an image name with capital letters (`FROM Ubuntu`), which Docker rejects.
use super::prelude::*;
use crate::dockerfile::reference::{self, RefError};

super::rule!(Teaching, "LL001", Error, "Image names must be lowercase",
    what: "Flags a FROM image whose repository name has capital letters, such as `FROM Ubuntu`. The message is the one `docker build` stops with.",
    why: "Docker image names are case-sensitive and always lower-case; `Ubuntu` is not a different spelling of `ubuntu` but an invalid name, so the build fails before it starts. Tutorials often capitalise names in prose, and the habit leaks into the Dockerfile.",
    fix: "FROM Ubuntu  →  FROM ubuntu:24.04");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let image = &st.image.text;
        if image.contains('$') || st.parent.is_some() {
            continue;
        }
        if let Err(e @ (RefError::Uppercase(_) | RefError::NameUppercase)) =
            reference::parse_normalized(image)
        {
            let msg = format!(
                "failed to parse stage name {}: {e}",
                crate::dockerfile::dump::go_quote(image)
            );
            let lower = match image.split_once('@') {
                Some((n, d)) => format!("{}@{d}", n.to_lowercase()),
                None => match image.split_once(':') {
                    Some((n, t)) => format!("{}:{t}", n.to_lowercase()),
                    None => image.to_lowercase(),
                },
            };
            let fix = Fix::one(format!("use {lower}"), st.image.span, lower.clone());
            out.report_fix(st.from.start_line, st.image.span, msg, Some(fix));
        }
    }
}
