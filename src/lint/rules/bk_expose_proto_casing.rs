//! BuildKit's ExposeProtoCasing: `EXPOSE 80/TCP`.
use super::prelude::*;

super::rule!(Buildkit, "ExposeProtoCasing", Warning, "EXPOSE protocols should be lowercase",
    what: "Flags EXPOSE ports whose protocol is not lower case (`80/TCP`).",
    why: "Docker lower-cases the protocol anyway; writing `tcp`/`udp` keeps the file consistent with what `docker inspect` shows.",
    fix: "EXPOSE 53/UDP  →  EXPOSE 53/udp");

fn check(cx: &Ctx, out: &mut Out) {
    for n in cx.nodes.iter().filter(|n| n.ins.kind == Keyword::Expose) {
        for a in &n.ins.args {
            if let Some((_, proto)) = a.text.split_once('/') {
                if proto != proto.to_lowercase() {
                    let fix = Fix::one("lower-case the protocol", a.span, a.text.to_lowercase());
                    out.report_fix(n.line(), a.span, format!("Defined protocol '{}' in EXPOSE instruction should be lowercase", a.text), Some(fix));
                }
            }
        }
    }
}
