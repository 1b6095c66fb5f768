//! `grep`: search lines for fixed strings or a basic/extended regular expression subset
//! (`^ $ . * [..] \( \) \| + ? {n,m}`), with `-i -v -n -c -l -q -r -w -x -h -H -e -E -F`.

use std::cell::Cell;

use super::{parse_opts, path_of, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Machine};
use crate::vfs::Errno;

const USAGE: &str =
    "grep [-HhnlLoqvsrRiwFE] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...";

// ----- a small backtracking regular expression engine -----

#[derive(Clone, Debug)]
enum Atom {
    Char(char),
    Any,
    /// Ranges of a bracket expression, and whether it is negated.
    Class(Vec<(char, char)>, bool),
    Start,
    End,
    Group(Vec<Vec<Piece>>),
}

#[derive(Clone, Debug)]
struct Piece {
    atom: Atom,
    min: usize,
    max: Option<usize>,
}

/// A compiled pattern: alternatives of sequences.
#[derive(Clone, Debug)]
pub(crate) struct Regex {
    alts: Vec<Vec<Piece>>,
    icase: bool,
}

struct Parser<'a> {
    c: &'a [char],
    i: usize,
    ere: bool,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.c.get(self.i).copied()
    }
    fn peek2(&self) -> Option<char> {
        self.c.get(self.i + 1).copied()
    }

    fn at_alt_sep(&self) -> bool {
        if self.ere {
            self.peek() == Some('|')
        } else {
            self.peek() == Some('\\') && self.peek2() == Some('|')
        }
    }

    fn at_group_end(&self) -> bool {
        if self.ere {
            self.peek() == Some(')')
        } else {
            self.peek() == Some('\\') && self.peek2() == Some(')')
        }
    }

    fn alts(&mut self, depth: usize) -> Result<Vec<Vec<Piece>>, String> {
        let mut alts = vec![self.seq(depth)?];
        while self.at_alt_sep() {
            self.i += if self.ere { 1 } else { 2 };
            alts.push(self.seq(depth)?);
        }
        Ok(alts)
    }

    fn seq(&mut self, depth: usize) -> Result<Vec<Piece>, String> {
        let mut seq: Vec<Piece> = Vec::new();
        while let Some(c) = self.peek() {
            if self.at_alt_sep() || (depth > 0 && self.at_group_end()) {
                break;
            }
            // Quantifiers apply to the previous piece.
            let quant = match c {
                '*' if !seq.is_empty() => Some((0, None, 1)),
                '+' if self.ere && !seq.is_empty() => Some((1, None, 1)),
                '?' if self.ere && !seq.is_empty() => Some((0, Some(1), 1)),
                '\\' if !self.ere && !seq.is_empty() && self.peek2() == Some('+') => {
                    Some((1, None, 2))
                }
                '\\' if !self.ere && !seq.is_empty() && self.peek2() == Some('?') => {
                    Some((0, Some(1), 2))
                }
                _ => None,
            };
            if let Some((min, max, used)) = quant {
                self.i += used;
                if let Some(last) = seq.last_mut() {
                    last.min = min;
                    last.max = max;
                }
                continue;
            }
            let brace =
                (self.ere && c == '{') || (!self.ere && c == '\\' && self.peek2() == Some('{'));
            if brace && !seq.is_empty() {
                self.i += if self.ere { 1 } else { 2 };
                let mut body = String::new();
                loop {
                    match self.peek() {
                        None => return Err("Unmatched \\{".into()),
                        Some('}') if self.ere => {
                            self.i += 1;
                            break;
                        }
                        Some('\\') if !self.ere && self.peek2() == Some('}') => {
                            self.i += 2;
                            break;
                        }
                        Some(ch) => {
                            body.push(ch);
                            self.i += 1;
                        }
                    }
                }
                let (a, b) = match body.split_once(',') {
                    Some((a, b)) => (a.to_string(), Some(b.to_string())),
                    None => (body.clone(), None),
                };
                let min: usize = a
                    .trim()
                    .parse()
                    .map_err(|_| "Invalid content of \\{\\}".to_string())?;
                let max = match b {
                    None => Some(min),
                    Some(b) if b.trim().is_empty() => None,
                    Some(b) => Some(
                        b.trim()
                            .parse()
                            .map_err(|_| "Invalid content of \\{\\}".to_string())?,
                    ),
                };
                if let Some(last) = seq.last_mut() {
                    last.min = min.min(1000);
                    last.max = max.map(|m| m.min(1000));
                }
                continue;
            }
            let atom = match c {
                '.' => {
                    self.i += 1;
                    Atom::Any
                }
                '^' if seq.is_empty() || self.ere => {
                    self.i += 1;
                    Atom::Start
                }
                '$' if self.ere || self.i + 1 == self.c.len() || {
                    let save = self.i;
                    self.i += 1;
                    let end = self.at_alt_sep() || self.at_group_end();
                    self.i = save;
                    end
                } =>
                {
                    self.i += 1;
                    Atom::End
                }
                '[' => self.bracket()?,
                '(' if self.ere => {
                    self.i += 1;
                    let g = self.alts(depth + 1)?;
                    if self.peek() != Some(')') {
                        return Err("Unmatched ( or \\(".into());
                    }
                    self.i += 1;
                    Atom::Group(g)
                }
                '\\' => {
                    let Some(n) = self.peek2() else {
                        return Err("Trailing backslash".into());
                    };
                    self.i += 2;
                    match n {
                        '(' if !self.ere => {
                            let g = self.alts(depth + 1)?;
                            if !self.at_group_end() {
                                return Err("Unmatched ( or \\(".into());
                            }
                            self.i += 2;
                            Atom::Group(g)
                        }
                        'w' => {
                            Atom::Class(vec![('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_')], false)
                        }
                        'W' => {
                            Atom::Class(vec![('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_')], true)
                        }
                        's' => Atom::Class(vec![(' ', ' '), ('\t', '\r')], false),
                        'S' => Atom::Class(vec![(' ', ' '), ('\t', '\r')], true),
                        other => Atom::Char(other),
                    }
                }
                other => {
                    self.i += 1;
                    Atom::Char(other)
                }
            };
            seq.push(Piece {
                atom,
                min: 1,
                max: Some(1),
            });
        }
        Ok(seq)
    }

    fn bracket(&mut self) -> Result<Atom, String> {
        self.i += 1;
        let mut neg = false;
        if self.peek() == Some('^') {
            neg = true;
            self.i += 1;
        }
        let mut ranges = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return Err("Unmatched [, [^, [:, [., or [=".into());
            };
            if c == ']' && !first {
                self.i += 1;
                break;
            }
            first = false;
            if c == '[' && self.peek2() == Some(':') {
                let rest: String = self.c[self.i..].iter().collect();
                if let Some(end) = rest.find(":]") {
                    let name = &rest[2..end];
                    let add: &[(char, char)] = match name {
                        "alpha" => &[('a', 'z'), ('A', 'Z')],
                        "digit" => &[('0', '9')],
                        "alnum" => &[('a', 'z'), ('A', 'Z'), ('0', '9')],
                        "upper" => &[('A', 'Z')],
                        "lower" => &[('a', 'z')],
                        "space" => &[(' ', ' '), ('\t', '\r')],
                        "blank" => &[(' ', ' '), ('\t', '\t')],
                        "xdigit" => &[('0', '9'), ('a', 'f'), ('A', 'F')],
                        "punct" => &[('!', '/'), (':', '@'), ('[', '`'), ('{', '~')],
                        _ => return Err("Invalid character class name".into()),
                    };
                    ranges.extend_from_slice(add);
                    self.i += rest[..end + 2].chars().count();
                    continue;
                }
            }
            self.i += 1;
            if self.peek() == Some('-') && self.peek2().is_some_and(|n| n != ']') {
                let hi = self.peek2().unwrap_or(c);
                self.i += 2;
                ranges.push((c, hi));
            } else {
                ranges.push((c, c));
            }
        }
        Ok(Atom::Class(ranges, neg))
    }
}

