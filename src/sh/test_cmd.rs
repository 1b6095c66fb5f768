//! The `test` / `[` builtin: file tests, string tests, integer comparisons, `!`, `-a`, `-o`.

use super::flavour::Flavour;
use super::program::{absolute, FsView, Kind};

#[derive(Debug, PartialEq, Eq)]
pub(crate) enum TestError {
    ArgumentExpected,
    UnexpectedOperator(String),
    IllegalNumber(String),
    TooManyArguments,
}

impl TestError {
    pub(crate) fn render(&self, flavour: Flavour) -> String {
        match (self, flavour) {
            (TestError::ArgumentExpected, Flavour::Bash) => "argument expected".into(),
            (TestError::ArgumentExpected, _) => "argument expected".into(),
            (TestError::UnexpectedOperator(s), Flavour::Bash) => {
                format!("{s}: binary operator expected")
            }
            (TestError::UnexpectedOperator(s), _) => format!("{s}: unexpected operator"),
            (TestError::IllegalNumber(s), Flavour::Bash) => {
                format!("{s}: integer expression expected")
            }
            (TestError::IllegalNumber(s), Flavour::Busybox) => format!("invalid number '{s}'"),
            (TestError::IllegalNumber(s), Flavour::Dash) => format!("Illegal number: {s}"),
            (TestError::TooManyArguments, _) => "too many arguments".into(),
        }
    }
}

struct T<'a> {
    args: &'a [String],
    pos: usize,
    fs: &'a dyn FsView,
    cwd: &'a str,
    depth: usize,
}

const UNARY: [&str; 17] = [
    "-e", "-f", "-d", "-h", "-L", "-r", "-w", "-x", "-s", "-z", "-n", "-b", "-c", "-p", "-S", "-g",
    "-u",
];
const BINARY: [&str; 11] = [
    "=", "==", "!=", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "<", ">",
];

/// Evaluate `test` arguments (without the closing `]`).
pub(crate) fn test(args: &[String], fs: &dyn FsView, cwd: &str) -> Result<bool, TestError> {
    let mut t = T {
        args,
        pos: 0,
        fs,
        cwd,
        depth: 0,
    };
    match args.len() {
        0 => Ok(false),
        1 => Ok(!args[0].is_empty()),
        2 if args[0] == "!" => Ok(args[1].is_empty()),
        2 if UNARY.contains(&args[0].as_str()) => t.unary(&args[0], &args[1]),
        2 => Err(TestError::UnexpectedOperator(args[0].clone())),
        3 if BINARY.contains(&args[1].as_str()) => t.binary(&args[0], &args[1], &args[2]),
        3 if args[0] == "!" => test(&args[1..], fs, cwd).map(|b| !b),
        3 if args[0] == "(" && args[2] == ")" => Ok(!args[1].is_empty()),
        4 if args[0] == "!" => test(&args[1..], fs, cwd).map(|b| !b),
        _ => {
            let v = t.or()?;
            if t.pos < args.len() {
                return Err(match args.len() {
                    3 => TestError::UnexpectedOperator(args[1].clone()),
                    _ => TestError::TooManyArguments,
                });
            }
            Ok(v)
        }
    }
}

impl T<'_> {
    fn peek(&self) -> Option<&str> {
        self.args.get(self.pos).map(String::as_str)
    }

    fn or(&mut self) -> Result<bool, TestError> {
        let mut v = self.and()?;
        while self.peek() == Some("-o") {
            self.pos += 1;
            let r = self.and()?;
            v = v || r;
        }
        Ok(v)
    }

    fn and(&mut self) -> Result<bool, TestError> {
        let mut v = self.not()?;
        while self.peek() == Some("-a") {
            self.pos += 1;
            let r = self.not()?;
            v = v && r;
        }
        Ok(v)
    }

    fn not(&mut self) -> Result<bool, TestError> {
        self.depth += 1;
        if self.depth > 100 {
            return Err(TestError::TooManyArguments);
        }
        let r = if self.peek() == Some("!") {
            self.pos += 1;
            self.not().map(|b| !b)
        } else {
            self.primary()
        };
        self.depth -= 1;
        r
    }

    fn primary(&mut self) -> Result<bool, TestError> {
        let Some(a) = self.peek().map(str::to_string) else {
            return Err(TestError::ArgumentExpected);
        };
        if a == "(" {
            self.pos += 1;
            let v = self.or()?;
            if self.peek() != Some(")") {
                return Err(TestError::ArgumentExpected);
            }
            self.pos += 1;
            return Ok(v);
        }
        if let Some(op) = self.args.get(self.pos + 1) {
            if BINARY.contains(&op.as_str()) {
                let Some(b) = self.args.get(self.pos + 2) else {
                    return Err(TestError::ArgumentExpected);
                };
                self.pos += 3;
                return self.binary(&a, op, b);
            }
        }
        if UNARY.contains(&a.as_str()) {
            let Some(b) = self.args.get(self.pos + 1).cloned() else {
                return Err(TestError::ArgumentExpected);
            };
            self.pos += 2;
            return self.unary(&a, &b);
        }
        self.pos += 1;
        Ok(!a.is_empty())
    }

    fn unary(&self, op: &str, arg: &str) -> Result<bool, TestError> {
        if op == "-z" {
            return Ok(arg.is_empty());
        }
        if op == "-n" {
            return Ok(!arg.is_empty());
        }
        if arg.is_empty() {
            return Ok(false);
        }
        let path = absolute(self.cwd, arg);
        if op == "-h" || op == "-L" {
            return Ok(self
                .fs
                .symlink_metadata(&path)
                .is_some_and(|m| m.kind == Kind::Symlink));
        }
        let Some(m) = self.fs.metadata(&path) else {
            return Ok(false);
        };
        Ok(match op {
            "-e" | "-r" | "-w" => true,
            "-f" => m.kind == Kind::File,
            "-d" => m.kind == Kind::Dir,
            "-x" => m.kind == Kind::Dir || m.mode & 0o111 != 0,
            "-s" => m.size > 0,
            "-g" => m.mode & 0o2000 != 0,
            "-u" => m.mode & 0o4000 != 0,
            _ => false,
        })
    }

    fn binary(&self, a: &str, op: &str, b: &str) -> Result<bool, TestError> {
        let num = |s: &str| -> Result<i64, TestError> {
            s.trim()
                .parse::<i64>()
                .map_err(|_| TestError::IllegalNumber(s.to_string()))
        };
        Ok(match op {
            "=" | "==" => a == b,
            "!=" => a != b,
            "<" => a < b,
            ">" => a > b,
            _ => {
                let (x, y) = (num(a)?, num(b)?);
                match op {
                    "-eq" => x == y,
                    "-ne" => x != y,
                    "-lt" => x < y,
                    "-le" => x <= y,
                    "-gt" => x > y,
                    _ => x >= y,
                }
            }
        })
    }
}

