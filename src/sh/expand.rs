//! Word expansion: tilde, parameters, command substitution, arithmetic, field splitting,
//! pathname expansion and quote removal.

use std::cell::RefCell;
use std::rc::Rc;

use super::ast::*;
use super::exec::{Ctl, Exec, R};
use super::flavour::Flavour;
use super::io::{Fd, Sink};
use super::pattern::{self, PatChar};
use super::program::{absolute, FsView, Kind, Machine};

/// How many pattern-matching steps one `${x#…}` or `${x/…}` may take (a huge value with a
/// pathological pattern would otherwise take minutes).
const PATTERN_WORK: u64 = 20_000_000;

/// A character of an expanded word and how it was quoted.
#[derive(Clone, Copy, Debug)]
struct Ch {
    c: char,
    quoted: bool,
}

/// Fields being built while a word expands.
#[derive(Default)]
struct Fields {
    done: Vec<Vec<Ch>>,
    cur: Vec<Ch>,
    /// The current field exists even if empty (it had quotes).
    started: bool,
    /// Whether to split unquoted expansion results (false for assignments and the like).
    split: bool,
    ifs: String,
}

impl Fields {
    fn new(split: bool, ifs: String) -> Fields {
        Fields {
            split,
            ifs,
            ..Fields::default()
        }
    }

    fn push_lit(&mut self, s: &str, quoted: bool) {
        if quoted {
            self.started = true;
        }
        self.cur.extend(s.chars().map(|c| Ch { c, quoted }));
    }

    /// An unquoted expansion result: subject to field splitting.
    fn push_expanded(&mut self, s: &str) {
        if !self.split {
            self.cur.extend(s.chars().map(|c| Ch { c, quoted: false }));
            return;
        }
        for c in s.chars() {
            if self.ifs.contains(c) {
                if c == ' ' || c == '\t' || c == '\n' {
                    if !self.cur.is_empty() || self.started {
                        self.finish();
                    }
                } else {
                    self.finish();
                }
            } else {
                // Expansion results are not patterns for globbing unless unquoted: keep them
                // globbable (quoted: false), as the shell does.
                self.cur.push(Ch { c, quoted: false });
            }
        }
    }

    fn finish(&mut self) {
        self.done.push(std::mem::take(&mut self.cur));
        self.started = false;
    }

    fn end(mut self) -> Vec<Vec<Ch>> {
        if !self.cur.is_empty() || self.started {
            self.finish();
        }
        self.done
    }
}

fn plain(chars: &[Ch]) -> String {
    chars.iter().map(|c| c.c).collect()
}

impl<'a, M: Machine + ?Sized> Exec<'a, M> {
    fn ifs(&self) -> String {
        self.get_var("IFS").unwrap_or_else(|| " \t\n".to_string())
    }

    /// Expand command words into fields (with splitting and globbing).
    pub(crate) fn expand_words(&mut self, words: &[Word]) -> R<Vec<String>> {
        let mut out = Vec::new();
        for w in words {
            let mut f = Fields::new(true, self.ifs());
            self.expand_parts(&w.parts, false, &mut f)?;
            for field in f.end() {
                let globbable = !self.sh.opts.noglob
                    && field
                        .iter()
                        .any(|c| !c.quoted && matches!(c.c, '*' | '?' | '['));
                if globbable {
                    let pat: Vec<PatChar> = field.iter().map(|c| (c.c, c.quoted)).collect();
                    let matches = self.glob(&pat);
                    if !matches.is_empty() {
                        out.extend(matches);
                        continue;
                    }
                }
                out.push(plain(&field));
            }
        }
        Ok(out)
    }

    /// Expand to one string: no splitting, no globbing (redirect targets, `case` words).
    pub(crate) fn expand_single(&mut self, w: &Word) -> R<String> {
        let mut f = Fields::new(false, String::new());
        self.expand_parts(&w.parts, false, &mut f)?;
        let mut parts: Vec<String> = f.done.iter().map(|d| plain(d)).collect();
        parts.push(plain(&f.cur));
        Ok(parts.join(" "))
    }

    /// An assignment value: like [`Self::expand_single`].
    pub(crate) fn expand_assign(&mut self, w: &Word) -> R<String> {
        self.expand_single(w)
    }

    /// A here-document body: parameters and substitutions, nothing else.
    pub(crate) fn expand_heredoc(&mut self, w: &Word) -> R<String> {
        let mut f = Fields::new(false, String::new());
        self.expand_parts(&w.parts, true, &mut f)?;
        Ok(plain(&f.cur))
    }

