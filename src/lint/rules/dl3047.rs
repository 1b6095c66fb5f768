//! DL3047: `wget` without a progress option floods the build log.
use super::prelude::*;

super::rule!(Hadolint, "DL3047", Info, "Use wget with a quiet progress bar",
    what: "Flags `wget` without `--progress`, `-q`/`--quiet`, `-nv`/`--no-verbose` or an output log option.",
    why: "In a build log wget's bar prints a new line for every update; a large download writes thousands of lines that bury the useful output.",
    fix: "RUN wget https://example.com/app.tgz  →  RUN wget --progress=dot:giga https://example.com/app.tgz");

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let bad = s.named("wget").any(|c| {
            !c.args.iter().any(|a| {
                a.starts_with("--progress")
                    || a.starts_with("--output-file")
                    || a.starts_with("--append-output")
                    || matches!(a.as_str(), "-q" | "--quiet" | "-nv" | "--no-verbose" | "-o" | "-a")
            }) && !c.has_short('q')
        });
        if bad {
            out.report(n.line(), n.span(), "Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).");
        }
    }
}
