//! DL3028: `gem install` without a pinned version.
use super::prelude::*;

super::rule!(Hadolint, "DL3028", Warning, "Pin versions in gem install",
    what: "Flags `gem install NAME` without `NAME:version` or `-v`/`--version`.",
    why: "An unpinned gem resolves to the newest release at build time, so rebuilding the same Dockerfile can give a different image.",
    fix: "RUN gem install rails  →  RUN gem install rails:7.1.3");

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let bad = s.named("gem").any(|c| {
            if c.has_any(&["-v", "--version"]) || c.args.iter().any(|a| a.starts_with("--version=")) {
                return false;
            }
            let ops = c.operands(&["-v", "--version", "-i", "--install-dir", "-n", "--bindir", "-s", "--source"]);
            match ops.split_first() {
                Some((&"install", gems)) => gems.iter().any(|g| !g.contains(':') && !g.starts_with('$')),
                _ => false,
            }
        });
        if bad {
            out.report(n.line(), n.span(), "Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`");
        }
    }
}
