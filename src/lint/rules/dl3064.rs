//! DL3064: ARG or ENV names that look like secrets.
use super::prelude::*;

super::rule!(Hadolint, "DL3064", Warning, "Sensitive data in ARG or ENV",
    what: "Flags ARG and ENV whose names look like credentials: well-known names such as `POSTGRES_PASSWORD` or `GITHUB_TOKEN`, and names containing password, secret, token, private, username, api_key or client_key.",
    why: "ARG and ENV values are stored in the image: anyone who pulls it can read them with `docker history` or `docker inspect`. Secrets belong in a build secret (`RUN --mount=type=secret`) or in the container's runtime environment.",
    fix: "ENV SECRET_KEY=dev  →  pass it at run time: docker run -e SECRET_KEY=… (and read it in the app)");

const KNOWN: &[&str] = &[
    "ACCESS_TOKEN", "APPLICATION_KEY", "APP_SECRET", "AUTH_TOKEN", "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY", "BITTREX_API_KEY", "BITTREX_API_SECRET", "CF_PASSWORD", "CF_USERNAME",
    "CIRCLE_TOKEN", "CI_DEPLOY_PASSWORD", "CI_DEPLOY_USER", "DOCKERHUB_PASSWORD", "DOCKER_EMAIL",
    "DOCKER_PASSWORD", "DOCKER_USERNAME", "FACEBOOK_ACCESS_TOKEN", "FACEBOOK_APP_ID",
    "FACEBOOK_APP_SECRET", "FIREBASE_API_TOKEN", "FIREBASE_TOKEN", "FOSSA_API_KEY",
    "GH_ENTERPRISE_TOKEN", "GH_TOKEN", "GITHUB_ENTERPRISE_TOKEN", "GITHUB_TOKEN", "HEROKU_API_KEY",
    "HEROKU_API_USER", "NPM_AUTH_TOKEN", "NPM_TOKEN", "OKTA_AUTHN_GROUPID", "OKTA_CLIENT_ORGURL",
    "OKTA_CLIENT_TOKEN", "OKTA_OAUTH2_CLIENTID", "OKTA_OAUTH2_CLIENTSECRET", "OPENAI_API_KEY",
    "OS_PASSWORD", "OS_USERNAME", "POSTGRES_PASSWORD", "SLACK_TOKEN", "STRIPE_API_KEY",
    "STRIPE_DEVICE_NAME", "TRAVIS_OS_NAME", "TRAVIS_SECURE_ENV_VARS", "TRAVIS_SUDO",
    "VAULT_CLIENT_KEY", "VAULT_TOKEN",
];
const PARTS: &[&str] = &["api_key", "client_key", "password", "private", "secret", "token", "username"];

/// Whether hadolint considers the name sensitive.
pub fn sensitive(name: &str) -> bool {
    if name.is_ascii() {
        // The same test without the case-mapped copies (ASCII case rules are the whole story).
        let b = name.as_bytes();
        return KNOWN.iter().any(|k| k.eq_ignore_ascii_case(name))
            || PARTS.iter().any(|p| b.windows(p.len()).any(|w| w.eq_ignore_ascii_case(p.as_bytes())));
    }
    let lower = name.to_lowercase();
    KNOWN.contains(&name.to_uppercase().as_str()) || PARTS.iter().any(|p| lower.contains(p))
}

fn check(cx: &Ctx, out: &mut Out) {
    for n in &cx.nodes {
        let ins = n.effective();
        let names: Vec<&str> = match ins.kind {
            Keyword::Env => ins.args.chunks(3).map(|kv| kv[0].text.as_str()).collect(),
            Keyword::Arg => ins.args.iter().map(|a| a.text.split('=').next().unwrap_or("")).collect(),
            _ => continue,
        };
        if names.iter().any(|n| sensitive(n)) {
            out.report(n.line(), n.span(), "Potentially sensitive data should not be used in the `ARG` or `ENV` commands");
        }
    }
}
