//! `--format` templates: the part of Go's `text/template` docker users write, with docker's
//! functions (`json`, `join`, `split`, `upper`, `lower`, `title`, `pad`, `truncate`) and Go's
//! builtins (`index`, `len`, `print`, `println`, `printf`, `eq`, `ne`, `not`, `and`, `or`),
//! actions `if`/`else if`/`else`/`range`/`with`/`end`, variables, pipes, parentheses,
//! comments and `{{-`/`-}}` trimming; Go's own error texts; and Go's default printing of values
//! (`map[5000/tcp:{}]`, `[python app.py]`, `<no value>`).
//!
//! [`Value`] is the small dynamic type templates run over. [`write_list`] is docker's
//! formatter: the `table` prefix, `\t` and `\n` escapes, one line an item, the header row
//! rendered from the same template over the column titles, aligned by [`super::table`].

use crate::map::Map;
use std::fmt::Write as _;

/// A value a template sees, shaped like the Go value docker would hand to `text/template`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// A missing map entry (Go's invalid value): prints `<no value>`.
    NoValue,
    /// A nil slice, map or pointer, with how Go prints it (`[]`, `map[]`, `<nil>`); JSON `null`.
    Nil(&'static str),
    Bool(bool),
    Int(i64),
    Str(String),
    List(Vec<Value>),
    /// A Go map: printed with sorted keys, a missing key is no error.
    Map(Map<String, Value>),
    /// A Go struct: fields in declaration order; a missing field is an error naming the type.
    Struct(&'static str, Vec<(&'static str, Value)>),
}

impl Value {
    /// A string value.
    pub fn str(s: impl Into<String>) -> Value {
        Value::Str(s.into())
    }

    /// A list of strings (`[]string`), nil when empty.
    pub fn strings<S: AsRef<str>>(items: &[S]) -> Value {
        if items.is_empty() {
            Value::Nil("[]")
        } else {
            Value::List(items.iter().map(|s| Value::str(s.as_ref())).collect())
        }
    }

    /// A map from its entries; of equal keys the last wins.
    pub fn map(entries: impl IntoIterator<Item = (String, Value)>) -> Value {
        Value::Map(entries.into_iter().collect())
    }

    /// The header row of a `table` format: field name → column title.
    pub fn titles(pairs: &[(&str, &str)]) -> Value {
        Value::map(pairs.iter().map(|(k, v)| (k.to_string(), Value::str(*v))))
    }

    /// The empty struct `struct{}` (`{}` in both Go printing and JSON).
    pub fn empty() -> Value {
        Value::Struct("struct {}", Vec::new())
    }

    /// The value as JSON decoded into `interface{}` sees it (what `docker inspect` falls back
    /// to): structs become maps, nils become `<nil>`.
    pub fn to_raw(&self) -> Value {
        match self {
            Value::NoValue | Value::Nil(_) => Value::Nil("<nil>"),
            Value::List(l) => Value::List(l.iter().map(Value::to_raw).collect()),
            Value::Map(m) => Value::map(m.iter().map(|(k, v)| (k.clone(), v.to_raw()))),
            Value::Struct(_, f) => Value::map(f.iter().map(|(k, v)| (k.to_string(), v.to_raw()))),
            v => v.clone(),
        }
    }

    fn truth(&self) -> bool {
        match self {
            Value::NoValue | Value::Nil(_) => false,
            Value::Bool(b) => *b,
            Value::Int(n) => *n != 0,
            Value::Str(s) => !s.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Map(m) => !m.is_empty(),
            Value::Struct(..) => true,
        }
    }

    /// The Go type name, for error messages.
    fn type_name(&self) -> String {
        match self {
            Value::NoValue => "<nil>".into(),
            Value::Nil("[]") => "[]string".into(),
            Value::Nil("map[]") => "map[string]interface {}".into(),
            Value::Nil(_) => "interface {}".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Str(_) => "string".into(),
            Value::List(_) => "[]interface {}".into(),
            Value::Map(_) => "map[string]interface {}".into(),
            Value::Struct(t, _) => t.to_string(),
        }
    }

    /// Go's `fmt` `%v`.
    pub fn go_string(&self) -> String {
        let mut s = String::new();
        self.print(&mut s);
        s
    }

    fn print(&self, s: &mut String) {
        match self {
            Value::NoValue => s.push_str("<no value>"),
            Value::Nil(text) => s.push_str(text),
            Value::Bool(b) => s.push_str(if *b { "true" } else { "false" }),
            Value::Int(n) => {
                let _ = write!(s, "{n}");
            }
            Value::Str(t) => s.push_str(t),
            Value::List(l) => {
                s.push('[');
                for (i, v) in l.iter().enumerate() {
                    if i > 0 {
                        s.push(' ');
                    }
                    v.print_inner(s);
                }
                s.push(']');
            }
            Value::Map(m) => {
                s.push_str("map[");
                for (i, (k, v)) in m.iter().enumerate() {
                    if i > 0 {
                        s.push(' ');
                    }
                    s.push_str(k);
                    s.push(':');
                    v.print_inner(s);
                }
                s.push(']');
            }
            Value::Struct(t, f) => {
                if t.starts_with('*') {
                    s.push('&');
                }
                s.push('{');
                for (i, (_, v)) in f.iter().enumerate() {
                    if i > 0 {
                        s.push(' ');
                    }
                    v.print_inner(s);
                }
                s.push('}');
            }
        }
    }

    /// Inside a slice, map or struct a nil interface prints `<nil>`.
    fn print_inner(&self, s: &mut String) {
        match self {
            Value::NoValue => s.push_str("<nil>"),
            v => v.print(s),
        }
    }

    /// Go's `encoding/json` without HTML escaping, compact.
    pub fn to_json(&self) -> String {
        let mut s = String::new();
        self.json(&mut s, None, 0);
        s
    }

    /// JSON indented by `indent` per level, as `json.MarshalIndent(v, "", indent)`.
    pub fn to_json_indented(&self, indent: &str) -> String {
        let mut s = String::new();
        self.json(&mut s, Some(indent), 0);
        s
    }

    fn json(&self, s: &mut String, indent: Option<&str>, depth: usize) {
        let newline = |s: &mut String, d: usize| {
            if let Some(ind) = indent {
                s.push('\n');
                for _ in 0..d {
                    s.push_str(ind);
                }
            }
        };
        let colon = if indent.is_some() { ": " } else { ":" };
        match self {
            Value::NoValue | Value::Nil(_) => s.push_str("null"),
            Value::Bool(_) | Value::Int(_) => self.print(s),
            Value::Str(t) => json_string(s, t),
            Value::List(l) => {
                if l.is_empty() {
                    s.push_str("[]");
                    return;
                }
                s.push('[');
                for (i, v) in l.iter().enumerate() {
                    if i > 0 {
                        s.push(',');
                    }
                    newline(s, depth + 1);
                    v.json(s, indent, depth + 1);
                }
                newline(s, depth);
                s.push(']');
            }
            Value::Map(_) | Value::Struct(..) => {
                let entries: Vec<(&str, &Value)> = match self {
                    Value::Map(m) => m.iter().map(|(k, v)| (k.as_str(), v)).collect(),
                    Value::Struct(_, f) => f.iter().map(|(k, v)| (*k, v)).collect(),
                    _ => Vec::new(),
                };
                if entries.is_empty() {
                    s.push_str("{}");
                    return;
                }
                s.push('{');
                for (i, (k, v)) in entries.into_iter().enumerate() {
                    if i > 0 {
                        s.push(',');
                    }
                    newline(s, depth + 1);
                    json_string(s, k);
                    s.push_str(colon);
                    v.json(s, indent, depth + 1);
                }
                newline(s, depth);
                s.push('}');
            }
        }
    }

