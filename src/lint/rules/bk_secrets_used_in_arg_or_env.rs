//! BuildKit's SecretsUsedInArgOrEnv: ARG or ENV names that look like secrets.
use super::prelude::*;

super::rule!(Buildkit, "SecretsUsedInArgOrEnv", Warning, "Sensitive data in ARG or ENV",
    what: "Flags ARG and ENV names with a word such as key, secret, password, passwd, pword, token, auth, credential(s) or apikey between underscores (`SECRET_KEY`, `DB_PASSWORD`); names with a `public` part are left alone.",
    why: "ARG and ENV values end up in the image's metadata and history, where anyone who can pull the image can read them. Use `RUN --mount=type=secret` for build-time secrets and pass runtime secrets when the container starts.",
    fix: "ENV SECRET_KEY=dev  →  docker run -e SECRET_KEY=… my-image");

const WORDS: &[&str] = &["apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd", "secret", "token"];

/// Whether BuildKit would call the name a secret.
pub fn is_secret(name: &str) -> bool {
    if name.is_ascii() {
        // The same test without the lower-cased copy (ASCII case rules are the whole story).
        let is = |p: &str, w: &str| p.eq_ignore_ascii_case(w);
        return name.split('_').any(|p| WORDS.iter().any(|w| is(p, w))) && !name.split('_').any(|p| is(p, "public"));
    }
    let lower = name.to_lowercase();
    let parts: Vec<&str> = lower.split('_').collect();
    parts.iter().any(|p| WORDS.contains(p)) && !parts.contains(&"public")
}

fn check(cx: &Ctx, out: &mut Out) {
    for n in &cx.nodes {
        let ins = n.ins;
        let names: Vec<&Token> = match ins.kind {
            Keyword::Env => ins.args.chunks(3).map(|kv| &kv[0]).collect(),
            Keyword::Arg => ins.args.iter().collect(),
            _ => continue,
        };
        for t in names {
            let name = t.text.split('=').next().unwrap_or("");
            if is_secret(name) {
                out.report(n.line(), t.span, format!("Do not use ARG or ENV instructions for sensitive data ({} {})", ins.kind.name(), crate::dockerfile::dump::go_quote(name)));
            }
        }
    }
}
