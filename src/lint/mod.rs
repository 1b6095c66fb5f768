//! The Dockerfile linter: hadolint's DL rules, BuildKit's build checks and layerlab's teaching
//! rules, one rule per file under `rules/`, with inline suppression, explanations and fixes.
//!
//! [`lint`] runs every rule over one Dockerfile and returns [`Finding`]s sorted by line. The
//! core does no I/O: the `.dockerignore` text, if any, comes in through [`Options`].

pub mod context;
pub mod output;
pub mod rules;
pub mod shell;
mod suppress;

use crate::diag::{Diagnostic, Label, Severity};
use crate::dockerfile::ignore::Ignore;
use crate::text::Span;
pub use context::Ctx;
use serde::Serialize;

/// How serious a finding is, with hadolint's five levels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Not reported (hadolint's opt-in rules).
    Ignore,
    /// A matter of taste.
    Style,
    /// Worth knowing.
    Info,
    /// Probably a mistake.
    Warning,
    /// Breaks the build or the image.
    Error,
}

impl Level {
    /// The lower-case word hadolint prints.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Ignore => "ignore",
            Level::Style => "style",
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }

    /// Parse a level word as `--failure-threshold` accepts it (`none` means never fail).
    pub fn parse(word: &str) -> Option<Level> {
        Some(match word {
            "error" => Level::Error,
            "warning" => Level::Warning,
            "info" => Level::Info,
            "style" => Level::Style,
            "ignore" | "none" => Level::Ignore,
            _ => return None,
        })
    }

    /// The diagnostic severity shown in code frames (style counts as info).
    pub fn severity(self) -> Severity {
        match self {
            Level::Error => Severity::Error,
            Level::Warning => Severity::Warning,
            _ => Severity::Info,
        }
    }
}

/// Where a rule comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// A hadolint `DL` rule, with hadolint's code, level and message.
    Hadolint,
    /// One of BuildKit's build checks (`docker build --check`), under its name.
    Buildkit,
    /// A layerlab teaching rule (`LL` codes) for mistakes neither tool reports.
    Teaching,
}

/// What a rule is for, in plain words: the UI shows it in hovers and on the rule page.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Explain {
    /// What the rule looks for.
    pub what: &'static str,
    /// Why it matters.
    pub why: &'static str,
    /// A before/after example of the fix (Dockerfile lines).
    pub fix: &'static str,
}

/// One rule.
pub struct Rule {
    /// The code (`DL3008`, `LL001`) or, for BuildKit checks, the check's name.
    pub code: &'static str,
    /// The default level.
    pub level: Level,
    /// hadolint, BuildKit or teaching.
    pub origin: Origin,
    /// A one-line title.
    pub title: &'static str,
    /// The long explanation.
    pub explain: Explain,
    /// Whether the rule needs configuration that the playground never has (hadolint's
    /// label-schema and trusted-registry rules): it is listed but can never fire.
    pub needs_config: bool,
    /// The check itself.
    pub check: fn(&Ctx, &mut Out),
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule").field("code", &self.code).finish()
    }
}

/// One text replacement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Edit {
    /// The bytes to replace (empty for an insertion).
    pub span: Span,
    /// The new text.
    pub replacement: String,
}

/// A mechanical fix the editor can apply: one or more non-overlapping edits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// What applying it does, e.g. "add --no-cache-dir".
    pub title: String,
    /// The edits, in source order.
    pub edits: Vec<Edit>,
}

impl Fix {
    /// A fix with one edit.
    pub fn one(title: impl Into<String>, span: Span, replacement: impl Into<String>) -> Fix {
        Fix {
            title: title.into(),
            edits: vec![Edit {
                span,
                replacement: replacement.into(),
            }],
        }
    }

    /// Apply the fix to `src` (edits that do not fit are skipped).
    pub fn apply(&self, src: &str) -> String {
        let mut edits = self.edits.clone();
        crate::sort::sort_by_key(&mut edits, |e| (e.span.start, e.span.end));
        let mut out = String::with_capacity(src.len() + 16);
        let mut at = 0;
        for e in edits {
            if e.span.start < at || src.get(e.span.start..e.span.end).is_none() {
                continue;
            }
            out.push_str(&src[at..e.span.start]);
            out.push_str(&e.replacement);
            at = e.span.end;
        }
        out.push_str(&src[at..]);
        out
    }
}