    fn field(&self, name: &str) -> Option<&Value> {
        match self {
            Value::Map(m) => m.get(name),
            Value::Struct(_, f) => f.iter().find(|(k, _)| *k == name).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// A JSON string as Go writes it with HTML escaping off.
fn json_string(s: &mut String, t: &str) {
    s.push('"');
    for c in t.chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '\t' => s.push_str("\\t"),
            '\u{2028}' => s.push_str("\\u2028"),
            '\u{2029}' => s.push_str("\\u2029"),
            c if (c as u32) < 0x20 => {
                let _ = write!(s, "\\u{:04x}", c as u32);
            }
            c => s.push(c),
        }
    }
    s.push('"');
}

// ---------------------------------------------------------------------------------------------
// Lexer

#[derive(Clone, Debug, PartialEq, Eq)]
enum Tok {
    Text(String),
    Left,
    Right,
    Space,
    Field(String),
    Var(String),
    Ident(String),
    Keyword(&'static str),
    Str(String),
    Num(String),
    Bool(bool),
    Nil,
    Dot,
    Pipe,
    Declare,
    Assign,
    LParen,
    RParen,
    Char(char),
    Comment,
    Error(String),
    Eof,
}

#[derive(Clone, Debug)]
struct Token {
    tok: Tok,
    /// The source text of the token (for `unexpected "…"`).
    val: String,
    pos: usize,
    line: usize,
}

impl Token {
    /// How Go's parser names a token in `unexpected …` errors.
    fn describe(&self) -> String {
        match &self.tok {
            Tok::Eof => "EOF".into(),
            Tok::Error(e) => e.clone(),
            Tok::Keyword(k) => format!("<{k}>"),
            Tok::Nil | Tok::Dot => format!("<{}>", self.val),
            _ if self.val.chars().count() > 10 => {
                let head: String = self.val.chars().take(10).collect();
                format!("{}...", go_quote(&head))
            }
            _ => go_quote(&self.val),
        }
    }
}

/// `%q` of a string.
fn go_quote(s: &str) -> String {
    let mut out = String::new();
    json_string(&mut out, s);
    out
}

const KEYWORDS: &[&str] = &[
    "block", "break", "continue", "define", "else", "end", "if", "range", "template", "with",
];

fn lex(src: &str) -> Vec<Token> {
    let b = src.as_bytes();
    let mut toks = Vec::new();
    let mut i = 0;
    let line_at = |p: usize| 1 + src[..p.min(src.len())].matches('\n').count();
    let push = |toks: &mut Vec<Token>, tok: Tok, start: usize, end: usize| {
        toks.push(Token {
            tok,
            val: src.get(start..end).unwrap_or("").to_string(),
            pos: start,
            line: line_at(start),
        });
    };
    let mut trim_next = false;
    loop {
        // Text up to the next `{{`.
        let next = src[i..].find("{{").map(|p| p + i);
        let end = next.unwrap_or(src.len());
        let mut text = &src[i..end];
        if trim_next {
            text = text.trim_start_matches([' ', '\t', '\r', '\n']);
            trim_next = false;
        }
        let trim_before = next.is_some_and(|p| src[p + 2..].starts_with("- "));
        if trim_before {
            text = text.trim_end_matches([' ', '\t', '\r', '\n']);
        }
        if !text.is_empty() {
            toks.push(Token {
                tok: Tok::Text(text.to_string()),
                val: text.to_string(),
                pos: i,
                line: line_at(i),
            });
        }
        let Some(p) = next else {
            push(&mut toks, Tok::Eof, src.len(), src.len());
            return toks;
        };
        i = p + 2;
        if trim_before {
            i += 2;
        }
        // A comment.
        let after_space = i + src[i..].len() - src[i..].trim_start().len();
        if src[i..].starts_with("/*") || (trim_before && src[after_space..].starts_with("/*")) {
            let start = if src[i..].starts_with("/*") {
                i
            } else {
                after_space
            };
            let Some(close) = src[start + 2..].find("*/").map(|c| c + start + 2) else {
                push(
                    &mut toks,
                    Tok::Error("unclosed comment".into()),
                    start,
                    start,
                );
                return toks;
            };
            let mut j = close + 2;
            if src[j..].starts_with(" -}}") {
                j += 4;
                trim_next = true;
            } else if src[j..].starts_with("}}") {
                j += 2;
            } else {
                push(
                    &mut toks,
                    Tok::Error("comment ends before closing delimiter".into()),
                    start,
                    start,
                );
                return toks;
            }
            push(&mut toks, Tok::Comment, start, j);
            i = j;
            continue;
        }
        // Inside an action.
        push(&mut toks, Tok::Left, p, p + 2);
        let mut depth = 0usize;
        loop {
            if src[i..].starts_with(" -}}") {
                push(&mut toks, Tok::Right, i + 2, i + 4);
                i += 4;
                trim_next = true;
                break;
            }
            if src[i..].starts_with("}}") {
                if depth > 0 {
                    push(&mut toks, Tok::Error("unclosed left paren".into()), i, i);
                    return toks;
                }
                push(&mut toks, Tok::Right, i, i + 2);
                i += 2;
                break;
            }
            let Some(c) = src[i..].chars().next() else {
                push(&mut toks, Tok::Error("unclosed action".into()), i, i);
                return toks;
            };
            let start = i;
            match c {
                ' ' | '\t' | '\r' | '\n' => {
                    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\r' | b'\n') {
                        if src[i..].starts_with(" -}}") {
                            break;
                        }
                        i += 1;
                    }
                    if i == start {
                        // " -}}" right here is handled at the top of the loop.
                        continue;
                    }
                    push(&mut toks, Tok::Space, start, i);
                }
                '=' => {
                    i += 1;
                    push(&mut toks, Tok::Assign, start, i);
                }
                ':' => {
                    if src[i..].starts_with(":=") {
                        i += 2;
                        push(&mut toks, Tok::Declare, start, i);
                    } else {
                        push(&mut toks, Tok::Error("expected :=".into()), i, i);
                        return toks;
                    }
                }
                '|' => {
                    i += 1;
                    push(&mut toks, Tok::Pipe, start, i);
                }
                '(' => {
                    i += 1;
                    depth += 1;
                    push(&mut toks, Tok::LParen, start, i);
                }
                ')' => {
                    i += 1;
                    if depth == 0 {
                        push(
                            &mut toks,
                            Tok::Error("unexpected right paren U+0029 ')'".into()),
                            start,
                            start,
                        );
                        return toks;
                    }
                    depth -= 1;
                    push(&mut toks, Tok::RParen, start, i);
                }
                '"' => {
                    i += 1;
                    let mut value = String::new();
                    loop {
                        match src[i..].chars().next() {
                            None | Some('\n') => {
                                push(
                                    &mut toks,
                                    Tok::Error("unterminated quoted string".into()),
                                    start,
                                    start,
                                );
                                return toks;
                            }
                            Some('"') => {
                                i += 1;
                                break;
                            }
                            Some('\\') => {
                                let e = src[i + 1..].chars().next();
                                let (ch, len) = match e {
                                    Some('n') => ('\n', 1),
                                    Some('t') => ('\t', 1),
                                    Some('r') => ('\r', 1),
                                    Some('\\') => ('\\', 1),
                                    Some('"') => ('"', 1),
                                    _ => {
                                        push(
                                            &mut toks,
                                            Tok::Error("invalid syntax".into()),
                                            start,
                                            start,
                                        );
                                        return toks;
                                    }
                                };
                                value.push(ch);
                                i += 1 + len;
                            }
                            Some(ch) => {
                                value.push(ch);
                                i += ch.len_utf8();
                            }
                        }
                    }
                    push(&mut toks, Tok::Str(value), start, i);
                }
                '`' => {
                    let Some(close) = src[i + 1..].find('`') else {
                        push(
                            &mut toks,
                            Tok::Error("unterminated raw quoted string".into()),
                            start,
                            start,
                        );
                        return toks;
                    };
                    let value = src[i + 1..i + 1 + close].to_string();
                    i += close + 2;
                    push(&mut toks, Tok::Str(value), start, i);
                }
                '$' => {
                    i += 1;
                    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                        i += 1;
                    }
                    push(&mut toks, Tok::Var(src[start..i].to_string()), start, i);
                }
                '.' if !src[i + 1..].starts_with(|c: char| c.is_ascii_digit()) => {
                    i += 1;
                    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                        i += 1;
                    }
                    if i == start + 1 {
                        push(&mut toks, Tok::Dot, start, i);
                    } else {
                        push(
                            &mut toks,
                            Tok::Field(src[start + 1..i].to_string()),
                            start,
                            i,
                        );
                    }
                }
                c if c.is_ascii_digit() || c == '-' || c == '+' || c == '.' => {
                    i += 1;
                    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.') {
                        i += 1;
                    }
                    push(&mut toks, Tok::Num(src[start..i].to_string()), start, i);
                }
                c if c.is_alphabetic() || c == '_' => {
                    while let Some(ch) = src[i..].chars().next() {
                        if ch.is_alphanumeric() || ch == '_' {
                            i += ch.len_utf8();
                        } else {
                            break;
                        }
                    }
                    let word = &src[start..i];
                    let tok = match word {
                        "true" => Tok::Bool(true),
                        "false" => Tok::Bool(false),
                        "nil" => Tok::Nil,
                        w => match KEYWORDS.iter().find(|k| **k == w) {
                            Some(k) => Tok::Keyword(k),
                            None => Tok::Ident(w.to_string()),
                        },
                    };
                    push(&mut toks, tok, start, i);
                    if let Some(ch) = src[i..].chars().next() {
                        let terminator = matches!(
                            ch,
                            ' ' | '\t' | '\r' | '\n' | '.' | ',' | '|' | ':' | ')' | '(' | '='
                        ) || src[i..].starts_with("}}");
                        if !terminator {
                            push(
                                &mut toks,
                                Tok::Error(format!("bad character {}", go_rune(ch))),
                                i,
                                i,
                            );
                            return toks;
                        }
                    }
                }
                c if c.is_ascii() && !c.is_ascii_control() => {
                    i += 1;
                    push(&mut toks, Tok::Char(c), start, i);
                }
                c => {
                    push(
                        &mut toks,
                        Tok::Error(format!("unrecognized character in action: {}", go_rune(c))),
                        start,
                        start,
                    );
                    return toks;
                }
            }
        }
    }
}

