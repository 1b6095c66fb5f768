//! `find`: walk trees and print (or `-exec`, `-delete`) what matches `-name`, `-iname`,
//! `-path`, `-type`, `-empty`, with `!`, `-a`, `-o`, parentheses, `-maxdepth` and `-mindepth`.

use super::{path_of, Tool, Voice};
use crate::sh::{Invocation, Machine};
use crate::vfs::{Kind, Stat};

const USAGE: &str = "find [-HL] [PATH]... [OPTIONS] [ACTIONS]";

/// Shell-style pattern match (`*`, `?`, `[...]`, `\x`) as `fnmatch` does it.
pub(crate) fn glob(pat: &[char], s: &[char], fold: bool) -> bool {
    let eq = |a: char, b: char| {
        if fold {
            a.to_lowercase().eq(b.to_lowercase())
        } else {
            a == b
        }
    };
    let (mut p, mut t) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while t < s.len() {
        if p < pat.len() {
            match pat[p] {
                '*' => {
                    star = Some((p, t));
                    p += 1;
                    continue;
                }
                '?' => {
                    p += 1;
                    t += 1;
                    continue;
                }
                '[' => {
                    if let Some((hit, next)) = class(pat, p, s[t], fold) {
                        if hit {
                            p = next;
                            t += 1;
                            continue;
                        }
                    } else if eq('[', s[t]) {
                        p += 1;
                        t += 1;
                        continue;
                    }
                }
                '\\' if p + 1 < pat.len() => {
                    if eq(pat[p + 1], s[t]) {
                        p += 2;
                        t += 1;
                        continue;
                    }
                }
                c => {
                    if eq(c, s[t]) {
                        p += 1;
                        t += 1;
                        continue;
                    }
                }
            }
        }
        match star {
            Some((sp, st)) => {
                p = sp + 1;
                t = st + 1;
                star = Some((sp, st + 1));
            }
            None => return false,
        }
    }
    while p < pat.len() && pat[p] == '*' {
        p += 1;
    }
    p == pat.len()
}

/// A bracket expression at `pat[p]`: whether `c` is in it, and where it ends.
fn class(pat: &[char], p: usize, c: char, fold: bool) -> Option<(bool, usize)> {
    let mut i = p + 1;
    let neg = matches!(pat.get(i), Some('!') | Some('^'));
    if neg {
        i += 1;
    }
    let mut hit = false;
    let mut first = true;
    let lc = c.to_lowercase().next().unwrap_or(c);
    while i < pat.len() {
        let x = pat[i];
        if x == ']' && !first {
            return Some((hit != neg, i + 1));
        }
        first = false;
        if pat.get(i + 1) == Some(&'-') && pat.get(i + 2).is_some_and(|&e| e != ']') {
            let hi = pat[i + 2];
            if (x <= c && c <= hi) || (fold && x <= lc && lc <= hi) {
                hit = true;
            }
            i += 3;
        } else {
            if x == c || (fold && x.to_lowercase().next() == Some(lc)) {
                hit = true;
            }
            i += 1;
        }
    }
    None
}

#[derive(Clone, Debug)]
enum Expr {
    Name(Vec<char>, bool),
    Path(Vec<char>),
    Type(char),
    Empty,
    True,
    False,
    Print,
    Delete,
    Exec(Vec<String>, bool),
    Not(Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
}

struct ExprParser<'a> {
    toks: &'a [String],
    i: usize,
    has_action: bool,
    maxdepth: Option<usize>,
    mindepth: usize,
}

enum FindError {
    Unknown(String),
    Missing(String),
    BadType(String),
    Paren,
}

