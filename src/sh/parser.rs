//! The grammar: turns tokens into the syntax tree (lists, pipelines, compound commands, functions).

use std::rc::Rc;

use super::ast::*;
use super::lexer::{Op, Tok};

/// Deepest nesting of compound commands, substitutions and parameter words we parse.
pub(crate) const MAX_NESTING: usize = 100;

/// Why a script could not be parsed. Rendered per shell flavour by the executor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub kind: ParseErrorKind,
    pub span: Span,
    /// 1-based line where the error was found.
    pub line: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// The text ended while something was still open; `expecting` names what would close it.
    UnexpectedEof {
        expecting: Option<String>,
    },
    /// A token in a place where it cannot be.
    Unexpected {
        token: String,
        expecting: Option<String>,
    },
    UnterminatedQuote {
        quote: char,
    },
    /// `${` without its `}`, or an empty `${}`.
    BadSubstitution,
    /// A here-document whose delimiter line never came.
    HereDocDelimiter {
        delimiter: String,
    },
    TooDeep,
}

/// Parse a whole script (POSIX sh: what dash and busybox ash accept).
pub fn parse(src: &str) -> Result<List, ParseError> {
    parse_dialect(src, false)
}

/// Parse a whole script; `bash` also accepts bash's `function name { … }`.
pub fn parse_dialect(src: &str, bash: bool) -> Result<List, ParseError> {
    let mut p = Parser::new(src, 0, src.len());
    p.bash = bash;
    let list = p.compound_list(&[])?;
    match p.peek()? {
        Tok::Eof => Ok(list),
        _ => {
            let (tok, span) = p.peek_text()?;
            Err(p.error_at(
                ParseErrorKind::Unexpected {
                    token: tok,
                    expecting: None,
                },
                span,
            ))
        }
    }
}

/// Whether `src` is an unfinished command that a terminal should continue on the next line
/// (with a `> ` prompt): an open quote, `if` without `fi`, a trailing `&&` or `|`, a pending
/// here-document, or a final backslash.
pub fn needs_more_input(src: &str, bash: bool) -> bool {
    let trailing_backslashes = src
        .trim_end_matches('\n')
        .chars()
        .rev()
        .take_while(|&c| c == '\\')
        .count();
    if trailing_backslashes % 2 == 1 && !src.ends_with("\n\n") {
        return true;
    }
    let mut p = Parser::new(src, 0, src.len());
    p.bash = bash;
    p.strict_heredoc = true;
    let parsed = p.compound_list(&[]).and_then(|list| match p.peek()? {
        Tok::Eof => Ok(list),
        _ => {
            let (token, span) = p.peek_text()?;
            Err(p.error_at(
                ParseErrorKind::Unexpected {
                    token,
                    expecting: None,
                },
                span,
            ))
        }
    });
    match parsed {
        Ok(_) => false,
        Err(e) => matches!(
            e.kind,
            ParseErrorKind::UnexpectedEof { .. }
                | ParseErrorKind::UnterminatedQuote { .. }
                | ParseErrorKind::HereDocDelimiter { .. }
        ),
    }
}

/// The next token, read ahead, with the reserved word it spells (looked up once per token).
pub(crate) struct Lookahead {
    pub(crate) tok: Tok,
    pub(crate) span: Span,
    pub(crate) keyword: Option<&'static str>,
}

/// The reserved word (or `{`, `}`, `!`) that a plain word spells, if any.
fn keyword(s: &str) -> Option<&'static str> {
    const KEYWORDS: [&str; 16] = [
        "if", "then", "elif", "else", "fi", "for", "in", "do", "done", "while", "until", "case",
        "esac", "{", "}", "!",
    ];
    KEYWORDS.iter().copied().find(|k| *k == s)
}

pub(crate) struct Parser<'s> {
    pub(crate) src: &'s str,
    pub(crate) pos: usize,
    /// Where this parser must stop (the end of a here-document body, or of the text).
    pub(crate) end: usize,
    pub(crate) peeked: Option<Lookahead>,
    pub(crate) depth: usize,
    /// Line starts of `src`, for line numbers.
    pub(crate) lines: Rc<Vec<usize>>,
    /// A newline whose following here-document bodies were already read: (newline, resume).
    pub(crate) heredoc_skip: Option<(usize, usize)>,
    /// Accept bash syntax (`function name { … }`).
    pub(crate) bash: bool,
    /// A here-document without its delimiter line is an error (for the terminal's
    /// "needs more input" check); otherwise its body runs to the end of the text, as the
    /// shells accept.
    pub(crate) strict_heredoc: bool,
}