/// `%#U` of a character: `U+007D '}'`.
fn go_rune(c: char) -> String {
    if c.is_control() {
        format!("U+{:04X}", c as u32)
    } else {
        format!("U+{:04X} '{c}'", c as u32)
    }
}

// ---------------------------------------------------------------------------------------------
// Parse tree

#[derive(Clone, Debug)]
enum Node {
    Text(String),
    Action(Pipe),
    If(Pipe, Vec<Node>, Vec<Node>),
    Range(Pipe, Vec<Node>, Vec<Node>),
    With(Pipe, Vec<Node>, Vec<Node>),
}

#[derive(Clone, Debug)]
struct Pipe {
    decl: Vec<String>,
    cmds: Vec<Cmd>,
}

#[derive(Clone, Debug)]
struct Cmd {
    pos: usize,
    args: Vec<Arg>,
}

#[derive(Clone, Debug)]
enum Arg {
    /// `.`, `.A.B`, `$`, `$x.A`: a root and a field chain.
    Field {
        pos: usize,
        var: Option<String>,
        chain: Vec<String>,
    },
    Func(usize, String),
    Str(String, String),
    Num(String, i64),
    Bool(bool),
    Nil(usize),
    /// `(pipeline)` with an optional field chain after it.
    Paren(Box<Pipe>, Vec<String>),
}

impl Arg {
    fn text(&self) -> String {
        match self {
            Arg::Field { var, chain, .. } => {
                let mut s = var.clone().unwrap_or_default();
                if chain.is_empty() && var.is_none() {
                    s.push('.');
                }
                for c in chain {
                    s.push('.');
                    s.push_str(c);
                }
                s
            }
            Arg::Func(_, n) => n.clone(),
            Arg::Str(raw, _) | Arg::Num(raw, _) => raw.clone(),
            Arg::Bool(b) => b.to_string(),
            Arg::Nil(_) => "nil".into(),
            Arg::Paren(p, chain) => {
                let mut s = format!("({})", pipe_text(p));
                for c in chain {
                    s.push('.');
                    s.push_str(c);
                }
                s
            }
        }
    }
}

fn cmd_text(c: &Cmd) -> String {
    c.args.iter().map(Arg::text).collect::<Vec<_>>().join(" ")
}

fn pipe_text(p: &Pipe) -> String {
    let mut s = String::new();
    if !p.decl.is_empty() {
        s.push_str(&p.decl.join(", "));
        s.push_str(" := ");
    }
    s.push_str(&p.cmds.iter().map(cmd_text).collect::<Vec<_>>().join(" | "));
    s
}

/// A parsed template.
#[derive(Clone, Debug)]
pub struct Template {
    src: String,
    root: Vec<Node>,
}

/// The functions a template may call.
const FUNCS: &[&str] = &[
    "and", "eq", "ge", "gt", "index", "join", "json", "le", "len", "lower", "lt", "ne", "not",
    "or", "pad", "print", "printf", "println", "split", "title", "truncate", "upper",
];

struct Parser {
    toks: Vec<Token>,
    i: usize,
    line: usize,
    vars: Vec<String>,
}

type PResult<T> = Result<T, String>;