/// One word of `[[ … ]]`: its text, its pattern form, and its plain spelling when it was
/// written unquoted (only then is it an operator).
pub(crate) struct Arg {
    pub(crate) text: String,
    pub(crate) pattern: Vec<super::pattern::PatChar>,
    pub(crate) op: Option<String>,
}

struct D<'a> {
    args: &'a [Arg],
    pos: usize,
    t: T<'a>,
}

/// Evaluate bash's `[[ … ]]` (the words between the brackets).
pub(crate) fn double_bracket(args: &[Arg], fs: &dyn FsView, cwd: &str) -> Result<bool, TestError> {
    let mut d = D {
        args,
        pos: 0,
        t: T {
            args: &[],
            pos: 0,
            fs,
            cwd,
            depth: 0,
        },
    };
    if args.is_empty() {
        return Err(TestError::ArgumentExpected);
    }
    let v = d.or()?;
    match d.args.get(d.pos) {
        None => Ok(v),
        Some(a) => Err(TestError::UnexpectedOperator(a.text.clone())),
    }
}

impl D<'_> {
    fn op(&self) -> Option<&str> {
        self.args.get(self.pos).and_then(|a| a.op.as_deref())
    }

    fn or(&mut self) -> Result<bool, TestError> {
        let mut v = self.and()?;
        while self.op() == Some("||") {
            self.pos += 1;
            let r = self.and()?;
            v = v || r;
        }
        Ok(v)
    }

    fn and(&mut self) -> Result<bool, TestError> {
        let mut v = self.not()?;
        while self.op() == Some("&&") {
            self.pos += 1;
            let r = self.not()?;
            v = v && r;
        }
        Ok(v)
    }

    fn not(&mut self) -> Result<bool, TestError> {
        self.t.depth += 1;
        if self.t.depth > 100 {
            return Err(TestError::TooManyArguments);
        }
        let r = if self.op() == Some("!") {
            self.pos += 1;
            self.not().map(|b| !b)
        } else {
            self.primary()
        };
        self.t.depth -= 1;
        r
    }

    fn primary(&mut self) -> Result<bool, TestError> {
        let Some(a) = self.args.get(self.pos) else {
            return Err(TestError::ArgumentExpected);
        };
        if a.op.as_deref() == Some("(") {
            self.pos += 1;
            let v = self.or()?;
            if self.op() != Some(")") {
                return Err(TestError::ArgumentExpected);
            }
            self.pos += 1;
            return Ok(v);
        }
        let binop = self.args.get(self.pos + 1).and_then(|b| b.op.as_deref());
        if let Some(op) = binop {
            if matches!(op, "==" | "=" | "!=" | "=~") || BINARY.contains(&op) {
                let Some(rhs) = self.args.get(self.pos + 2) else {
                    return Err(TestError::ArgumentExpected);
                };
                self.pos += 3;
                let text: Vec<char> = a.text.chars().collect();
                return match op {
                    "==" | "=" => Ok(super::pattern::matches(&rhs.pattern, &text)),
                    "!=" => Ok(!super::pattern::matches(&rhs.pattern, &text)),
                    // Regular expressions are not simulated; a plain substring test covers
                    // the common `[[ $x =~ word ]]`.
                    "=~" => Ok(a.text.contains(&rhs.text)),
                    _ => self.t.binary(&a.text, op, &rhs.text),
                };
            }
        }
        if let Some(op) = a.op.as_deref() {
            if UNARY.contains(&op) {
                let Some(b) = self.args.get(self.pos + 1) else {
                    return Err(TestError::ArgumentExpected);
                };
                self.pos += 2;
                return self.t.unary(op, &b.text);
            }
        }
        self.pos += 1;
        Ok(!a.text.is_empty())
    }
}
