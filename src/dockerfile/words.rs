//! `words`: BuildKit's variable expansion and quote removal, in single-word and word-splitting modes.
//!
//! This is the builder's own word processor, not a shell: it knows `$name`, `${name}` and the
//! `${name<modifier>word}` forms BuildKit supports, single and double quotes, and one escape
//! character (`\` or the backtick chosen by the `escape` directive).

use crate::map::Map;
use std::collections::HashMap;
use std::fmt;

/// Where a word processor looks variables up.
pub trait Env {
    /// The value of `name`, or `None` when it is unset.
    fn get_var(&self, name: &str) -> Option<&str>;
}

impl Env for [(String, String)] {
    fn get_var(&self, name: &str) -> Option<&str> {
        // The last definition wins, as when an environment list is appended to.
        self.iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

impl Env for Vec<(String, String)> {
    fn get_var(&self, name: &str) -> Option<&str> {
        self.as_slice().get_var(name)
    }
}

impl Env for [(&str, &str)] {
    fn get_var(&self, name: &str) -> Option<&str> {
        self.iter().rev().find(|(k, _)| *k == name).map(|(_, v)| *v)
    }
}

impl Env for HashMap<String, String> {
    fn get_var(&self, name: &str) -> Option<&str> {
        self.get(name).map(String::as_str)
    }
}

impl Env for Map<String, String> {
    fn get_var(&self, name: &str) -> Option<&str> {
        self.get(name).map(String::as_str)
    }
}

/// An environment with nothing set.
pub struct NoEnv;

impl Env for NoEnv {
    fn get_var(&self, _name: &str) -> Option<&str> {
        None
    }
}

/// An expansion failure; prints as BuildKit does: `failed to process "<word>": <reason>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordError {
    /// The word as given.
    pub word: String,
    /// What went wrong, e.g. `syntax error: missing '}'`.
    pub reason: String,
}

impl fmt::Display for WordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "failed to process {}: {}",
            super::dump::go_quote(&self.word),
            self.reason
        )
    }
}

impl std::error::Error for WordError {}

/// The result of single-word processing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expanded {
    /// The expanded text with quotes and escapes removed.
    pub value: String,
    /// Names that were looked up and found.
    pub matched: Vec<String>,
    /// Names that were looked up and not set (the linter's `UndefinedVar`).
    pub unmatched: Vec<String>,
}

/// A word processor with BuildKit's settings.
#[derive(Clone, Copy, Debug)]
pub struct Lexer {
    /// The escape character: `\` or the backtick.
    pub escape: char,
    /// Keep quote characters in the result (used to find heredoc markers).
    pub raw_quotes: bool,
    /// Keep escape characters in the result.
    pub raw_escapes: bool,
    /// Treat quotes as ordinary characters.
    pub skip_quotes: bool,
    /// Leave references to unset variables as written instead of expanding them to "".
    pub skip_unset: bool,
}

impl Default for Lexer {
    fn default() -> Lexer {
        Lexer::new('\\')
    }
}

/// Expand one word (single-word mode) with the default settings and escape character `escape`.
pub fn expand_word(word: &str, escape: char, env: &dyn Env) -> Result<String, WordError> {
    Lexer::new(escape).process_word(word, env).map(|e| e.value)
}

/// Expand and split into words (word-splitting mode) with the default settings.
pub fn expand_words(word: &str, escape: char, env: &dyn Env) -> Result<Vec<String>, WordError> {
    Lexer::new(escape).process_words(word, env)
}

impl Lexer {
    /// A processor that removes quotes and escapes and expands unset variables to "".
    pub fn new(escape: char) -> Lexer {
        Lexer {
            escape,
            raw_quotes: false,
            raw_escapes: false,
            skip_quotes: false,
            skip_unset: false,
        }
    }

    /// Single-word mode: one string out.
    pub fn process_word(&self, word: &str, env: &dyn Env) -> Result<Expanded, WordError> {
        let mut st = State::new(self, word, env);
        match st.stop_on(None, self.raw_escapes) {
            Ok((value, _)) => Ok(Expanded {
                value,
                matched: st.matched,
                unmatched: st.unmatched,
            }),
            Err(reason) => Err(WordError {
                word: word.to_string(),
                reason,
            }),
        }
    }

