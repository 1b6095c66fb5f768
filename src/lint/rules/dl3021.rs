//! DL3021: COPY of several sources to a destination that is not a folder.
use super::prelude::*;
use super::util::unquote;

super::rule!(Hadolint, "DL3021", Error, "COPY to a folder needs a trailing slash",
    what: "Flags COPY with two or more sources whose destination does not end in `/`.",
    why: "With several sources the destination has to be a directory, and Docker insists it is written with a trailing `/`; otherwise the build stops with an error.",
    fix: "COPY app.py requirements.txt /app  →  COPY app.py requirements.txt /app/");

fn check(cx: &Ctx, out: &mut Out) {
    for n in cx.of_kind(Keyword::Copy) {
        let ins = n.effective();
        if ins.args.len() <= 2 {
            continue;
        }
        let Some(dest) = ins.args.last() else { continue };
        if !unquote(&dest.text).ends_with('/') {
            let fix = (!ins.json).then(|| Fix::one("add a trailing /", Span::empty(dest.span.end), "/"));
            out.report_fix(n.line(), n.span(), "COPY with more than 2 arguments requires the last argument to end with /", fix);
        }
    }
}
