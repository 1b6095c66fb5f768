//! BuildKit's CopyIgnoredFile: COPY or ADD of a path `.dockerignore` excludes.
use super::prelude::*;

super::rule!(Buildkit, "CopyIgnoredFile", Warning, "COPY of a file that .dockerignore excludes",
    what: "Flags COPY and ADD sources from the build context that the `.dockerignore` excludes (sources from other stages and URLs are not checked).",
    why: "An excluded file is never sent to the builder, so the COPY fails with \"not found\", or a wildcard silently copies less than you expect.",
    fix: ".dockerignore: *.txt\nCOPY requirements.txt .  →  add !requirements.txt to .dockerignore");

fn check(cx: &Ctx, out: &mut Out) {
    let Some(ignore) = cx.dockerignore else { return };
    for n in &cx.nodes {
        let ins = n.ins;
        if !matches!(ins.kind, Keyword::Copy | Keyword::Add) || ins.flags.iter().any(|f| f.name() == "from") {
            continue;
        }
        let Some((_, srcs)) = ins.args.split_last() else { continue };
        for s in srcs {
            let t = super::util::unquote(&s.text);
            if t.starts_with("<<") || t.contains("://") || t.contains('$') || t.contains(['*', '?', '[']) {
                continue;
            }
            let path = crate::dockerfile::ignore::clean(t);
            if path != "." && ignore.excludes(&path) {
                let cmd = if ins.kind == Keyword::Copy { "Copy" } else { "Add" };
                out.report(n.line(), s.span, format!("Attempting to {cmd} file {} that is excluded by .dockerignore", crate::dockerfile::dump::go_quote(t)));
            }
        }
    }
}
