//! A small real subset of Jinja, the template engine Flask renders with: `{{ expr }}` with
//! names, attribute and index access, literals and the common filters; `{% if %}`,
//! `{% for %}` with `loop`, `{% extends %}` with `{% block %}`; comments; `-` whitespace
//! control; autoescaping for HTML templates. Errors carry Jinja's own wording.

use crate::map::Map;

/// A value a template sees (and the Flask model computes with).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    /// Markup that is not escaped again (the result of `|safe` or of a rendered template).
    Safe(String),
    List(Vec<Value>),
    Dict(Map<String, Value>),
    /// A name the template looked up and did not find.
    Undefined(String),
}

impl Value {
    /// Python's truthiness.
    pub fn truthy(&self) -> bool {
        match self {
            Value::None | Value::Undefined(_) => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) | Value::Safe(s) => !s.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Dict(d) => !d.is_empty(),
        }
    }

    /// Python's `type(x).__name__`.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Safe(_) => "Markup",
            Value::List(_) => "list",
            Value::Dict(_) => "dict",
            Value::Undefined(_) => "Undefined",
        }
    }

    /// `str(x)`.
    pub fn to_str(&self) -> String {
        match self {
            Value::Str(s) | Value::Safe(s) => s.clone(),
            Value::Undefined(_) => String::new(),
            other => other.repr(),
        }
    }

    /// `repr(x)`.
    pub fn repr(&self) -> String {
        match self {
            Value::None => "None".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => float_repr(*f),
            Value::Str(s) | Value::Safe(s) => str_repr(s),
            Value::List(l) => {
                let items: Vec<String> = l.iter().map(Value::repr).collect();
                format!("[{}]", items.join(", "))
            }
            Value::Dict(d) => {
                let items: Vec<String> = d
                    .iter()
                    .map(|(k, v)| format!("{}: {}", str_repr(k), v.repr()))
                    .collect();
                format!("{{{}}}", items.join(", "))
            }
            Value::Undefined(_) => String::new(),
        }
    }
}

/// Python's repr of a float (`1.0`, `0.5`, `inf`).
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let t = format!("{f}");
    if t.contains('.') || t.contains('e') {
        t
    } else {
        format!("{t}.0")
    }
}

/// Python's repr of a string: single quotes unless the text holds one and no double quote.
pub fn str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// HTML escaping as MarkupSafe does it.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Why a template could not be rendered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplateError {
    /// `jinja2.exceptions.TemplateSyntaxError`, in template `name` at `line`.
    Syntax {
        message: String,
        name: String,
        line: usize,
    },
    /// `jinja2.exceptions.TemplateAssertionError` (an unknown filter).
    Assertion {
        message: String,
        name: String,
        line: usize,
    },
    /// `jinja2.exceptions.TemplateNotFound`.
    NotFound(String),
    /// `jinja2.exceptions.UndefinedError`.
    Undefined {
        message: String,
        name: String,
        line: usize,
    },
    /// A Python `TypeError` raised while rendering.
    Type {
        message: String,
        name: String,
        line: usize,
    },
    /// A Jinja feature outside this subset (our wording).
    Unsupported {
        what: String,
        name: String,
        line: usize,
    },
}

impl TemplateError {
    /// The exception line Python prints last in a traceback.
    pub fn exception_line(&self) -> String {
        match self {
            TemplateError::Syntax { message, .. } => {
                format!("jinja2.exceptions.TemplateSyntaxError: {message}")
            }
            TemplateError::Assertion { message, .. } => {
                format!("jinja2.exceptions.TemplateAssertionError: {message}")
            }
            TemplateError::NotFound(n) => format!("jinja2.exceptions.TemplateNotFound: {n}"),
            TemplateError::Undefined { message, .. } => {
                format!("jinja2.exceptions.UndefinedError: {message}")
            }
            TemplateError::Type { message, .. } => format!("TypeError: {message}"),
            TemplateError::Unsupported { what, .. } => {
                format!("layerlab: this template uses {what}, which the simulation does not model")
            }
        }
    }

    /// The template and line the error points at, when there is one.
    pub fn location(&self) -> Option<(&str, usize)> {
        match self {
            TemplateError::NotFound(_) => None,
            TemplateError::Syntax { name, line, .. }
            | TemplateError::Assertion { name, line, .. }
            | TemplateError::Undefined { name, line, .. }
            | TemplateError::Type { name, line, .. }
            | TemplateError::Unsupported { name, line, .. } => Some((name, *line)),
        }
    }
}

// ----- lexing -----

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Name(String),
    Str(String),
    Int(i64),
    Float(f64),
    Op(&'static str),
}

/// One piece of template source.
#[derive(Clone, Debug)]
enum Piece {
    Text(String),
    /// `{{ … }}` tokens, and the line it starts on.
    Var(Vec<Tok>, usize),
    /// `{% … %}` tokens.
    Tag(Vec<Tok>, usize),
}

const OPS: &[&str] = &[
    "==", "!=", "<=", ">=", "//", "**", "<", ">", "(", ")", "[", "]", "{", "}", ",", ".", "|", ":",
    "+", "-", "*", "/", "%", "~", "=",
];

struct Lexer<'a> {
    src: &'a str,
    name: &'a str,
}

