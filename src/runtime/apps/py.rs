//! A parser for the small subset of Python that simple Flask apps are written in: imports,
//! assignments, calls, decorated `def`s, `if`, `return`, and literals (strings, numbers,
//! lists, tuples, dicts). Statements outside the subset are kept as [`Stmt::Other`] so the
//! model can say which construct it does not run.

use super::jinja::str_repr;

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Str(String),
    Int(i64),
    Float(f64),
    Op(&'static str),
    Newline,
    Indent,
    Dedent,
}

/// A token and the (1-based) line it is on.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub line: usize,
}

/// A syntax error: the message Python prints and the line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: String,
    pub line: usize,
    /// `IndentationError` rather than `SyntaxError`.
    pub indentation: bool,
    /// The wording of Python 3.10 and later, with its line and 0-based caret column, when it
    /// differs from the older one in `message`.
    pub newer: Option<(String, usize, Option<usize>)>,
}

const OPS: &[&str] = &[
    "**=", "//=", "==", "!=", "<=", ">=", "->", "+=", "-=", "*=", "/=", "%=", "**", "//", "<<",
    ">>", ":=", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "@", "=", "+", "-", "*", "/",
    "%", "<", ">", "&", "|", "^", "~",
];

fn err(message: &str, line: usize) -> SyntaxError {
    SyntaxError {
        message: message.to_string(),
        line,
        indentation: false,
        newer: None,
    }
}

/// Split Python source into tokens with INDENT/DEDENT/NEWLINE, as Python's tokenizer does.
pub fn tokenize(src: &str) -> Result<Vec<Token>, SyntaxError> {
    let mut out: Vec<Token> = Vec::new();
    let mut indents = vec![0usize];
    let mut depth = 0usize;
    // The open brackets: character, line, column.
    let mut open: Vec<(&str, usize, usize)> = Vec::new();
    let mut line_start = 0usize;
    let mut line = 1usize;
    let mut at_line_start = true;
    let b = src.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if at_line_start && depth == 0 {
            let mut col = 0;
            let mut j = i;
            while j < b.len() && (b[j] == b' ' || b[j] == b'\t') {
                col += if b[j] == b'\t' { 8 - col % 8 } else { 1 };
                j += 1;
            }
            if j >= b.len() {
                break;
            }
            if b[j] == b'\n' || b[j] == b'#' || b[j] == b'\r' {
                // A blank or comment-only line does not change the indentation.
                while j < b.len() && b[j] != b'\n' {
                    j += 1;
                }
                if j < b.len() {
                    j += 1;
                    line += 1;
                    line_start = j;
                }
                i = j;
                continue;
            }
            let cur = indents.last().copied().unwrap_or(0);
            if col > cur {
                indents.push(col);
                out.push(Token {
                    tok: Tok::Indent,
                    line,
                });
            } else if col < cur {
                while indents.last().is_some_and(|&c| c > col) {
                    indents.pop();
                    out.push(Token {
                        tok: Tok::Dedent,
                        line,
                    });
                }
                if indents.last() != Some(&col) {
                    return Err(SyntaxError {
                        message: "unindent does not match any outer indentation level".into(),
                        line,
                        indentation: true,
                        newer: None,
                    });
                }
            }
            at_line_start = false;
            i = j;
            continue;
        }
        let c = b[i];
        match c {
            b'\n' => {
                line_start = i + 1;
                if depth == 0 && !at_line_start {
                    out.push(Token {
                        tok: Tok::Newline,
                        line,
                    });
                    at_line_start = true;
                }
                line += 1;
                i += 1;
            }
            b' ' | b'\t' | b'\r' | b'\x0c' => i += 1,
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'\\' if b.get(i + 1) == Some(&b'\n') => {
                line += 1;
                i += 2;
            }
            _ if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80)
                {
                    i += 1;
                }
                let word = String::from_utf8_lossy(&b[start..i]).to_string();
                let lower = word.to_ascii_lowercase();
                let is_prefix = matches!(
                    lower.as_str(),
                    "r" | "u" | "b" | "f" | "rb" | "br" | "fr" | "rf"
                );
                if is_prefix && i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                    if lower.contains('f') {
                        return Err(err("f-strings are outside the modelled subset", line));
                    }
                    let raw = lower.contains('r');
                    let (s, ni, nl) = string(b, i, line, raw)?;
                    push_str(&mut out, s, line);
                    i = ni;
                    line = nl;
                } else {
                    out.push(Token {
                        tok: Tok::Name(word),
                        line,
                    });
                }
            }
            b'"' | b'\'' => {
                let (s, ni, nl) = string(b, i, line, false)?;
                push_str(&mut out, s, line);
                i = ni;
                line = nl;
            }
            _ if c.is_ascii_digit()
                || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit)) =>
            {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.' || b[i] == b'_')
                {
                    i += 1;
                }
                let text = String::from_utf8_lossy(&b[start..i]).replace('_', "");
                let tok = if let Ok(n) = text.parse::<i64>() {
                    Tok::Int(n)
                } else if let Ok(f) = text.parse::<f64>() {
                    Tok::Float(f)
                } else {
                    return Err(err("invalid decimal literal", line));
                };
                out.push(Token { tok, line });
            }
            _ => {
                let rest = &src[i..];
                let Some(op) = OPS.iter().find(|o| rest.starts_with(**o)) else {
                    let ch = rest.chars().next().unwrap_or('?');
                    return Err(err(
                        &format!("invalid character '{ch}' (U+{:04X})", ch as u32),
                        line,
                    ));
                };
                match *op {
                    "(" | "[" | "{" => {
                        depth += 1;
                        let col = src[line_start.min(i)..i].chars().count();
                        open.push((op, line, col));
                    }
                    ")" | "]" | "}" => {
                        if depth == 0 {
                            return Err(err(&format!("unmatched '{op}'"), line));
                        }
                        depth -= 1;
                        open.pop();
                    }
                    _ => {}
                }
                out.push(Token {
                    tok: Tok::Op(op),
                    line,
                });
                i += op.len();
            }
        }
    }
    if let Some((op, l, col)) = open.last() {
        let mut e = err("unexpected EOF while parsing", line);
        e.newer = Some((format!("'{op}' was never closed"), *l, Some(*col)));
        return Err(e);
    }
    if !at_line_start {
        out.push(Token {
            tok: Tok::Newline,
            line,
        });
    }
    while indents.len() > 1 {
        indents.pop();
        out.push(Token {
            tok: Tok::Dedent,
            line,
        });
    }
    Ok(out)
}