impl<'s> Parser<'s> {
    pub(crate) fn new(src: &'s str, pos: usize, end: usize) -> Parser<'s> {
        let mut lines = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                lines.push(i + 1);
            }
        }
        Parser {
            src,
            pos,
            end: end.min(src.len()),
            peeked: None,
            depth: 0,
            lines: Rc::new(lines),
            heredoc_skip: None,
            bash: false,
            strict_heredoc: false,
        }
    }

    pub(crate) fn line_of(&self, pos: usize) -> usize {
        match self.lines.binary_search(&pos) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    pub(crate) fn error_at(&self, kind: ParseErrorKind, span: Span) -> ParseError {
        ParseError {
            kind,
            span,
            line: self.line_of(span.start),
        }
    }

    pub(crate) fn enter(&mut self) -> Result<(), ParseError> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            let span = Span::new(self.pos, self.pos);
            return Err(self.error_at(ParseErrorKind::TooDeep, span));
        }
        Ok(())
    }

    pub(crate) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    pub(crate) fn peek(&mut self) -> Result<&Tok, ParseError> {
        if self.peeked.is_none() {
            let (tok, span) = self.next_token()?;
            let keyword = match &tok {
                Tok::Word(w) => w.as_plain().and_then(keyword),
                _ => None,
            };
            self.peeked = Some(Lookahead { tok, span, keyword });
        }
        match &self.peeked {
            Some(l) => Ok(&l.tok),
            None => Ok(&Tok::Eof),
        }
    }

    fn peek_span(&mut self) -> Result<Span, ParseError> {
        self.peek()?;
        Ok(self.peeked.as_ref().map(|l| l.span).unwrap_or_default())
    }

    /// The peeked token as the shell would quote it in a message, with its span.
    pub(crate) fn peek_text(&mut self) -> Result<(String, Span), ParseError> {
        self.peek()?;
        Ok(match &self.peeked {
            Some(l) => (l.tok.display(), l.span),
            None => ("end of file".to_string(), Span::default()),
        })
    }

    pub(crate) fn take(&mut self) -> Result<(Tok, Span), ParseError> {
        self.peek()?;
        Ok(match self.peeked.take() {
            Some(l) => (l.tok, l.span),
            None => (Tok::Eof, Span::new(self.pos, self.pos)),
        })
    }

    /// The peeked token when it is a reserved word (or `{`, `}`, `!`) as written.
    fn peek_keyword(&mut self) -> Result<Option<&'static str>, ParseError> {
        self.peek()?;
        Ok(self.peeked.as_ref().and_then(|l| l.keyword))
    }

    fn skip_newlines(&mut self) -> Result<(), ParseError> {
        while matches!(self.peek()?, Tok::Newline) {
            self.take()?;
        }
        Ok(())
    }

    fn expect_keyword(&mut self, kw: &str) -> Result<Span, ParseError> {
        if self.peek_keyword()? == Some(kw) {
            return Ok(self.take()?.1);
        }
        Err(self.unexpected(Some(kw))?)
    }

    fn unexpected(&mut self, expecting: Option<&str>) -> Result<ParseError, ParseError> {
        let expecting = expecting.map(str::to_string);
        let span = self.peek_span()?;
        Ok(match self.peek()? {
            Tok::Eof => self.error_at(ParseErrorKind::UnexpectedEof { expecting }, span),
            _ => {
                let (token, span) = self.peek_text()?;
                self.error_at(ParseErrorKind::Unexpected { token, expecting }, span)
            }
        })
    }

    /// A list of and-or lists, ending before one of `enders` (keywords), `)`, `;;` or the end.
    pub(crate) fn compound_list(&mut self, enders: &[&str]) -> Result<List, ParseError> {
        self.enter()?;
        let mut items = Vec::new();
        loop {
            self.skip_newlines()?;
            match self.peek()? {
                Tok::Eof | Tok::Op(Op::RParen) | Tok::Op(Op::DSemi) => break,
                _ => {}
            }
            if let Some(kw) = self.peek_keyword()? {
                if enders.contains(&kw) {
                    break;
                }
            }
            let and_or = self.and_or()?;
            let background = match self.peek()? {
                Tok::Op(Op::Semi) => {
                    self.take()?;
                    false
                }
                Tok::Op(Op::Amp) => {
                    self.take()?;
                    true
                }
                Tok::Newline => false,
                _ => {
                    items.push(ListItem {
                        and_or,
                        background: false,
                    });
                    break;
                }
            };
            items.push(ListItem { and_or, background });
        }
        self.leave();
        Ok(List { items })
    }

    fn and_or(&mut self) -> Result<AndOr, ParseError> {
        let first = self.pipeline()?;
        let mut rest = Vec::new();
        loop {
            let conn = match self.peek()? {
                Tok::Op(Op::AndIf) => Connector::And,
                Tok::Op(Op::OrIf) => Connector::Or,
                _ => break,
            };
            self.take()?;
            self.skip_newlines()?;
            rest.push((conn, self.pipeline()?));
        }
        Ok(AndOr { first, rest })
    }

    fn pipeline(&mut self) -> Result<Pipeline, ParseError> {
        let start = self.peek_span()?.start;
        let mut bang = false;
        if self.peek_keyword()? == Some("!") {
            self.take()?;
            bang = true;
        }
        let mut commands = vec![self.command()?];
        while matches!(self.peek()?, Tok::Op(Op::Pipe)) {
            self.take()?;
            self.skip_newlines()?;
            commands.push(self.command()?);
        }
        let end = self.pos.max(start);
        Ok(Pipeline {
            bang,
            commands,
            span: Span::new(start, end),
        })
    }

    fn command(&mut self) -> Result<Command, ParseError> {
        if self.bash {
            if let Tok::Word(w) = self.peek()? {
                if w.as_plain() == Some("function") {
                    return self.bash_function();
                }
            }
        }
        let compound = match self.peek_keyword()? {
            Some("if") => Some(self.if_clause()?),
            Some("for") => Some(self.for_clause()?),
            Some("while") => Some(self.loop_clause(false)?),
            Some("until") => Some(self.loop_clause(true)?),
            Some("case") => Some(self.case_clause()?),
            Some("{") => {
                self.take()?;
                let body = self.compound_list(&["}"])?;
                self.expect_keyword("}")?;
                Some(Compound::Brace(body))
            }
            Some(kw @ ("then" | "elif" | "else" | "fi" | "do" | "done" | "esac" | "}" | "in")) => {
                let span = self.peek_span()?;
                return Err(self.error_at(
                    ParseErrorKind::Unexpected {
                        token: kw.to_string(),
                        expecting: None,
                    },
                    span,
                ));
            }
            _ => None,
        };
        let compound = match compound {
            Some(c) => Some(c),
            None if self.bash && self.at_double_paren()? => {
                let open = self.peek_span()?.start;
                let Some(close) = self.double_paren_end(open) else {
                    return Err(self.unexpected(Some("))"))?);
                };
                let expr = self.arith_word(open + 2, close)?;
                self.peeked = None;
                self.pos = close + 2;
                Some(Compound::Arith(expr))
            }
            None if matches!(self.peek()?, Tok::Op(Op::LParen)) => {
                self.take()?;
                let body = self.compound_list(&[])?;
                if !matches!(self.peek()?, Tok::Op(Op::RParen)) {
                    return Err(self.unexpected(Some(")"))?);
                }
                self.take()?;
                Some(Compound::Subshell(body))
            }
            None => None,
        };
        if let Some(c) = compound {
            let mut redirects = Vec::new();
            while let Some(r) = self.maybe_redirect()? {
                redirects.push(r);
            }
            return Ok(Command::Compound(Rc::new(c), redirects));
        }
        self.simple_command()
    }

    /// The words of bash's `[[ … ]]` up to and including `]]`: operators such as `&&`, `<`
    /// and parentheses are words here, not list or redirect operators.
    fn double_bracket(&mut self, words: &mut Vec<Word>) -> Result<usize, ParseError> {
        loop {
            let (tok, span) = self.take()?;
            let w = match tok {
                Tok::Word(w) => w,
                Tok::Op(
                    op @ (Op::AndIf | Op::OrIf | Op::Less | Op::Great | Op::LParen | Op::RParen),
                ) => Word::literal(op.text(), span),
                Tok::Eof => {
                    return Err(self.error_at(
                        ParseErrorKind::UnexpectedEof {
                            expecting: Some("]]".into()),
                        },
                        span,
                    ))
                }
                other => {
                    return Err(self.error_at(
                        ParseErrorKind::Unexpected {
                            token: other.display(),
                            expecting: Some("]]".into()),
                        },
                        span,
                    ))
                }
            };
            let done = w.as_plain() == Some("]]");
            words.push(w);
            if done {
                return Ok(span.end);
            }
        }
    }

    /// bash's `function name [()] body`.
    fn bash_function(&mut self) -> Result<Command, ParseError> {
        let start = self.take()?.1.start;
        let name = match self.take()? {
            (Tok::Word(w), _) if w.as_plain().is_some_and(is_name) => {
                w.as_plain().unwrap_or_default().to_string()
            }
            (tok, span) => {
                return Err(self.error_at(
                    ParseErrorKind::Unexpected {
                        token: tok.display(),
                        expecting: None,
                    },
                    span,
                ))
            }
        };
        if matches!(self.peek()?, Tok::Op(Op::LParen)) {
            self.take()?;
            if !matches!(self.peek()?, Tok::Op(Op::RParen)) {
                return Err(self.unexpected(Some(")"))?);
            }
            self.take()?;
        }
        self.skip_newlines()?;
        match self.command()? {
            Command::Compound(body, _) => Ok(Command::FunctionDef {
                name,
                body,
                span: Span::new(start, self.pos),
            }),
            _ => Err(self.error_at(
                ParseErrorKind::Unexpected {
                    token: name,
                    expecting: Some("{".into()),
                },
                Span::new(start, self.pos),
            )),
        }
    }

    fn simple_command(&mut self) -> Result<Command, ParseError> {
        let start_span = self.peek_span()?;
        let line = self.line_of(start_span.start);
        let mut assigns = Vec::new();
        let mut words: Vec<Word> = Vec::new();
        let mut redirects = Vec::new();
        let mut end = start_span.start;
        loop {
            if let Some(r) = self.maybe_redirect()? {
                end = r.span.end;
                redirects.push(r);
                continue;
            }
            match self.peek()? {
                Tok::Word(_) => {
                    let (tok, span) = self.take()?;
                    let Tok::Word(w) = tok else { break };
                    end = span.end;
                    if words.is_empty() {
                        if let Some(a) = split_assignment(&w) {
                            assigns.push(a);
                            continue;
                        }
                        if self.bash && w.as_plain() == Some("[[") {
                            words.push(w);
                            end = self.double_bracket(&mut words)?;
                            continue;
                        }
                    }
                    words.push(w);
                }
                Tok::Op(Op::LParen) if words.len() == 1 && assigns.is_empty() => {
                    // A function definition: `name() body`.
                    let name = words[0].as_plain().unwrap_or_default().to_string();
                    if !is_name(&name) {
                        return Err(self.unexpected(None)?);
                    }
                    self.take()?;
                    if !matches!(self.peek()?, Tok::Op(Op::RParen)) {
                        return Err(self.unexpected(Some(")"))?);
                    }
                    self.take()?;
                    self.skip_newlines()?;
                    let body = match self.command()? {
                        Command::Compound(c, _) => c,
                        _ => {
                            let span = Span::new(start_span.start, self.pos);
                            return Err(self.error_at(
                                ParseErrorKind::Unexpected {
                                    token: name,
                                    expecting: Some("{".into()),
                                },
                                span,
                            ));
                        }
                    };
                    return Ok(Command::FunctionDef {
                        name,
                        body,
                        span: Span::new(start_span.start, self.pos),
                    });
                }
                _ => break,
            }
        }
        if assigns.is_empty() && words.is_empty() && redirects.is_empty() {
            return Err(self.unexpected(None)?);
        }
        Ok(Command::Simple(SimpleCommand {
            assigns,
            words,
            redirects,
            span: Span::new(start_span.start, end),
            line,
        }))
    }

    fn maybe_redirect(&mut self) -> Result<Option<Redirect>, ParseError> {
        let fd = match self.peek()? {
            Tok::IoNumber(n) => Some(*n),
            Tok::Op(op) if op.is_redirect() => None,
            _ => return Ok(None),
        };
        let start = self.peek_span()?.start;
        if fd.is_some() {
            self.take()?;
        }
        let op = match self.take()? {
            (Tok::Op(op), _) if op.is_redirect() => op,
            (tok, span) => {
                return Err(self.error_at(
                    ParseErrorKind::Unexpected {
                        token: tok.display(),
                        expecting: None,
                    },
                    span,
                ))
            }
        };
        let (target, span) = match self.take()? {
            (Tok::Word(w), span) => (w, span),
            (Tok::Eof, span) => {
                return Err(self.error_at(ParseErrorKind::UnexpectedEof { expecting: None }, span))
            }
            (tok, span) => {
                return Err(self.error_at(
                    ParseErrorKind::Unexpected {
                        token: tok.display(),
                        expecting: None,
                    },
                    span,
                ))
            }
        };
        let (op, target) = match op {
            Op::DLess | Op::DLessDash => {
                let strip_tabs = op == Op::DLessDash;
                let delim = target.unquoted_text();
                let body = self.read_heredoc(&delim, strip_tabs, target.has_quotes(), span)?;
                (RedirOp::HereDoc { strip_tabs }, body)
            }
            Op::Less => (RedirOp::In, target),
            Op::Great => (RedirOp::Out, target),
            Op::DGreat => (RedirOp::Append, target),
            Op::Clobber => (RedirOp::Clobber, target),
            Op::LessAnd => (RedirOp::DupIn, target),
            Op::GreatAnd => (RedirOp::DupOut, target),
            _ => (RedirOp::ReadWrite, target),
        };
        Ok(Some(Redirect {
            fd,
            op,
            target,
            span: Span::new(start, span.end),
        }))
    }

    fn if_clause(&mut self) -> Result<Compound, ParseError> {
        self.take()?;
        let mut branches = Vec::new();
        let mut otherwise = None;
        loop {
            let cond = self.compound_list(&["then"])?;
            self.expect_keyword("then")?;
            let body = self.compound_list(&["elif", "else", "fi"])?;
            branches.push((cond, body));
            match self.peek_keyword()? {
                Some("elif") => {
                    self.take()?;
                }
                Some("else") => {
                    self.take()?;
                    otherwise = Some(self.compound_list(&["fi"])?);
                    self.expect_keyword("fi")?;
                    break;
                }
                _ => {
                    self.expect_keyword("fi")?;
                    break;
                }
            }
        }
        Ok(Compound::If {
            branches,
            otherwise,
        })
    }

    /// Whether the next token is a `(` directly followed by another (bash `((`).
    fn at_double_paren(&mut self) -> Result<bool, ParseError> {
        if !matches!(self.peek()?, Tok::Op(Op::LParen)) {
            return Ok(false);
        }
        let at = self.peek_span()?.start;
        Ok(self.src.get(at..).is_some_and(|r| r.starts_with("((")))
    }

    fn for_clause(&mut self) -> Result<Compound, ParseError> {
        self.take()?;
        if self.bash && self.at_double_paren()? {
            let open = self.peek_span()?.start;
            let Some(close) = self.double_paren_end(open) else {
                return Err(self.unexpected(Some("))"))?);
            };
            let mut parts = Vec::new();
            let mut from = open + 2;
            let mut depth = 0usize;
            for (i, b) in self.src.as_bytes()[open + 2..close].iter().enumerate() {
                match b {
                    b'(' => depth += 1,
                    b')' => depth = depth.saturating_sub(1),
                    b';' if depth == 0 && parts.len() < 2 => {
                        parts.push(self.arith_word(from, open + 2 + i)?);
                        from = open + 3 + i;
                    }
                    _ => {}
                }
            }
            parts.push(self.arith_word(from, close)?);
            if parts.len() != 3 {
                let span = Span::new(open, close + 2);
                return Err(self.error_at(
                    ParseErrorKind::Unexpected {
                        token: "((".into(),
                        expecting: None,
                    },
                    span,
                ));
            }
            self.peeked = None;
            self.pos = close + 2;
            if matches!(self.peek()?, Tok::Op(Op::Semi)) {
                self.take()?;
            }
            self.skip_newlines()?;
            self.expect_keyword("do")?;
            let body = self.compound_list(&["done"])?;
            self.expect_keyword("done")?;
            let mut it = parts.into_iter();
            let (Some(init), Some(cond), Some(step)) = (it.next(), it.next(), it.next()) else {
                return Ok(Compound::Brace(body));
            };
            return Ok(Compound::ArithFor {
                init,
                cond,
                step,
                body,
            });
        }
        let var = match self.take()? {
            (Tok::Word(w), span) => match w.as_plain() {
                Some(n) if is_name(n) => n.to_string(),
                _ => {
                    return Err(self.error_at(
                        ParseErrorKind::Unexpected {
                            token: w.unquoted_text(),
                            expecting: None,
                        },
                        span,
                    ))
                }
            },
            (Tok::Eof, span) => {
                return Err(self.error_at(ParseErrorKind::UnexpectedEof { expecting: None }, span))
            }
            (tok, span) => {
                return Err(self.error_at(
                    ParseErrorKind::Unexpected {
                        token: tok.display(),
                        expecting: None,
                    },
                    span,
                ))
            }
        };
        self.skip_newlines()?;
        let mut words = None;
        if self.peek_keyword()? == Some("in") {
            self.take()?;
            let mut list = Vec::new();
            while let Tok::Word(_) = self.peek()? {
                if let (Tok::Word(w), _) = self.take()? {
                    list.push(w);
                }
            }
            words = Some(list);
            match self.peek()? {
                Tok::Op(Op::Semi) | Tok::Newline => {
                    self.take()?;
                }
                _ => return Err(self.unexpected(Some("do"))?),
            }
        } else if matches!(self.peek()?, Tok::Op(Op::Semi)) {
            self.take()?;
        }
        self.skip_newlines()?;
        self.expect_keyword("do")?;
        let body = self.compound_list(&["done"])?;
        self.expect_keyword("done")?;
        Ok(Compound::For { var, words, body })
    }

    fn loop_clause(&mut self, until: bool) -> Result<Compound, ParseError> {
        self.take()?;
        let cond = self.compound_list(&["do"])?;
        self.expect_keyword("do")?;
        let body = self.compound_list(&["done"])?;
        self.expect_keyword("done")?;
        Ok(Compound::Loop { until, cond, body })
    }

    fn case_clause(&mut self) -> Result<Compound, ParseError> {
        self.take()?;
        let word = match self.take()? {
            (Tok::Word(w), _) => w,
            (Tok::Eof, span) => {
                return Err(self.error_at(
                    ParseErrorKind::UnexpectedEof {
                        expecting: Some("word".into()),
                    },
                    span,
                ))
            }
            (tok, span) => {
                return Err(self.error_at(
                    ParseErrorKind::Unexpected {
                        token: tok.display(),
                        expecting: Some("word".into()),
                    },
                    span,
                ))
            }
        };
        self.skip_newlines()?;
        self.expect_keyword("in")?;
        let mut arms = Vec::new();
        loop {
            self.skip_newlines()?;
            if self.peek_keyword()? == Some("esac") {
                self.take()?;
                break;
            }
            if matches!(self.peek()?, Tok::Op(Op::LParen)) {
                self.take()?;
            }
            let mut patterns = Vec::new();
            loop {
                match self.take()? {
                    (Tok::Word(w), _) => patterns.push(w),
                    (Tok::Eof, span) => {
                        return Err(self.error_at(
                            ParseErrorKind::UnexpectedEof {
                                expecting: Some(")".into()),
                            },
                            span,
                        ))
                    }
                    (tok, span) => {
                        return Err(self.error_at(
                            ParseErrorKind::Unexpected {
                                token: tok.display(),
                                expecting: Some(")".into()),
                            },
                            span,
                        ))
                    }
                }
                match self.peek()? {
                    Tok::Op(Op::Pipe) => {
                        self.take()?;
                    }
                    Tok::Op(Op::RParen) => {
                        self.take()?;
                        break;
                    }
                    _ => return Err(self.unexpected(Some(")"))?),
                }
            }
            let body = self.compound_list(&["esac"])?;
            arms.push(CaseArm { patterns, body });
            match self.peek()? {
                Tok::Op(Op::DSemi) => {
                    self.take()?;
                }
                _ => {
                    self.skip_newlines()?;
                    self.expect_keyword("esac")?;
                    break;
                }
            }
        }
        Ok(Compound::Case { word, arms })
    }
}

/// `NAME=value` at the start of a simple command.
fn split_assignment(w: &Word) -> Option<Assign> {
    let WordPart::Lit(first) = w.parts.first()? else {
        return None;
    };
    let eq = first.find('=')?;
    let name = &first[..eq];
    if !is_name(name) {
        return None;
    }
    let mut parts = Vec::new();
    let rest = &first[eq + 1..];
    if !rest.is_empty() {
        parts.push(WordPart::Lit(rest.to_string()));
    }
    parts.extend(w.parts.iter().skip(1).cloned());
    Some(Assign {
        name: name.to_string(),
        value: Word {
            parts,
            span: Span::new(w.span.start + eq + 1, w.span.end),
        },
    })
}

/// A valid variable name: a letter or `_`, then letters, digits and `_`.
pub fn is_name(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
}
