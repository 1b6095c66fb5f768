//! Shell patterns (`*`, `?`, `[…]`) for `case`, `${x#…}` and pathname expansion.

/// A pattern character and whether it was quoted (quoted characters match only themselves).
pub(crate) type PatChar = (char, bool);

/// Whether the whole of `text` matches `pat`.
pub(crate) fn matches(pat: &[PatChar], text: &[char]) -> bool {
    let mut work = u64::MAX;
    matches_within(pat, text, &mut work)
}

/// [`matches`], spending at most `work` steps; when they run out the answer is `false` and
/// `work` is 0, so the caller can stop the run instead of hanging on a huge value.
pub(crate) fn matches_within(pat: &[PatChar], text: &[char], work: &mut u64) -> bool {
    let (mut p, mut t) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        if *work == 0 {
            return false;
        }
        *work -= 1;
        if p < pat.len() {
            let (c, quoted) = pat[p];
            if !quoted && c == '*' {
                star = Some((p, t));
                p += 1;
                continue;
            }
            if !quoted && c == '?' {
                p += 1;
                t += 1;
                continue;
            }
            if !quoted && c == '[' {
                if let Some((end, ok)) = bracket(pat, p, text[t]) {
                    if ok {
                        p = end;
                        t += 1;
                        continue;
                    }
                } else if text[t] == '[' {
                    p += 1;
                    t += 1;
                    continue;
                }
            } else if c == text[t] {
                p += 1;
                t += 1;
                continue;
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
    while p < pat.len() && pat[p] == ('*', false) {
        p += 1;
    }
    p == pat.len()
}

/// Match `c` against the bracket expression starting at `pat[start]` (`[`). Returns the index
/// after the closing `]` and whether it matched; `None` when there is no closing `]`.
fn bracket(pat: &[PatChar], start: usize, c: char) -> Option<(usize, bool)> {
    let mut i = start + 1;
    let negate = matches!(pat.get(i), Some(('!', false)) | Some(('^', false)));
    if negate {
        i += 1;
    }
    let mut matched = false;
    let mut first = true;
    loop {
        let (ch, quoted) = *pat.get(i)?;
        if ch == ']' && !quoted && !first {
            return Some((i + 1, matched != negate));
        }
        first = false;
        if ch == '[' && !quoted && pat.get(i + 1).map(|x| x.0) == Some(':') {
            // A class such as [:alpha:].
            let rest: String = pat[i + 2..].iter().map(|x| x.0).collect();
            if let Some(end) = rest.find(":]") {
                let name = &rest[..end];
                let ok = match name {
                    "alpha" => c.is_alphabetic(),
                    "digit" => c.is_ascii_digit(),
                    "alnum" => c.is_alphanumeric(),
                    "upper" => c.is_uppercase(),
                    "lower" => c.is_lowercase(),
                    "space" => c.is_whitespace(),
                    "punct" => c.is_ascii_punctuation(),
                    "xdigit" => c.is_ascii_hexdigit(),
                    _ => false,
                };
                matched |= ok;
                i += 2 + rest[..end].chars().count() + 2;
                continue;
            }
        }
        if pat.get(i + 1).map(|x| x.0) == Some('-')
            && pat.get(i + 2).is_some_and(|x| x.0 != ']' || x.1)
        {
            let hi = pat[i + 2].0;
            if ch <= c && c <= hi {
                matched = true;
            }
            i += 3;
            continue;
        }
        if ch == c {
            matched = true;
        }
        i += 1;
    }
}

/// `${x#p}`, `${x##p}`, `${x%p}`, `${x%%p}`: remove the shortest or longest matching prefix
/// or suffix.
pub(crate) fn trim(
    text: &[char],
    pat: &[PatChar],
    prefix: bool,
    longest: bool,
    work: &mut u64,
) -> Vec<char> {
    let n = text.len();
    let cuts: Box<dyn Iterator<Item = usize>> = if longest {
        Box::new((0..=n).rev())
    } else {
        Box::new(0..=n)
    };
    for k in cuts {
        if *work == 0 {
            break;
        }
        *work -= 1;
        if prefix {
            if matches_within(pat, &text[..k], work) {
                return text[k..].to_vec();
            }
        } else if matches_within(pat, &text[n - k..], work) {
            return text[..n - k].to_vec();
        }
    }
    text.to_vec()
}

/// bash `${x/p/r}` and `${x//p/r}`: replace the first or every longest match.
pub(crate) fn replace(
    text: &[char],
    pat: &[PatChar],
    rep: &str,
    all: bool,
    work: &mut u64,
) -> String {
    let mut out = String::new();
    let mut i = 0;
    let mut replaced = false;
    while i < text.len() {
        if (!replaced || all) && !pat.is_empty() {
            if let Some(len) = (1..=text.len() - i)
                .rev()
                .find(|&l| *work > 0 && matches_within(pat, &text[i..i + l], work))
            {
                out.push_str(rep);
                i += len;
                replaced = true;
                continue;
            }
        }
        out.push(text[i]);
        i += 1;
    }
    out
}