impl ExprParser<'_> {
    fn peek(&self) -> Option<&str> {
        self.toks.get(self.i).map(String::as_str)
    }

    fn or(&mut self) -> Result<Expr, FindError> {
        let mut left = self.and()?;
        while matches!(self.peek(), Some("-o") | Some("-or")) {
            self.i += 1;
            let right = self.and()?;
            left = Expr::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, FindError> {
        let mut left = self.not()?;
        loop {
            match self.peek() {
                Some("-a") | Some("-and") => {
                    self.i += 1;
                }
                Some("-o") | Some("-or") | Some(")") | None => break,
                _ => {}
            }
            let right = self.not()?;
            left = Expr::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn not(&mut self) -> Result<Expr, FindError> {
        if matches!(self.peek(), Some("!") | Some("-not")) {
            self.i += 1;
            return Ok(Expr::Not(Box::new(self.not()?)));
        }
        self.primary()
    }

    fn arg(&mut self, name: &str) -> Result<String, FindError> {
        match self.toks.get(self.i) {
            Some(a) => {
                self.i += 1;
                Ok(a.clone())
            }
            None => Err(FindError::Missing(name.to_string())),
        }
    }

    fn primary(&mut self) -> Result<Expr, FindError> {
        let Some(tok) = self.toks.get(self.i).cloned() else {
            return Ok(Expr::True);
        };
        self.i += 1;
        Ok(match tok.as_str() {
            "(" => {
                let e = self.or()?;
                if self.peek() != Some(")") {
                    return Err(FindError::Paren);
                }
                self.i += 1;
                e
            }
            "-name" | "-iname" => {
                let a = self.arg(&tok)?;
                Expr::Name(a.chars().collect(), tok == "-iname")
            }
            "-path" | "-wholename" | "-ipath" => Expr::Path(self.arg(&tok)?.chars().collect()),
            "-type" => {
                let a = self.arg(&tok)?;
                match a.as_str() {
                    "f" | "d" | "l" | "b" | "c" | "p" | "s" => {
                        Expr::Type(a.chars().next().unwrap_or('f'))
                    }
                    _ => return Err(FindError::BadType(a)),
                }
            }
            "-maxdepth" | "-mindepth" => {
                let a = self.arg(&tok)?;
                let n: usize = a.parse().map_err(|_| FindError::Missing(tok.clone()))?;
                if tok == "-maxdepth" {
                    self.maxdepth = Some(n);
                } else {
                    self.mindepth = n;
                }
                Expr::True
            }
            "-empty" => Expr::Empty,
            "-true" => Expr::True,
            "-false" => Expr::False,
            "-print" => {
                self.has_action = true;
                Expr::Print
            }
            "-delete" => {
                self.has_action = true;
                Expr::Delete
            }
            "-exec" | "-execdir" | "-ok" => {
                self.has_action = true;
                let mut cmd = Vec::new();
                loop {
                    let Some(a) = self.toks.get(self.i).cloned() else {
                        return Err(FindError::Missing(tok.clone()));
                    };
                    self.i += 1;
                    if a == ";" {
                        break Expr::Exec(cmd, false);
                    }
                    if a == "+" && cmd.last().is_some_and(|l: &String| l == "{}") {
                        cmd.pop();
                        break Expr::Exec(cmd, true);
                    }
                    cmd.push(a);
                }
            }
            "-xdev" | "-mount" | "-depth" | "-follow" | "-nowarn" | "-ignore_readdir_race" => {
                Expr::True
            }
            _ => return Err(FindError::Unknown(tok)),
        })
    }
}

struct Node<'a> {
    shown: &'a str,
    path: &'a str,
    name: &'a str,
    st: Stat,
    empty: bool,
}

struct Effects {
    printed: String,
    deletes: Vec<String>,
    execs: Vec<Vec<String>>,
    batched: Vec<(Vec<String>, Vec<String>)>,
}

fn eval(e: &Expr, n: &Node<'_>, fx: &mut Effects) -> bool {
    match e {
        Expr::Name(p, fold) => {
            let name: Vec<char> = n.name.chars().collect();
            glob(p, &name, *fold)
        }
        Expr::Path(p) => {
            let s: Vec<char> = n.shown.chars().collect();
            glob(p, &s, false)
        }
        Expr::Type(c) => match n.st.kind {
            Kind::File => *c == 'f',
            Kind::Dir => *c == 'd',
            Kind::Symlink => *c == 'l',
        },
        Expr::Empty => n.empty,
        Expr::True => true,
        Expr::False => false,
        Expr::Print => {
            fx.printed.push_str(n.shown);
            fx.printed.push('\n');
            true
        }
        Expr::Delete => {
            fx.deletes.push(n.path.to_string());
            true
        }
        Expr::Exec(cmd, batch) => {
            if *batch {
                match fx.batched.iter_mut().find(|(c, _)| c == cmd) {
                    Some((_, v)) => v.push(n.shown.to_string()),
                    None => fx.batched.push((cmd.clone(), vec![n.shown.to_string()])),
                }
            } else {
                fx.execs
                    .push(cmd.iter().map(|a| a.replace("{}", n.shown)).collect());
            }
            true
        }
        Expr::Not(x) => !eval(x, n, fx),
        Expr::And(a, b) => eval(a, n, fx) && eval(b, n, fx),
        Expr::Or(a, b) => eval(a, n, fx) || eval(b, n, fx),
    }
}

pub(crate) fn find<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let args: Vec<String> = inv
        .args()
        .iter()
        .skip_while(|a| matches!(a.as_str(), "-H" | "-L" | "-P"))
        .cloned()
        .collect();
    let split = args
        .iter()
        .position(|a| a.starts_with('-') || a == "!" || a == "(")
        .unwrap_or(args.len());
    let (starts, expr_toks) = args.split_at(split);
    let mut parser = ExprParser {
        toks: expr_toks,
        i: 0,
        has_action: false,
        maxdepth: None,
        mindepth: 0,
    };
    let parsed = if expr_toks.is_empty() {
        Ok(Expr::True)
    } else {
        parser.or().and_then(|e| {
            if parser.i < expr_toks.len() {
                Err(FindError::Unknown(expr_toks[parser.i].clone()))
            } else {
                Ok(e)
            }
        })
    };
    let expr = match parsed {
        Ok(e) => e,
        Err(err) => {
            let msg = match (v.tool, err) {
                (Tool::Gnu, FindError::Unknown(t)) if !t.starts_with('-') => {
                    format!("{}: paths must precede expression: `{t}'\n", v.name)
                }
                (Tool::Gnu, FindError::Unknown(t)) => format!("{}: unknown predicate `{t}'\n", v.name),
                (Tool::Gnu, FindError::Missing(t)) => format!("{}: missing argument to `{t}'\n", v.name),
                (Tool::Gnu, FindError::BadType(t)) => format!("{}: Unknown argument to -type: {t}\n", v.name),
                (Tool::Gnu, FindError::Paren) => format!("{}: invalid expression; you have used a binary operator '-o' with nothing before it.\n", v.name),
                (Tool::Busybox, FindError::Unknown(t)) => {
                    format!("{}: unrecognized: {t}\n{}", v.name, super::busybox_usage(USAGE))
                }
                (Tool::Busybox, FindError::Missing(t)) => format!("{}: {t} requires an argument\n", v.name),
                (Tool::Busybox, FindError::BadType(_)) => format!("{}: bad argument\n", v.name),
                (Tool::Busybox, FindError::Paren) => format!("{}: invalid expression\n", v.name),
            };
            inv.err(msg);
            return 1;
        }
    };
    let expr = if parser.has_action {
        expr
    } else {
        Expr::And(Box::new(expr), Box::new(Expr::Print))
    };
    let starts: Vec<String> = if starts.is_empty() {
        vec![".".to_string()]
    } else {
        starts.to_vec()
    };
    let mut status = 0;
    let mut fx = Effects {
        printed: String::new(),
        deletes: Vec::new(),
        execs: Vec::new(),
        batched: Vec::new(),
    };
    for start in &starts {
        let path = path_of(inv, start);
        let tree = match inv.fs().lstat(&path) {
            Ok(st) if st.is_symlink() => Ok(vec![(path.clone(), st)]),
            Ok(_) => inv.fs().walk_tree(&path),
            Err(e) => Err(e),
        };
        let tree = match tree {
            Ok(t) => t,
            Err(e) => {
                status = 1;
                inv.err(match v.tool {
                    Tool::Gnu => format!("{}: {}: {}\n", v.name, v.q(start), e.message()),
                    Tool::Busybox => format!("{}: {start}: {}\n", v.name, e.message()),
                });
                continue;
            }
        };
        let base = tree.first().map(|(p, _)| p.clone()).unwrap_or_default();
        for (i, (p, st)) in tree.iter().enumerate() {
            let rel = if i == 0 {
                ""
            } else {
                p.strip_prefix(&base).unwrap_or(p)
            };
            let depth = rel.matches('/').count();
            if parser.maxdepth.is_some_and(|m| depth > m) || depth < parser.mindepth {
                continue;
            }
            let shown = if rel.is_empty() {
                start.clone()
            } else if start.ends_with('/') {
                format!("{start}{}", rel.trim_start_matches('/'))
            } else {
                format!("{start}{rel}")
            };
            let name = if i == 0 {
                crate::vfs::path::file_name(start).to_string()
            } else {
                crate::vfs::path::file_name(p).to_string()
            };
            let name = if name.is_empty() { start.clone() } else { name };
            let empty = match st.kind {
                Kind::Dir => inv.fs().read_dir(p).is_ok_and(|d| d.is_empty()),
                Kind::File => st.size == 0,
                Kind::Symlink => false,
            };
            let node = Node {
                shown: &shown,
                path: p,
                name: &name,
                st: *st,
                empty,
            };
            eval(&expr, &node, &mut fx);
            if !fx.execs.is_empty() || fx.printed.len() > 4096 {
                inv.out(std::mem::take(&mut fx.printed));
                for cmd in std::mem::take(&mut fx.execs) {
                    if let Err(s) = run(inv, &v, &cmd, false) {
                        status = s;
                    }
                }
            }
            if inv.stopped() {
                break;
            }
        }
    }
    inv.out(std::mem::take(&mut fx.printed));
    for (cmd, items) in std::mem::take(&mut fx.batched) {
        let mut full = cmd;
        full.extend(items);
        if let Err(s) = run(inv, &v, &full, true) {
            status = s;
        }
    }
    for d in fx.deletes.iter().rev() {
        if let Err(e) = inv.fs_mut().remove_all(d) {
            status = 1;
            inv.err(format!(
                "{}: cannot delete {}: {}\n",
                v.name,
                v.q(d),
                e.message()
            ));
        }
    }
    status
}

/// Run one `-exec` command; `Err` carries the status find should end with.
/// A failing `-exec … ;` is only a false test; a failing `-exec … +` makes find fail.
fn run<M: Machine + ?Sized>(
    inv: &mut Invocation<'_, M>,
    v: &Voice,
    cmd: &[String],
    batch: bool,
) -> Result<(), i32> {
    match inv.spawn(cmd, b"") {
        Ok(0) => Ok(()),
        Ok(_) if !batch => Ok(()),
        Ok(_) => Err(1),
        Err(_) => {
            let name = cmd.first().cloned().unwrap_or_default();
            inv.err(match v.tool {
                Tool::Gnu => format!("{}: {}: No such file or directory\n", v.name, v.q(&name)),
                Tool::Busybox => format!(
                    "{}: can't execute '{name}': No such file or directory\n",
                    v.name
                ),
            });
            Err(1)
        }
    }
}
