//! DL3011: EXPOSE of a port outside 0–65535.
use super::prelude::*;

super::rule!(Hadolint, "DL3011", Error, "Valid UNIX ports range from 0 to 65535",
    what: "Flags an EXPOSE port (or port range) above 65535.",
    why: "TCP and UDP ports are 16-bit numbers. A larger number is a typo, and Docker rejects it when the container starts.",
    fix: "EXPOSE 80000  →  EXPOSE 8000");

fn too_big(p: &str) -> bool {
    p.parse::<u64>().is_ok_and(|v| v > 65535)
}

fn check(cx: &Ctx, out: &mut Out) {
    for n in cx.of_kind(Keyword::Expose) {
        let bad = n.effective().args.iter().any(|a| {
            let port = a.text.split('/').next().unwrap_or("");
            match port.split_once('-') {
                Some((lo, hi)) => too_big(lo) || too_big(hi),
                None => too_big(port),
            }
        });
        if bad {
            out.report(n.line(), n.span(), "Valid UNIX ports range from 0 to 65535");
        }
    }
}
