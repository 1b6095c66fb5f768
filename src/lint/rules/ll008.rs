//! LL008: `apk add py2-pip` (Python 2) on an Alpine that no longer has it.
use super::prelude::*;
use crate::internet::apk;

super::rule!(Teaching, "LL008", Error, "py2-pip does not exist on modern Alpine",
    what: "Flags `apk add py2-pip` (and other `py2-` packages) when the base is an Alpine release whose index has no such package: everything since Python 2 was dropped.",
    why: "Python 2 reached its end of life in 2020 and Alpine removed its packages. Tutorials from 2017 install `py2-pip` on `alpine:3.5`; on a current Alpine apk answers \"unsatisfiable constraints\" and the build stops.",
    fix: "RUN apk add --update py2-pip  →  RUN apk add --no-cache python3 py3-pip");

/// The Alpine release of a stage's base (`3.20`), when known.
fn release(st: &StageInfo) -> Option<String> {
    if let Some(img) = st.catalog {
        if img.os.family == crate::internet::hub::OsFamily::Alpine {
            return Some(img.os.release.to_string());
        }
    }
    let (_, tag) = st.image.text.split_once(':')?;
    let v: Vec<&str> = tag.split('.').take(2).collect();
    (st.image.text.starts_with("alpine") && v.len() == 2).then(|| v.join("."))
}

fn missing(rel: &str, pkg: &str) -> bool {
    match apk::release(rel) {
        Some(r) => r.package(pkg).is_none(),
        None => {
            // Not in the compiled-in indexes: Python 2 packages went away in Alpine 3.12.
            let mut it = rel.split('.').map(|p| p.parse::<u32>().unwrap_or(0));
            let (maj, min) = (it.next().unwrap_or(0), it.next().unwrap_or(0));
            (maj, min) >= (3, 12)
        }
    }
}

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let Some(st) = n.stage.and_then(|i| cx.stages.get(i)) else { continue };
        if st.family != Family::Alpine {
            continue;
        }
        let rel = release(st).unwrap_or_else(|| "3.20".to_string());
        for c in s.named("apk") {
            let pkgs = super::util::packages_after(c, &["add"], super::dl3018::APK_VALUE_FLAGS);
            if let Some(p) = pkgs.iter().find(|p| p.starts_with("py2-") || **p == "python2") {
                if missing(&rel, p) {
                    out.report(
                        n.line(),
                        n.span(),
                        format!("ERROR: unsatisfiable constraints: {p} (no such package) on Alpine {rel}: Python 2 is gone; install python3 and py3-pip instead"),
                    );
                    break;
                }
            }
        }
    }
}