enum End {
    End,
    Else,
}

impl Parser {
    fn next(&mut self) -> Token {
        let t = self.toks.get(self.i).cloned().unwrap_or_else(|| Token {
            tok: Tok::Eof,
            val: String::new(),
            pos: 0,
            line: self.line,
        });
        if self.i < self.toks.len() {
            self.i += 1;
        }
        self.line = t.line;
        t
    }

    fn peek(&self) -> Tok {
        self.toks
            .get(self.i)
            .map(|t| t.tok.clone())
            .unwrap_or(Tok::Eof)
    }

    fn skip_space(&mut self) {
        while self.peek() == Tok::Space {
            self.i += 1;
        }
    }

    fn peek_non_space(&mut self) -> Tok {
        self.skip_space();
        self.peek()
    }

    fn next_non_space(&mut self) -> Token {
        self.skip_space();
        self.next()
    }

    fn err<T>(&self, msg: impl AsRef<str>) -> PResult<T> {
        Err(format!("template: :{}: {}", self.line, msg.as_ref()))
    }

    fn fail<T>(&self, t: &Token, context: &str) -> PResult<T> {
        if let Tok::Error(e) = &t.tok {
            return self.err(e);
        }
        self.err(format!("unexpected {} in {context}", t.describe()))
    }

    fn parse(&mut self) -> PResult<Vec<Node>> {
        let mut root = Vec::new();
        while self.peek() != Tok::Eof {
            match self.text_or_action()? {
                Ok(n) => root.extend(n),
                Err(End::End) => return self.err("unexpected {{end}}"),
                Err(End::Else) => return self.err("unexpected {{else}}"),
            }
        }
        Ok(root)
    }

    /// One text or action; `Err(End)` for `{{end}}` / `{{else}}`.
    fn text_or_action(&mut self) -> PResult<Result<Option<Node>, End>> {
        let t = self.next_non_space_text();
        match t.tok {
            Tok::Text(s) => Ok(Ok(Some(Node::Text(s)))),
            Tok::Left => self.action(),
            Tok::Comment => Ok(Ok(None)),
            _ => self.fail(&t, "input"),
        }
    }

    fn next_non_space_text(&mut self) -> Token {
        self.next()
    }

    fn action(&mut self) -> PResult<Result<Option<Node>, End>> {
        let t = self.next_non_space();
        match t.tok {
            Tok::Keyword("end") => {
                let r = self.next_non_space();
                if r.tok != Tok::Right {
                    return self.fail(&r, "end");
                }
                Ok(Err(End::End))
            }
            Tok::Keyword("else") => {
                match self.peek_non_space() {
                    Tok::Keyword("if") => return Ok(Err(End::Else)),
                    _ => {
                        let r = self.next_non_space();
                        if r.tok != Tok::Right {
                            return self.fail(&r, "else");
                        }
                    }
                }
                Ok(Err(End::Else))
            }
            Tok::Keyword(k @ ("if" | "range" | "with")) => Ok(Ok(Some(self.control(k)?))),
            Tok::Keyword(k @ ("break" | "continue")) => {
                self.err(format!("{{{{{k}}}}} outside {{{{range}}}}"))
            }
            Tok::Keyword(_) => self.fail(&t, "command"),
            _ => {
                self.i -= 1;
                let p = self.pipeline("command", &Tok::Right)?;
                Ok(Ok(Some(Node::Action(p))))
            }
        }
    }

    fn control(&mut self, kind: &'static str) -> PResult<Node> {
        let nvars = self.vars.len();
        let pipe = self.pipeline(kind, &Tok::Right)?;
        let (list, end) = self.item_list()?;
        let mut else_list = Vec::new();
        if let End::Else = end {
            if kind == "if" && self.peek_non_space() == Tok::Keyword("if") {
                self.next();
                else_list.push(self.control("if")?);
            } else {
                let (l, e) = self.item_list()?;
                if let End::Else = e {
                    return self.err("expected end; found {{else}}");
                }
                else_list = l;
            }
        }
        self.vars.truncate(nvars);
        Ok(match kind {
            "if" => Node::If(pipe, list, else_list),
            "range" => Node::Range(pipe, list, else_list),
            _ => Node::With(pipe, list, else_list),
        })
    }

    fn item_list(&mut self) -> PResult<(Vec<Node>, End)> {
        let mut list = Vec::new();
        while self.peek() != Tok::Eof {
            match self.text_or_action()? {
                Ok(n) => list.extend(n),
                Err(end) => return Ok((list, end)),
            }
        }
        self.err("unexpected EOF")
    }

    fn pipeline(&mut self, context: &str, end: &Tok) -> PResult<Pipe> {
        let mut pipe = Pipe {
            decl: Vec::new(),
            cmds: Vec::new(),
        };
        // Declarations: `$x :=`, `$k, $v :=` (range only).
        loop {
            let save = self.i;
            let Tok::Var(name) = self.peek_non_space() else {
                self.i = save;
                break;
            };
            self.next();
            match self.peek_non_space() {
                Tok::Declare | Tok::Assign => {
                    self.next();
                    pipe.decl.push(name.clone());
                    self.vars.push(name);
                    break;
                }
                Tok::Char(',') => {
                    self.next();
                    pipe.decl.push(name.clone());
                    self.vars.push(name);
                    if context == "range" && pipe.decl.len() < 2 {
                        if let Tok::Var(_) = self.peek_non_space() {
                            continue;
                        }
                        return self.err("range can only initialize variables");
                    }
                    return self.err(format!("too many declarations in {context}"));
                }
                _ => {
                    self.i = save;
                    break;
                }
            }
        }
        loop {
            let t = self.next_non_space();
            if &t.tok == end {
                if pipe.cmds.is_empty() {
                    return self.err(format!("missing value for {context}"));
                }
                return Ok(pipe);
            }
            match t.tok {
                Tok::Bool(_)
                | Tok::Dot
                | Tok::Field(_)
                | Tok::Ident(_)
                | Tok::Num(_)
                | Tok::Nil
                | Tok::Str(_)
                | Tok::Var(_)
                | Tok::LParen => {
                    self.i -= 1;
                    let c = self.command()?;
                    if !pipe.cmds.is_empty() {
                        if let Some(Arg::Bool(_) | Arg::Nil(_) | Arg::Num(..) | Arg::Str(..)) =
                            c.args.first()
                        {
                            return self.err(format!(
                                "non executable command in pipeline stage {}",
                                pipe.cmds.len() + 1
                            ));
                        }
                    }
                    pipe.cmds.push(c);
                }
                _ => return self.fail(&t, context),
            }
        }
    }

    fn command(&mut self) -> PResult<Cmd> {
        self.skip_space();
        let pos = self.toks.get(self.i).map(|t| t.pos).unwrap_or(0);
        let mut cmd = Cmd {
            pos,
            args: Vec::new(),
        };
        loop {
            self.skip_space();
            if let Some(a) = self.operand()? {
                cmd.args.push(a);
            }
            let t = self.next();
            match t.tok {
                Tok::Space => continue,
                Tok::Right | Tok::RParen => self.i -= 1,
                Tok::Pipe => {}
                _ => return self.fail(&t, "operand"),
            }
            break;
        }
        if cmd.args.is_empty() {
            return self.err("empty command");
        }
        Ok(cmd)
    }