impl Lexer<'_> {
    fn line_at(&self, pos: usize) -> usize {
        1 + self.src.as_bytes()[..pos.min(self.src.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
    }

    fn syntax(&self, message: String, pos: usize) -> TemplateError {
        TemplateError::Syntax {
            message,
            name: self.name.to_string(),
            line: self.line_at(pos),
        }
    }

    fn pieces(&self) -> Result<Vec<Piece>, TemplateError> {
        let src = self.src;
        let mut out = Vec::new();
        let mut pos = 0;
        let mut strip_next = false;
        while pos < src.len() {
            let rest = &src[pos..];
            let open = ["{{", "{%", "{#"]
                .iter()
                .filter_map(|o| rest.find(o).map(|i| (i, *o)))
                .min_by_key(|(i, _)| *i);
            let Some((at, opener)) = open else {
                push_text(&mut out, rest, strip_next, false);
                break;
            };
            let start = pos + at;
            let after = start + 2;
            let strip_before = src[after..].starts_with('-');
            push_text(&mut out, &rest[..at], strip_next, strip_before);
            let inner_start = after + usize::from(strip_before);
            let closer = match opener {
                "{{" => "}}",
                "{%" => "%}",
                _ => "#}",
            };
            if opener == "{#" {
                let Some(end) = src[inner_start..].find("#}") else {
                    return Err(self.syntax("Missing end of comment tag".into(), start));
                };
                let close = inner_start + end;
                strip_next = close > inner_start && src[..close].ends_with('-');
                pos = close + 2;
                continue;
            }
            let (toks, close, strip) = self.tokens(inner_start, closer, start)?;
            strip_next = strip;
            let line = self.line_at(start);
            out.push(if opener == "{{" {
                Piece::Var(toks, line)
            } else {
                Piece::Tag(toks, line)
            });
            pos = close + 2;
        }
        Ok(out)
    }

    /// Tokens from `pos` up to `closer`: the tokens, where the closer starts, and whether it
    /// strips the whitespace after it (`-%}`).
    fn tokens(
        &self,
        mut pos: usize,
        closer: &str,
        start: usize,
    ) -> Result<(Vec<Tok>, usize, bool), TemplateError> {
        let src = self.src;
        let b = src.as_bytes();
        let mut toks = Vec::new();
        let what = if closer == "}}" {
            "end of print statement"
        } else {
            "end of statement block"
        };
        loop {
            while pos < b.len() && b[pos].is_ascii_whitespace() {
                pos += 1;
            }
            if pos >= b.len() {
                return Err(self.syntax(
                    format!("unexpected end of template, expected '{what}'."),
                    start,
                ));
            }
            let rest = &src[pos..];
            if rest.starts_with(closer) {
                return Ok((toks, pos, false));
            }
            if rest.starts_with('-') && rest[1..].starts_with(closer) {
                return Ok((toks, pos + 1, true));
            }
            let c = b[pos];
            if c.is_ascii_alphabetic() || c == b'_' {
                let end = rest
                    .find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '_'))
                    .unwrap_or(rest.len());
                toks.push(Tok::Name(rest[..end].to_string()));
                pos += end;
            } else if c.is_ascii_digit() {
                let end = rest
                    .find(|ch: char| !(ch.is_ascii_digit() || ch == '.' || ch == '_'))
                    .unwrap_or(rest.len());
                let text = rest[..end].trim_end_matches('.').replace('_', "");
                let used = rest[..end].trim_end_matches('.').len();
                if text.contains('.') {
                    toks.push(Tok::Float(text.parse().unwrap_or(0.0)));
                } else {
                    match text.parse() {
                        Ok(n) => toks.push(Tok::Int(n)),
                        Err(_) => toks.push(Tok::Float(text.parse().unwrap_or(0.0))),
                    }
                }
                pos += used.max(1);
            } else if c == b'"' || c == b'\'' {
                let q = c as char;
                let mut s = String::new();
                let mut chars = rest[1..].char_indices();
                let mut end = None;
                while let Some((i, ch)) = chars.next() {
                    if ch == q {
                        end = Some(i + 2);
                        break;
                    }
                    if ch == '\\' {
                        match chars.next() {
                            Some((_, 'n')) => s.push('\n'),
                            Some((_, 't')) => s.push('\t'),
                            Some((_, o)) => s.push(o),
                            None => break,
                        }
                    } else {
                        s.push(ch);
                    }
                }
                let Some(end) = end else {
                    return Err(self.syntax(
                        format!("unexpected char {} at {pos}", str_repr(&q.to_string())),
                        pos,
                    ));
                };
                toks.push(Tok::Str(s));
                pos += end;
            } else if let Some(op) = OPS.iter().find(|o| rest.starts_with(**o)) {
                toks.push(Tok::Op(op));
                pos += op.len();
            } else {
                let ch = rest.chars().next().unwrap_or('?');
                return Err(self.syntax(
                    format!("unexpected char {} at {pos}", str_repr(&ch.to_string())),
                    pos,
                ));
            }
        }
    }
}

fn push_text(out: &mut Vec<Piece>, text: &str, strip_start: bool, strip_end: bool) {
    let mut t = text;
    if strip_start {
        t = t.trim_start();
    }
    if strip_end {
        t = t.trim_end();
    }
    if !t.is_empty() {
        out.push(Piece::Text(t.to_string()));
    }
}

// ----- parsing -----