    /// Word-splitting mode: the expanded text split at unquoted, unescaped whitespace.
    pub fn process_words(&self, word: &str, env: &dyn Env) -> Result<Vec<String>, WordError> {
        let mut st = State::new(self, word, env);
        match st.stop_on(None, self.raw_escapes) {
            Ok((_, words)) => Ok(words),
            Err(reason) => Err(WordError {
                word: word.to_string(),
                reason,
            }),
        }
    }
}

/// Go's `unicode.IsSpace`.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
}

struct Words {
    word: String,
    words: Vec<String>,
    in_word: bool,
}

impl Words {
    fn add_char(&mut self, c: char) {
        if is_space(c) {
            if self.in_word && !self.word.is_empty() {
                self.words.push(std::mem::take(&mut self.word));
                self.in_word = false;
            }
        } else {
            self.add_raw_char(c);
        }
    }
    fn add_raw_char(&mut self, c: char) {
        self.word.push(c);
        self.in_word = true;
    }
    fn add_string(&mut self, s: &str) {
        for c in s.chars() {
            self.add_char(c);
        }
    }
    fn add_raw_string(&mut self, s: &str) {
        self.word.push_str(s);
        self.in_word = true;
    }
    fn finish(mut self) -> Vec<String> {
        if !self.word.is_empty() {
            self.words.push(std::mem::take(&mut self.word));
        }
        self.words
    }
}

/// A nesting limit for `${a:-${b:-...}}`, so hostile input cannot exhaust the stack.
const MAX_DEPTH: usize = 200;

struct State<'a> {
    lx: &'a Lexer,
    chars: Vec<char>,
    pos: usize,
    env: &'a dyn Env,
    raw_escapes: bool,
    depth: usize,
    matched: Vec<String>,
    unmatched: Vec<String>,
}

impl<'a> State<'a> {
    fn new(lx: &'a Lexer, word: &str, env: &'a dyn Env) -> State<'a> {
        State {
            lx,
            chars: word.chars().collect(),
            pos: 0,
            env,
            raw_escapes: lx.raw_escapes,
            depth: 0,
            matched: Vec::new(),
            unmatched: Vec::new(),
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.chars.get(self.pos).copied();
        if c.is_some() {
            self.pos += 1;
        }
        c
    }

    fn lookup(&mut self, name: &str) -> Option<String> {
        let v = self.env.get_var(name).map(str::to_string);
        let list = if v.is_some() {
            &mut self.matched
        } else {
            &mut self.unmatched
        };
        if !list.iter().any(|n| n == name) {
            list.push(name.to_string());
        }
        v
    }

