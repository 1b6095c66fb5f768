//! LL007: a retired `-onbuild` image tag such as `python:3-onbuild`.
use super::prelude::*;
use crate::internet::hub::{self, Lookup};

super::rule!(Teaching, "LL007", Error, "Retired -onbuild image",
    what: "Flags FROM images whose tag ends in `-onbuild` (`python:3-onbuild`, `node:8-onbuild`, …). Docker Hub deleted these variants, so the pull fails.",
    why: "The onbuild variants hid three steps in ONBUILD triggers: copy requirements.txt, install it, copy the code. They were deprecated in 2017 because that magic made images hard to understand, and were later removed. Older tutorials still start with them.",
    fix: "FROM python:3-onbuild  →  FROM python:3.12\nWORKDIR /usr/src/app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let image = st.image.text.to_lowercase();
        if st.parent.is_some() || image.contains('$') {
            continue;
        }
        let (name, tag) = match image.rsplit_once(':') {
            Some((n, t)) if !t.contains('/') => (n.to_string(), t.to_string()),
            _ => continue,
        };
        if !tag.ends_with("onbuild") {
            continue;
        }
        let short = hub::short_name(&name).to_string();
        let base = tag.trim_end_matches("onbuild").trim_end_matches('-');
        let replacement = if base.is_empty() { format!("{short}:latest") } else { format!("{short}:{base}") };
        // The catalog keeps the retired tags it knows, with the story of what happened.
        let known = matches!(hub::lookup(&short, &tag), Lookup::Retired(_));
        let why = if known {
            "Docker Hub deleted the -onbuild variants"
        } else {
            "the -onbuild variants were deprecated in 2017 and deleted from Docker Hub"
        };
        out.report(
            st.from.start_line,
            st.image.span,
            format!(
                "manifest for {short}:{tag} not found: manifest unknown: {why}; start from {replacement} and write the COPY and RUN steps yourself"
            ),
        );
    }
}
