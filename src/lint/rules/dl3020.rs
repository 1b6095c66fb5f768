//! DL3020: ADD for plain local files and folders; COPY says what it does.
use super::prelude::*;
use super::util::unquote;

super::rule!(Hadolint, "DL3020", Error, "Use COPY instead of ADD for files and folders",
    what: "Flags ADD whose sources are local files or folders (not URLs and not archives).",
    why: "ADD has hidden extras: it downloads URLs and unpacks local tar archives. For an ordinary file it does the same as COPY, but a reader has to wonder which behaviour you wanted. COPY does only one thing.",
    fix: "ADD app.py /app/  →  COPY app.py /app/");

/// Whether an ADD source is a URL.
pub fn is_url(s: &str) -> bool {
    let s = unquote(s);
    s.starts_with("http://") || s.starts_with("https://") || s.starts_with("git@") || s.starts_with("ftp://")
}

/// Whether a path names an archive that ADD would unpack.
pub fn is_archive(s: &str) -> bool {
    const EXT: &[&str] = &[
        ".tar", ".tar.bz2", ".tb2", ".tbz", ".tbz2", ".tar.gz", ".tgz", ".tar.lz", ".tlz", ".tar.lzma",
        ".tlzma", ".tar.xz", ".txz", ".tar.Z", ".tZ", ".tar.zst", ".tzst", ".zip", ".gz", ".bz2", ".xz",
        ".lz", ".lzma", ".Z", ".zst",
    ];
    EXT.iter().any(|e| unquote(s).ends_with(e))
}

fn check(cx: &Ctx, out: &mut Out) {
    for n in cx.of_kind(Keyword::Add) {
        let ins = n.effective();
        let Some((_, srcs)) = ins.args.split_last() else { continue };
        if srcs.iter().any(|s| !is_url(&s.text) && !is_archive(&s.text) && !s.text.starts_with("<<")) {
            let fix = (ins.keyword.text.len() == 3).then(|| {
                let upper = ins.keyword.text.chars().all(|c| c.is_ascii_uppercase());
                Fix::one("use COPY", ins.keyword.span, if upper { "COPY" } else { "copy" })
            });
            out.report_fix(n.line(), n.span(), "Use COPY instead of ADD for files and folders", fix);
        }
    }
}
