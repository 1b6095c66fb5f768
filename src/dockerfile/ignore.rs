//! `.dockerignore` matching with Docker's semantics: `*`, `?`, `[...]`, `**`, `!` exceptions,
//! a leading `/` ignored, `#` comments, paths cleaned, and the last matching pattern wins.
//! A pattern that matches a folder also matches everything inside it.

/// One pattern line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    /// The cleaned pattern text (without `!`).
    pub text: String,
    /// `!pattern`: re-include what earlier patterns excluded.
    pub exclusion: bool,
    /// The line it came from, from 1.
    pub line: usize,
    toks: Vec<Tok>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Tok {
    Lit(char),
    /// `?`: one character other than `/`.
    One,
    /// `*`: any run of characters other than `/`.
    Star,
    /// `**/` or `**` in the middle: any number of whole path segments (maybe none).
    Segments,
    /// `**` at the end: anything at all.
    All,
    /// `[...]`: a set of characters or ranges, possibly negated.
    Class {
        negated: bool,
        items: Vec<(char, char)>,
    },
}

/// A parsed `.dockerignore` file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ignore {
    /// The patterns in order.
    pub patterns: Vec<Pattern>,
}

/// Lexically clean a slash path like Go's `path.Clean`: remove `.` and empty segments and
/// fold `..` where possible. The empty path becomes `.`.
pub fn clean(path: &str) -> String {
    let rooted = path.starts_with('/');
    let mut out: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if out.last().is_some_and(|l| *l != "..") {
                    out.pop();
                } else if !rooted {
                    out.push("..");
                }
            }
            s => out.push(s),
        }
    }
    let body = out.join("/");
    match (rooted, body.is_empty()) {
        (true, _) => format!("/{body}"),
        (false, true) => ".".to_string(),
        (false, false) => body,
    }
}

fn compile(p: &str) -> Vec<Tok> {
    let chars: Vec<char> = p.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        match c {
            '*' if chars.get(i) == Some(&'*') => {
                i += 1;
                if chars.get(i) == Some(&'/') {
                    i += 1;
                }
                toks.push(if i >= chars.len() {
                    Tok::All
                } else {
                    Tok::Segments
                });
            }
            '*' => toks.push(Tok::Star),
            '?' => toks.push(Tok::One),
            '\\' => match chars.get(i) {
                Some(n) => {
                    toks.push(Tok::Lit(*n));
                    i += 1;
                }
                None => toks.push(Tok::Lit('\\')),
            },
            '[' => {
                let mut j = i;
                let negated = matches!(chars.get(j), Some('^' | '!'));
                if negated {
                    j += 1;
                }
                let mut items = Vec::new();
                let mut closed = false;
                while j < chars.len() {
                    let mut a = chars[j];
                    if a == ']' && (j > i + usize::from(negated)) {
                        closed = true;
                        j += 1;
                        break;
                    }
                    if a == '\\' && j + 1 < chars.len() {
                        j += 1;
                        a = chars[j];
                    }
                    j += 1;
                    if chars.get(j) == Some(&'-') && chars.get(j + 1).is_some_and(|c| *c != ']') {
                        let mut b = chars[j + 1];
                        j += 2;
                        if b == '\\' && j < chars.len() {
                            b = chars[j];
                            j += 1;
                        }
                        items.push((a, b));
                    } else {
                        items.push((a, a));
                    }
                }
                if closed {
                    toks.push(Tok::Class { negated, items });
                    i = j;
                } else {
                    toks.push(Tok::Lit('['));
                }
            }
            c => toks.push(Tok::Lit(c)),
        }
    }
    toks
}

/// Whether `toks` match the whole of `s` (memoised backtracking, so no blow-up).
fn matches_all(toks: &[Tok], s: &[char]) -> bool {
    let mut memo = vec![None; (toks.len() + 1) * (s.len() + 1)];
    go(toks, s, 0, 0, &mut memo)
}

