//! DL3000: WORKDIR should be an absolute path.
use super::prelude::*;
use super::util::unquote;

super::rule!(Hadolint, "DL3000", Error, "Use an absolute WORKDIR",
    what: "Flags a WORKDIR whose path does not start with `/` (or a variable, or a Windows drive).",
    why: "A relative WORKDIR is resolved against whatever directory the base image happened to leave you in. Change the base image and your files land somewhere else.",
    fix: "WORKDIR app  →  WORKDIR /app");

/// Whether a WORKDIR path counts as absolute for hadolint.
pub fn absolute(path: &str) -> bool {
    let p = unquote(path);
    let b = p.as_bytes();
    p.starts_with('/')
        || p.starts_with('$')
        || (b.len() >= 3 && b[0].is_ascii_alphabetic() && b[1] == b':' && (b[2] == b'\\' || b[2] == b'/'))
}

fn check(cx: &Ctx, out: &mut Out) {
    for n in cx.nodes.iter().filter(|n| n.ins.kind == Keyword::Workdir) {
        let ins = n.ins;
        let Some(arg) = ins.args.first() else { continue };
        if !absolute(&arg.text) {
            let fixed = format!("/{}", unquote(&arg.text).trim_start_matches("./"));
            out.report_fix(n.line(), arg.span, "Use absolute WORKDIR",
                Some(Fix::one(format!("use {fixed}"), arg.span, fixed)));
        }
    }
}