/// Adjacent string literals are one string.
fn push_str(out: &mut Vec<Token>, s: String, line: usize) {
    if let Some(Token {
        tok: Tok::Str(prev),
        ..
    }) = out.last_mut()
    {
        prev.push_str(&s);
        return;
    }
    out.push(Token {
        tok: Tok::Str(s),
        line,
    });
}

/// A string literal at `i` (on its quote): the text, the index after it, and the line after.
fn string(
    b: &[u8],
    mut i: usize,
    mut line: usize,
    raw: bool,
) -> Result<(String, usize, usize), SyntaxError> {
    let q = b[i];
    let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
    let start_line = line;
    i += if triple { 3 } else { 1 };
    let mut bytes = Vec::new();
    loop {
        let Some(&c) = b.get(i) else {
            let msg = if triple {
                "unterminated triple-quoted string literal"
            } else {
                "unterminated string literal"
            };
            return Err(err(msg, start_line));
        };
        if c == q {
            if !triple {
                i += 1;
                break;
            }
            if b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q) {
                i += 3;
                break;
            }
        }
        if c == b'\n' {
            if !triple {
                return Err(err("unterminated string literal", start_line));
            }
            line += 1;
        }
        if c == b'\\' && !raw {
            let Some(&n) = b.get(i + 1) else {
                return Err(err("unterminated string literal", start_line));
            };
            i += 2;
            match n {
                b'n' => bytes.push(b'\n'),
                b't' => bytes.push(b'\t'),
                b'r' => bytes.push(b'\r'),
                b'0' => bytes.push(0),
                b'\n' => line += 1,
                b'\\' | b'\'' | b'"' => bytes.push(n),
                other => {
                    bytes.push(b'\\');
                    bytes.push(other);
                }
            }
            continue;
        }
        if c == b'\\' && raw {
            bytes.push(c);
            if let Some(&n) = b.get(i + 1) {
                bytes.push(n);
                i += 2;
                continue;
            }
        }
        bytes.push(c);
        i += 1;
    }
    Ok((String::from_utf8_lossy(&bytes).into_owned(), i, line))
}

