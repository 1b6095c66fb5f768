//! BuildKit's ExposeInvalidFormat: `EXPOSE 8080:80` or an IP address in EXPOSE.
use super::prelude::*;

super::rule!(Buildkit, "ExposeInvalidFormat", Warning, "EXPOSE takes container ports only",
    what: "Flags EXPOSE items with an IP address or a host-port mapping (`8080:80`, `127.0.0.1:80:80`).",
    why: "EXPOSE only names the ports the container listens on. Mapping a host port is `docker run -p`'s job; the image cannot choose ports on the machine it will run on.",
    fix: "EXPOSE 8080:5000  →  EXPOSE 5000   (and docker run -p 8080:5000)");

fn check(cx: &Ctx, out: &mut Out) {
    for n in cx.nodes.iter().filter(|n| n.ins.kind == Keyword::Expose) {
        for a in &n.ins.args {
            if a.text.contains(':') {
                let container = a.text.rsplit(':').next().unwrap_or("").to_string();
                let fix = (!container.is_empty()).then(|| Fix::one(format!("expose {container}"), a.span, container.clone()));
                out.report_fix(n.line(), a.span, format!("EXPOSE instruction should not define an IP address or host-port mapping, found '{}'", a.text), fix);
            }
        }
    }
}
