//! The golden suite under `tests/data/dockerfile/`: every input file next to its `.expect`.
//!
//! Input kinds, by extension:
//! - `.Dockerfile`: the dump, the tree (spans, flags, args, heredocs), typed stages, diagnostics;
//! - `.words`: one word a line, expanded in both modes with a fixed environment;
//! - `.refs`: one image reference a line, normalised or rejected;
//! - `.dockerignore` with a sibling `.paths`: which paths are excluded.

use crate::golden::{assert_golden, data_dir};
use layerlab::diag::Severity;
use layerlab::dockerfile::instructions::{self, line_prefix};
use layerlab::dockerfile::{dump, ignore, parse, reference, words, ItemKind};
use layerlab::text::{LineIndex, Span};
use std::fmt::Write;
use std::path::{Path, PathBuf};

fn show(src: &str, s: Span) -> String {
    format!("{}..{} {:?}", s.start, s.end, s.text(src))
}

fn render_dockerfile(src: &str) -> String {
    let p = parse(src);
    let mut out = String::from("== dump\n");
    out.push_str(&dump::dump(&p.file));
    out.push_str("== tree\n");
    for d in &p.file.directives {
        let _ = writeln!(
            out,
            "directive {}={:?} at {}",
            d.name,
            d.value,
            show(src, d.value_span)
        );
    }
    for item in &p.file.items {
        match &item.kind {
            ItemKind::Instruction(ins) => {
                let _ = writeln!(
                    out,
                    "{}-{} {}..{} keyword {} json={}",
                    ins.start_line,
                    ins.end_line,
                    item.span.start,
                    item.span.end,
                    show(src, ins.keyword.span),
                    ins.json
                );
                for f in &ins.flags {
                    let _ = writeln!(out, "  flag {:?} at {}", f.text, show(src, f.span));
                }
                for a in &ins.args {
                    let _ = writeln!(out, "  arg {:?} at {}", a.text, show(src, a.span));
                }
                if let Some(t) = &ins.trigger {
                    let _ = writeln!(out, "  trigger {}", dump::dump_instruction(t));
                }
                for h in &ins.heredocs {
                    let _ = writeln!(
                        out,
                        "  heredoc {:?} expand={} chomp={} content={:?} chomped={:?}",
                        h.name,
                        h.expand,
                        h.chomp,
                        h.content,
                        h.chomped()
                    );
                }
                for c in &ins.comments {
                    let _ = writeln!(out, "  comment {}", show(src, *c));
                }
            }
            other => {
                let kind = match other {
                    ItemKind::Bom => "bom",
                    ItemKind::Blank => "blank",
                    ItemKind::Comment => "comment",
                    _ => "directive",
                };
                let _ = writeln!(out, "{kind} {}..{}", item.span.start, item.span.end);
            }
        }
    }
    let df = instructions::check(src, &p);
    out.push_str("== stages\n");
    for a in &df.meta_args {
        let _ = writeln!(out, "meta arg {} = {:?}", a.name, a.default);
    }
    for s in &df.stages {
        let _ = writeln!(
            out,
            "stage {} {:?} from {:?} ({} commands)",
            s.index,
            s.name,
            s.base.text,
            s.commands.len()
        );
        for c in &s.commands {
            let _ = writeln!(out, "  line {}: {:?}", c.line, c.kind);
        }
    }
    out.push_str("== diagnostics\n");
    let index = LineIndex::new(src);
    for d in &df.diagnostics {
        let line = index.line_col(src, d.span().start).line;
        let prefix = if d.code == "instruction" {
            line_prefix(line)
        } else {
            String::new()
        };
        let sev = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let _ = writeln!(out, "{sev}[{}] line {line}: {prefix}{}", d.code, d.message);
    }
    out
}

fn render_words(src: &str, escape: char) -> String {
    let env: Vec<(String, String)> = vec![
        ("V".into(), "abcabc".into()),
        ("EMPTY".into(), String::new()),
        ("SP".into(), " two  words ".into()),
        ("K".into(), "한국어".into()),
    ];
    let mut out =
        format!("# escape {escape:?}; environment: V=abcabc EMPTY= SP=' two  words ' K=한국어\n");
    for line in src.lines() {
        let one = match words::expand_word(line, escape, &env) {
            Ok(v) => format!("{v:?}"),
            Err(e) => format!("error: {e}"),
        };
        let many = match words::expand_words(line, escape, &env) {
            Ok(v) => format!("{v:?}"),
            Err(_) => "error".to_string(),
        };
        let _ = writeln!(out, "{line}\n  word:  {one}\n  words: {many}");
    }
    out
}

fn render_refs(src: &str) -> String {
    let mut out = String::new();
    for line in src.lines() {
        match reference::parse_normalized(line) {
            Ok(r) => {
                let _ = writeln!(out, "{line} => {} (familiar {})", r.full(), r.familiar());
            }
            Err(e) => {
                let _ = writeln!(out, "{line} => error: {e}");
            }
        }
    }
    out
}

fn render_ignore(src: &str, paths: &str) -> String {
    let ig = ignore::Ignore::parse(src);
    let mut out = String::from("patterns:\n");
    for p in &ig.patterns {
        let _ = writeln!(
            out,
            "  line {}: {}{}",
            p.line,
            if p.exclusion { "!" } else { "" },
            p.text
        );
    }
    out.push_str("paths:\n");
    for p in paths.lines() {
        let _ = writeln!(
            out,
            "  {p}: {}{}",
            if ig.matches(p) {
                "excluded"
            } else {
                "included"
            },
            if ig.sends(p, "Dockerfile") && ig.matches(p) {
                " (still sent to the builder)"
            } else {
                ""
            }
        );
    }
    out
}

/// The one helper: render the input at `path` by its kind and compare with `<path>.expect`.
fn check(path: &Path) {
    let rel = path
        .strip_prefix(data_dir())
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/");
    let src = std::fs::read_to_string(path).expect("read input");
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    let actual = match ext {
        "Dockerfile" => render_dockerfile(&src),
        "words" => render_words(&src, if rel.contains("backtick") { '`' } else { '\\' }),
        "refs" => render_refs(&src),
        "dockerignore" => {
            let paths = std::fs::read_to_string(path.with_extension("paths")).unwrap_or_default();
            render_ignore(&src, &paths)
        }
        _ => return,
    };
    assert_golden(&format!("{rel}.expect"), &actual);
}

fn inputs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            inputs(&p, out);
        } else if !p.to_string_lossy().ends_with(".expect")
            && !p.to_string_lossy().ends_with(".paths")
        {
            out.push(p);
        }
    }
}

#[test]
fn golden_suite() {
    let mut all = Vec::new();
    inputs(&data_dir().join("dockerfile"), &mut all);
    assert!(
        all.len() > 60,
        "the golden suite looks incomplete: {} inputs",
        all.len()
    );
    for p in &all {
        check(p);
    }
}
