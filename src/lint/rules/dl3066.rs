//! DL3066: USER given by name rather than numeric id.
use super::prelude::*;
use super::util::unquote;

super::rule!(Hadolint, "DL3066", Info, "Use a numeric user id",
    what: "Flags USER with a name (`USER app`) instead of a numeric id (`USER 1000`).",
    why: "Kubernetes and other runtimes that enforce \"run as non-root\" can only check a number; a name has to be looked up in the image's /etc/passwd, which the host cannot do.",
    fix: "USER app  →  USER 1000:1000");

fn check(cx: &Ctx, out: &mut Out) {
    for n in cx.of_kind(Keyword::User) {
        let Some(arg) = n.effective().args.first() else { continue };
        let user = unquote(&arg.text);
        let name = user.split(':').next().unwrap_or(user);
        if !name.starts_with('$') && !name.bytes().all(|b| b.is_ascii_digit()) {
            out.report(n.line(), arg.span, "Non-numeric user-id may not be resolvable by host system");
        }
    }
}