impl Regex {
    pub(crate) fn new(pattern: &str, ere: bool, icase: bool) -> Result<Regex, String> {
        let chars: Vec<char> = pattern.chars().collect();
        let mut p = Parser {
            c: &chars,
            i: 0,
            ere,
        };
        let alts = p.alts(0)?;
        if p.i < chars.len() {
            return Err("Unmatched ) or \\)".into());
        }
        Ok(Regex { alts, icase })
    }

    /// A fixed string as a pattern.
    pub(crate) fn literal(s: &str, icase: bool) -> Regex {
        let seq = s
            .chars()
            .map(|c| Piece {
                atom: Atom::Char(c),
                min: 1,
                max: Some(1),
            })
            .collect();
        Regex {
            alts: vec![seq],
            icase,
        }
    }

    /// Whether the pattern matches somewhere in `line`; `accept(start, end)` can refuse a
    /// match (for `-w` and `-x`).
    pub(crate) fn find(&self, line: &str, accept: &dyn Fn(&[char], usize, usize) -> bool) -> bool {
        let text: Vec<char> = line.chars().collect();
        self.span(&text, 0, accept).is_some()
    }

    /// The leftmost match at or after `from` (in chars), as (start, end).
    fn span(
        &self,
        text: &[char],
        from: usize,
        accept: &dyn Fn(&[char], usize, usize) -> bool,
    ) -> Option<(usize, usize)> {
        let budget = Cell::new(200_000usize);
        for start in from..=text.len() {
            let found = Cell::new(None);
            let k = |end: usize| {
                let ok = accept(text, start, end);
                if ok {
                    found.set(Some(end));
                }
                ok
            };
            if self.alts_at(&self.alts, text, start, &k, &budget) {
                return found.get().map(|end| (start, end));
            }
            if budget.get() == 0 {
                return None;
            }
        }
        None
    }