#[derive(Clone, Debug)]
enum Expr {
    Lit(Value),
    Name(String),
    Attr(Box<Expr>, String),
    Index(Box<Expr>, Box<Expr>),
    Filter(Box<Expr>, String, Vec<Expr>),
    Not(Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Cmp(&'static str, Box<Expr>, Box<Expr>),
    Concat(Box<Expr>, Box<Expr>),
    List(Vec<Expr>),
}

#[derive(Clone, Debug)]
enum Node {
    Text(String),
    Out(Expr, usize),
    If(Vec<(Expr, Vec<Node>)>, Vec<Node>, usize),
    For {
        var: String,
        iter: Expr,
        body: Vec<Node>,
        empty: Vec<Node>,
        line: usize,
    },
    Block(String),
}

struct Parsed {
    extends: Option<(Expr, usize)>,
    nodes: Vec<Node>,
    blocks: Map<String, Vec<Node>>,
}

struct Parser<'a> {
    pieces: Vec<Piece>,
    at: usize,
    end_line: usize,
    /// How many blocks are open, to bound the recursion.
    nesting: usize,
    name: &'a str,
    blocks: Map<String, Vec<Node>>,
    extends: Option<(Expr, usize)>,
}

/// What a tag parser found at the end of a body.
struct End {
    tag: String,
    toks: Vec<Tok>,
    line: usize,
}

const FILTERS: &[&str] = &[
    "upper",
    "lower",
    "length",
    "count",
    "default",
    "d",
    "safe",
    "escape",
    "e",
    "trim",
    "title",
    "capitalize",
    "join",
    "first",
    "last",
    "string",
];

const JINJA_TAGS: &[&str] = &[
    "include",
    "import",
    "from",
    "macro",
    "call",
    "set",
    "with",
    "filter",
    "raw",
    "autoescape",
    "do",
    "break",
    "continue",
];

impl<'a> Parser<'a> {
    fn syntax(&self, message: String, line: usize) -> TemplateError {
        TemplateError::Syntax {
            message,
            name: self.name.to_string(),
            line,
        }
    }

    /// Parse nodes until one of `ends` (the innermost open block is `open`).
    fn body(
        &mut self,
        ends: &[&str],
        open: Option<&str>,
    ) -> Result<(Vec<Node>, Option<End>), TemplateError> {
        if self.nesting > 40 {
            return Err(TemplateError::Unsupported {
                what: "blocks nested more than 40 deep".into(),
                name: self.name.to_string(),
                line: self.last_line(),
            });
        }
        self.nesting += 1;
        let r = self.body_inner(ends, open);
        self.nesting -= 1;
        r
    }

    fn body_inner(
        &mut self,
        ends: &[&str],
        open: Option<&str>,
    ) -> Result<(Vec<Node>, Option<End>), TemplateError> {
        let mut nodes = Vec::new();
        while let Some(piece) = self.pieces.get(self.at).cloned() {
            self.at += 1;
            match piece {
                Piece::Text(t) => nodes.push(Node::Text(t)),
                Piece::Var(toks, line) => {
                    let mut e = ExprParser::new(&toks, self, line, "end of print statement");
                    let expr = e.expr()?;
                    e.finish()?;
                    nodes.push(Node::Out(expr, line));
                }
                Piece::Tag(toks, line) => {
                    let Some(Tok::Name(tag)) = toks.first().cloned() else {
                        return Err(self.syntax("tag name expected".into(), line));
                    };
                    if ends.contains(&tag.as_str()) {
                        return Ok((
                            nodes,
                            Some(End {
                                tag,
                                toks: toks[1..].to_vec(),
                                line,
                            }),
                        ));
                    }
                    let rest = &toks[1..];
                    match tag.as_str() {
                        "if" => nodes.push(self.if_tag(rest, line)?),
                        "for" => nodes.push(self.for_tag(rest, line)?),
                        "block" => nodes.push(self.block_tag(rest, line)?),
                        "extends" => {
                            let mut e = ExprParser::new(rest, self, line, "end of statement block");
                            let expr = e.expr()?;
                            e.finish()?;
                            if self.extends.is_some() {
                                return Err(self.syntax("extended multiple times".into(), line));
                            }
                            self.extends = Some((expr, line));
                        }
                        t if JINJA_TAGS.contains(&t) => {
                            return Err(TemplateError::Unsupported {
                                what: format!("the {{% {t} %}} tag"),
                                name: self.name.to_string(),
                                line,
                            })
                        }
                        t => {
                            let mut msg = format!("Encountered unknown tag '{t}'.");
                            if let Some(open) = open {
                                msg.push_str(&format!(
                                    " Jinja was looking for the following tags: {}. The innermost block that needs to be closed is '{open}'.",
                                    looking_for(ends)
                                ));
                            }
                            return Err(self.syntax(msg, line));
                        }
                    }
                }
            }
        }
        if let Some(open) = open {
            let line = self.last_line();
            return Err(self.syntax(
                format!(
                    "Unexpected end of template. Jinja was looking for the following tags: {}. The innermost block that needs to be closed is '{open}'.",
                    looking_for(ends)
                ),
                line,
            ));
        }
        Ok((nodes, None))
    }

    /// The line the template ends on, where Jinja reports an unclosed block.
    fn last_line(&self) -> usize {
        self.end_line
    }

    fn if_tag(&mut self, toks: &[Tok], line: usize) -> Result<Node, TemplateError> {
        let mut e = ExprParser::new(toks, self, line, "end of statement block");
        let mut cond = e.expr()?;
        e.finish()?;
        let mut branches = Vec::new();
        let ends = ["elif", "else", "endif"];
        loop {
            let (body, end) = self.body(&ends, Some("if"))?;
            branches.push((cond, body));
            let Some(end) = end else {
                return Err(self.syntax("unexpected end of template".into(), line));
            };
            match end.tag.as_str() {
                "elif" => {
                    let mut e =
                        ExprParser::new(&end.toks, self, end.line, "end of statement block");
                    cond = e.expr()?;
                    e.finish()?;
                }
                "else" => {
                    let (other, _) = self.body(&["endif"], Some("if"))?;
                    return Ok(Node::If(branches, other, line));
                }
                _ => return Ok(Node::If(branches, Vec::new(), line)),
            }
        }
    }

