//! Tokens: operators, words with their quoting and substitutions, comments, here-document bodies.

use std::rc::Rc;

use super::ast::*;
use super::parser::{ParseError, ParseErrorKind, Parser};

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Tok {
    Word(Word),
    /// The digits before a redirect operator, as in `2>`.
    IoNumber(u32),
    Op(Op),
    Newline,
    Eof,
}

impl Tok {
    /// The token as a shell names it in a syntax error.
    pub(crate) fn display(&self) -> String {
        match self {
            Tok::Word(w) => w.unquoted_text(),
            Tok::IoNumber(n) => n.to_string(),
            Tok::Op(op) => op.text().to_string(),
            Tok::Newline => "newline".to_string(),
            Tok::Eof => "end of file".to_string(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Op {
    AndIf,
    OrIf,
    DSemi,
    Semi,
    Amp,
    Pipe,
    LParen,
    RParen,
    DLessDash,
    DLess,
    LessAnd,
    LessGreat,
    Less,
    DGreat,
    GreatAnd,
    Clobber,
    Great,
}

impl Op {
    pub(crate) fn text(self) -> &'static str {
        match self {
            Op::AndIf => "&&",
            Op::OrIf => "||",
            Op::DSemi => ";;",
            Op::Semi => ";",
            Op::Amp => "&",
            Op::Pipe => "|",
            Op::LParen => "(",
            Op::RParen => ")",
            Op::DLessDash => "<<-",
            Op::DLess => "<<",
            Op::LessAnd => "<&",
            Op::LessGreat => "<>",
            Op::Less => "<",
            Op::DGreat => ">>",
            Op::GreatAnd => ">&",
            Op::Clobber => ">|",
            Op::Great => ">",
        }
    }

    pub(crate) fn is_redirect(self) -> bool {
        matches!(
            self,
            Op::DLessDash
                | Op::DLess
                | Op::LessAnd
                | Op::LessGreat
                | Op::Less
                | Op::DGreat
                | Op::GreatAnd
                | Op::Clobber
                | Op::Great
        )
    }
}

/// What ends a run of word parts, and which quoting rules apply inside it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// A plain word: ends at a blank or an operator character.
    Word,
    /// The word inside `${name…}`: ends at `}` (and at `/` when `slash`).
    Param { slash: bool },
    /// Inside double quotes: ends at `"`.
    DQuote,
    /// A here-document body or an arithmetic expression: ends at the parser's end.
    Body,
}

#[inline(always)]
fn is_meta(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | ';' | '&' | '|' | '<' | '>' | '(' | ')'
    )
}

/// Whether byte `b` is literal text in `mode` past a word's first character: it neither ends
/// the mode nor starts a quote, an escape or an expansion. Only ASCII, so a run of these bytes
/// ends on a character boundary.
#[inline(always)]
fn is_plain(mode: Mode, b: u8) -> bool {
    if !b.is_ascii() || matches!(b, b'\\' | b'$' | b'`') {
        return false;
    }
    match mode {
        Mode::Word => !is_meta(char::from(b)) && !matches!(b, b'\'' | b'"'),
        Mode::Param { slash } => !(matches!(b, b'}' | b'\'' | b'"') || (slash && b == b'/')),
        Mode::DQuote => b != b'"',
        Mode::Body => true,
    }
}

fn push_lit(parts: &mut Vec<WordPart>, c: char) {
    if let Some(WordPart::Lit(s)) = parts.last_mut() {
        s.push(c);
    } else {
        parts.push(WordPart::Lit(c.to_string()));
    }
}

fn push_lit_str(parts: &mut Vec<WordPart>, text: &str) {
    if let Some(WordPart::Lit(s)) = parts.last_mut() {
        s.push_str(text);
    } else {
        parts.push(WordPart::Lit(text.to_string()));
    }
}

fn push_quoted(parts: &mut Vec<WordPart>, c: char) {
    if let Some(WordPart::Quoted(s)) = parts.last_mut() {
        s.push(c);
    } else {
        parts.push(WordPart::Quoted(c.to_string()));
    }
}

impl<'s> Parser<'s> {
    pub(crate) fn sub(&self, pos: usize, end: usize) -> Parser<'s> {
        Parser {
            src: self.src,
            pos,
            end: end.min(self.src.len()),
            peeked: None,
            depth: self.depth,
            lines: Rc::clone(&self.lines),
            heredoc_skip: None,
            bash: self.bash,
            strict_heredoc: self.strict_heredoc,
        }
    }