// ----- syntax tree -----

#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    None,
    Name(String),
    Attr(Box<Expr>, String),
    Index(Box<Expr>, Box<Expr>),
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        kwargs: Vec<(String, Expr)>,
    },
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    Not(Box<Expr>),
    Neg(Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Cmp(&'static str, Box<Expr>, Box<Expr>),
    Add(Box<Expr>, Box<Expr>),
    /// An expression form outside the subset (`lambda`, a comprehension, `%` …), by name.
    Other(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    /// `from MODULE import a, b as c`.
    FromImport {
        module: String,
        names: Vec<(String, String)>,
        line: usize,
    },
    /// `import a, b.c as d`.
    Import {
        modules: Vec<(String, String)>,
        line: usize,
    },
    Assign {
        target: String,
        value: Expr,
        line: usize,
    },
    Expr {
        value: Expr,
        line: usize,
    },
    Def {
        name: String,
        decorators: Vec<(Expr, usize)>,
        params: Vec<String>,
        body: Vec<Stmt>,
        line: usize,
    },
    If {
        branches: Vec<(Expr, Vec<Stmt>)>,
        orelse: Vec<Stmt>,
        line: usize,
    },
    Return {
        value: Option<Expr>,
        line: usize,
    },
    Pass,
    /// A statement outside the subset, described for the learner (`a for loop`).
    Other {
        what: String,
        line: usize,
    },
}

struct Parser<'a> {
    toks: &'a [Token],
    at: usize,
    /// Expression nesting, bounded to keep the recursion shallow.
    depth: usize,
    /// Statement nesting.
    blocks: usize,
}

/// Parse a module.
pub fn parse(src: &str) -> Result<Vec<Stmt>, SyntaxError> {
    let toks = tokenize(src)?;
    let mut p = Parser {
        toks: &toks,
        at: 0,
        depth: 0,
        blocks: 0,
    };
    let mut out = Vec::new();
    while p.peek().is_some() {
        if p.is(&Tok::Newline) {
            p.at += 1;
            continue;
        }
        if p.is(&Tok::Indent) {
            return Err(SyntaxError {
                message: "unexpected indent".into(),
                line: p.line(),
                indentation: true,
                newer: None,
            });
        }
        out.push(p.stmt()?);
    }
    Ok(out)
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.at).map(|t| &t.tok)
    }

    fn line(&self) -> usize {
        self.toks
            .get(self.at)
            .or(self.toks.last())
            .map_or(1, |t| t.line)
    }

    fn is(&self, t: &Tok) -> bool {
        self.peek() == Some(t)
    }

    fn is_op(&self, op: &str) -> bool {
        matches!(self.peek(), Some(Tok::Op(o)) if *o == op)
    }

    fn is_name(&self, n: &str) -> bool {
        matches!(self.peek(), Some(Tok::Name(x)) if x == n)
    }

    fn expect_op(&mut self, op: &str) -> Result<(), SyntaxError> {
        if self.is_op(op) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.invalid())
        }
    }

    fn invalid(&self) -> SyntaxError {
        err("invalid syntax", self.line())
    }

    fn name(&mut self) -> Result<String, SyntaxError> {
        match self.peek() {
            Some(Tok::Name(n)) => {
                let n = n.clone();
                self.at += 1;
                Ok(n)
            }
            _ => Err(self.invalid()),
        }
    }

    fn end_of_statement(&mut self) -> Result<(), SyntaxError> {
        if self.is_op(";") {
            self.at += 1;
        }
        match self.peek() {
            None => Ok(()),
            Some(Tok::Newline) => {
                self.at += 1;
                Ok(())
            }
            _ => Err(self.invalid()),
        }
    }

    /// Skip to the end of the statement (and its indented block), returning an `Other`.
    fn skip(&mut self, what: &str, line: usize) -> Stmt {
        while let Some(t) = self.peek().cloned() {
            self.at += 1;
            if t == Tok::Newline {
                break;
            }
        }
        if self.is(&Tok::Indent) {
            let mut level = 0;
            while let Some(t) = self.peek().cloned() {
                self.at += 1;
                match t {
                    Tok::Indent => level += 1,
                    Tok::Dedent => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
            }
        }
        Stmt::Other {
            what: what.to_string(),
            line,
        }
    }

    /// The body after `header:` (`if`, `def` … on line `from`).
    fn block(&mut self, header: &str, from: usize) -> Result<Vec<Stmt>, SyntaxError> {
        self.expect_op(":")?;
        if !self.is(&Tok::Newline) {
            // `if x: return 1` on one line.
            let s = self.stmt()?;
            return Ok(vec![s]);
        }
        self.at += 1;
        if !self.is(&Tok::Indent) {
            let line = self.line();
            return Err(SyntaxError {
                message: "expected an indented block".into(),
                line,
                indentation: true,
                newer: Some((
                    format!("expected an indented block after {header} on line {from}"),
                    line,
                    None,
                )),
            });
        }
        self.at += 1;
        let mut body = Vec::new();
        while !self.is(&Tok::Dedent) && self.peek().is_some() {
            if self.is(&Tok::Newline) {
                self.at += 1;
                continue;
            }
            body.push(self.stmt()?);
        }
        self.at += 1;
        Ok(body)
    }

    fn stmt(&mut self) -> Result<Stmt, SyntaxError> {
        // CPython refuses more than 20 nested blocks.
        self.blocks += 1;
        if self.blocks > 21 {
            return Err(err("too many statically nested blocks", self.line()));
        }
        let r = self.stmt_inner();
        self.blocks -= 1;
        r
    }

    fn stmt_inner(&mut self) -> Result<Stmt, SyntaxError> {
        let line = self.line();
        let word = match self.peek() {
            Some(Tok::Name(n)) => n.clone(),
            Some(Tok::Op("@")) => return self.decorated(),
            _ => String::new(),
        };
        match word.as_str() {
            "from" => {
                self.at += 1;
                let mut module = self.name()?;
                while self.is_op(".") {
                    self.at += 1;
                    module.push('.');
                    module.push_str(&self.name()?);
                }
                if !self.is_name("import") {
                    return Err(self.invalid());
                }
                self.at += 1;
                let paren = self.is_op("(");
                if paren {
                    self.at += 1;
                }
                let mut names = Vec::new();
                loop {
                    if self.is_op("*") {
                        self.at += 1;
                        names.push(("*".to_string(), "*".to_string()));
                    } else {
                        let n = self.name()?;
                        let alias = if self.is_name("as") {
                            self.at += 1;
                            self.name()?
                        } else {
                            n.clone()
                        };
                        names.push((n, alias));
                    }
                    if self.is_op(",") {
                        self.at += 1;
                        if paren && self.is_op(")") {
                            break;
                        }
                        continue;
                    }
                    break;
                }
                if paren {
                    self.expect_op(")")?;
                }
                self.end_of_statement()?;
                Ok(Stmt::FromImport {
                    module,
                    names,
                    line,
                })
            }
            "import" => {
                self.at += 1;
                let mut modules = Vec::new();
                loop {
                    let mut m = self.name()?;
                    while self.is_op(".") {
                        self.at += 1;
                        m.push('.');
                        m.push_str(&self.name()?);
                    }
                    let alias = if self.is_name("as") {
                        self.at += 1;
                        self.name()?
                    } else {
                        m.clone()
                    };
                    modules.push((m, alias));
                    if !self.is_op(",") {
                        break;
                    }
                    self.at += 1;
                }
                self.end_of_statement()?;
                Ok(Stmt::Import { modules, line })
            }
            "def" => self.def(Vec::new()),
            "if" => {
                self.at += 1;
                let cond = self.expr()?;
                let body = self.block("'if' statement", line)?;
                let mut branches = vec![(cond, body)];
                let mut orelse = Vec::new();
                loop {
                    if self.is_name("elif") {
                        self.at += 1;
                        let eline = self.line();
                        let c = self.expr()?;
                        let b = self.block("'elif' statement", eline)?;
                        branches.push((c, b));
                    } else if self.is_name("else") {
                        self.at += 1;
                        let eline = self.line();
                        orelse = self.block("'else' statement", eline)?;
                        break;
                    } else {
                        break;
                    }
                }
                Ok(Stmt::If {
                    branches,
                    orelse,
                    line,
                })
            }
            "return" => {
                self.at += 1;
                let value = if self.is(&Tok::Newline) || self.is_op(";") || self.peek().is_none() {
                    None
                } else {
                    Some(self.expr_list()?)
                };
                self.end_of_statement()?;
                Ok(Stmt::Return { value, line })
            }
            "pass" => {
                self.at += 1;
                self.end_of_statement()?;
                Ok(Stmt::Pass)
            }
            "print"
                if !matches!(
                    self.toks.get(self.at + 1).map(|t| &t.tok),
                    Some(Tok::Op("("))
                ) =>
            {
                Ok(self.skip("a Python 2 print statement", line))
            }
            "for" | "while" => Ok(self.skip(&format!("a `{word}` loop"), line)),
            "class" => Ok(self.skip("a class definition", line)),
            "try" | "except" | "finally" => Ok(self.skip("try/except", line)),
            "with" => Ok(self.skip("a `with` statement", line)),
            "global" | "nonlocal" | "del" | "assert" | "raise" | "yield" | "async" | "await"
            | "lambda" | "break" | "continue" => {
                Ok(self.skip(&format!("the `{word}` statement"), line))
            }
            "elif" | "else" => Err(self.invalid()),
            _ => {
                let value = self.expr_list()?;
                if self.is_op("=") {
                    self.at += 1;
                    let Expr::Name(target) = value else {
                        return Ok(
                            self.skip("assignment to something other than a plain name", line)
                        );
                    };
                    let rhs = self.expr_list()?;
                    if self.is_op("=") {
                        return Ok(self.skip("chained assignment", line));
                    }
                    self.end_of_statement()?;
                    return Ok(Stmt::Assign {
                        target,
                        value: rhs,
                        line,
                    });
                }
                if let Some(Tok::Op(o)) = self.peek() {
                    if o.ends_with('=') && o.len() >= 2 && !["==", "!=", "<=", ">="].contains(o) {
                        return Ok(self.skip("augmented assignment", line));
                    }
                    if *o == ":" {
                        return Ok(self.skip("an annotated assignment", line));
                    }
                }
                self.end_of_statement()?;
                Ok(Stmt::Expr { value, line })
            }
        }
    }

    fn decorated(&mut self) -> Result<Stmt, SyntaxError> {
        let mut decorators = Vec::new();
        while self.is_op("@") {
            let line = self.line();
            self.at += 1;
            let e = self.expr()?;
            if !self.is(&Tok::Newline) {
                return Err(self.invalid());
            }
            self.at += 1;
            decorators.push((e, line));
        }
        if self.is_name("def") {
            self.def(decorators)
        } else if self.is_name("class") {
            let line = self.line();
            Ok(self.skip("a class definition", line))
        } else {
            Err(self.invalid())
        }
    }

    fn def(&mut self, decorators: Vec<(Expr, usize)>) -> Result<Stmt, SyntaxError> {
        let line = self.line();
        self.at += 1;
        let name = self.name()?;
        self.expect_op("(")?;
        let mut params = Vec::new();
        while !self.is_op(")") {
            if self.is_op("*") || self.is_op("**") {
                self.at += 1;
            }
            params.push(self.name()?);
            if self.is_op("=") || self.is_op(":") {
                // Defaults and annotations: keep the name, drop the rest.
                self.at += 1;
                self.expr()?;
            }
            if self.is_op(",") {
                self.at += 1;
            } else if !self.is_op(")") {
                return Err(self.invalid());
            }
        }
        self.at += 1;
        if self.is_op("->") {
            self.at += 1;
            self.expr()?;
        }
        let body = self.block("function definition", line)?;
        Ok(Stmt::Def {
            name,
            decorators,
            params,
            body,
            line,
        })
    }

    /// `a, b` as a tuple, or a single expression.
    fn expr_list(&mut self) -> Result<Expr, SyntaxError> {
        let first = self.expr()?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.is_op(",") {
            self.at += 1;
            if self.is(&Tok::Newline) || self.is_op("=") || self.peek().is_none() {
                break;
            }
            items.push(self.expr()?);
        }
        Ok(Expr::Tuple(items))
    }

    fn expr(&mut self) -> Result<Expr, SyntaxError> {
        self.depth += 1;
        if self.depth > 40 {
            return Err(err("too many nested parentheses", self.line()));
        }
        let r = self.or();
        self.depth -= 1;
        let e = r?;
        if self.is_name("if") {
            self.at += 1;
            self.or()?;
            if self.is_name("else") {
                self.at += 1;
                self.expr()?;
            }
            return Ok(Expr::Other("a conditional expression".into()));
        }
        Ok(e)
    }

    fn or(&mut self) -> Result<Expr, SyntaxError> {
        let mut l = self.and()?;
        while self.is_name("or") {
            self.at += 1;
            let r = self.and()?;
            l = Expr::Or(Box::new(l), Box::new(r));
        }
        Ok(l)
    }

    fn and(&mut self) -> Result<Expr, SyntaxError> {
        let mut l = self.not()?;
        while self.is_name("and") {
            self.at += 1;
            let r = self.not()?;
            l = Expr::And(Box::new(l), Box::new(r));
        }
        Ok(l)
    }

    fn not(&mut self) -> Result<Expr, SyntaxError> {
        if self.is_name("not") {
            self.at += 1;
            self.depth += 1;
            if self.depth > 40 {
                return Err(err("too many nested expressions", self.line()));
            }
            let e = self.not()?;
            self.depth -= 1;
            return Ok(Expr::Not(Box::new(e)));
        }
        self.compare()
    }

    fn compare(&mut self) -> Result<Expr, SyntaxError> {
        let mut l = self.arith()?;
        loop {
            let op = match self.peek() {
                Some(Tok::Op(o)) if ["==", "!=", "<", ">", "<=", ">="].contains(o) => *o,
                Some(Tok::Name(n)) if n == "in" => "in",
                Some(Tok::Name(n)) if n == "is" => "is",
                Some(Tok::Name(n))
                    if n == "not"
                        && matches!(self.toks.get(self.at + 1).map(|t| &t.tok), Some(Tok::Name(x)) if x == "in") =>
                {
                    self.at += 1;
                    "not in"
                }
                _ => return Ok(l),
            };
            self.at += 1;
            if op == "is" && self.is_name("not") {
                self.at += 1;
                let r = self.arith()?;
                l = Expr::Not(Box::new(Expr::Cmp("is", Box::new(l), Box::new(r))));
                continue;
            }
            let r = self.arith()?;
            l = Expr::Cmp(op, Box::new(l), Box::new(r));
        }
    }

    fn arith(&mut self) -> Result<Expr, SyntaxError> {
        let mut l = self.unary()?;
        loop {
            match self.peek() {
                Some(Tok::Op("+")) => {
                    self.at += 1;
                    let r = self.unary()?;
                    l = Expr::Add(Box::new(l), Box::new(r));
                }
                Some(Tok::Op(o))
                    if ["-", "*", "/", "//", "%", "**", "|", "&", "^", "<<", ">>"].contains(o) =>
                {
                    let op = *o;
                    self.at += 1;
                    self.unary()?;
                    l = Expr::Other(format!("the `{op}` operator"));
                }
                _ => return Ok(l),
            }
        }
    }

    fn unary(&mut self) -> Result<Expr, SyntaxError> {
        if self.is_op("-") {
            self.at += 1;
            self.depth += 1;
            if self.depth > 40 {
                return Err(err("too many nested expressions", self.line()));
            }
            let e = self.unary()?;
            self.depth -= 1;
            return Ok(Expr::Neg(Box::new(e)));
        }
        if self.is_op("+") || self.is_op("~") {
            self.at += 1;
            self.unary()?;
            return Ok(Expr::Other("a unary operator".into()));
        }
        self.postfix()
    }

    fn postfix(&mut self) -> Result<Expr, SyntaxError> {
        let mut e = self.atom()?;
        loop {
            if self.is_op(".") {
                self.at += 1;
                let n = self.name()?;
                e = Expr::Attr(Box::new(e), n);
            } else if self.is_op("(") {
                self.at += 1;
                let mut args = Vec::new();
                let mut kwargs = Vec::new();
                while !self.is_op(")") {
                    if self.is_op("*") || self.is_op("**") {
                        self.at += 1;
                        self.expr()?;
                        args.push(Expr::Other("argument unpacking".into()));
                    } else if matches!(self.peek(), Some(Tok::Name(_)))
                        && matches!(
                            self.toks.get(self.at + 1).map(|t| &t.tok),
                            Some(Tok::Op("="))
                        )
                    {
                        let k = self.name()?;
                        self.at += 1;
                        let v = self.expr()?;
                        kwargs.push((k, v));
                    } else {
                        let v = self.expr()?;
                        if self.is_name("for") {
                            return Err(err(
                                "generator expressions are outside the subset",
                                self.line(),
                            ));
                        }
                        args.push(v);
                    }
                    if self.is_op(",") {
                        self.at += 1;
                    } else if !self.is_op(")") {
                        return Err(self.invalid());
                    }
                }
                self.at += 1;
                e = Expr::Call {
                    func: Box::new(e),
                    args,
                    kwargs,
                };
            } else if self.is_op("[") {
                self.at += 1;
                let i = self.expr()?;
                if self.is_op(":") {
                    while !self.is_op("]") && self.peek().is_some() {
                        self.at += 1;
                    }
                    self.expect_op("]")?;
                    e = Expr::Other("slicing".into());
                    continue;
                }
                self.expect_op("]")?;
                e = Expr::Index(Box::new(e), Box::new(i));
            } else {
                return Ok(e);
            }
        }
    }

    fn atom(&mut self) -> Result<Expr, SyntaxError> {
        let Some(t) = self.peek().cloned() else {
            return Err(self.invalid());
        };
        self.at += 1;
        Ok(match t {
            Tok::Str(s) => Expr::Str(s),
            Tok::Int(i) => Expr::Int(i),
            Tok::Float(f) => Expr::Float(f),
            Tok::Name(n) => match n.as_str() {
                "True" => Expr::Bool(true),
                "False" => Expr::Bool(false),
                "None" => Expr::None,
                "lambda" => {
                    while !self.is_op(":") && self.peek().is_some() && !self.is(&Tok::Newline) {
                        self.at += 1;
                    }
                    self.expect_op(":")?;
                    self.expr()?;
                    Expr::Other("a lambda".into())
                }
                "yield" | "await" => {
                    self.expr()?;
                    Expr::Other(format!("`{n}`"))
                }
                kw if is_keyword(kw) => return Err(err("invalid syntax", self.line())),
                _ => Expr::Name(n),
            },
            Tok::Op("(") => {
                if self.is_op(")") {
                    self.at += 1;
                    return Ok(Expr::Tuple(Vec::new()));
                }
                let first = self.expr()?;
                if self.is_name("for") {
                    return Err(err(
                        "generator expressions are outside the subset",
                        self.line(),
                    ));
                }
                if self.is_op(")") {
                    self.at += 1;
                    return Ok(first);
                }
                let mut items = vec![first];
                while self.is_op(",") {
                    self.at += 1;
                    if self.is_op(")") {
                        break;
                    }
                    items.push(self.expr()?);
                }
                self.expect_op(")")?;
                Expr::Tuple(items)
            }
            Tok::Op("[") => {
                let mut items = Vec::new();
                while !self.is_op("]") {
                    items.push(self.expr()?);
                    if self.is_name("for") {
                        while !self.is_op("]") && self.peek().is_some() {
                            self.at += 1;
                        }
                        self.expect_op("]")?;
                        return Ok(Expr::Other("a list comprehension".into()));
                    }
                    if self.is_op(",") {
                        self.at += 1;
                    } else if !self.is_op("]") {
                        return Err(self.invalid());
                    }
                }
                self.at += 1;
                Expr::List(items)
            }
            Tok::Op("{") => {
                let mut items = Vec::new();
                while !self.is_op("}") {
                    let k = self.expr()?;
                    if !self.is_op(":") {
                        while !self.is_op("}") && self.peek().is_some() {
                            self.at += 1;
                        }
                        self.expect_op("}")?;
                        return Ok(Expr::Other("a set or comprehension".into()));
                    }
                    self.at += 1;
                    let v = self.expr()?;
                    items.push((k, v));
                    if self.is_op(",") {
                        self.at += 1;
                    } else if !self.is_op("}") {
                        return Err(self.invalid());
                    }
                }
                self.at += 1;
                Expr::Dict(items)
            }
            _ => return Err(err("invalid syntax", self.line())),
        })
    }
}