    fn operand(&mut self) -> PResult<Option<Arg>> {
        let Some(mut arg) = self.term()? else {
            return Ok(None);
        };
        let mut more = Vec::new();
        while let Tok::Field(f) = self.peek() {
            self.next();
            more.push(f);
        }
        if !more.is_empty() {
            match &mut arg {
                Arg::Field { chain, .. } => chain.extend(more),
                Arg::Paren(_, chain) => chain.extend(more),
                other => {
                    return self.err(format!("unexpected . after term {:?}", other.text()));
                }
            }
        }
        Ok(Some(arg))
    }

    fn term(&mut self) -> PResult<Option<Arg>> {
        let t = self.next_non_space();
        Ok(Some(match t.tok {
            Tok::Ident(name) => {
                if !FUNCS.contains(&name.as_str()) {
                    return self.err(format!("function {name:?} not defined"));
                }
                Arg::Func(t.pos, name)
            }
            Tok::Dot => Arg::Field {
                pos: t.pos,
                var: None,
                chain: Vec::new(),
            },
            Tok::Nil => Arg::Nil(t.pos),
            Tok::Var(name) => {
                if name != "$" && !self.vars.contains(&name) {
                    return self.err(format!("undefined variable {name:?}"));
                }
                Arg::Field {
                    pos: t.pos,
                    var: Some(name),
                    chain: Vec::new(),
                }
            }
            Tok::Field(f) => Arg::Field {
                pos: t.pos,
                var: None,
                chain: vec![f],
            },
            Tok::Bool(b) => Arg::Bool(b),
            Tok::Num(raw) => match raw.parse::<i64>() {
                Ok(n) => Arg::Num(raw, n),
                Err(_) => return self.err(format!("bad number syntax: {raw:?}")),
            },
            Tok::LParen => {
                let p = self.pipeline("parenthesized pipeline", &Tok::RParen)?;
                Arg::Paren(Box::new(p), Vec::new())
            }
            Tok::Str(s) => Arg::Str(t.val.clone(), s),
            _ => {
                self.i -= 1;
                return Ok(None);
            }
        }))
    }
}

/// Parse a template; the error is Go's (`template: :1: unexpected "}" in operand`).
pub fn parse(src: &str) -> Result<Template, String> {
    let mut p = Parser {
        toks: lex(src),
        i: 0,
        line: 1,
        vars: vec!["$".into()],
    };
    let root = p.parse()?;
    Ok(Template {
        src: src.to_string(),
        root,
    })
}

// ---------------------------------------------------------------------------------------------
// Execution

/// What a missing map key does: Go's default (`<no value>`) or `missingkey=error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    Default,
    Error,
}

struct Exec<'a> {
    t: &'a Template,
    missing: Missing,
    header: bool,
    vars: Vec<(String, Value)>,
    steps: usize,
}

/// An execution error: the output written before it and Go's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExecError {
    pub partial: String,
    pub message: String,
}

type EResult<T> = Result<T, String>;

/// Range iterations a template may run in all, so nothing runs away.
const MAX_STEPS: usize = 100_000;

impl Template {
    /// Run the template over `dot`.
    pub fn execute(&self, dot: &Value, missing: Missing) -> Result<String, ExecError> {
        self.run(dot, missing, false)
    }

    /// Run the template for a table header (docker's header functions leave the titles as
    /// they are); errors are ignored as docker ignores them, keeping what was written.
    pub fn execute_header(&self, titles: &Value) -> String {
        match self.run(titles, Missing::Default, true) {
            Ok(s) => s,
            Err(e) => e.partial,
        }
    }

    fn run(&self, dot: &Value, missing: Missing, header: bool) -> Result<String, ExecError> {
        let mut ex = Exec {
            t: self,
            missing,
            header,
            vars: vec![("$".into(), dot.clone())],
            steps: 0,
        };
        let mut out = String::new();
        match ex.list(&self.root, dot, &mut out) {
            Ok(()) => Ok(out),
            Err(message) => Err(ExecError {
                partial: out,
                message,
            }),
        }
    }
}