    /// Read up to `stop` (consumed) or the end; returns the text and the split words.
    fn stop_on(
        &mut self,
        stop: Option<char>,
        raw_escapes: bool,
    ) -> Result<(String, Vec<String>), String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err("syntax error: nesting too deep".to_string());
        }
        let saved = self.raw_escapes;
        self.raw_escapes = raw_escapes;
        let r = self.stop_on_inner(stop);
        self.raw_escapes = saved;
        self.depth -= 1;
        r
    }

    fn stop_on_inner(&mut self, stop: Option<char>) -> Result<(String, Vec<String>), String> {
        let mut result = String::new();
        let mut words = Words {
            word: String::new(),
            words: Vec::new(),
            in_word: false,
        };
        while let Some(c) = self.peek() {
            if stop == Some(c) {
                self.pos += 1;
                return Ok((result, words.finish()));
            }
            if c == '$' {
                let tmp = self.dollar()?;
                result.push_str(&tmp);
                words.add_string(&tmp);
            } else if !self.lx.skip_quotes && (c == '\'' || c == '"') {
                let tmp = if c == '\'' {
                    self.single_quote()?
                } else {
                    self.double_quote()?
                };
                result.push_str(&tmp);
                words.add_raw_string(&tmp);
            } else {
                self.pos += 1;
                if c == self.lx.escape {
                    if self.raw_escapes {
                        words.add_raw_char(c);
                        result.push(c);
                    }
                    match self.next() {
                        None => break,
                        Some(n) => {
                            words.add_raw_char(n);
                            result.push(n);
                        }
                    }
                } else {
                    words.add_char(c);
                    result.push(c);
                }
            }
        }
        if let Some(s) = stop {
            return Err(format!(
                "unexpected end of statement while looking for matching {s}"
            ));
        }
        Ok((result, words.finish()))
    }

    fn single_quote(&mut self) -> Result<String, String> {
        let mut out = String::new();
        let q = self.next();
        if self.lx.raw_quotes {
            out.extend(q);
        }
        loop {
            match self.next() {
                None => {
                    return Err(
                        "unexpected end of statement while looking for matching single-quote"
                            .into(),
                    )
                }
                Some('\'') => {
                    if self.lx.raw_quotes {
                        out.push('\'');
                    }
                    return Ok(out);
                }
                Some(c) => out.push(c),
            }
        }
    }

    fn double_quote(&mut self) -> Result<String, String> {
        let mut out = String::new();
        let q = self.next();
        if self.lx.raw_quotes {
            out.extend(q);
        }
        loop {
            match self.peek() {
                None => {
                    return Err(
                        "unexpected end of statement while looking for matching double-quote"
                            .into(),
                    )
                }
                Some('"') => {
                    self.pos += 1;
                    if self.lx.raw_quotes {
                        out.push('"');
                    }
                    return Ok(out);
                }
                Some('$') => {
                    let v = self.dollar()?;
                    out.push_str(&v);
                }
                Some(c) => {
                    self.pos += 1;
                    if c == self.lx.escape {
                        match self.peek() {
                            None => continue,
                            Some(n) if n == '"' || n == '$' || n == self.lx.escape => {
                                if self.raw_escapes {
                                    out.push(c);
                                }
                                self.pos += 1;
                                out.push(n);
                                continue;
                            }
                            Some(_) => {}
                        }
                    }
                    out.push(c);
                }
            }
        }
    }

    fn name(&mut self) -> String {
        let mut name = String::new();
        while let Some(c) = self.peek() {
            if name.is_empty() && c.is_ascii_digit() {
                while let Some(d) = self.peek().filter(char::is_ascii_digit) {
                    self.pos += 1;
                    name.push(d);
                }
                return name;
            }
            if name.is_empty() && matches!(c, '@' | '*' | '#' | '?' | '-' | '$' | '!' | '0') {
                self.pos += 1;
                name.push(c);
                return name;
            }
            if !(c.is_alphanumeric() || c == '_') {
                break;
            }
            self.pos += 1;
            name.push(c);
        }
        name
    }

    fn dollar(&mut self) -> Result<String, String> {
        self.pos += 1; // the '$'
        if self.peek() != Some('{') {
            let name = self.name();
            if name.is_empty() {
                return Ok("$".into());
            }
            return Ok(match self.lookup(&name) {
                Some(v) => v,
                None if self.lx.skip_unset => format!("${name}"),
                None => String::new(),
            });
        }
        self.pos += 1; // the '{'
        match self.peek() {
            None => return Err("syntax error: missing '}'".into()),
            Some('{' | '}' | ':') => return Err("syntax error: bad substitution".into()),
            _ => {}
        }
        let name = self.name();
        let ch = self.next();
        let mut chs = String::from(ch.unwrap_or('\u{FFFD}'));
        match ch {
            Some('}') => {
                return Ok(match self.lookup(&name) {
                    Some(v) => v,
                    None if self.lx.skip_unset => format!("${{{name}}}"),
                    None => String::new(),
                });
            }
            Some('/') => return self.replace(&name),
            Some(':' | '+' | '-' | '?' | '#' | '%') => {}
            _ => return Err(format!("unsupported modifier ({chs}) in substitution")),
        }
        let mut ch = ch;
        let mut null_is_unset = false;
        if ch == Some(':') {
            null_is_unset = true;
            ch = self.next();
            chs.push(ch.unwrap_or('\u{FFFD}'));
        }
        let pattern = matches!(ch, Some('#' | '%'));
        if null_is_unset && pattern {
            return Err(format!("unsupported modifier ({chs}) in substitution"));
        }
        let word = match self.stop_on(Some('}'), pattern) {
            Ok((w, _)) => w,
            Err(e) => {
                if self.peek().is_none() {
                    return Err("syntax error: missing '}'".into());
                }
                return Err(e);
            }
        };
        let value = self.lookup(&name);
        if self.lx.skip_unset && value.is_none() {
            return Ok(format!("${{{name}{chs}{word}}}"));
        }
        let empty = value
            .as_deref()
            .is_none_or(|v| null_is_unset && v.is_empty());
        match ch {
            Some('-') => Ok(if empty {
                word
            } else {
                value.unwrap_or_default()
            }),
            Some('+') => Ok(if empty { String::new() } else { word }),
            Some('?') => match value {
                None => Err(format!(
                    "{name}: {}",
                    if word.is_empty() {
                        "is not allowed to be unset"
                    } else {
                        word.as_str()
                    }
                )),
                Some(v) if null_is_unset && v.is_empty() => Err(format!(
                    "{name}: {}",
                    if word.is_empty() {
                        "is not allowed to be empty"
                    } else {
                        word.as_str()
                    }
                )),
                Some(v) => Ok(v),
            },
            Some(m @ ('#' | '%')) => {
                let value = value.unwrap_or_default();
                let (longest, pat) = match word.strip_prefix(m) {
                    Some(rest) => (true, rest),
                    None => (false, word.as_str()),
                };
                let pat = Pattern::new(pat, self.lx.escape);
                let v: Vec<char> = value.chars().collect();
                Ok(if m == '#' {
                    pat.remove_prefix(&v, longest)
                } else {
                    pat.remove_suffix(&v, longest)
                })
            }
            _ => Err(format!("unsupported modifier ({chs}) in substitution")),
        }
    }

    fn replace(&mut self, name: &str) -> Result<String, String> {
        let all = self.peek() == Some('/');
        if all {
            self.pos += 1;
        }
        let pattern = match self.stop_on(Some('/'), true) {
            Ok((p, _)) => p,
            Err(e) => {
                if self.peek().is_none() {
                    return Err("syntax error: missing '/' in ${}".into());
                }
                return Err(e);
            }
        };
        let repl = match self.stop_on(Some('}'), true) {
            Ok((r, _)) => r,
            Err(e) => {
                if self.peek().is_none() {
                    return Err("syntax error: missing '}'".into());
                }
                return Err(e);
            }
        };
        let value = self.lookup(name);
        let Some(value) = value else {
            if self.lx.skip_unset {
                let slash = if all { "//" } else { "/" };
                return Ok(format!("${{{name}{slash}{pattern}/{repl}}}"));
            }
            return Ok(String::new());
        };
        let pat = Pattern::new(&pattern, self.lx.escape);
        Ok(pat.replace(&value.chars().collect::<Vec<_>>(), &repl, all))
    }
}