    fn for_tag(&mut self, toks: &[Tok], line: usize) -> Result<Node, TemplateError> {
        let var = match toks.first() {
            Some(Tok::Name(n)) if !is_keyword(n) => n.clone(),
            _ => return Err(self.syntax("expected token 'name'".into(), line)),
        };
        match toks.get(1) {
            Some(Tok::Name(n)) if n == "in" => {}
            Some(Tok::Op(",")) => {
                return Err(TemplateError::Unsupported {
                    what: "unpacking in a for loop".into(),
                    name: self.name.to_string(),
                    line,
                })
            }
            Some(t) => {
                return Err(self.syntax(format!("expected token 'in', got '{}'", tok_text(t)), line))
            }
            None => {
                return Err(self.syntax(
                    "expected token 'in', got 'end of statement block'".into(),
                    line,
                ))
            }
        }
        let mut e = ExprParser::new(&toks[2..], self, line, "end of statement block");
        let iter = e.expr()?;
        e.finish()?;
        let (body, end) = self.body(&["else", "endfor"], Some("for"))?;
        let empty = match end {
            Some(end) if end.tag == "else" => self.body(&["endfor"], Some("for"))?.0,
            _ => Vec::new(),
        };
        Ok(Node::For {
            var,
            iter,
            body,
            empty,
            line,
        })
    }

    fn block_tag(&mut self, toks: &[Tok], line: usize) -> Result<Node, TemplateError> {
        let Some(Tok::Name(name)) = toks.first().cloned() else {
            return Err(self.syntax("expected token 'name'".into(), line));
        };
        if toks.len() > 1 {
            return Err(self.syntax(
                format!(
                    "expected token 'end of statement block', got '{}'",
                    tok_text(&toks[1])
                ),
                line,
            ));
        }
        let (body, end) = self.body(&["endblock"], Some("block"))?;
        if let Some(End { toks, line, .. }) = end {
            if let Some(Tok::Name(n)) = toks.first() {
                if *n != name {
                    return Err(self.syntax(
                        format!("mismatching name of block: '{n}', expected '{name}'"),
                        line,
                    ));
                }
            }
        }
        if self.blocks.contains_key(&name) {
            return Err(self.syntax(format!("block '{name}' defined twice"), line));
        }
        self.blocks.insert(name.clone(), body);
        Ok(Node::Block(name))
    }
}

fn looking_for(ends: &[&str]) -> String {
    let mut v: Vec<String> = ends.iter().map(|e| format!("'{e}'")).collect();
    v.reverse();
    v.join(" or ")
}

fn is_keyword(n: &str) -> bool {
    matches!(
        n,
        "and" | "or" | "not" | "in" | "is" | "if" | "else" | "true" | "false" | "none"
    )
}

fn tok_text(t: &Tok) -> String {
    match t {
        Tok::Name(n) => n.clone(),
        Tok::Str(s) => str_repr(s),
        Tok::Int(i) => i.to_string(),
        Tok::Float(f) => float_repr(*f),
        Tok::Op(o) => (*o).to_string(),
    }
}

struct ExprParser<'t, 'p, 'a> {
    toks: &'t [Tok],
    at: usize,
    parser: &'p Parser<'a>,
    line: usize,
    end: &'static str,
    depth: usize,
}