impl Exec<'_> {
    fn location(&self, pos: usize) -> String {
        let text = self.t.src.get(..pos).unwrap_or(&self.t.src);
        let line = 1 + text.matches('\n').count();
        let col = match text.rfind('\n') {
            Some(nl) => pos - nl - 1,
            None => pos,
        };
        format!(":{line}:{col}")
    }

    fn err<T>(&self, pos: usize, context: &str, msg: impl AsRef<str>) -> EResult<T> {
        Err(format!(
            "template: {}: executing \"\" at <{context}>: {}",
            self.location(pos),
            msg.as_ref()
        ))
    }

    fn list(&mut self, nodes: &[Node], dot: &Value, out: &mut String) -> EResult<()> {
        for n in nodes {
            match n {
                Node::Text(s) => out.push_str(s),
                Node::Action(p) => {
                    let v = self.pipe(p, dot)?;
                    if p.decl.is_empty() {
                        v.print(out);
                    }
                }
                Node::If(p, yes, no) => {
                    let nvars = self.vars.len();
                    let v = self.pipe(p, dot)?;
                    let r = if v.truth() {
                        self.list(yes, dot, out)
                    } else {
                        self.list(no, dot, out)
                    };
                    self.vars.truncate(nvars);
                    r?;
                }
                Node::With(p, yes, no) => {
                    let nvars = self.vars.len();
                    let v = self.pipe(p, dot)?;
                    let r = if v.truth() {
                        self.list(yes, &v, out)
                    } else {
                        self.list(no, dot, out)
                    };
                    self.vars.truncate(nvars);
                    r?;
                }
                Node::Range(p, body, no) => {
                    let nvars = self.vars.len();
                    let r = self.range(p, body, no, dot, out);
                    self.vars.truncate(nvars);
                    r?;
                }
            }
        }
        Ok(())
    }

    fn range(
        &mut self,
        p: &Pipe,
        body: &[Node],
        no: &[Node],
        dot: &Value,
        out: &mut String,
    ) -> EResult<()> {
        let mut q = p.clone();
        let decl = std::mem::take(&mut q.decl);
        let v = self.pipe(&q, dot)?;
        let items: Vec<(Value, Value)> = match &v {
            Value::List(l) => l
                .iter()
                .enumerate()
                .map(|(i, x)| (Value::Int(i as i64), x.clone()))
                .collect(),
            Value::Map(m) => m.iter().map(|(k, x)| (Value::str(k), x.clone())).collect(),
            Value::Nil(_) | Value::NoValue => Vec::new(),
            other => {
                let pos = p.cmds.first().map(|c| c.pos).unwrap_or(0);
                let ctx = pipe_text(&q);
                return self.err(
                    pos,
                    &ctx,
                    format!("range can't iterate over {}", other.go_string()),
                );
            }
        };
        if items.is_empty() {
            return self.list(no, dot, out);
        }
        let base = self.vars.len();
        for (k, x) in items {
            self.steps += 1;
            if self.steps > MAX_STEPS {
                return Err("template: too many range iterations".into());
            }
            self.vars.truncate(base);
            match decl.as_slice() {
                [one] => self.vars.push((one.clone(), x.clone())),
                [a, b] => {
                    self.vars.push((a.clone(), k));
                    self.vars.push((b.clone(), x.clone()));
                }
                _ => {}
            }
            self.list(body, &x, out)?;
        }
        Ok(())
    }

    fn pipe(&mut self, p: &Pipe, dot: &Value) -> EResult<Value> {
        let mut v: Option<Value> = None;
        for c in &p.cmds {
            v = Some(self.cmd(c, dot, v)?);
        }
        let v = v.unwrap_or(Value::NoValue);
        for d in &p.decl {
            self.vars.push((d.clone(), v.clone()));
        }
        Ok(v)
    }

    fn cmd(&mut self, c: &Cmd, dot: &Value, piped: Option<Value>) -> EResult<Value> {
        let Some(first) = c.args.first() else {
            return Ok(Value::NoValue);
        };
        match first {
            Arg::Func(pos, name) => {
                let mut args = Vec::new();
                for a in &c.args[1..] {
                    args.push(self.arg(a, dot)?);
                }
                if let Some(v) = piped {
                    args.push(v);
                }
                self.call(*pos, c, name, args)
            }
            a => {
                if c.args.len() > 1 || piped.is_some() {
                    return self.err(
                        c.pos,
                        &a.text(),
                        format!("can't give argument to non-function {}", a.text()),
                    );
                }
                self.arg(a, dot)
            }
        }
    }

    fn arg(&mut self, a: &Arg, dot: &Value) -> EResult<Value> {
        match a {
            Arg::Field { pos, var, chain } => {
                let root = match var {
                    None => dot.clone(),
                    Some(name) => match self.vars.iter().rev().find(|(n, _)| n == name) {
                        Some((_, v)) => v.clone(),
                        None => return self.err(*pos, name, format!("undefined variable: {name}")),
                    },
                };
                self.chain(*pos, &a.text(), root, chain)
            }
            Arg::Func(pos, name) => {
                let c = Cmd {
                    pos: *pos,
                    args: vec![a.clone()],
                };
                self.call(*pos, &c, name, Vec::new())
            }
            Arg::Str(_, s) => Ok(Value::str(s)),
            Arg::Num(_, n) => Ok(Value::Int(*n)),
            Arg::Bool(b) => Ok(Value::Bool(*b)),
            Arg::Nil(pos) => self.err(*pos, "nil", "nil is not a command"),
            Arg::Paren(p, chain) => {
                let v = self.pipe(p, dot)?;
                let pos = p.cmds.first().map(|c| c.pos).unwrap_or(0);
                self.chain(pos, &a.text(), v, chain)
            }
        }
    }

    fn chain(&self, pos: usize, ctx: &str, mut v: Value, chain: &[String]) -> EResult<Value> {
        for f in chain {
            v = match &v {
                Value::Map(m) => match m.get(f) {
                    Some(x) => x.clone(),
                    None if self.missing == Missing::Error => {
                        return self.err(pos, ctx, format!("map has no entry for key {f:?}"))
                    }
                    None => Value::NoValue,
                },
                Value::Struct(ty, _) => match v.field(f) {
                    Some(x) => x.clone(),
                    None => {
                        return self.err(pos, ctx, format!("can't evaluate field {f} in type {ty}"))
                    }
                },
                Value::NoValue if self.missing == Missing::Error => {
                    return self.err(pos, ctx, format!("nil data; no entry for key {f:?}"))
                }
                Value::NoValue => Value::NoValue,
                Value::Nil("<nil>") => {
                    return self.err(
                        pos,
                        ctx,
                        format!("nil pointer evaluating interface {{}}.{f}"),
                    )
                }
                Value::Nil("map[]") => Value::NoValue,
                other => {
                    return self.err(
                        pos,
                        ctx,
                        format!("can't evaluate field {f} in type {}", other.type_name()),
                    )
                }
            };
        }
        Ok(v)
    }

    fn call(&self, pos: usize, c: &Cmd, name: &str, args: Vec<Value>) -> EResult<Value> {
        let ctx = cmd_text(c);
        let want = |n: usize| -> EResult<()> {
            if args.len() == n {
                Ok(())
            } else {
                self.err(
                    pos,
                    name,
                    format!(
                        "wrong number of args for {name}: want {n} got {}",
                        args.len()
                    ),
                )
            }
        };
        let calling = |msg: String| -> EResult<Value> {
            self.err(c.pos, &ctx, format!("error calling {name}: {msg}"))
        };
        let string_arg = |v: &Value, i: usize| -> EResult<String> {
            match v {
                Value::Str(s) => Ok(s.clone()),
                other => self.err(
                    c.pos,
                    &ctx,
                    format!(
                        "wrong type for value; expected string; got {}",
                        other.type_name()
                    )
                    .replace("value", &format!("argument {i}"))
                    .replace("argument 0", "value"),
                ),
            }
        };
        let int_arg = |v: &Value| -> EResult<i64> {
            match v {
                Value::Int(n) => Ok(*n),
                other => self.err(
                    c.pos,
                    &ctx,
                    format!(
                        "wrong type for value; expected int; got {}",
                        other.type_name()
                    ),
                ),
            }
        };
        let header_text = |v: &Value| v.go_string();
        match name {
            "json" => {
                want(1)?;
                if self.header {
                    return Ok(Value::str(header_text(&args[0])));
                }
                Ok(Value::Str(args[0].to_json()))
            }
            "upper" | "lower" | "title" => {
                want(1)?;
                let s = string_arg(&args[0], 0)?;
                if self.header {
                    return Ok(Value::Str(s));
                }
                Ok(Value::Str(match name {
                    "upper" => s.to_uppercase(),
                    "lower" => s.to_lowercase(),
                    _ => title(&s),
                }))
            }
            "split" => {
                want(2)?;
                let s = string_arg(&args[0], 0)?;
                let sep = string_arg(&args[1], 1)?;
                if self.header {
                    return Ok(Value::Str(s));
                }
                let parts: Vec<Value> = if sep.is_empty() {
                    s.chars().map(|c| Value::Str(c.to_string())).collect()
                } else {
                    s.split(sep.as_str()).map(Value::str).collect()
                };
                Ok(Value::List(parts))
            }
            "join" => {
                want(2)?;
                let sep = string_arg(&args[1], 1)?;
                if self.header {
                    return Ok(Value::str(header_text(&args[0])));
                }
                match &args[0] {
                    Value::List(l) => {
                        let mut parts = Vec::new();
                        for x in l {
                            parts.push(string_arg(x, 0)?);
                        }
                        Ok(Value::Str(parts.join(&sep)))
                    }
                    Value::Nil(_) => Ok(Value::str("")),
                    other => self.err(
                        c.pos,
                        &ctx,
                        format!(
                            "wrong type for value; expected []string; got {}",
                            other.type_name()
                        ),
                    ),
                }
            }
            "pad" => {
                want(3)?;
                let s = string_arg(&args[0], 0)?;
                let pre = int_arg(&args[1])?.clamp(0, 1000) as usize;
                let post = int_arg(&args[2])?.clamp(0, 1000) as usize;
                if s.is_empty() {
                    return Ok(Value::Str(s));
                }
                Ok(Value::Str(format!(
                    "{}{s}{}",
                    " ".repeat(pre),
                    " ".repeat(post)
                )))
            }
            "truncate" => {
                want(2)?;
                let s = string_arg(&args[0], 0)?;
                let n = int_arg(&args[1])?;
                if self.header || (s.len() as i64) < n {
                    return Ok(Value::Str(s));
                }
                let n = n.max(0) as usize;
                let cut: String = s.bytes().take(n).map(char::from).collect();
                Ok(Value::Str(if s.is_ascii() {
                    cut
                } else {
                    s.chars().take(n).collect()
                }))
            }
            "len" => {
                want(1)?;
                Ok(Value::Int(match &args[0] {
                    Value::Str(s) => s.len() as i64,
                    Value::List(l) => l.len() as i64,
                    Value::Map(m) => m.len() as i64,
                    Value::Nil(_) => 0,
                    other => return calling(format!("len of type {}", other.type_name())),
                }))
            }
            "index" => {
                let Some((item, keys)) = args.split_first() else {
                    return self.err(
                        pos,
                        name,
                        "wrong number of args for index: want at least 1 got 0",
                    );
                };
                let mut v = item.clone();
                for k in keys {
                    v = match (&v, k) {
                        (Value::List(l), Value::Int(i)) => {
                            match usize::try_from(*i).ok().and_then(|i| l.get(i)) {
                                Some(x) => x.clone(),
                                None => return calling(format!("index out of range: {i}")),
                            }
                        }
                        (Value::Nil("[]"), Value::Int(i)) => {
                            return calling(format!("index out of range: {i}"))
                        }
                        (Value::Str(s), Value::Int(i)) => {
                            match usize::try_from(*i).ok().and_then(|i| s.as_bytes().get(i)) {
                                Some(b) => Value::Int(i64::from(*b)),
                                None => return calling(format!("index out of range: {i}")),
                            }
                        }
                        (Value::List(_) | Value::Str(_), other) => {
                            return calling(format!(
                                "cannot index slice/array with type {}",
                                other.type_name()
                            ))
                        }
                        (Value::Map(m), Value::Str(key)) => {
                            m.get(key).cloned().unwrap_or(Value::NoValue)
                        }
                        (Value::Nil("map[]"), Value::Str(_)) => Value::NoValue,
                        (Value::NoValue | Value::Nil(_), _) => {
                            return calling("index of untyped nil".into())
                        }
                        (other, _) => {
                            return calling(format!(
                                "can't index item of type {}",
                                other.type_name()
                            ))
                        }
                    };
                }
                Ok(v)
            }
            "print" | "println" => {
                let mut s = String::new();
                for (i, a) in args.iter().enumerate() {
                    let both_non_str = i > 0
                        && !matches!(a, Value::Str(_))
                        && !matches!(args[i - 1], Value::Str(_));
                    if i > 0 && (name == "println" || both_non_str) {
                        s.push(' ');
                    }
                    a.print_inner(&mut s);
                }
                if name == "println" {
                    s.push('\n');
                }
                Ok(Value::Str(s))
            }
            "printf" => {
                let Some((f, rest)) = args.split_first() else {
                    return self.err(
                        pos,
                        name,
                        "wrong number of args for printf: want at least 1 got 0",
                    );
                };
                let f = string_arg(f, 0)?;
                Ok(Value::Str(sprintf(&f, rest)))
            }
            "not" => {
                want(1)?;
                Ok(Value::Bool(!args[0].truth()))
            }
            "and" | "or" => {
                if args.is_empty() {
                    return self.err(
                        pos,
                        name,
                        format!("wrong number of args for {name}: want at least 1 got 0"),
                    );
                }
                let pick = args
                    .iter()
                    .find(|a| if name == "and" { !a.truth() } else { a.truth() });
                Ok(pick.or(args.last()).cloned().unwrap_or(Value::NoValue))
            }
            _ => {
                // eq, ne, lt, le, gt, ge
                if args.len() < 2 {
                    return self.err(pos, name, "missing argument for comparison");
                }
                let a = &args[0];
                let mut result = false;
                for b in &args[1..] {
                    let ord = match (a, b) {
                        (Value::Str(x), Value::Str(y)) => x.cmp(y),
                        (Value::Int(x), Value::Int(y)) => x.cmp(y),
                        (Value::Bool(x), Value::Bool(y)) if matches!(name, "eq" | "ne") => x.cmp(y),
                        (Value::Bool(_), Value::Bool(_)) => {
                            return calling("invalid type for comparison".into())
                        }
                        (x, y)
                            if std::mem::discriminant(x) == std::mem::discriminant(y)
                                || matches!(
                                    x,
                                    Value::List(_) | Value::Map(_) | Value::Struct(..)
                                ) =>
                        {
                            return calling(if matches!(name, "eq" | "ne") {
                                format!("non-comparable type {}: {}", x.go_string(), x.type_name())
                            } else {
                                "invalid type for comparison".into()
                            })
                        }
                        _ => return calling("incompatible types for comparison".into()),
                    };
                    use std::cmp::Ordering::*;
                    let r = match name {
                        "eq" => ord == Equal,
                        "ne" => ord != Equal,
                        "lt" => ord == Less,
                        "le" => ord != Greater,
                        "gt" => ord == Greater,
                        _ => ord != Less,
                    };
                    if name == "eq" {
                        result |= r;
                    } else {
                        return Ok(Value::Bool(r));
                    }
                }
                Ok(Value::Bool(result))
            }
        }
    }
}