    /// Every non-empty match of the line, left to right (`grep -o`).
    pub(crate) fn all(
        &self,
        line: &str,
        accept: &dyn Fn(&[char], usize, usize) -> bool,
    ) -> Vec<String> {
        let text: Vec<char> = line.chars().collect();
        let mut out = Vec::new();
        let mut from = 0;
        while from <= text.len() {
            let Some((s, e)) = self.span(&text, from, accept) else {
                break;
            };
            if e > s {
                out.push(text[s..e].iter().collect());
                from = e;
            } else {
                from = s + 1;
            }
        }
        out
    }

    fn alts_at(
        &self,
        alts: &[Vec<Piece>],
        t: &[char],
        pos: usize,
        k: &dyn Fn(usize) -> bool,
        budget: &Cell<usize>,
    ) -> bool {
        alts.iter().any(|seq| self.seq_at(seq, t, pos, k, budget))
    }

    fn seq_at(
        &self,
        seq: &[Piece],
        t: &[char],
        pos: usize,
        k: &dyn Fn(usize) -> bool,
        budget: &Cell<usize>,
    ) -> bool {
        if budget.get() == 0 {
            return false;
        }
        budget.set(budget.get() - 1);
        let Some((first, rest)) = seq.split_first() else {
            return k(pos);
        };
        self.repeat(first, 0, rest, t, pos, k, budget)
    }

    /// Match `piece` `count` times so far at `pos`, greedily, then the rest.
    #[allow(clippy::too_many_arguments)]
    fn repeat(
        &self,
        piece: &Piece,
        count: usize,
        rest: &[Piece],
        t: &[char],
        pos: usize,
        k: &dyn Fn(usize) -> bool,
        budget: &Cell<usize>,
    ) -> bool {
        if budget.get() == 0 {
            return false;
        }
        budget.set(budget.get() - 1);
        // Long repetitions are cut off so deep lines cannot exhaust the stack.
        let can_more = count < 500 && piece.max.is_none_or(|m| count < m);
        if can_more {
            let next = |end: usize| {
                // An empty repetition beyond the minimum would loop forever.
                (end != pos || count < piece.min)
                    && self.repeat(piece, count + 1, rest, t, end, k, budget)
            };
            if self.atom_at(&piece.atom, t, pos, &next, budget) {
                return true;
            }
        }
        count >= piece.min && self.seq_at(rest, t, pos, k, budget)
    }