    /// A pattern (`case`, `${x#…}`): quoted characters match literally.
    pub(crate) fn expand_pattern(&mut self, w: &Word) -> R<Vec<PatChar>> {
        let mut f = Fields::new(false, String::new());
        self.expand_parts(&w.parts, false, &mut f)?;
        let mut all = Vec::new();
        for d in f.done {
            all.extend(d);
        }
        all.extend(f.cur);
        Ok(all.into_iter().map(|c| (c.c, c.quoted)).collect())
    }

    fn expand_parts(&mut self, parts: &[WordPart], quoted: bool, f: &mut Fields) -> R<()> {
        for p in parts {
            // A word may not grow past the output limit (`$x$x$x…` of a large value).
            let size = f.cur.len() + f.done.iter().map(Vec::len).sum::<usize>();
            if size > self.ctx.limits.max_output {
                self.ctx.halt(super::Limit::Output);
                return Err(Ctl::Stop);
            }
            match p {
                WordPart::Lit(s) => f.push_lit(s, quoted),
                WordPart::Quoted(s) => f.push_lit(s, true),
                WordPart::DQuoted(inner) => {
                    // `"$@"` with no parameters gives no field at all; any other quotes
                    // make a field even when empty.
                    let only_at = matches!(inner.as_slice(), [WordPart::Param(pe)]
                        if pe.name == "@" && pe.op == ParamOp::Plain);
                    if !only_at {
                        f.started = true;
                    }
                    self.expand_parts(inner, true, f)?;
                }
                WordPart::Tilde(user) => {
                    let home = if user.is_empty() {
                        self.get_var("HOME").unwrap_or_else(|| "/root".to_string())
                    } else if user == "root" {
                        "/root".to_string()
                    } else {
                        format!("/home/{user}")
                    };
                    f.push_lit(&home, true);
                }
                WordPart::Param(pe) => self.expand_param(pe, quoted, f)?,
                WordPart::CmdSub(list) => {
                    let text = self.command_subst(list)?;
                    if quoted {
                        f.push_lit(&text, true);
                    } else {
                        f.push_expanded(&text);
                    }
                }
                WordPart::Arith(inner) => {
                    let mut g = Fields::new(false, String::new());
                    self.expand_parts(inner, true, &mut g)?;
                    let expr = plain(&g.cur);
                    let n = self.arith(&expr)?;
                    if quoted {
                        f.push_lit(&n.to_string(), true);
                    } else {
                        f.push_expanded(&n.to_string());
                    }
                }
            }
        }
        Ok(())
    }

    fn push_value(&self, value: &str, quoted: bool, f: &mut Fields) {
        if quoted {
            f.push_lit(value, true);
        } else {
            f.push_expanded(value);
        }
    }

    /// The value of a parameter; `None` when unset.
    pub(crate) fn param_value(&mut self, name: &str) -> Option<String> {
        match name {
            "?" => Some(self.sh.status.to_string()),
            "$" => Some(self.sh.pid.to_string()),
            "#" => Some(self.sh.positional.len().to_string()),
            "0" => Some(self.sh.voice.name.clone()),
            "-" => Some(self.sh.opts.letters()),
            "!" => self.sh.last_bg.map(|p| p.to_string()),
            "@" | "*" => Some(self.sh.positional.join(" ")),
            "RANDOM" if self.voice().flavour == Flavour::Bash => {
                Some((self.m.random_u64() % 32768).to_string())
            }
            "LINENO" => Some(self.line_no().to_string()),
            "PWD" if self.get_var("PWD").is_none() => Some(self.sh.cwd.clone()),
            n if n.chars().all(|c| c.is_ascii_digit()) => {
                let i: usize = n.parse().ok()?;
                self.sh.positional.get(i.checked_sub(1)?).cloned()
            }
            n => self.get_var(n),
        }
    }