impl<'t, 'p, 'a> ExprParser<'t, 'p, 'a> {
    fn new(
        toks: &'t [Tok],
        parser: &'p Parser<'a>,
        line: usize,
        end: &'static str,
    ) -> ExprParser<'t, 'p, 'a> {
        ExprParser {
            toks,
            at: 0,
            parser,
            line,
            end,
            depth: 0,
        }
    }

    fn err(&self, message: String) -> TemplateError {
        self.parser.syntax(message, self.line)
    }

    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.at)
    }

    fn is_op(&self, op: &str) -> bool {
        matches!(self.peek(), Some(Tok::Op(o)) if *o == op)
    }

    fn is_name(&self, n: &str) -> bool {
        matches!(self.peek(), Some(Tok::Name(x)) if x == n)
    }

    fn finish(&self) -> Result<(), TemplateError> {
        match self.peek() {
            None => Ok(()),
            Some(t) => Err(self.err(format!(
                "expected token '{}', got '{}'",
                self.end,
                tok_text(t)
            ))),
        }
    }

    fn unsupported(&self, what: &str) -> TemplateError {
        TemplateError::Unsupported {
            what: what.to_string(),
            name: self.parser.name.to_string(),
            line: self.line,
        }
    }

    fn expr(&mut self) -> Result<Expr, TemplateError> {
        self.depth += 1;
        if self.depth > 40 {
            return Err(self.unsupported("expressions nested this deeply"));
        }
        let r = self.or();
        self.depth -= 1;
        let e = r?;
        if self.is_name("if") {
            return Err(self.unsupported("inline if expressions"));
        }
        Ok(e)
    }

    fn or(&mut self) -> Result<Expr, TemplateError> {
        let mut left = self.and()?;
        while self.is_name("or") {
            self.at += 1;
            let right = self.and()?;
            left = Expr::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, TemplateError> {
        let mut left = self.not()?;
        while self.is_name("and") {
            self.at += 1;
            let right = self.not()?;
            left = Expr::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn not(&mut self) -> Result<Expr, TemplateError> {
        if self.is_name("not") {
            self.at += 1;
            self.depth += 1;
            if self.depth > 40 {
                return Err(self.unsupported("expressions nested this deeply"));
            }
            let inner = self.not()?;
            self.depth -= 1;
            return Ok(Expr::Not(Box::new(inner)));
        }
        self.compare()
    }

    fn compare(&mut self) -> Result<Expr, TemplateError> {
        let mut left = self.concat()?;
        loop {
            let op = match self.peek() {
                Some(Tok::Op(o)) if ["==", "!=", "<", ">", "<=", ">="].contains(o) => *o,
                Some(Tok::Name(n)) if n == "in" => "in",
                Some(Tok::Name(n)) if n == "not" => {
                    if matches!(self.toks.get(self.at + 1), Some(Tok::Name(x)) if x == "in") {
                        self.at += 1;
                        "not in"
                    } else {
                        return Ok(left);
                    }
                }
                Some(Tok::Name(n)) if n == "is" => return Err(self.unsupported("tests with `is`")),
                _ => return Ok(left),
            };
            self.at += 1;
            let right = self.concat()?;
            left = Expr::Cmp(op, Box::new(left), Box::new(right));
        }
    }

    fn concat(&mut self) -> Result<Expr, TemplateError> {
        let mut left = self.filtered()?;
        while self.is_op("~") {
            self.at += 1;
            let right = self.filtered()?;
            left = Expr::Concat(Box::new(left), Box::new(right));
        }
        if let Some(Tok::Op(o)) = self.peek() {
            if ["+", "-", "*", "/", "//", "%", "**"].contains(o) {
                return Err(self.unsupported("arithmetic"));
            }
        }
        Ok(left)
    }

    fn filtered(&mut self) -> Result<Expr, TemplateError> {
        let mut e = self.postfix()?;
        while self.is_op("|") {
            self.at += 1;
            let Some(Tok::Name(f)) = self.peek().cloned() else {
                return Err(self.err("expected token 'name'".into()));
            };
            self.at += 1;
            let mut args = Vec::new();
            if self.is_op("(") {
                self.at += 1;
                while !self.is_op(")") {
                    if self.peek().is_none() {
                        return Err(self.err(format!("unexpected '{}'", self.end)));
                    }
                    if matches!(self.toks.get(self.at + 1), Some(Tok::Op("="))) {
                        return Err(self.unsupported("keyword arguments to filters"));
                    }
                    args.push(self.expr()?);
                    if self.is_op(",") {
                        self.at += 1;
                    } else if !self.is_op(")") {
                        let got = self.peek().map_or(self.end.to_string(), tok_text);
                        return Err(self.err(format!("expected token ',', got '{got}'")));
                    }
                }
                self.at += 1;
            }
            if !FILTERS.contains(&f.as_str()) {
                return Err(TemplateError::Assertion {
                    message: format!("No filter named '{f}'."),
                    name: self.parser.name.to_string(),
                    line: self.line,
                });
            }
            e = Expr::Filter(Box::new(e), f, args);
        }
        Ok(e)
    }

    fn postfix(&mut self) -> Result<Expr, TemplateError> {
        let mut e = self.atom()?;
        loop {
            if self.is_op(".") {
                self.at += 1;
                match self.peek().cloned() {
                    Some(Tok::Name(n)) => e = Expr::Attr(Box::new(e), n),
                    Some(Tok::Int(i)) => {
                        e = Expr::Index(Box::new(e), Box::new(Expr::Lit(Value::Int(i))))
                    }
                    _ => return Err(self.err("expected token 'name'".into())),
                }
                self.at += 1;
            } else if self.is_op("[") {
                self.at += 1;
                let idx = self.expr()?;
                if !self.is_op("]") {
                    let got = self.peek().map_or(self.end.to_string(), tok_text);
                    return Err(self.err(format!("expected token ']', got '{got}'")));
                }
                self.at += 1;
                e = Expr::Index(Box::new(e), Box::new(idx));
            } else if self.is_op("(") {
                return Err(self.unsupported("calls in expressions"));
            } else {
                return Ok(e);
            }
        }
    }

    fn atom(&mut self) -> Result<Expr, TemplateError> {
        let Some(t) = self.peek().cloned() else {
            return Err(self.err(format!("Expected an expression, got '{}'", self.end)));
        };
        self.at += 1;
        match t {
            Tok::Str(mut s) => {
                while let Some(Tok::Str(more)) = self.peek().cloned() {
                    s.push_str(&more);
                    self.at += 1;
                }
                Ok(Expr::Lit(Value::Str(s)))
            }
            Tok::Int(i) => Ok(Expr::Lit(Value::Int(i))),
            Tok::Float(f) => Ok(Expr::Lit(Value::Float(f))),
            Tok::Name(n) => Ok(match n.as_str() {
                "true" | "True" => Expr::Lit(Value::Bool(true)),
                "false" | "False" => Expr::Lit(Value::Bool(false)),
                "none" | "None" => Expr::Lit(Value::None),
                _ if is_keyword(&n) => {
                    return Err(self.err(format!("unexpected '{n}'")));
                }
                _ => Expr::Name(n),
            }),
            Tok::Op("(") => {
                let e = self.expr()?;
                if !self.is_op(")") {
                    let got = self.peek().map_or(self.end.to_string(), tok_text);
                    return Err(self.err(format!("expected token ')', got '{got}'")));
                }
                self.at += 1;
                Ok(e)
            }
            Tok::Op("[") => {
                let mut items = Vec::new();
                while !self.is_op("]") {
                    if self.peek().is_none() {
                        return Err(self.err(format!("unexpected '{}'", self.end)));
                    }
                    items.push(self.expr()?);
                    if self.is_op(",") {
                        self.at += 1;
                    } else if !self.is_op("]") {
                        let got = self.peek().map_or(self.end.to_string(), tok_text);
                        return Err(self.err(format!("expected token ',', got '{got}'")));
                    }
                }
                self.at += 1;
                Ok(Expr::List(items))
            }
            Tok::Op("-") => match self.peek().cloned() {
                Some(Tok::Int(i)) => {
                    self.at += 1;
                    Ok(Expr::Lit(Value::Int(i.wrapping_neg())))
                }
                Some(Tok::Float(f)) => {
                    self.at += 1;
                    Ok(Expr::Lit(Value::Float(-f)))
                }
                _ => Err(self.unsupported("arithmetic")),
            },
            Tok::Op("{") => Err(self.unsupported("dict literals")),
            Tok::Op(o) => Err(self.err(format!("unexpected '{o}'"))),
        }
    }
}

fn parse(src: &str, name: &str) -> Result<Parsed, TemplateError> {
    // Jinja drops one newline at the very end of a template (keep_trailing_newline=False).
    let src = src.strip_suffix('\n').unwrap_or(src);
    let lexer = Lexer { src, name };
    let pieces = lexer.pieces()?;
    let mut p = Parser {
        pieces,
        at: 0,
        end_line: 1 + src.bytes().filter(|&b| b == b'\n').count(),
        nesting: 0,
        name,
        blocks: Map::new(),
        extends: None,
    };
    let (nodes, end) = p.body(&[], None)?;
    if let Some(end) = end {
        return Err(p.syntax(format!("Encountered unknown tag '{}'.", end.tag), end.line));
    }
    Ok(Parsed {
        extends: p.extends,
        nodes,
        blocks: p.blocks,
    })
}

// ----- rendering -----

/// Whether Flask autoescapes a template of this name.
pub fn autoescaped(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".html", ".htm", ".xml", ".xhtml", ".svg"]
        .iter()
        .any(|e| lower.ends_with(e))
}

/// The most output one render may produce; more means a runaway loop in the input.
const MAX_OUTPUT: usize = 4 << 20;

struct Renderer<'a> {
    /// Block bodies, most derived template first, each with its template name.
    blocks: Vec<(String, Map<String, Vec<Node>>)>,
    autoescape: bool,
    out: String,
    scopes: Vec<Map<String, Value>>,
    vars: &'a Map<String, Value>,
    name: String,
    depth: usize,
}

/// Render template `name` (found through `loader`) with `vars`.
pub fn render(
    loader: &dyn Fn(&str) -> Option<String>,
    name: &str,
    vars: &Map<String, Value>,
) -> Result<String, TemplateError> {
    let mut chain: Vec<(String, Parsed)> = Vec::new();
    let mut current = name.to_string();
    loop {
        let Some(src) = loader(&current) else {
            return Err(TemplateError::NotFound(current));
        };
        let parsed = parse(&src, &current)?;
        let next = match &parsed.extends {
            Some((Expr::Lit(Value::Str(s)), _)) => Some(s.clone()),
            Some((_, line)) => {
                return Err(TemplateError::Unsupported {
                    what: "an {% extends %} whose template name is not a plain string".into(),
                    name: current,
                    line: *line,
                })
            }
            None => None,
        };
        let line = parsed.extends.as_ref().map_or(0, |(_, l)| *l);
        chain.push((current.clone(), parsed));
        match next {
            Some(n) if chain.len() < 16 => current = n,
            Some(_) => {
                return Err(TemplateError::Unsupported {
                    what: "templates that extend each other in a cycle".into(),
                    name: current,
                    line,
                })
            }
            None => break,
        }
    }
    let blocks = chain
        .iter()
        .map(|(n, p)| (n.clone(), p.blocks.clone()))
        .collect();
    let Some((root_name, root)) = chain.pop() else {
        return Err(TemplateError::NotFound(name.to_string()));
    };
    let mut r = Renderer {
        blocks,
        autoescape: autoescaped(name),
        out: String::new(),
        scopes: Vec::new(),
        vars,
        name: root_name,
        depth: 0,
    };
    r.nodes(&root.nodes)?;
    Ok(r.out)
}

impl Renderer<'_> {
    fn err_type(&self, message: String, line: usize) -> TemplateError {
        TemplateError::Type {
            message,
            name: self.name.clone(),
            line,
        }
    }

    fn nodes(&mut self, nodes: &[Node]) -> Result<(), TemplateError> {
        for n in nodes {
            if self.out.len() > MAX_OUTPUT {
                return Err(TemplateError::Unsupported {
                    what: "more than 4 MiB of output".into(),
                    name: self.name.clone(),
                    line: 1,
                });
            }
            match n {
                Node::Text(t) => self.out.push_str(t),
                Node::Out(e, line) => {
                    let v = self.eval(e, *line)?;
                    let text = match &v {
                        Value::Safe(s) => s.clone(),
                        other if self.autoescape => escape(&other.to_str()),
                        other => other.to_str(),
                    };
                    self.out.push_str(&text);
                }
                Node::If(branches, other, line) => {
                    let mut done = false;
                    for (cond, body) in branches {
                        if self.eval(cond, *line)?.truthy() {
                            self.nodes(body)?;
                            done = true;
                            break;
                        }
                    }
                    if !done {
                        self.nodes(other)?;
                    }
                }
                Node::For {
                    var,
                    iter,
                    body,
                    empty,
                    line,
                } => {
                    let items = match self.eval(iter, *line)? {
                        Value::List(l) => l,
                        Value::Dict(d) => d.keys().cloned().map(Value::Str).collect(),
                        Value::Str(s) | Value::Safe(s) => {
                            s.chars().map(|c| Value::Str(c.to_string())).collect()
                        }
                        Value::Undefined(_) => Vec::new(),
                        other => {
                            return Err(self.err_type(
                                format!("'{}' object is not iterable", other.type_name()),
                                *line,
                            ))
                        }
                    };
                    if items.is_empty() {
                        self.nodes(empty)?;
                    }
                    let n = items.len();
                    for (i, item) in items.into_iter().enumerate() {
                        let mut scope = Map::new();
                        let mut lp = Map::new();
                        lp.insert("index".into(), Value::Int(i as i64 + 1));
                        lp.insert("index0".into(), Value::Int(i as i64));
                        lp.insert("revindex".into(), Value::Int((n - i) as i64));
                        lp.insert("revindex0".into(), Value::Int((n - i - 1) as i64));
                        lp.insert("first".into(), Value::Bool(i == 0));
                        lp.insert("last".into(), Value::Bool(i + 1 == n));
                        lp.insert("length".into(), Value::Int(n as i64));
                        scope.insert("loop".into(), Value::Dict(lp));
                        scope.insert(var.clone(), item);
                        self.scopes.push(scope);
                        let r = self.nodes(body);
                        self.scopes.pop();
                        r?;
                    }
                }
                Node::Block(name) => {
                    let found = self
                        .blocks
                        .iter()
                        .find_map(|(t, b)| b.get(name).map(|body| (t.clone(), body.clone())));
                    if let Some((tname, body)) = found {
                        self.depth += 1;
                        if self.depth > 32 {
                            return Err(TemplateError::Unsupported {
                                what: "blocks nested this deeply".into(),
                                name: tname,
                                line: 1,
                            });
                        }
                        let saved = std::mem::replace(&mut self.name, tname);
                        let r = self.nodes(&body);
                        self.name = saved;
                        self.depth -= 1;
                        r?;
                    }
                }
            }
        }
        Ok(())
    }

    fn lookup(&self, n: &str) -> Value {
        for s in self.scopes.iter().rev() {
            if let Some(v) = s.get(n) {
                return v.clone();
            }
        }
        self.vars
            .get(n)
            .cloned()
            .unwrap_or_else(|| Value::Undefined(format!("'{n}' is undefined")))
    }

    fn eval(&self, e: &Expr, line: usize) -> Result<Value, TemplateError> {
        Ok(match e {
            Expr::Lit(v) => v.clone(),
            Expr::Name(n) => self.lookup(n),
            Expr::List(items) => Value::List(
                items
                    .iter()
                    .map(|i| self.eval(i, line))
                    .collect::<Result<_, _>>()?,
            ),
            Expr::Attr(base, attr) => {
                let b = self.eval(base, line)?;
                self.get_item(b, &Value::Str(attr.clone()), line, true)?
            }
            Expr::Index(base, idx) => {
                let b = self.eval(base, line)?;
                let i = self.eval(idx, line)?;
                self.get_item(b, &i, line, false)?
            }
            Expr::Not(x) => Value::Bool(!self.eval(x, line)?.truthy()),
            Expr::And(a, b) => {
                let l = self.eval(a, line)?;
                if l.truthy() {
                    self.eval(b, line)?
                } else {
                    l
                }
            }
            Expr::Or(a, b) => {
                let l = self.eval(a, line)?;
                if l.truthy() {
                    l
                } else {
                    self.eval(b, line)?
                }
            }
            Expr::Concat(a, b) => {
                let l = self.eval(a, line)?;
                let r = self.eval(b, line)?;
                let escaped = |v: &Value| match v {
                    Value::Safe(s) => s.clone(),
                    v if self.autoescape => escape(&v.to_str()),
                    v => v.to_str(),
                };
                if self.autoescape {
                    Value::Safe(format!("{}{}", escaped(&l), escaped(&r)))
                } else {
                    Value::Str(format!("{}{}", l.to_str(), r.to_str()))
                }
            }
            Expr::Cmp(op, a, b) => {
                let l = self.eval(a, line)?;
                let r = self.eval(b, line)?;
                Value::Bool(self.compare(op, &l, &r, line)?)
            }
            Expr::Filter(base, f, args) => {
                let v = self.eval(base, line)?;
                let args: Vec<Value> = args
                    .iter()
                    .map(|a| self.eval(a, line))
                    .collect::<Result<_, _>>()?;
                self.filter(f, v, &args, line)?
            }
        })
    }

    fn get_item(
        &self,
        base: Value,
        key: &Value,
        line: usize,
        attr: bool,
    ) -> Result<Value, TemplateError> {
        let shown = match key {
            Value::Str(s) if attr => s.clone(),
            k => k.repr(),
        };
        match (&base, key) {
            (Value::Undefined(msg), _) => Err(TemplateError::Undefined {
                message: msg.clone(),
                name: self.name.clone(),
                line,
            }),
            (Value::Dict(d), Value::Str(k)) => Ok(d.get(k).cloned().unwrap_or_else(|| {
                Value::Undefined(format!("'dict object' has no attribute '{k}'"))
            })),
            (Value::List(l), Value::Int(i)) => {
                let len = l.len() as i64;
                let at = if *i < 0 { len + i } else { *i };
                Ok(usize::try_from(at)
                    .ok()
                    .and_then(|a| l.get(a))
                    .cloned()
                    .unwrap_or_else(|| Value::Undefined(format!("list object has no element {i}"))))
            }
            (Value::Str(s), Value::Int(i)) => {
                let chars: Vec<char> = s.chars().collect();
                let len = chars.len() as i64;
                let at = if *i < 0 { len + i } else { *i };
                Ok(usize::try_from(at)
                    .ok()
                    .and_then(|a| chars.get(a))
                    .map(|c| Value::Str(c.to_string()))
                    .unwrap_or_else(|| Value::Undefined(format!("str object has no element {i}"))))
            }
            (b, _) => Ok(Value::Undefined(format!(
                "'{} object' has no attribute '{shown}'",
                b.type_name()
            ))),
        }
    }

    fn compare(&self, op: &str, l: &Value, r: &Value, line: usize) -> Result<bool, TemplateError> {
        let num = |v: &Value| match v {
            Value::Int(i) => Some(*i as f64),
            Value::Float(f) => Some(*f),
            Value::Bool(b) => Some(f64::from(u8::from(*b))),
            _ => None,
        };
        let eq = |a: &Value, b: &Value| match (num(a), num(b)) {
            (Some(x), Some(y)) => x == y,
            _ => match (a, b) {
                (Value::Str(x) | Value::Safe(x), Value::Str(y) | Value::Safe(y)) => x == y,
                (Value::Undefined(_), Value::Undefined(_)) => true,
                _ => a == b,
            },
        };
        match op {
            "==" => Ok(eq(l, r)),
            "!=" => Ok(!eq(l, r)),
            "in" | "not in" => {
                let found = match r {
                    Value::List(items) => items.iter().any(|i| eq(i, l)),
                    Value::Dict(d) => matches!(l, Value::Str(k) if d.contains_key(k)),
                    Value::Str(s) | Value::Safe(s) => match l {
                        Value::Str(x) | Value::Safe(x) => s.contains(x.as_str()),
                        other => {
                            return Err(self.err_type(
                                format!(
                                    "'in <string>' requires string as left operand, not {}",
                                    other.type_name()
                                ),
                                line,
                            ))
                        }
                    },
                    other => {
                        return Err(self.err_type(
                            format!("argument of type '{}' is not iterable", other.type_name()),
                            line,
                        ))
                    }
                };
                Ok(found == (op == "in"))
            }
            _ => {
                let ord = match (num(l), num(r)) {
                    (Some(x), Some(y)) => x.partial_cmp(&y),
                    _ => match (l, r) {
                        (Value::Str(x) | Value::Safe(x), Value::Str(y) | Value::Safe(y)) => {
                            Some(x.cmp(y))
                        }
                        _ => None,
                    },
                };
                let Some(ord) = ord else {
                    return Err(self.err_type(
                        format!(
                            "'{op}' not supported between instances of '{}' and '{}'",
                            l.type_name(),
                            r.type_name()
                        ),
                        line,
                    ));
                };
                Ok(match op {
                    "<" => ord.is_lt(),
                    ">" => ord.is_gt(),
                    "<=" => ord.is_le(),
                    _ => ord.is_ge(),
                })
            }
        }
    }

    fn filter(
        &self,
        f: &str,
        v: Value,
        args: &[Value],
        line: usize,
    ) -> Result<Value, TemplateError> {
        let undefined_err = |v: &Value| match v {
            Value::Undefined(msg) => Err(TemplateError::Undefined {
                message: msg.clone(),
                name: self.name.clone(),
                line,
            }),
            _ => Ok(()),
        };
        let keep = |v: &Value, s: String| match v {
            Value::Safe(_) => Value::Safe(s),
            _ => Value::Str(s),
        };
        Ok(match f {
            "upper" => keep(&v, v.to_str().to_uppercase()),
            "lower" => keep(&v, v.to_str().to_lowercase()),
            "trim" => keep(&v, v.to_str().trim().to_string()),
            "capitalize" => {
                let s = v.to_str();
                let mut c = s.chars();
                let t = match c.next() {
                    Some(first) => {
                        first.to_uppercase().collect::<String>() + &c.as_str().to_lowercase()
                    }
                    None => String::new(),
                };
                keep(&v, t)
            }
            "title" => {
                let mut out = String::new();
                let mut start = true;
                for ch in v.to_str().chars() {
                    if ch.is_alphanumeric() {
                        if start {
                            out.extend(ch.to_uppercase());
                        } else {
                            out.extend(ch.to_lowercase());
                        }
                        start = false;
                    } else {
                        out.push(ch);
                        start = true;
                    }
                }
                keep(&v, out)
            }
            "length" | "count" => match &v {
                Value::Str(s) | Value::Safe(s) => Value::Int(s.chars().count() as i64),
                Value::List(l) => Value::Int(l.len() as i64),
                Value::Dict(d) => Value::Int(d.len() as i64),
                Value::Undefined(_) => Value::Int(0),
                other => {
                    return Err(self.err_type(
                        format!("object of type '{}' has no len()", other.type_name()),
                        line,
                    ))
                }
            },
            "default" | "d" => {
                let boolean = args.get(1).is_some_and(Value::truthy);
                let missing = matches!(v, Value::Undefined(_)) || (boolean && !v.truthy());
                if missing {
                    args.first().cloned().unwrap_or(Value::Str(String::new()))
                } else {
                    v
                }
            }
            "safe" => {
                undefined_err(&v)?;
                Value::Safe(v.to_str())
            }
            "escape" | "e" => match &v {
                Value::Safe(_) => v,
                other => Value::Safe(escape(&other.to_str())),
            },
            "string" => match &v {
                Value::Safe(_) => v,
                other => Value::Str(other.to_str()),
            },
            "join" => {
                let sep = args.first().map(Value::to_str).unwrap_or_default();
                let items: Vec<Value> = match &v {
                    Value::List(l) => l.clone(),
                    Value::Str(s) | Value::Safe(s) => {
                        s.chars().map(|c| Value::Str(c.to_string())).collect()
                    }
                    Value::Undefined(_) => Vec::new(),
                    other => {
                        return Err(self.err_type(
                            format!("'{}' object is not iterable", other.type_name()),
                            line,
                        ))
                    }
                };
                if self.autoescape {
                    let parts: Vec<String> = items
                        .iter()
                        .map(|i| match i {
                            Value::Safe(s) => s.clone(),
                            o => escape(&o.to_str()),
                        })
                        .collect();
                    Value::Safe(parts.join(&escape(&sep)))
                } else {
                    let parts: Vec<String> = items.iter().map(Value::to_str).collect();
                    Value::Str(parts.join(&sep))
                }
            }
            "first" | "last" => {
                let items: Vec<Value> = match &v {
                    Value::List(l) => l.clone(),
                    Value::Str(s) | Value::Safe(s) => {
                        s.chars().map(|c| Value::Str(c.to_string())).collect()
                    }
                    _ => Vec::new(),
                };
                let got = if f == "first" {
                    items.first()
                } else {
                    items.last()
                };
                got.cloned().unwrap_or_else(|| {
                    Value::Undefined("No first item, sequence was empty.".into())
                })
            }
            _ => v,
        })
    }
}