/// One finding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The rule's code.
    pub code: &'static str,
    /// The level after `# check=error=true` and overrides.
    pub level: Level,
    /// The first line of the instruction, from 1 (hadolint's `line`).
    pub line: usize,
    /// The bytes the finding points at.
    pub span: Span,
    /// The message, in the real tool's words for hadolint and BuildKit rules.
    pub message: String,
    /// A mechanical fix, if there is one.
    pub fix: Option<Fix>,
}

impl Finding {
    /// The finding as a diagnostic for the code-frame renderer and the editor.
    pub fn to_diagnostic(&self) -> Diagnostic {
        let mut d = Diagnostic::new(self.level.severity(), self.code, &self.message, self.span);
        if let Some(f) = &self.fix {
            d.help = Some(f.title.clone());
            if let Some(e) = f.edits.first() {
                if e.span != self.span {
                    d.labels.push(Label {
                        span: e.span,
                        message: "fix applies here".to_string(),
                    });
                }
            }
        }
        d
    }
}

/// Where a running rule puts its findings.
pub struct Out {
    rule: &'static Rule,
    found: Vec<Finding>,
}

impl Out {
    /// Report at an instruction's first line, pointing at `span`.
    pub fn report(&mut self, line: usize, span: Span, message: impl Into<String>) -> &mut Finding {
        self.found.push(Finding {
            code: self.rule.code,
            level: self.rule.level,
            line,
            span,
            message: message.into(),
            fix: None,
        });
        let n = self.found.len() - 1;
        &mut self.found[n]
    }

    /// Report with a fix.
    pub fn report_fix(
        &mut self,
        line: usize,
        span: Span,
        message: impl Into<String>,
        fix: Option<Fix>,
    ) {
        self.report(line, span, message).fix = fix;
    }
}

/// What the linter needs beyond the Dockerfile text.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The build context's `.dockerignore`, for CopyIgnoredFile.
    pub dockerignore: Option<Ignore>,
    /// Codes ignored for the whole run (hadolint's `--ignore`).
    pub ignored: Vec<String>,
}

/// The code hadolint gives a file it cannot parse.
pub const PARSE_ERROR: &str = "DL1000";

static PARSE_RULE: Rule = Rule {
    code: PARSE_ERROR,
    level: Level::Error,
    origin: Origin::Hadolint,
    title: "The Dockerfile cannot be parsed",
    explain: Explain {
        what: "The file has a syntax error, so no other rule can run.",
        why: "Docker stops at the first syntax error; nothing after it is checked or built.",
        fix: "FORM python:3.12  →  FROM python:3.12",
    },
    needs_config: false,
    check: |_, _| {},
};

/// Lint one Dockerfile with default options.
pub fn lint(src: &str) -> Vec<Finding> {
    lint_with(src, &Options::default())
}

/// Lint one Dockerfile.
pub fn lint_with(src: &str, opts: &Options) -> Vec<Finding> {
    let parse = crate::dockerfile::parse(src);
    if let Some(err) = parse.first_error() {
        // Like hadolint: a file that does not parse gets one finding and nothing else.
        let line = crate::text::LineIndex::new(src)
            .line_col(src, err.span().start)
            .line;
        let mut out = Out {
            rule: &PARSE_RULE,
            found: Vec::new(),
        };
        out.report(line, err.span(), err.message.clone());
        return out.found;
    }
    let cx = Ctx::new(src, &parse, opts.dockerignore.as_ref());
    let sup = suppress::Suppressions::new(&cx);
    let mut all = Vec::new();
    for rule in rules::all() {
        if rule.level == Level::Ignore
            || opts.ignored.iter().any(|c| c == rule.code)
            || sup.skips_rule(rule)
        {
            continue;
        }
        let mut out = Out {
            rule,
            found: Vec::new(),
        };
        (rule.check)(&cx, &mut out);
        for mut f in out.found {
            if sup.ignores(rule, f.line) {
                continue;
            }
            if rule.origin == Origin::Buildkit && sup.checks_are_errors {
                f.level = Level::Error;
            }
            all.push(f);
        }
    }
    // Stable, like sort_by; sorting the small keys and moving each finding once is cheaper.
    crate::sort::sort_by_key(&mut all, |f| (f.line, f.code));
    all
}

/// The rule with this code or BuildKit check name.
pub fn rule(code: &str) -> Option<&'static Rule> {
    if code == PARSE_ERROR {
        return Some(&PARSE_RULE);
    }
    rules::all().iter().copied().find(|r| r.code == code)
}

/// Whether any finding is at or above `threshold` (hadolint's exit rule).
pub fn fails(findings: &[Finding], threshold: Level) -> bool {
    threshold != Level::Ignore && findings.iter().any(|f| f.level >= threshold)
}
