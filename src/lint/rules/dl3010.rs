//! DL3010: a local archive is COPY'd and then unpacked by a RUN; ADD would do both.
use super::prelude::*;
use super::util::unquote;

super::rule!(Hadolint, "DL3010", Info, "Use ADD for extracting archives",
    what: "Flags a COPY of a local tar archive (`.tar`, `.tar.gz`, `.tgz`, `.tar.xz`, …) that a later RUN in the same stage unpacks with tar or unzip.",
    why: "ADD unpacks a local tar archive as it copies it, in one layer. COPY then `tar -x` keeps the archive in one layer and its contents in another, so the image carries both.",
    fix: "COPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt  →  ADD app.tar.gz /opt/");

const EXT: &[&str] = &[
    ".tar", ".tar.bz2", ".tb2", ".tbz", ".tbz2", ".tar.gz", ".tgz", ".tar.lz", ".tlz", ".tar.lzma",
    ".tlzma", ".tar.xz", ".txz", ".tar.Z", ".tZ", ".tar.zst", ".tzst",
];

fn basename(p: &str) -> &str {
    let p = unquote(p);
    p.rsplit(['/', '\\']).next().unwrap_or(p)
}

fn is_archive(p: &str) -> bool {
    let p = unquote(p);
    EXT.iter().any(|e| p.ends_with(e))
}

fn extracts(c: &Cmd) -> bool {
    const UNZIP: &[&str] = &["unzip", "gunzip", "bunzip2", "unlzma", "unxz", "zgz", "uncompress", "zcat", "gzcat"];
    (c.name == "tar"
        && c.args.iter().any(|a| {
            a == "--extract" || a == "--get" || (a.starts_with('-') && !a.starts_with("--") && a.contains('x'))
        }))
        || UNZIP.contains(&c.name.as_str())
}

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        // (line, span, archive basename)
        let mut archives: Vec<(usize, Span, String)> = Vec::new();
        let mut hits: Vec<(usize, Span)> = Vec::new();
        for n in cx.stage_nodes(st.index) {
            let ins = n.ins;
            if ins.kind == Keyword::Copy && !ins.flags.iter().any(|f| f.name() == "from") && ins.args.len() >= 2 {
                let Some((dest, srcs)) = ins.args.split_last() else {
                    continue;
                };
                if is_archive(&dest.text) {
                    archives.push((n.line(), n.span(), basename(&dest.text).to_string()));
                } else {
                    for s in srcs.iter().filter(|s| is_archive(&s.text)) {
                        archives.push((n.line(), n.span(), basename(&s.text).to_string()));
                    }
                }
            }
            if let Some(s) = &n.script {
                for c in s.cmds.iter().filter(|c| extracts(c)) {
                    let names: Vec<&str> = c.operands(&[]).into_iter().map(basename).collect();
                    for (line, span, a) in &archives {
                        if names.contains(&a.as_str()) && !hits.iter().any(|(l, _)| l == line) {
                            hits.push((*line, *span));
                        }
                    }
                }
            }
        }
        for (line, span) in hits {
            out.report(line, span, "Use `ADD` for extracting archives into an image");
        }
    }
}