/// Go's `strings.Title`: the first letter of each word upper-cased.
fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = !(c.is_alphanumeric() || c == '_' || c == '\'');
    }
    out
}

/// `fmt.Sprintf` for the verbs templates use: `%s`, `%v`, `%d`, `%q`, `%%`.
fn sprintf(f: &str, args: &[Value]) -> String {
    let mut out = String::new();
    let mut it = f.chars();
    let mut n = 0;
    while let Some(c) = it.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(verb) = it.next() else {
            out.push_str("%!(NOVERB)");
            break;
        };
        if verb == '%' {
            out.push('%');
            continue;
        }
        let Some(a) = args.get(n) else {
            let _ = write!(out, "%!{verb}(MISSING)");
            continue;
        };
        n += 1;
        match (verb, a) {
            ('q', Value::Str(s)) => out.push_str(&go_quote(s)),
            ('d', Value::Int(i)) => {
                let _ = write!(out, "{i}");
            }
            ('s' | 'v', v) => v.print_inner(&mut out),
            (v, a) => {
                let _ = write!(out, "%!{v}({}={})", a.type_name(), a.go_string());
            }
        }
    }
    if n < args.len() {
        out.push_str("%!(EXTRA ");
        let extra: Vec<String> = args[n..]
            .iter()
            .map(|a| format!("{}={}", a.type_name(), a.go_string()))
            .collect();
        out.push_str(&extra.join(", "));
        out.push(')');
    }
    out
}