    fn atom_at(
        &self,
        atom: &Atom,
        t: &[char],
        pos: usize,
        k: &dyn Fn(usize) -> bool,
        budget: &Cell<usize>,
    ) -> bool {
        match atom {
            Atom::Start => pos == 0 && k(pos),
            Atom::End => pos == t.len() && k(pos),
            Atom::Group(alts) => self.alts_at(alts, t, pos, k, budget),
            _ => {
                let Some(&c) = t.get(pos) else {
                    return false;
                };
                let ok = match atom {
                    Atom::Any => true,
                    Atom::Char(p) => {
                        *p == c || (self.icase && p.to_lowercase().eq(c.to_lowercase()))
                    }
                    Atom::Class(ranges, neg) => {
                        let hit = |ch: char| ranges.iter().any(|(a, b)| *a <= ch && ch <= *b);
                        let m = hit(c)
                            || (self.icase
                                && (c.to_lowercase().any(hit) || c.to_uppercase().any(hit)));
                        m != *neg
                    }
                    _ => false,
                };
                ok && k(pos + 1)
            }
        }
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

// ----- the program -----

pub(crate) fn grep<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let spec = OptSpec {
        flags: "ivnrRqcslLhHwxEFGo",
        valued: "em",
        long: &[
            ("ignore-case", 'i', false),
            ("invert-match", 'v', false),
            ("line-number", 'n', false),
            ("recursive", 'r', false),
            ("dereference-recursive", 'R', false),
            ("quiet", 'q', false),
            ("silent", 'q', false),
            ("count", 'c', false),
            ("no-messages", 's', false),
            ("files-with-matches", 'l', false),
            ("files-without-match", 'L', false),
            ("no-filename", 'h', false),
            ("with-filename", 'H', false),
            ("word-regexp", 'w', false),
            ("line-regexp", 'x', false),
            ("extended-regexp", 'E', false),
            ("fixed-strings", 'F', false),
            ("basic-regexp", 'G', false),
            ("regexp", 'e', true),
            ("max-count", 'm', true),
        ],
    };
    let p = match parse_opts(inv.args(), &spec, v.tool) {
        Ok(p) => p,
        Err(e) => {
            let msg = match v.tool {
                Tool::Gnu => {
                    let t = v.opt_error(&e, USAGE);
                    let first = t.lines().next().unwrap_or("").to_string();
                    format!(
                        "{first}\nUsage: grep [OPTION]... PATTERNS [FILE]...\n{}",
                        v.try_help()
                    )
                }
                Tool::Busybox => v.opt_error(&e, USAGE),
            };
            inv.err(msg);
            return 2;
        }
    };
    let called = inv.name().to_string();
    let ere = p.has('E') || called == "egrep";
    let fixed = p.has('F') || called == "fgrep";
    let icase = p.has('i');
    let mut operands = p.operands.clone();
    let patterns: Vec<String> = {
        let given: Vec<String> = p
            .opts
            .iter()
            .filter(|(c, _)| *c == 'e')
            .filter_map(|(_, v)| v.clone())
            .collect();
        if given.is_empty() {
            if operands.is_empty() {
                inv.err(match v.tool {
                    Tool::Gnu => format!(
                        "Usage: grep [OPTION]... PATTERNS [FILE]...\n{}",
                        v.try_help()
                    ),
                    Tool::Busybox => super::busybox_usage(USAGE),
                });
                return 2;
            }
            operands.remove(0).split('\n').map(String::from).collect()
        } else {
            given
                .iter()
                .flat_map(|g| g.split('\n').map(String::from).collect::<Vec<_>>())
                .collect()
        }
    };
    let mut regexes = Vec::new();
    for pat in &patterns {
        if fixed {
            regexes.push(Regex::literal(pat, icase));
        } else {
            match Regex::new(pat, ere, icase) {
                Ok(r) => regexes.push(r),
                Err(msg) => {
                    inv.err(format!("{}: {msg}\n", v.name));
                    return 2;
                }
            }
        }
    }
    let recursive = p.has('r') || p.has('R');
    let no_operands = operands.is_empty();
    if no_operands {
        operands.push(if recursive { ".".into() } else { "-".into() });
    }
    // Expand directories when recursive.
    let mut inputs: Vec<(String, String)> = Vec::new();
    let mut status_err = false;
    for op in &operands {
        if op == "-" {
            inputs.push(("(standard input)".into(), "-".into()));
            continue;
        }
        let path = path_of(inv, op);
        if recursive && inv.fs().is_dir(&path) {
            let canon = inv.fs().canonicalize(&path).unwrap_or(path.clone());
            if let Ok(tree) = inv.fs().walk_tree(&canon) {
                for (sub, st) in tree {
                    if !st.is_file() {
                        continue;
                    }
                    let rel = sub
                        .strip_prefix(&canon)
                        .unwrap_or(&sub)
                        .trim_start_matches('/');
                    let shown = if no_operands {
                        rel.to_string()
                    } else {
                        format!("{}/{rel}", op.trim_end_matches('/'))
                    };
                    inputs.push((shown, sub));
                }
            }
            continue;
        }
        inputs.push((op.clone(), path));
    }
    let show_names = !p.has('h') && (p.has('H') || inputs.len() > 1 || recursive);
    let invert = p.has('v');
    let max = p.value('m').and_then(|m| m.parse::<usize>().ok());
    let word = p.has('w');
    let whole = p.has('x');
    let accept = |t: &[char], s: usize, e: usize| -> bool {
        if whole {
            return s == 0 && e == t.len();
        }
        if word {
            let before = s == 0 || !is_word(t[s - 1]);
            let after = e >= t.len() || !is_word(t[e]);
            return before && after && e > s;
        }
        true
    };
    let mut any = false;
    let mut out = Vec::new();
    for (shown, path) in &inputs {
        let data = if path == "-" {
            Ok(inv.stdin.clone())
        } else {
            inv.fs().read(path)
        };
        let data = match data {
            Ok(d) => d,
            Err(e) => {
                status_err = true;
                if !p.has('s') {
                    let msg = if e.errno == Errno::IsADirectory && v.gnu() {
                        format!("{}: {shown}: Is a directory\n", v.name)
                    } else {
                        format!("{}: {shown}: {}\n", v.name, e.message())
                    };
                    inv.out(std::mem::take(&mut out));
                    inv.err(msg);
                }
                continue;
            }
        };
        let binary = data.contains(&0);
        let text = String::from_utf8_lossy(&data);
        let mut count = 0usize;
        for (i, line) in super::lines_of(text.as_bytes()).iter().enumerate() {
            if max.is_some_and(|m| count >= m) {
                break;
            }
            let line = String::from_utf8_lossy(line);
            let hit = regexes.iter().any(|r| r.find(&line, &accept));
            if hit == invert {
                continue;
            }
            count += 1;
            any = true;
            if p.has('q') {
                inv.out(out);
                return 0;
            }
            if p.has('c') || p.has('l') || p.has('L') || binary {
                continue;
            }
            let prefix = {
                let mut pre = String::new();
                if show_names {
                    pre.push_str(&format!("{shown}:"));
                }
                if p.has('n') {
                    pre.push_str(&format!("{}:", i + 1));
                }
                pre
            };
            if p.has('o') {
                if !invert {
                    for r in &regexes {
                        for m in r.all(&line, &accept) {
                            out.extend_from_slice(format!("{prefix}{m}\n").as_bytes());
                        }
                    }
                }
                continue;
            }
            out.extend_from_slice(prefix.as_bytes());
            out.extend_from_slice(line.as_bytes());
            out.push(b'\n');
        }
        if p.has('c') {
            if show_names {
                out.extend_from_slice(format!("{shown}:").as_bytes());
            }
            out.extend_from_slice(format!("{count}\n").as_bytes());
        } else if p.has('l') {
            if count > 0 {
                out.extend_from_slice(format!("{shown}\n").as_bytes());
            }
        } else if p.has('L') {
            if count == 0 {
                out.extend_from_slice(format!("{shown}\n").as_bytes());
            }
        } else if binary && count > 0 {
            let msg = match v.tool {
                Tool::Gnu => format!("{}: {shown}: binary file matches\n", v.name),
                Tool::Busybox => format!("Binary file {shown} matches\n"),
            };
            out.extend_from_slice(msg.as_bytes());
        }
        if inv.stopped() {
            break;
        }
    }
    inv.out(out);
    if status_err {
        2
    } else if any {
        0
    } else {
        1
    }
}
