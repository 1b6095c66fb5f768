//! The Dockerfile front end: lossless parser with spans, directives, heredocs, typed instructions,
//! `words` (BuildKit variable expansion), image references and `.dockerignore` matching.
//!
//! Layers, in the order BuildKit applies them:
//!
//! 1. [`parse`]: text → [`File`], a lossless tree (every byte belongs to exactly one [`Item`])
//!    with byte spans, plus parser-stage [`Diagnostic`]s. It never fails.
//! 2. [`instructions::check`]: the tree → typed [`instructions::Command`]s grouped in stages,
//!    with BuildKit's instruction-stage errors.
//! 3. [`words`]: variable expansion for the build engine, and [`scope`] for which variables
//!    each instruction sees.
//!
//! [`reference`] parses image names and [`ignore`] matches `.dockerignore` patterns.

mod directives;
pub mod dump;
pub mod heredoc;
pub mod ignore;
pub mod instructions;
mod json;
pub mod reference;
pub mod scope;
mod split;
mod syntax;
pub mod words;

use crate::diag::Diagnostic;
use crate::text::Span;
use serde::Serialize;

pub use syntax::parse;

/// The result of parsing: the tree and the parser-stage diagnostics.
#[derive(Clone, Debug, Serialize)]
pub struct Parse {
    /// The lossless tree.
    pub file: File,
    /// Parser-stage errors (BuildKit stops at the first) and warnings, in source order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Parse {
    /// The first parser-stage error, the one BuildKit would report.
    pub fn first_error(&self) -> Option<&Diagnostic> {
        self.diagnostics.iter().find(|d| d.is_error())
    }
}

/// A parsed Dockerfile.
#[derive(Clone, Debug, Serialize)]
pub struct File {
    /// Length of the source text in bytes.
    pub len: usize,
    /// The escape character in force (`\` unless a directive chose the backtick).
    pub escape: char,
    /// The parser directives found at the top.
    pub directives: Vec<Directive>,
    /// Every piece of the text in order; their spans are contiguous and cover the whole input.
    pub items: Vec<Item>,
}

impl File {
    /// The instructions, in source order.
    pub fn instructions(&self) -> impl Iterator<Item = &Instruction> {
        self.items.iter().filter_map(|i| match &i.kind {
            ItemKind::Instruction(ins) => Some(&**ins),
            _ => None,
        })
    }

    /// The value of a directive (`syntax`, `escape` or `check`), if given.
    pub fn directive(&self, name: &str) -> Option<&str> {
        self.directives
            .iter()
            .find(|d| d.name == name)
            .map(|d| d.value.as_str())
    }
}

/// One top-level piece of the file.
#[derive(Clone, Debug, Serialize)]
pub struct Item {
    /// All bytes of the piece, including its line ending(s).
    pub span: Span,
    /// What it is.
    pub kind: ItemKind,
}

/// What a top-level piece is.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum ItemKind {
    /// The UTF-8 byte-order mark at the start.
    Bom,
    /// A line with nothing but whitespace.
    Blank,
    /// A comment line.
    Comment,
    /// A parser directive line; the index into [`File::directives`].
    Directive {
        /// Index into [`File::directives`].
        index: usize,
    },
    /// An instruction with its continuation lines and heredoc bodies.
    Instruction(Box<Instruction>),
}

/// A parser directive such as `# escape=\``.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Directive {
    /// The key, lower-cased: `syntax`, `escape` or `check`.
    pub name: String,
    /// The value with surrounding whitespace removed.
    pub value: String,
    /// The whole line (without its line ending).
    pub span: Span,
    /// The key as written.
    pub name_span: Span,
    /// The value.
    pub value_span: Span,
}

/// A piece of text with the bytes it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Token {
    /// The text (for arguments: as BuildKit's parser gives it).
    pub text: String,
    /// Where it came from in the source. For text joined across lines the span covers
    /// all the physical lines involved.
    pub span: Span,
}

/// The instruction keywords BuildKit knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Keyword {
    Add,
    Arg,
    Cmd,
    Copy,
    Entrypoint,
    Env,
    Expose,
    From,
    Healthcheck,
    Label,
    Maintainer,
    Onbuild,
    Run,
    Shell,
    Stopsignal,
    User,
    Volume,
    Workdir,
    /// Anything else (an error in the typed layer).
    Unknown,
}

