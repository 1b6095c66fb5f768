//! DL3016: `npm install` of packages without pinned versions.
use super::prelude::*;

super::rule!(Hadolint, "DL3016", Warning, "Pin versions in npm",
    what: "Flags `npm install NAME` (also `npm i`, `npm add`) where a package has no `@version`. A bare `npm install` (from package.json), paths, tarballs and git URLs are fine.",
    why: "An unpinned npm package resolves to the newest release at build time, so the image changes without the Dockerfile changing.",
    fix: "RUN npm install express  →  RUN npm install express@4.19.2");

fn pinned(p: &str) -> bool {
    let p = super::util::unquote(p);
    // Like hadolint, any `@` counts as a version, so a bare scoped name (`@types/node`) passes.
    p.contains('@')
        || p.contains("://")
        || p.starts_with("git")
        || p.starts_with('.')
        || p.starts_with('/')
        || p.starts_with('~')
        || p.starts_with('$')
        || p.ends_with(".tgz")
        || p.ends_with(".tar.gz")
        || p.ends_with(".tar")
        || (p.contains('/') && !p.starts_with('@'))
}

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let bad = s.named("npm").any(|c| {
            let ops = c.operands(&["--prefix", "--registry", "--cache", "-w", "--workspace", "--tag"]);
            match ops.split_first() {
                Some((sub, pkgs)) if matches!(*sub, "install" | "i" | "add") => pkgs.iter().any(|p| !pinned(p)),
                _ => false,
            }
        });
        if bad {
            out.report(n.line(), n.span(), "Pin versions in npm. Instead of `npm install <package>` use `npm install <package>@<version>`");
        }
    }
}