// ---------------------------------------------------------------------------------------------
// docker's formatter

/// docker's `--format` over a list: `table …` prints a header row (the template over
/// `titles`) and aligns columns; `json` is `{{json .}}`; anything else prints one line an
/// item. The error is the message docker prints (`template parsing error: …`).
pub fn write_list(format: &str, items: &[Value], titles: &Value) -> Result<String, String> {
    let table = format.starts_with("table");
    let body = if table {
        &format["table".len()..]
    } else if format == "json" {
        "{{json .}}"
    } else {
        format
    };
    let body = body
        .trim_matches(' ')
        .replace("\\t", "\t")
        .replace("\\n", "\n");
    let tmpl = parse(&body).map_err(|e| format!("template parsing error: {e}"))?;
    let mut lines = String::new();
    for item in items {
        match tmpl.execute(item, Missing::Default) {
            Ok(s) => lines.push_str(&s),
            Err(e) => return Err(format!("template parsing error: {}", e.message)),
        }
        lines.push('\n');
    }
    if !table {
        return Ok(lines);
    }
    let mut all = tmpl.execute_header(titles);
    all.push('\n');
    all.push_str(&lines);
    Ok(super::table::align(&all))
}

/// docker's `--format` for one object (`inspect`): the value as typed first; when that fails,
/// the raw JSON form with `missingkey=error`, as docker's inspector falls back.
pub fn inspect_one(tmpl: &Template, v: &Value) -> Result<String, String> {
    match tmpl.execute(v, Missing::Default) {
        Ok(s) => Ok(s),
        Err(_) => tmpl
            .execute(&v.to_raw(), Missing::Error)
            .map_err(|e| format!("template parsing error: {}", e.message)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image() -> Value {
        let mut ports = Map::new();
        ports.insert("5000/tcp".to_string(), Value::empty());
        Value::Struct(
            "*formatter.ImageContext",
            vec![
                ("Repository", Value::str("catnip")),
                ("Tag", Value::str("latest")),
                (
                    "Config",
                    Value::Struct(
                        "container.Config",
                        vec![
                            ("ExposedPorts", Value::Map(ports)),
                            ("Cmd", Value::strings(&["python", "./app.py"])),
                            ("Entrypoint", Value::Nil("[]")),
                        ],
                    ),
                ),
            ],
        )
    }

    fn run(src: &str) -> String {
        match parse(src) {
            Ok(t) => match t.execute(&image(), Missing::Default) {
                Ok(s) => s,
                Err(e) => format!("{}|{}", e.partial, e.message),
            },
            Err(e) => e,
        }
    }

    #[test]
    fn fields_and_go_printing() {
        assert_eq!(run("{{.Repository}}:{{.Tag}}"), "catnip:latest");
        assert_eq!(run("{{.Config.ExposedPorts}}"), "map[5000/tcp:{}]");
        assert_eq!(
            run("{{.Config.Cmd}} {{.Config.Entrypoint}}"),
            "[python ./app.py] []"
        );
        assert_eq!(run("{{json .Config.ExposedPorts}}"), "{\"5000/tcp\":{}}");
        assert_eq!(run("{{.Config.Cmd | json}}"), "[\"python\",\"./app.py\"]");
        assert_eq!(run("{{json .Config.Entrypoint}}"), "null");
        assert_eq!(run("{{index .Config.Cmd 1}}"), "./app.py");
        assert_eq!(run("{{println .Tag}}x"), "latest\nx");
        assert_eq!(run("{{join .Config.Cmd \" \"}}"), "python ./app.py");
    }

    #[test]
    fn control_flow() {
        assert_eq!(
            run("{{range $p, $v := .Config.ExposedPorts}}{{$p}} {{end}}"),
            "5000/tcp "
        );
        assert_eq!(
            run("{{range .Config.Cmd}}<{{.}}>{{end}}"),
            "<python><./app.py>"
        );
        assert_eq!(run("{{if .Config.Entrypoint}}a{{else}}b{{end}}"), "b");
        assert_eq!(
            run("{{if eq .Tag \"x\"}}a{{else if eq .Tag \"latest\"}}b{{end}}"),
            "b"
        );
        assert_eq!(run("{{with .Config}}{{.Cmd}}{{end}}"), "[python ./app.py]");
        assert_eq!(run("a {{- /* c */ -}} b"), "ab");
    }

    #[test]
    fn errors_as_go_words_them() {
        assert_eq!(run("{{.Name}"), "template: :1: unexpected \"}\" in operand");
        assert_eq!(run("{{.Name"), "template: :1: unclosed action");
        assert_eq!(run("{{end}}"), "template: :1: unexpected {{end}}");
        assert_eq!(run("{{if .Tag}}"), "template: :1: unexpected EOF");
        assert_eq!(
            run("{{nope .Tag}}"),
            "template: :1: function \"nope\" not defined"
        );
        assert_eq!(run("{{}}"), "template: :1: missing value for command");
        assert_eq!(
            run("x{{.Nope}}"),
            "x|template: :1:3: executing \"\" at <.Nope>: can't evaluate field Nope in type *formatter.ImageContext"
        );
        assert_eq!(
            run("{{index .Config.Cmd 5}}"),
            "|template: :1:2: executing \"\" at <index .Config.Cmd 5>: error calling index: index out of range: 5"
        );
    }

    #[test]
    fn raw_fallback_uses_missingkey_error() {
        let t = parse("{{.Nope}}").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            inspect_one(&t, &image()),
            Err("template parsing error: template: :1:2: executing \"\" at <.Nope>: map has no entry for key \"Nope\"".into())
        );
    }

    #[test]
    fn mangled_templates_never_panic() {
        let seeds = [
            "{{range $k, $v := .Config.ExposedPorts}}{{$k}}{{else}}none{{end}}",
            "{{if eq .Tag \"x\"}}{{- .Repository -}}{{else if .Tag}}{{json .}}{{end}}",
            "{{with $x := index .Config.Cmd 0}}{{printf \"%s %d\" $x (len $x)}}{{end}}",
            "{{/* c */}}{{(.Config).Cmd | join}} {{`raw`}} {{pad .Tag 1 2}}",
        ];
        for seed in seeds {
            let chars: Vec<char> = seed.chars().collect();
            for i in 0..chars.len() {
                let cut: String = chars[..i].iter().collect();
                let dropped: String = chars
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != i)
                    .map(|(_, c)| c)
                    .collect();
                let _ = run(&cut);
                let _ = run(&dropped);
            }
        }
    }

    #[test]
    fn table_header_from_titles() {
        let mut titles = Map::new();
        titles.insert("Repository".to_string(), Value::str("REPOSITORY"));
        titles.insert("Tag".to_string(), Value::str("TAG"));
        let out = write_list(
            "table {{.Repository}}\\t{{.Tag}}",
            &[image()],
            &Value::Map(titles),
        );
        assert_eq!(out, Ok("REPOSITORY   TAG\ncatnip       latest\n".into()));
    }
}
