//! The syntax tree of a shell script: lists, pipelines, commands, redirects and words, with spans.

use std::rc::Rc;

/// Spans are byte offsets into the script text, as everywhere in the project.
pub use crate::text::Span;

/// A sequence of and-or lists separated by `;`, `&` or newlines.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct List {
    pub items: Vec<ListItem>,
}

/// One and-or list and whether it ended with `&`.
#[derive(Clone, Debug, PartialEq)]
pub struct ListItem {
    pub and_or: AndOr,
    /// Ended with `&`. We run it in the foreground anyway (there is no real concurrency).
    pub background: bool,
}

/// `a && b || c`.
#[derive(Clone, Debug, PartialEq)]
pub struct AndOr {
    pub first: Pipeline,
    pub rest: Vec<(Connector, Pipeline)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Connector {
    And,
    Or,
}

/// `[!] a | b | c`.
#[derive(Clone, Debug, PartialEq)]
pub struct Pipeline {
    pub bang: bool,
    pub commands: Vec<Command>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Simple(SimpleCommand),
    Compound(Rc<Compound>, Vec<Redirect>),
    FunctionDef {
        name: String,
        body: Rc<Compound>,
        span: Span,
    },
}

/// Assignments, words and redirects, as in `A=1 cmd arg >out`.
#[derive(Clone, Debug, PartialEq)]
pub struct SimpleCommand {
    pub assigns: Vec<Assign>,
    pub words: Vec<Word>,
    pub redirects: Vec<Redirect>,
    pub span: Span,
    /// 1-based line of the command's start, for messages such as `sh: 3: foo: not found`.
    pub line: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Assign {
    pub name: String,
    pub value: Word,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Compound {
    Brace(List),
    Subshell(List),
    If {
        branches: Vec<(List, List)>,
        otherwise: Option<List>,
    },
    For {
        var: String,
        /// `None` for `for x; do` (iterate over the positional parameters).
        words: Option<Vec<Word>>,
        body: List,
    },
    Loop {
        until: bool,
        cond: List,
        body: List,
    },
    Case {
        word: Word,
        arms: Vec<CaseArm>,
    },
    /// bash `(( expr ))`: status 0 when the value is not zero.
    Arith(Word),
    /// bash `for (( init; cond; step )); do …; done`.
    ArithFor {
        init: Word,
        cond: Word,
        step: Word,
        body: List,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct CaseArm {
    pub patterns: Vec<Word>,
    pub body: List,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Redirect {
    /// The file descriptor, when written (`2>`); otherwise the operator's default.
    pub fd: Option<u32>,
    pub op: RedirOp,
    pub target: Word,
    pub span: Span,
}

impl Redirect {
    /// The descriptor this redirect changes.
    pub fn fd(&self) -> u32 {
        self.fd.unwrap_or(match self.op {
            RedirOp::In | RedirOp::DupIn | RedirOp::ReadWrite | RedirOp::HereDoc { .. } => 0,
            _ => 1,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RedirOp {
    /// `<`
    In,
    /// `>`
    Out,
    /// `>|`
    Clobber,
    /// `>>`
    Append,
    /// `<&`
    DupIn,
    /// `>&`
    DupOut,
    /// `<>`
    ReadWrite,
    /// `<<` / `<<-`; the target word is the body (literal when the delimiter was quoted).
    HereDoc { strip_tabs: bool },
}

/// A word as written: a sequence of literal and expandable parts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Word {
    pub parts: Vec<WordPart>,
    pub span: Span,
}

impl Word {
    pub fn literal(text: &str, span: Span) -> Word {
        Word {
            parts: vec![WordPart::Lit(text.to_string())],
            span,
        }
    }

    /// The word's text when it is one plain unquoted literal (keywords, names).
    pub fn as_plain(&self) -> Option<&str> {
        match self.parts.as_slice() {
            [WordPart::Lit(s)] => Some(s),
            _ => None,
        }
    }

    /// Whether any part is quoted or escaped.
    pub fn has_quotes(&self) -> bool {
        self.parts
            .iter()
            .any(|p| matches!(p, WordPart::Quoted(_) | WordPart::DQuoted(_)))
    }

    /// The word with quotes removed and nothing expanded (for here-document delimiters).
    pub fn unquoted_text(&self) -> String {
        fn walk(parts: &[WordPart], out: &mut String) {
            for p in parts {
                match p {
                    WordPart::Lit(s) | WordPart::Quoted(s) => out.push_str(s),
                    WordPart::DQuoted(inner) => walk(inner, out),
                    WordPart::Tilde(user) => {
                        out.push('~');
                        out.push_str(user);
                    }
                    WordPart::Param(p) => {
                        out.push('$');
                        out.push_str(&p.name);
                    }
                    WordPart::CmdSub(_) | WordPart::Arith(_) => out.push('$'),
                }
            }
        }
        let mut out = String::new();
        walk(&self.parts, &mut out);
        out
    }

    /// [`Word::unquoted_text`], taking the text of a one-part literal or quoted word
    /// instead of copying it.
    pub fn into_unquoted_text(mut self) -> String {
        if let [WordPart::Lit(_) | WordPart::Quoted(_)] = self.parts.as_slice() {
            if let Some(WordPart::Lit(s) | WordPart::Quoted(s)) = self.parts.pop() {
                return s;
            }
        }
        self.unquoted_text()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum WordPart {
    /// Unquoted text (subject to pathname expansion, not to field splitting).
    Lit(String),
    /// Single-quoted or backslash-escaped text.
    Quoted(String),
    /// A double-quoted section; its `Lit` parts are quoted text.
    DQuoted(Vec<WordPart>),
    /// `~` or `~user` at the start of a word.
    Tilde(String),
    Param(Box<ParamExp>),
    CmdSub(Rc<List>),
    /// `$((…))`: the parts expand to the expression text, then it is evaluated.
    Arith(Vec<WordPart>),
}

/// `$name`, `${name}`, `${name:-word}`, `${#name}` and the other forms.
#[derive(Clone, Debug, PartialEq)]
pub struct ParamExp {
    pub name: String,
    pub op: ParamOp,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ParamOp {
    Plain,
    Length,
    /// `-` `=` `?` `+`, with `colon` when written `:-` etc. (also tests for empty).
    Default {
        colon: bool,
        word: Word,
    },
    Assign {
        colon: bool,
        word: Word,
    },
    Error {
        colon: bool,
        word: Word,
    },
    Alternative {
        colon: bool,
        word: Word,
    },
    /// `%` / `%%`
    TrimSuffix {
        longest: bool,
        word: Word,
    },
    /// `#` / `##`
    TrimPrefix {
        longest: bool,
        word: Word,
    },
    /// bash `${x/pat/rep}` and `${x//pat/rep}`.
    Replace {
        all: bool,
        pattern: Word,
        with: Word,
    },
    /// bash `${x:offset}` / `${x:offset:length}` (kept as text, evaluated arithmetically).
    Substring {
        offset: Word,
        length: Option<Word>,
    },
    /// A form this shell does not know; expanding it is a "Bad substitution" error.
    Bad(String),
}