fn is_keyword(n: &str) -> bool {
    matches!(
        n,
        "and"
            | "or"
            | "not"
            | "in"
            | "is"
            | "if"
            | "else"
            | "elif"
            | "for"
            | "while"
            | "def"
            | "class"
            | "return"
            | "import"
            | "from"
            | "as"
            | "pass"
            | "with"
            | "try"
            | "except"
            | "finally"
            | "raise"
            | "global"
            | "nonlocal"
            | "del"
            | "assert"
            | "break"
            | "continue"
    )
}

/// The source text of an expression, for messages (`random.choice(images)`).
pub fn show(e: &Expr) -> String {
    match e {
        Expr::Str(s) => str_repr(s),
        Expr::Int(i) => i.to_string(),
        Expr::Float(f) => super::jinja::float_repr(*f),
        Expr::Bool(b) => if *b { "True" } else { "False" }.into(),
        Expr::None => "None".into(),
        Expr::Name(n) => n.clone(),
        Expr::Attr(b, a) => format!("{}.{a}", show(b)),
        Expr::Index(b, i) => format!("{}[{}]", show(b), show(i)),
        Expr::Call { func, args, kwargs } => {
            let mut parts: Vec<String> = args.iter().map(show).collect();
            parts.extend(kwargs.iter().map(|(k, v)| format!("{k}={}", show(v))));
            format!("{}({})", show(func), parts.join(", "))
        }
        Expr::List(items) => format!(
            "[{}]",
            items.iter().map(show).collect::<Vec<_>>().join(", ")
        ),
        Expr::Tuple(items) => format!(
            "({})",
            items.iter().map(show).collect::<Vec<_>>().join(", ")
        ),
        Expr::Dict(_) => "{…}".into(),
        Expr::Not(x) => format!("not {}", show(x)),
        Expr::Neg(x) => format!("-{}", show(x)),
        Expr::And(a, b) => format!("{} and {}", show(a), show(b)),
        Expr::Or(a, b) => format!("{} or {}", show(a), show(b)),
        Expr::Cmp(op, a, b) => format!("{} {op} {}", show(a), show(b)),
        Expr::Add(a, b) => format!("{} + {}", show(a), show(b)),
        Expr::Other(w) => w.clone(),
    }
}
