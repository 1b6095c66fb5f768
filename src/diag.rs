//! Diagnostics: severity, code, message, labelled spans, and a plain renderer with code frames.

use crate::text::{LineIndex, Span};
use serde::Serialize;
use std::fmt::Write;

/// How bad a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A hint or remark.
    Info,
    /// Something that works but is likely a mistake.
    Warning,
    /// Something the real tool rejects.
    Error,
}

impl Severity {
    /// The lower-case word for the severity.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A span with an optional short note shown under it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Label {
    /// The bytes the label points at.
    pub span: Span,
    /// The note, possibly empty.
    pub message: String,
}

/// One finding about a source text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// How bad it is.
    pub severity: Severity,
    /// A stable code, e.g. `parse` or `unknown-instruction`.
    pub code: String,
    /// The message, in the real tool's words where there is one.
    pub message: String,
    /// Where; the first label is the primary one.
    pub labels: Vec<Label>,
    /// Extra lines of explanation.
    pub notes: Vec<String>,
    /// A suggestion, if any.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A diagnostic with one unlabelled primary span.
    pub fn new(
        severity: Severity,
        code: &str,
        message: impl Into<String>,
        span: Span,
    ) -> Diagnostic {
        Diagnostic {
            severity,
            code: code.to_string(),
            message: message.into(),
            labels: vec![Label {
                span,
                message: String::new(),
            }],
            notes: Vec::new(),
            help: None,
        }
    }

    /// An error with one span.
    pub fn error(code: &str, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic::new(Severity::Error, code, message, span)
    }

    /// A warning with one span.
    pub fn warning(code: &str, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic::new(Severity::Warning, code, message, span)
    }

    /// Add a note line.
    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    /// Set the help line.
    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// The primary span (an empty span at 0 when there is no label).
    pub fn span(&self) -> Span {
        self.labels.first().map(|l| l.span).unwrap_or_default()
    }

    /// Whether this is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Render diagnostics as plain text with code frames, like compilers do:
///
/// ```text
/// error[code]: message
///  --> Dockerfile:3:1
///   |
/// 3 | FORM ubuntu
///   | ^^^^
/// ```
pub fn render(file_name: &str, src: &str, diags: &[Diagnostic]) -> String {
    let index = LineIndex::new(src);
    let mut out = String::new();
    for d in diags {
        let _ = writeln!(out, "{}[{}]: {}", d.severity.as_str(), d.code, d.message);
        if let Some(label) = d.labels.first() {
            let lc = index.line_col(src, label.span.start);
            let line_no = lc.line;
            let gutter = line_no.to_string().len();
            let pad = " ".repeat(gutter);
            let _ = writeln!(out, "{pad}--> {file_name}:{}:{}", lc.line, lc.col);
            let line_span = index.line_span(src, line_no - 1);
            let line_text = line_span.text(src);
            let _ = writeln!(out, "{pad} |");
            let _ = writeln!(out, "{line_no} | {line_text}");
            let start_col = lc.col - 1;
            let end = label.span.end.min(line_span.end).max(label.span.start);
            let width = src
                .get(label.span.start..end)
                .map(|t| t.chars().count())
                .unwrap_or(0)
                .max(1);
            let lead: String = line_text
                .chars()
                .take(start_col)
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let carets = "^".repeat(width);
            if label.message.is_empty() {
                let _ = writeln!(out, "{pad} | {lead}{carets}");
            } else {
                let _ = writeln!(out, "{pad} | {lead}{carets} {}", label.message);
            }
        }
        for n in &d.notes {
            let _ = writeln!(out, "  = note: {n}");
        }
        if let Some(h) = &d.help {
            let _ = writeln!(out, "  = help: {h}");
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_a_frame() {
        let src = "FROM a\nFORM b\n";
        let d = Diagnostic::error("x", "bad", Span::new(7, 11)).with_help("try FROM");
        let r = render("Dockerfile", src, &[d]);
        assert!(r.contains("--> Dockerfile:2:1"), "{r}");
        assert!(r.contains("2 | FORM b\n  | ^^^^\n"), "{r}");
    }
}
