//! DL3062: `go install` without `@version`.
use super::prelude::*;

super::rule!(Hadolint, "DL3062", Warning, "Pin versions in go install",
    what: "Flags `go install PACKAGE` (also `go get`, `go run`) where the package has no `@version`.",
    why: "Without a version Go fetches the newest release at build time, so rebuilding the same Dockerfile can give a different binary.",
    fix: "RUN go install golang.org/x/tools/gopls  →  RUN go install golang.org/x/tools/gopls@v0.16.2");

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let bad = s.named("go").any(|c| {
            let ops = c.operands(&["-o", "-C", "-modfile", "-tags", "-ldflags", "-gcflags"]);
            match ops.split_first() {
                Some((sub, pkgs)) if matches!(*sub, "install" | "get" | "run") => {
                    pkgs.iter().any(|p| !p.contains('@') && !p.starts_with('.') && !p.starts_with('$') && p.contains('/'))
                }
                _ => false,
            }
        });
        if bad {
            out.report(n.line(), n.span(), "Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`");
        }
    }
}