    #[inline(always)]
    fn cur(&self) -> Option<char> {
        if self.pos >= self.end {
            return None;
        }
        match self.src.as_bytes().get(self.pos) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            _ => self.src.get(self.pos..self.end)?.chars().next(),
        }
    }

    fn at(&self, offset: usize) -> Option<char> {
        let p = self.pos + offset;
        if p >= self.end {
            return None;
        }
        self.src.get(p..self.end)?.chars().next()
    }

    #[inline(always)]
    fn bump(&mut self) -> Option<char> {
        let c = self.cur()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    /// The operator at the current position, longest first (`<<-` before `<<` before `<`).
    fn operator(&self) -> Option<Op> {
        let rest = self.src.as_bytes().get(self.pos..self.end)?;
        let at = |i: usize| rest.get(i).copied();
        Some(match (at(0)?, at(1)) {
            (b'&', Some(b'&')) => Op::AndIf,
            (b'|', Some(b'|')) => Op::OrIf,
            (b';', Some(b';')) => Op::DSemi,
            (b'<', Some(b'<')) if at(2) == Some(b'-') => Op::DLessDash,
            (b'<', Some(b'<')) => Op::DLess,
            (b'<', Some(b'&')) => Op::LessAnd,
            (b'<', Some(b'>')) => Op::LessGreat,
            (b'>', Some(b'>')) => Op::DGreat,
            (b'>', Some(b'&')) => Op::GreatAnd,
            (b'>', Some(b'|')) => Op::Clobber,
            (b';', _) => Op::Semi,
            (b'&', _) => Op::Amp,
            (b'|', _) => Op::Pipe,
            (b'(', _) => Op::LParen,
            (b')', _) => Op::RParen,
            (b'<', _) => Op::Less,
            (b'>', _) => Op::Great,
            _ => return None,
        })
    }

    pub(crate) fn next_token(&mut self) -> Result<(Tok, Span), ParseError> {
        loop {
            match self.cur() {
                Some(' ' | '\t' | '\r') => {
                    self.pos += 1;
                }
                Some('\\') if self.at(1) == Some('\n') => {
                    self.pos += 2;
                }
                Some('#') => {
                    while let Some(c) = self.cur() {
                        if c == '\n' {
                            break;
                        }
                        self.bump();
                    }
                }
                _ => break,
            }
        }
        let start = self.pos;
        let Some(c) = self.cur() else {
            return Ok((Tok::Eof, Span::new(start, start)));
        };
        if c == '\n' {
            self.pos += 1;
            if let Some((nl, resume)) = self.heredoc_skip {
                if nl == start {
                    self.pos = resume.max(self.pos);
                    self.heredoc_skip = None;
                }
            }
            return Ok((Tok::Newline, Span::new(start, start + 1)));
        }
        if let Some(op) = self.operator() {
            self.pos += op.text().len();
            return Ok((Tok::Op(op), Span::new(start, self.pos)));
        }
        let parts = self.parse_parts(Mode::Word)?;
        let span = Span::new(start, self.pos);
        if let [WordPart::Lit(digits)] = parts.as_slice() {
            if matches!(self.cur(), Some('<' | '>'))
                && digits.len() <= 2
                && digits.chars().all(|c| c.is_ascii_digit())
            {
                let n = digits.parse().unwrap_or(0);
                return Ok((Tok::IoNumber(n), span));
            }
        }
        Ok((Tok::Word(Word { parts, span }), span))
    }

    /// Read word parts until the mode's end.
    /// The text between `start` and `end` as an arithmetic expression's word parts.
    pub(crate) fn arith_word(&self, start: usize, end: usize) -> Result<Word, ParseError> {
        let mut sub = self.sub(start, end);
        sub.enter()?;
        let parts = sub.parse_parts(Mode::Body)?;
        Ok(Word {
            parts,
            span: Span::new(start, end),
        })
    }

    pub(crate) fn parse_parts(&mut self, mode: Mode) -> Result<Vec<WordPart>, ParseError> {
        self.enter()?;
        let mut parts = Vec::new();
        let word_start = self.pos;
        while let Some(c) = self.cur() {
            match mode {
                Mode::Word if is_meta(c) => break,
                Mode::Param { slash } if c == '}' || (slash && c == '/') => break,
                Mode::DQuote if c == '"' => break,
                _ => {}
            }
            let quoting = matches!(mode, Mode::Word | Mode::Param { .. });
            match c {
                '\\' => {
                    self.bump();
                    match self.cur() {
                        None => push_lit(&mut parts, '\\'),
                        Some('\n') => {
                            self.bump();
                        }
                        Some(n) if quoting => {
                            self.bump();
                            push_quoted(&mut parts, n);
                        }
                        Some(n @ ('$' | '`' | '\\')) => {
                            self.bump();
                            push_quoted(&mut parts, n);
                        }
                        Some('"') if mode == Mode::DQuote => {
                            self.bump();
                            push_quoted(&mut parts, '"');
                        }
                        Some(_) => push_lit(&mut parts, '\\'),
                    }
                }
                '\'' if quoting => {
                    let open = self.pos;
                    self.bump();
                    let rest = &self.src[self.pos..self.end];
                    let Some(len) = rest.find('\'') else {
                        self.pos = self.end;
                        return Err(self.error_at(
                            ParseErrorKind::UnterminatedQuote { quote: '\'' },
                            Span::new(open, self.pos),
                        ));
                    };
                    self.pos += len + 1;
                    parts.push(WordPart::Quoted(rest[..len].to_string()));
                }
                '"' if quoting => {
                    let open = self.pos;
                    self.bump();
                    let inner = self.parse_parts(Mode::DQuote)?;
                    if self.cur() != Some('"') {
                        return Err(self.error_at(
                            ParseErrorKind::UnterminatedQuote { quote: '"' },
                            Span::new(open, self.pos),
                        ));
                    }
                    self.bump();
                    parts.push(WordPart::DQuoted(inner));
                }
                '$' => match self.dollar()? {
                    Some(p) => parts.push(p),
                    None => push_lit(&mut parts, '$'),
                },
                '`' => {
                    let p = self.backtick(mode == Mode::DQuote)?;
                    parts.push(p);
                }
                '~' if mode == Mode::Word && self.pos == word_start => {
                    self.bump();
                    let mut user = String::new();
                    while let Some(ch) = self.cur() {
                        if ch == '/' || is_meta(ch) || !(ch.is_alphanumeric() || "_.-".contains(ch))
                        {
                            break;
                        }
                        user.push(ch);
                        self.bump();
                    }
                    parts.push(WordPart::Tilde(user));
                }
                _ => {
                    // This character and the plain ones after it are one run of literal text.
                    let from = self.pos;
                    self.bump();
                    let bytes = self.src.as_bytes();
                    while self.pos < self.end && is_plain(mode, bytes[self.pos]) {
                        self.pos += 1;
                    }
                    push_lit_str(&mut parts, &self.src[from..self.pos]);
                }
            }
        }
        self.leave();
        Ok(parts)
    }

    /// After a `$`: a parameter, a substitution, or `None` when the `$` is literal.
    fn dollar(&mut self) -> Result<Option<WordPart>, ParseError> {
        let start = self.pos;
        self.bump();
        match self.cur() {
            Some('(') if self.at(1) == Some('(') => {
                if let Some(close) = self.arith_end() {
                    let inner_start = self.pos + 2;
                    let mut sub = self.sub(inner_start, close);
                    sub.enter()?;
                    let parts = sub.parse_parts(Mode::Body)?;
                    self.pos = close + 2;
                    return Ok(Some(WordPart::Arith(parts)));
                }
                self.command_subst(start).map(Some)
            }
            Some('(') => self.command_subst(start).map(Some),
            Some('\'') if self.bash => {
                // bash's $'…': backslash escapes are interpreted, the result is quoted.
                self.bump();
                let mut raw = String::new();
                loop {
                    match self.bump() {
                        Some('\'') => break,
                        Some('\\') => {
                            raw.push('\\');
                            if let Some(c) = self.bump() {
                                raw.push(c);
                            }
                        }
                        Some(c) => raw.push(c),
                        None => {
                            return Err(self.error_at(
                                ParseErrorKind::UnterminatedQuote { quote: '\'' },
                                Span::new(start, self.pos),
                            ))
                        }
                    }
                }
                let raw = raw.replace("\\'", "'");
                let (text, _) = super::printf::escapes(&raw, false);
                Ok(Some(WordPart::Quoted(text)))
            }
            Some('{') => self.braced_param(start).map(Some),
            Some(c) if c == '_' || c.is_ascii_alphabetic() => {
                let mut name = String::new();
                while let Some(ch) = self.cur() {
                    if ch == '_' || ch.is_ascii_alphanumeric() {
                        name.push(ch);
                        self.bump();
                    } else {
                        break;
                    }
                }
                Ok(Some(param(name, ParamOp::Plain)))
            }
            Some(c) if c.is_ascii_digit() || "@*#?-$!".contains(c) => {
                self.bump();
                Ok(Some(param(c.to_string(), ParamOp::Plain)))
            }
            _ => Ok(None),
        }
    }

    /// The position of the `))` closing a `$((`, or `None` when it is really `$( (…) )`.
    fn arith_end(&self) -> Option<usize> {
        self.double_paren_end(self.pos + 1)
    }

    /// The position of the `))` closing the `((` at `open`, or `None`.
    pub(crate) fn double_paren_end(&self, open: usize) -> Option<usize> {
        let bytes = self.src.as_bytes();
        let mut depth = 0usize;
        let mut i = open + 2;
        while i < self.end {
            match bytes[i] {
                b'(' => depth += 1,
                b')' if depth == 0 => {
                    return (i + 1 < self.end && bytes[i + 1] == b')').then_some(i);
                }
                b')' => depth -= 1,
                _ => {}
            }
            i += 1;
        }
        None
    }

    fn command_subst(&mut self, start: usize) -> Result<WordPart, ParseError> {
        self.bump(); // the `(`
        self.enter()?;
        let saved = self.peeked.take();
        let list = self.compound_list(&[])?;
        match self.peek()? {
            Tok::Op(super::lexer::Op::RParen) => {
                self.peeked = None;
            }
            Tok::Eof => {
                return Err(self.error_at(
                    ParseErrorKind::UnexpectedEof {
                        expecting: Some(")".into()),
                    },
                    Span::new(start, self.pos),
                ))
            }
            _ => {
                let (token, span) = self.peek_text()?;
                return Err(self.error_at(
                    ParseErrorKind::Unexpected {
                        token,
                        expecting: Some(")".into()),
                    },
                    span,
                ));
            }
        }
        self.peeked = saved;
        self.leave();
        Ok(WordPart::CmdSub(Rc::new(list)))
    }

    fn backtick(&mut self, in_dquote: bool) -> Result<WordPart, ParseError> {
        let open = self.pos;
        self.bump();
        let mut inner = String::new();
        loop {
            match self.bump() {
                Some('`') => break,
                Some('\\') => match self.bump() {
                    Some(c @ ('$' | '`' | '\\')) => inner.push(c),
                    Some('"') if in_dquote => inner.push('"'),
                    Some(c) => {
                        inner.push('\\');
                        inner.push(c);
                    }
                    None => inner.push('\\'),
                },
                Some(c) => inner.push(c),
                None => {
                    return Err(self.error_at(
                        ParseErrorKind::UnterminatedQuote { quote: '`' },
                        Span::new(open, self.pos),
                    ))
                }
            }
        }
        let mut sub = Parser::new(&inner, 0, inner.len());
        sub.depth = self.depth + 1;
        sub.bash = self.bash;
        sub.strict_heredoc = self.strict_heredoc;
        let list = sub.compound_list(&[]).map_err(|mut e| {
            e.span = Span::new(open, self.pos);
            e.line = self.line_of(open);
            e
        })?;
        if !matches!(sub.peek(), Ok(Tok::Eof)) {
            let token = sub.peek_text().map(|t| t.0).unwrap_or_default();
            return Err(self.error_at(
                ParseErrorKind::Unexpected {
                    token,
                    expecting: None,
                },
                Span::new(open, self.pos),
            ));
        }
        Ok(WordPart::CmdSub(Rc::new(list)))
    }

    fn braced_param(&mut self, start: usize) -> Result<WordPart, ParseError> {
        self.bump(); // the `{`
        let bad = |p: &Parser| p.error_at(ParseErrorKind::BadSubstitution, Span::new(start, p.pos));
        let mut length = false;
        if self.cur() == Some('#') && !matches!(self.at(1), Some('}') | None) {
            // `${#name}`; but `${#-x}` style forms are rare enough to read as length too.
            length = true;
            self.bump();
        }
        let mut name = String::new();
        match self.cur() {
            Some(c) if c == '_' || c.is_ascii_alphabetic() => {
                while let Some(ch) = self.cur() {
                    if ch == '_' || ch.is_ascii_alphanumeric() {
                        name.push(ch);
                        self.bump();
                    } else {
                        break;
                    }
                }
            }
            Some(c) if c.is_ascii_digit() => {
                while let Some(ch) = self.cur() {
                    if ch.is_ascii_digit() {
                        name.push(ch);
                        self.bump();
                    } else {
                        break;
                    }
                }
            }
            Some(c) if "@*#?-$!".contains(c) => {
                name.push(c);
                self.bump();
            }
            _ => return Err(bad(self)),
        }
        if length {
            if self.cur() != Some('}') {
                return Err(bad(self));
            }
            self.bump();
            return Ok(param(name, ParamOp::Length));
        }
        let Some(c) = self.cur() else {
            return Err(bad(self));
        };
        if c == '}' {
            self.bump();
            return Ok(param(name, ParamOp::Plain));
        }
        let colon = c == ':';
        let op_char = if colon { self.at(1) } else { Some(c) };
        let op = match op_char {
            Some(o @ ('-' | '=' | '?' | '+')) => {
                self.pos += if colon { 2 } else { 1 };
                let word = self.param_word(false)?;
                match o {
                    '-' => ParamOp::Default { colon, word },
                    '=' => ParamOp::Assign { colon, word },
                    '?' => ParamOp::Error { colon, word },
                    _ => ParamOp::Alternative { colon, word },
                }
            }
            Some(o @ ('%' | '#')) if !colon => {
                self.bump();
                let longest = self.cur() == Some(o);
                if longest {
                    self.bump();
                }
                let word = self.param_word(false)?;
                if o == '%' {
                    ParamOp::TrimSuffix { longest, word }
                } else {
                    ParamOp::TrimPrefix { longest, word }
                }
            }
            Some('/') if !colon => {
                self.bump();
                let all = self.cur() == Some('/');
                if all {
                    self.bump();
                }
                let pattern = self.param_word(true)?;
                let with = if self.cur() == Some('/') {
                    self.bump();
                    self.param_word(false)?
                } else {
                    Word::default()
                };
                ParamOp::Replace { all, pattern, with }
            }
            _ if colon => {
                self.bump();
                let offset = self.param_word_until(':')?;
                let length = if self.cur() == Some(':') {
                    self.bump();
                    Some(self.param_word(false)?)
                } else {
                    None
                };
                ParamOp::Substring { offset, length }
            }
            _ => {
                let mut text = String::new();
                while let Some(ch) = self.cur() {
                    if ch == '}' {
                        break;
                    }
                    text.push(ch);
                    self.bump();
                }
                ParamOp::Bad(text)
            }
        };
        if self.cur() != Some('}') {
            return Err(self.error_at(
                ParseErrorKind::UnexpectedEof {
                    expecting: Some("}".into()),
                },
                Span::new(start, self.pos),
            ));
        }
        self.bump();
        Ok(param(name, op))
    }

    fn param_word(&mut self, slash: bool) -> Result<Word, ParseError> {
        let start = self.pos;
        let parts = self.parse_parts(Mode::Param { slash })?;
        Ok(Word {
            parts,
            span: Span::new(start, self.pos),
        })
    }

    /// The offset word of `${x:offset:length}`: plain text up to `:` or `}`.
    fn param_word_until(&mut self, stop: char) -> Result<Word, ParseError> {
        let start = self.pos;
        let mut text = String::new();
        while let Some(c) = self.cur() {
            if c == stop || c == '}' {
                break;
            }
            text.push(c);
            self.bump();
        }
        Ok(Word::literal(&text, Span::new(start, self.pos)))
    }

    /// Read the body of a here-document whose operator was just parsed. The body starts after
    /// the current line (or after the previous body on this line); the lexer skips it later.
    pub(crate) fn read_heredoc(
        &mut self,
        delim: &str,
        strip_tabs: bool,
        quoted: bool,
        op_span: Span,
    ) -> Result<Word, ParseError> {
        let (nl, start) = match self.heredoc_skip {
            Some((nl, resume)) => (nl, resume),
            None => {
                let rest = self.src.get(self.pos..self.end).unwrap_or("");
                match rest.find('\n') {
                    Some(i) => (self.pos + i, self.pos + i + 1),
                    None if self.strict_heredoc => {
                        return Err(self.error_at(
                            ParseErrorKind::HereDocDelimiter {
                                delimiter: delim.to_string(),
                            },
                            op_span,
                        ))
                    }
                    // The text ends on the operator's line: an empty body, as the shells do.
                    None => (self.end, self.end),
                }
            }
        };
        let mut body = String::new();
        let mut p = start;
        let mut found = false;
        while p < self.end {
            let rest = self.src.get(p..self.end).unwrap_or("");
            let (line, next) = match rest.find('\n') {
                Some(i) => (&rest[..i], p + i + 1),
                None => (rest, self.end),
            };
            let line_cmp = if strip_tabs {
                line.trim_start_matches('\t')
            } else {
                line
            };
            p = next;
            if line_cmp == delim {
                found = true;
                break;
            }
            body.push_str(line_cmp);
            if next <= self.end && rest.len() > line.len() {
                body.push('\n');
            }
        }
        if !found && self.strict_heredoc {
            return Err(self.error_at(
                ParseErrorKind::HereDocDelimiter {
                    delimiter: delim.to_string(),
                },
                op_span,
            ));
        }
        self.heredoc_skip = Some((nl, p));
        let span = Span::new(start, p);
        if quoted {
            return Ok(Word {
                parts: vec![WordPart::Quoted(body)],
                span,
            });
        }
        let mut sub = Parser::new(&body, 0, body.len());
        sub.depth = self.depth + 1;
        let parts = sub.parse_parts(Mode::Body).map_err(|mut e| {
            e.line = self.line_of(start) + e.line.saturating_sub(1);
            e.span = span;
            e
        })?;
        Ok(Word { parts, span })
    }
}

fn param(name: String, op: ParamOp) -> WordPart {
    WordPart::Param(Box::new(ParamExp { name, op }))
}
