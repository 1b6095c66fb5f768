//! Inline suppression: hadolint's `# hadolint ignore=…` (the next instruction) and
//! `# hadolint global ignore=…` (the whole file), and BuildKit's `# check=skip=…;error=true`.

use super::{Ctx, Origin, Rule};
use crate::dockerfile::ItemKind;

/// What the comments and the `check` directive switch off.
#[derive(Debug, Default)]
pub struct Suppressions {
    /// (instruction line, codes) from `# hadolint ignore=` on the line before.
    per_line: Vec<(usize, Vec<String>)>,
    /// Codes from `# hadolint global ignore=`.
    global: Vec<String>,
    /// BuildKit check names from `# check=skip=` (`all` skips every check).
    skip: Vec<String>,
    /// `# check=error=true`: BuildKit findings become errors.
    pub checks_are_errors: bool,
}

/// The codes of a `hadolint ignore=` or `hadolint global ignore=` comment.
fn pragma(comment: &str) -> Option<(bool, Vec<String>)> {
    let body = comment.trim_start().strip_prefix('#')?.trim_start();
    let body = body.strip_prefix("hadolint")?;
    if !body.starts_with(char::is_whitespace) {
        return None;
    }
    let body = body.trim_start();
    let (global, rest) = match body.strip_prefix("global") {
        Some(r) if r.starts_with(char::is_whitespace) => (true, r.trim_start()),
        _ => (false, body),
    };
    let list = rest.strip_prefix("ignore=")?;
    let codes = list
        .split(',')
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty() && c.chars().all(|ch| ch.is_ascii_alphanumeric()))
        .collect();
    Some((global, codes))
}

impl Suppressions {
    /// Read the pragmas of a file.
    pub fn new(cx: &Ctx) -> Suppressions {
        let mut s = Suppressions::default();
        for item in &cx.file.items {
            if !matches!(item.kind, ItemKind::Comment) {
                continue;
            }
            let text = item.span.text(cx.src);
            if let Some((global, codes)) = pragma(text) {
                if global {
                    s.global.extend(codes);
                } else {
                    let line = cx.lines.line_col(cx.src, item.span.start).line;
                    s.per_line.push((line + 1, codes));
                }
            }
        }
        // A comment inside an instruction's continuation also counts for the next line.
        for n in &cx.nodes {
            for c in &n.ins.comments {
                if let Some((global, codes)) = pragma(c.text(cx.src)) {
                    if global {
                        s.global.extend(codes);
                    }
                }
            }
        }
        if let Some(v) = cx.file.directive("check") {
            for part in v.split(';') {
                let (k, val) = part.split_once('=').unwrap_or((part, ""));
                match k.trim() {
                    "skip" => s.skip.extend(val.split(',').map(|x| x.trim().to_string())),
                    "error" => s.checks_are_errors = val.trim() == "true",
                    _ => {}
                }
            }
        }
        s
    }

    /// Whether a whole rule is switched off for the file.
    pub fn skips_rule(&self, rule: &Rule) -> bool {
        self.global.iter().any(|c| c == rule.code)
            || (rule.origin == Origin::Buildkit
                && self
                    .skip
                    .iter()
                    .any(|c| c == rule.code || c.eq_ignore_ascii_case("all")))
    }

    /// Whether a finding of `rule` at `line` is suppressed by a comment.
    pub fn ignores(&self, rule: &Rule, line: usize) -> bool {
        self.per_line
            .iter()
            .any(|(l, codes)| *l == line && codes.iter().any(|c| c == rule.code))
    }
}