/// One piece of a `${v#pattern}` style pattern.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Pat {
    Lit(char),
    Any,
    Star,
}

/// A shell pattern as used by the `#`, `%` and `/` modifiers: `*`, `?`, and escaped literals.
struct Pattern {
    toks: Vec<Pat>,
}

impl Pattern {
    fn new(src: &str, escape: char) -> Pattern {
        let mut toks = Vec::new();
        let mut it = src.chars();
        while let Some(c) = it.next() {
            toks.push(match c {
                '*' => Pat::Star,
                '?' => Pat::Any,
                c if c == escape || c == '\\' => match it.next() {
                    Some(n) => Pat::Lit(n),
                    None => Pat::Lit(c),
                },
                c => Pat::Lit(c),
            });
        }
        Pattern { toks }
    }

    /// Run the pattern as an automaton over `s`; `ends[k]` says whether it matches `s[..k]`.
    fn match_lengths(toks: &[Pat], s: &[char]) -> Vec<bool> {
        let m = toks.len();
        let mut active = vec![false; m + 1];
        active[0] = true;
        let close = |a: &mut Vec<bool>| {
            for j in 0..m {
                if a[j] && toks[j] == Pat::Star {
                    a[j + 1] = true;
                }
            }
        };
        close(&mut active);
        let mut ends = Vec::with_capacity(s.len() + 1);
        ends.push(active[m]);
        for &c in s {
            let mut next = vec![false; m + 1];
            let mut any = false;
            for j in 0..m {
                if !active[j] {
                    continue;
                }
                match toks[j] {
                    Pat::Star => {
                        next[j] = true;
                        any = true;
                    }
                    Pat::Any => {
                        next[j + 1] = true;
                        any = true;
                    }
                    Pat::Lit(l) if l == c => {
                        next[j + 1] = true;
                        any = true;
                    }
                    Pat::Lit(_) => {}
                }
            }
            close(&mut next);
            ends.push(next[m]);
            active = next;
            if !any {
                ends.resize(s.len() + 1, false);
                break;
            }
        }
        ends
    }