    fn expand_param(&mut self, pe: &ParamExp, quoted: bool, f: &mut Fields) -> R<()> {
        let name = pe.name.as_str();
        if (name == "@" || name == "*") && matches!(pe.op, ParamOp::Plain) {
            if quoted && name == "@" {
                let args = self.sh.positional.clone();
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        f.finish();
                    }
                    f.push_lit(a, true);
                }
                return Ok(());
            }
            let sep = if quoted {
                self.ifs()
                    .chars()
                    .next()
                    .map(String::from)
                    .unwrap_or_default()
            } else {
                " ".to_string()
            };
            let joined = self.sh.positional.join(&sep);
            self.push_value(&joined, quoted, f);
            return Ok(());
        }
        let value = self.param_value(name);
        let set_nonempty = |v: &Option<String>, colon: bool| match v {
            None => false,
            Some(s) => !colon || !s.is_empty(),
        };
        match &pe.op {
            ParamOp::Plain | ParamOp::Length => {
                let Some(v) = value else {
                    if self.sh.opts.nounset && name != "@" && name != "*" {
                        return self.unset_error(name, None);
                    }
                    if matches!(pe.op, ParamOp::Length) {
                        self.push_value("0", quoted, f);
                    }
                    return Ok(());
                };
                if matches!(pe.op, ParamOp::Length) {
                    self.push_value(&v.chars().count().to_string(), quoted, f);
                } else {
                    self.push_value(&v, quoted, f);
                }
            }
            ParamOp::Default { colon, word } => {
                if set_nonempty(&value, *colon) {
                    self.push_value(value.as_deref().unwrap_or(""), quoted, f);
                } else {
                    self.expand_parts(&word.parts, quoted, f)?;
                }
            }
            ParamOp::Alternative { colon, word } => {
                if set_nonempty(&value, *colon) {
                    self.expand_parts(&word.parts, quoted, f)?;
                }
            }
            ParamOp::Assign { colon, word } => {
                if set_nonempty(&value, *colon) {
                    self.push_value(value.as_deref().unwrap_or(""), quoted, f);
                } else {
                    let v = self.expand_single(word)?;
                    if !super::parser::is_name(name) {
                        let msg = format!(
                            "{}{name}: cannot assign in this way\n",
                            self.voice().prefix(self.line_no())
                        );
                        self.err_str(&msg)?;
                        return Err(Ctl::Fatal(2));
                    }
                    self.set_var(name, v.clone())?;
                    self.push_value(&v, quoted, f);
                }
            }
            ParamOp::Error { colon, word } => {
                if set_nonempty(&value, *colon) {
                    self.push_value(value.as_deref().unwrap_or(""), quoted, f);
                } else {
                    let msg = self.expand_single(word)?;
                    let msg = (!msg.is_empty()).then_some(msg);
                    return self.unset_error(name, msg);
                }
            }
            ParamOp::TrimPrefix { longest, word } | ParamOp::TrimSuffix { longest, word } => {
                let v = value.unwrap_or_default();
                let pat = self.expand_pattern(word)?;
                let chars: Vec<char> = v.chars().collect();
                let prefix = matches!(pe.op, ParamOp::TrimPrefix { .. });
                let mut work = PATTERN_WORK;
                let out = pattern::trim(&chars, &pat, prefix, *longest, &mut work);
                self.check_work(work)?;
                let s: String = out.iter().collect();
                self.push_value(&s, quoted, f);
            }
            ParamOp::Replace {
                all,
                pattern: p,
                with,
            } if self.voice().flavour == Flavour::Bash => {
                let v = value.unwrap_or_default();
                let pat = self.expand_pattern(p)?;
                let rep = self.expand_single(with)?;
                let chars: Vec<char> = v.chars().collect();
                let mut work = PATTERN_WORK;
                let s = pattern::replace(&chars, &pat, &rep, *all, &mut work);
                self.check_work(work)?;
                self.push_value(&s, quoted, f);
            }
            ParamOp::Substring { offset, length } if self.voice().flavour == Flavour::Bash => {
                let v: Vec<char> = value.unwrap_or_default().chars().collect();
                let off_text = self.expand_single(offset)?;
                let off = self.arith(&off_text)?;
                let len = v.len() as i64;
                let start = if off < 0 {
                    (len + off).max(0)
                } else {
                    off.min(len)
                };
                let end = match length {
                    Some(l) => {
                        let t = self.expand_single(l)?;
                        let n = self.arith(&t)?;
                        if n < 0 {
                            (len + n).max(start)
                        } else {
                            (start + n).min(len)
                        }
                    }
                    None => len,
                };
                let s: String = v[start as usize..end.max(start) as usize].iter().collect();
                self.push_value(&s, quoted, f);
            }
            ParamOp::Replace { .. } | ParamOp::Substring { .. } | ParamOp::Bad(_) => {
                let line = self.line_no();
                let msg = match self.voice().flavour {
                    Flavour::Bash => format!(
                        "{}${{{name}}}: bad substitution\n",
                        self.voice().prefix(line)
                    ),
                    Flavour::Busybox => format!(
                        "{}syntax error: bad substitution\n",
                        self.voice().prefix(line)
                    ),
                    Flavour::Dash => format!("{}Bad substitution\n", self.voice().prefix(line)),
                };
                self.err_str(&msg)?;
                return Err(Ctl::Fatal(2));
            }
        }
        Ok(())
    }

    /// Stop the run when a pattern operation used up its work allowance.
    fn check_work(&mut self, left: u64) -> R<()> {
        if left == 0 {
            self.ctx.halt(super::Limit::Steps);
            return Err(Ctl::Stop);
        }
        Ok(())
    }

    /// `${x?}` or `set -u` on an unset variable: print and end the script.
    fn unset_error(&mut self, name: &str, msg: Option<String>) -> R<()> {
        let line = self.line_no();
        let p = self.voice().prefix(line);
        let text = match (self.voice().flavour, msg) {
            (_, Some(m)) => format!("{p}{name}: {m}\n"),
            (Flavour::Bash, None) => format!("{p}{name}: unbound variable\n"),
            (Flavour::Busybox, None) => format!("{p}{name}: parameter not set\n"),
            (Flavour::Dash, None) => format!("{p}{name}: parameter not set\n"),
        };
        self.err_str(&text)?;
        Err(Ctl::Fatal(if self.voice().flavour == Flavour::Bash {
            1
        } else {
            2
        }))
    }

    /// `$(…)`: run in a subshell, capture standard output, drop trailing newlines.
    fn command_subst(&mut self, list: &List) -> R<String> {
        let buf = Rc::new(RefCell::new(Vec::new()));
        let mut fds = self.fds.clone();
        fds.set(1, Fd::Out(Sink::Buffer(Rc::clone(&buf))));
        let status = self.subshell(fds, |x| x.run_list(list))?;
        self.sh.status = status;
        self.subst_status = Some(status);
        let bytes = std::mem::take(&mut *buf.borrow_mut());
        let mut text = String::from_utf8_lossy(&bytes).into_owned();
        while text.ends_with('\n') {
            text.pop();
        }
        Ok(text)
    }

    /// Evaluate an arithmetic expression; errors end the script as in the real shells.
    pub(crate) fn arith(&mut self, expr: &str) -> R<i64> {
        let mut vars = |name: &str, set: Option<i64>| -> Option<String> {
            match set {
                Some(v) => {
                    let _ = self.set_var(name, v.to_string());
                    Some(v.to_string())
                }
                None => self.param_value(name),
            }
        };
        match super::arith::eval(expr, &mut vars) {
            Ok(n) => Ok(n),
            Err(e) => {
                let line = self.line_no();
                let p = self.voice().prefix(line);
                let msg = match self.voice().flavour {
                    Flavour::Bash => format!("{p}{}: {e}\n", expr.trim()),
                    _ => format!("{p}arithmetic expression: {e}: \"{}\"\n", expr.trim()),
                };
                self.err_str(&msg)?;
                Err(Ctl::Fatal(if self.voice().flavour == Flavour::Bash {
                    1
                } else {
                    2
                }))
            }
        }
    }

    /// Pathname expansion of one pattern over the filesystem; sorted matches, or none.
    fn glob(&mut self, pat: &[PatChar]) -> Vec<String> {
        let absolute_pat = pat.first().is_some_and(|c| c.0 == '/');
        let comps: Vec<&[PatChar]> = pat
            .split(|c| c.0 == '/')
            .filter(|c| !c.is_empty())
            .collect();
        // Each candidate: (text as written, absolute path).
        let root = if absolute_pat {
            ("/".to_string(), "/".to_string())
        } else {
            (String::new(), self.sh.cwd.clone())
        };
        let mut cands = vec![root];
        let fs = self.m.fs();
        for (i, comp) in comps.iter().enumerate() {
            let last = i + 1 == comps.len();
            let has_magic = comp.iter().any(|c| !c.1 && matches!(c.0, '*' | '?' | '['));
            let mut next = Vec::new();
            for (shown, abs) in &cands {
                let join = |name: &str| {
                    let s = if shown.is_empty() || shown.ends_with('/') {
                        format!("{shown}{name}")
                    } else {
                        format!("{shown}/{name}")
                    };
                    (s, absolute(abs, name))
                };
                if has_magic {
                    let Ok(names) = fs.list_dir(abs) else {
                        continue;
                    };
                    let chars_of = |n: &str| n.chars().collect::<Vec<char>>();
                    for name in names {
                        if name.starts_with('.') && comp.first().map(|c| c.0) != Some('.') {
                            continue;
                        }
                        if pattern::matches(comp, &chars_of(&name)) {
                            let (s, a) = join(&name);
                            if !last && fs.metadata(&a).map(|m| m.kind) != Some(Kind::Dir) {
                                continue;
                            }
                            next.push((s, a));
                        }
                    }
                } else {
                    let name: String = comp.iter().map(|c| c.0).collect();
                    let (s, a) = join(&name);
                    if fs.metadata(&a).is_some() || fs.symlink_metadata(&a).is_some() {
                        next.push((s, a));
                    }
                }
                if next.len() > 10_000 {
                    break;
                }
            }
            cands = next;
            if cands.is_empty() {
                return Vec::new();
            }
        }
        let mut out: Vec<String> = cands.into_iter().map(|(s, _)| s).collect();
        if pat.last().is_some_and(|c| c.0 == '/') {
            for s in &mut out {
                s.push('/');
            }
        }
        crate::sort::sort(&mut out);
        out
    }
}