impl Keyword {
    /// Every known keyword, in upper case, as BuildKit lists them.
    pub const ALL: [(&'static str, Keyword); 18] = [
        ("ADD", Keyword::Add),
        ("ARG", Keyword::Arg),
        ("CMD", Keyword::Cmd),
        ("COPY", Keyword::Copy),
        ("ENTRYPOINT", Keyword::Entrypoint),
        ("ENV", Keyword::Env),
        ("EXPOSE", Keyword::Expose),
        ("FROM", Keyword::From),
        ("HEALTHCHECK", Keyword::Healthcheck),
        ("LABEL", Keyword::Label),
        ("MAINTAINER", Keyword::Maintainer),
        ("ONBUILD", Keyword::Onbuild),
        ("RUN", Keyword::Run),
        ("SHELL", Keyword::Shell),
        ("STOPSIGNAL", Keyword::Stopsignal),
        ("USER", Keyword::User),
        ("VOLUME", Keyword::Volume),
        ("WORKDIR", Keyword::Workdir),
    ];

    /// Look a keyword up, case-insensitively.
    pub fn from_word(word: &str) -> Keyword {
        Keyword::ALL
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(word))
            .map(|(_, k)| *k)
            .unwrap_or(Keyword::Unknown)
    }

    /// The upper-case name ("" for unknown).
    pub fn name(self) -> &'static str {
        Keyword::ALL
            .iter()
            .find(|(_, k)| *k == self)
            .map(|(n, _)| *n)
            .unwrap_or("")
    }
}

/// A `--name[=value]` flag word.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Flag {
    /// The word after quote and escape removal, e.g. `--chown=1000:1000`.
    pub text: String,
    /// The word as written.
    pub span: Span,
}

impl Flag {
    /// The name without the dashes, e.g. `chown`.
    pub fn name(&self) -> &str {
        let body = self.text.get(2..).unwrap_or("");
        body.split_once('=').map(|(n, _)| n).unwrap_or(body)
    }

    /// The value after `=`, or `None` for a bare `--flag`.
    pub fn value(&self) -> Option<&str> {
        self.text
            .get(2..)
            .unwrap_or("")
            .split_once('=')
            .map(|(_, v)| v)
    }
}

/// A here-document attached to a RUN, COPY or ADD.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Heredoc {
    /// The delimiter with quotes removed.
    pub name: String,
    /// Whether the body gets variable expansion (no part of the delimiter was quoted).
    pub expand: bool,
    /// `<<-`: leading tabs are removed from body lines when the content is used.
    pub chomp: bool,
    /// The raw body, line endings included, terminator excluded.
    pub content: String,
    /// The body lines in the source.
    pub body_span: Span,
    /// The terminator line (empty at the end of input when unterminated).
    pub end_span: Span,
}

impl Heredoc {
    /// The content as the build uses it: with leading tabs removed from each line for `<<-`.
    pub fn chomped(&self) -> String {
        if !self.chomp {
            return self.content.clone();
        }
        self.content
            .split_inclusive('\n')
            .map(|l| l.trim_start_matches('\t'))
            .collect()
    }
}

/// One instruction as BuildKit's parser sees it.
#[derive(Clone, Debug, Serialize)]
pub struct Instruction {
    /// Every byte of the instruction: first line, continuation lines (and comment or blank
    /// lines inside them), heredoc bodies and terminators, and the final line ending.
    pub span: Span,
    /// The instruction word as written.
    pub keyword: Token,
    /// Which instruction it is.
    pub kind: Keyword,
    /// The logical line: physical lines joined, continuation characters removed.
    pub original: String,
    /// First physical line, counted from 1.
    pub start_line: usize,
    /// Last physical line consumed (continuations, skipped lines and heredocs included).
    pub end_line: usize,
    /// Leading `--flag` words.
    pub flags: Vec<Flag>,
    /// Whether the arguments were a JSON array (exec form).
    pub json: bool,
    /// The argument nodes, exactly as BuildKit's parser splits them for this instruction.
    /// For ENV and LABEL: key, value, separator triples. Empty for ONBUILD.
    pub args: Vec<Token>,
    /// Where the arguments are: the rest of the line after the keyword and flags, trimmed.
    pub rest: Span,
    /// ONBUILD's trigger instruction.
    pub trigger: Option<Box<Instruction>>,
    /// Here-documents, in the order their markers appear.
    pub heredocs: Vec<Heredoc>,
    /// Comment lines inside the continuation.
    pub comments: Vec<Span>,
    /// The parser-stage error for this instruction, if any.
    pub error: Option<String>,
}

impl Instruction {
    /// The argument texts.
    pub fn arg_texts(&self) -> Vec<&str> {
        self.args.iter().map(|a| a.text.as_str()).collect()
    }

    /// The flag texts.
    pub fn flag_texts(&self) -> Vec<&str> {
        self.flags.iter().map(|f| f.text.as_str()).collect()
    }
}