    fn remove_prefix(&self, v: &[char], longest: bool) -> String {
        let ends = Self::match_lengths(&self.toks, v);
        let k = if longest {
            ends.iter().rposition(|&e| e)
        } else {
            ends.iter().position(|&e| e)
        };
        match k {
            Some(k) => v[k..].iter().collect(),
            None => v.iter().collect(),
        }
    }

    fn remove_suffix(&self, v: &[char], longest: bool) -> String {
        let rt: Vec<Pat> = self.toks.iter().rev().copied().collect();
        let rv: Vec<char> = v.iter().rev().copied().collect();
        let ends = Self::match_lengths(&rt, &rv);
        let k = if longest {
            ends.iter().rposition(|&e| e)
        } else {
            ends.iter().position(|&e| e)
        };
        match k {
            Some(k) => v[..v.len() - k].iter().collect(),
            None => v.iter().collect(),
        }
    }

    /// The leftmost match at or after `from`, longest at that position: `(start, end)`.
    fn find(&self, v: &[char], from: usize) -> Option<(usize, usize)> {
        (from..=v.len()).find_map(|i| {
            let ends = Self::match_lengths(&self.toks, &v[i..]);
            ends.iter().rposition(|&e| e).map(|k| (i, i + k))
        })
    }

    fn replace(&self, v: &[char], repl: &str, all: bool) -> String {
        let mut out = String::new();
        let mut i = 0;
        while let Some((s, e)) = self.find(v, i) {
            out.extend(&v[i..s]);
            out.push_str(repl);
            if e == s {
                // An empty match: keep one character and move on, as regexp replacement does.
                if let Some(c) = v.get(s) {
                    out.push(*c);
                }
                i = s + 1;
            } else {
                i = e;
            }
            if !all || i > v.len() {
                break;
            }
        }
        if i <= v.len() {
            out.extend(&v[i..]);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env() -> Vec<(String, String)> {
        vec![("V".into(), "abcabc".into()), ("E".into(), String::new())]
    }

    #[test]
    fn patterns() {
        let e = env();
        let x = |w: &str| expand_word(w, '\\', &e).unwrap_or_else(|e| e.to_string());
        assert_eq!(x("${V#a*}"), "bcabc");
        assert_eq!(x("${V##a*}"), "");
        assert_eq!(x("${V%b*}"), "abca");
        assert_eq!(x("${V%%b*}"), "a");
        assert_eq!(x("${V/b/X}"), "aXcabc");
        assert_eq!(x("${V//b/X}"), "aXcaXc");
        assert_eq!(x("${V:-x}${E:-y}${U-z}"), "abcabcyz");
        assert_eq!(
            x("${V:#a}"),
            "failed to process \"${V:#a}\": unsupported modifier (:#) in substitution"
        );
    }
}