fn go(t: &[Tok], s: &[char], ti: usize, si: usize, memo: &mut Vec<Option<bool>>) -> bool {
    let key = ti * (s.len() + 1) + si;
    if let Some(Some(v)) = memo.get(key) {
        return *v;
    }
    let r = match t.get(ti) {
        None => si == s.len(),
        Some(Tok::Lit(c)) => s.get(si) == Some(c) && go(t, s, ti + 1, si + 1, memo),
        Some(Tok::One) => s.get(si).is_some_and(|c| *c != '/') && go(t, s, ti + 1, si + 1, memo),
        Some(Tok::Class { negated, items }) => {
            s.get(si).is_some_and(|c| {
                *c != '/' && items.iter().any(|(a, b)| a <= c && c <= b) != *negated
            }) && go(t, s, ti + 1, si + 1, memo)
        }
        Some(Tok::Star) => {
            go(t, s, ti + 1, si, memo)
                || (s.get(si).is_some_and(|c| *c != '/') && go(t, s, ti, si + 1, memo))
        }
        Some(Tok::All) => true,
        Some(Tok::Segments) => {
            // Zero segments, or any text up to and including a '/'.
            go(t, s, ti + 1, si, memo)
                || (si..s.len()).any(|k| s[k] == '/' && go(t, s, ti + 1, k + 1, memo))
        }
    };
    if let Some(slot) = memo.get_mut(key) {
        *slot = Some(r);
    }
    r
}

impl Pattern {
    /// Whether the pattern matches `path` itself (not its parents).
    pub fn matches_exactly(&self, path: &str) -> bool {
        let s: Vec<char> = path.chars().collect();
        matches_all(&self.toks, &s)
    }
}

impl Ignore {
    /// Read a `.dockerignore` text.
    pub fn parse(text: &str) -> Ignore {
        let mut patterns = Vec::new();
        for (n, raw) in text.lines().enumerate() {
            if raw.starts_with('#') {
                continue;
            }
            let mut p = raw.trim();
            if p.is_empty() {
                continue;
            }
            let exclusion = p.starts_with('!');
            if exclusion {
                p = p[1..].trim();
            }
            let mut text = if p.is_empty() {
                String::new()
            } else {
                clean(p)
            };
            if text.len() > 1 && text.starts_with('/') {
                text.remove(0);
            }
            let toks = compile(&text);
            patterns.push(Pattern {
                text,
                exclusion,
                line: n + 1,
                toks,
            });
        }
        Ignore { patterns }
    }

    /// Whether `path` (relative to the build context, `/`-separated) is excluded: the last
    /// pattern matching it, or one of its parent folders, decides.
    pub fn matches(&self, path: &str) -> bool {
        let path = clean(path);
        let path = path.trim_start_matches('/');
        let parents: Vec<&str> = path.split('/').collect();
        let mut matched = false;
        for p in &self.patterns {
            if p.exclusion != matched {
                continue;
            }
            let mut hit = p.matches_exactly(path);
            if !hit && parents.len() > 1 {
                for i in 1..parents.len() {
                    if p.matches_exactly(&parents[..i].join("/")) {
                        hit = true;
                        break;
                    }
                }
            }
            if hit {
                matched = !p.exclusion;
            }
        }
        matched
    }

    /// Whether `path` is left out of what COPY and ADD can see. The Dockerfile and the
    /// `.dockerignore` file are still sent to the builder even when excluded (the builder
    /// needs them), but COPY and ADD do not see them either way.
    pub fn excludes(&self, path: &str) -> bool {
        self.matches(path)
    }

    /// Whether `path` is sent to the builder at all: everything not excluded, plus the
    /// Dockerfile (named `dockerfile`) and `.dockerignore`, which are always sent.
    pub fn sends(&self, path: &str, dockerfile: &str) -> bool {
        let p = clean(path);
        p == clean(dockerfile) || p == ".dockerignore" || !self.matches(&p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semantics() {
        let ig = Ignore::parse("# c\n*.md\n!README.md\n/tmp\n**/*.pyc\ndocs/**\n");
        assert!(ig.matches("a.md"));
        assert!(!ig.matches("README.md"));
        assert!(!ig.matches("sub/a.md"));
        assert!(ig.matches("tmp/x/y"));
        assert!(ig.matches("a/b/c.pyc"));
        assert!(ig.matches("c.pyc"));
        assert!(ig.matches("docs/x"));
        assert!(!ig.matches("app.py"));
        assert_eq!(clean("./a/../b//c/"), "b/c");
    }
}
