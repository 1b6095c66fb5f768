//! Splitting one logical instruction line the way BuildKit's parser does: keyword, flags, and
//! per-instruction argument nodes (JSON or shell form, words, key/value pairs).

use super::json::{parse_string_array, JsonError};
use super::Keyword;

/// A piece of text with its byte range in the logical line.
pub(crate) type Piece = (String, usize, usize);

/// An instruction node before spans are mapped back to the source.
#[derive(Debug, Default)]
pub(crate) struct RawNode {
    pub keyword: Piece,
    pub kind: Option<Keyword>,
    pub flags: Vec<Piece>,
    pub args: Vec<Piece>,
    pub rest: (usize, usize),
    pub json: bool,
    pub trigger: Option<Box<RawNode>>,
    pub error: Option<String>,
}

impl RawNode {
    pub fn keyword(&self) -> Keyword {
        self.kind.unwrap_or(Keyword::Unknown)
    }

    /// BuildKit's `canContainHeredoc`: RUN, COPY and ADD (also as ONBUILD triggers), not JSON.
    pub fn can_contain_heredoc(&self) -> bool {
        let node = match (&self.trigger, self.keyword()) {
            (Some(t), Keyword::Onbuild) => t,
            _ => self,
        };
        matches!(node.keyword(), Keyword::Run | Keyword::Copy | Keyword::Add) && !node.json
    }
}

/// The separator class `[\t\v\f\r ]` of BuildKit's whitespace pattern, as a byte (all ASCII,
/// so byte scans find the same places as character scans).
fn ascii_sep(b: u8) -> bool {
    matches!(b, b'\t' | b'\x0b' | b'\x0c' | b'\r' | b' ')
}

/// The first separator in `s[from..]`, as an index into `s`.
fn find_sep(s: &str, from: usize) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = from;
    while i < b.len() && !ascii_sep(b[i]) {
        i += 1;
    }
    (i < b.len()).then_some(i)
}

/// The end of the run of separators starting at `i`, no further than `end`.
fn skip_seps(s: &str, mut i: usize, end: usize) -> usize {
    let b = s.as_bytes();
    while i < end && ascii_sep(b[i]) {
        i += 1;
    }
    i
}

/// Go's `unicode.IsSpace` applied to a single byte (as BuildKit's byte loops do).
fn byte_space(b: u8) -> bool {
    matches!(
        b,
        b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | b' ' | 0x85 | 0xA0
    )
}

/// Go's `strings.TrimSpace` on `s[a..b]`, as a narrowed range.
fn trim_range(s: &str, a: usize, b: usize) -> (usize, usize) {
    let t = &s[a..b];
    // `str::trim_start`/`trim_end`, with the ASCII ends (the usual case) read byte by byte.
    let bytes = t.as_bytes();
    let ws = |c: u8| matches!(c, b' ' | b'\t'..=b'\r');
    let mut lead = 0;
    while lead < bytes.len() && ws(bytes[lead]) {
        lead += 1;
    }
    if lead < bytes.len() && !bytes[lead].is_ascii() {
        lead = t.len() - t.trim_start().len();
    }
    let mut trail = bytes.len();
    while trail > 0 && ws(bytes[trail - 1]) {
        trail -= 1;
    }
    if trail > 0 && !bytes[trail - 1].is_ascii() {
        trail = t.trim_end().len();
    }
    if trail <= lead {
        (a + lead, a + lead)
    } else {
        (a + lead, a + trail)
    }
}

/// The next character boundary at or after `i`.
fn boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Deep ONBUILD chains are cut off here (BuildKit rejects any nesting later anyway).
const MAX_NESTING: usize = 32;

/// Parse the logical line `line[a..b]` into a node.
pub(crate) fn node_from_line(
    line: &str,
    a: usize,
    b: usize,
    escape: char,
    depth: usize,
) -> RawNode {
    let (a, b) = trim_range(line, a, b);
    let t = &line[a..b];
    let kw_end = find_sep(t, 0).map(|i| a + i).unwrap_or(b);
    let mut node = RawNode {
        keyword: (line[a..kw_end].to_string(), a, kw_end),
        ..RawNode::default()
    };
    let rest_start = skip_seps(line, kw_end, b);
    let (args_start, flags) = if rest_start < b {
        extract_flags(line, rest_start, b, escape)
    } else {
        (b, vec![])
    };
    node.flags = flags;
    let (ra, rb) = trim_range(line, args_start, b);
    node.rest = (ra, rb);
    let kind = Keyword::from_word(&node.keyword.0);
    node.kind = Some(kind);
    let rest = &line[ra..rb];
    let r = match kind {
        Keyword::Add | Keyword::Copy | Keyword::Volume => maybe_json_list(rest, ra, &mut node),
        Keyword::Arg => {
            node.args = parse_words(rest, ra, escape);
            Ok(())
        }
        Keyword::Cmd | Keyword::Entrypoint | Keyword::Run | Keyword::Shell => {
            maybe_json(rest, ra, &mut node)
        }
        Keyword::Env => name_val(rest, ra, "ENV", escape, &mut node),
        Keyword::Label => name_val(rest, ra, "LABEL", escape, &mut node),
        Keyword::Expose | Keyword::From => {
            node.args = split_ws(rest, ra);
            Ok(())
        }
        Keyword::Healthcheck => health(rest, ra, &mut node),
        Keyword::Maintainer | Keyword::Stopsignal | Keyword::User | Keyword::Workdir => {
            if !rest.is_empty() {
                node.args = vec![(rest.to_string(), ra, rb)];
            }
            Ok(())
        }
        Keyword::Onbuild => {
            if !rest.is_empty() && depth < MAX_NESTING {
                let child = node_from_line(line, ra, rb, escape, depth + 1);
                let err = child.error.clone();
                node.trigger = Some(Box::new(child));
                err.map_or(Ok(()), Err)
            } else {
                Ok(())
            }
        }
        Keyword::Unknown => {
            node.args = vec![(String::new(), ra, ra)];
            Ok(())
        }
    };
    if let Err(e) = r {
        node.error = Some(e);
    }
    node
}

/// BuildKit's flag extraction: leading `--words`, with quotes removed and escapes applied.
/// Works byte by byte like the original, so a non-ASCII byte becomes the Latin-1 character
/// with that value. Returns where the arguments start and the flags.
fn extract_flags(line: &str, start: usize, end: usize, escape: char) -> (usize, Vec<Piece>) {
    #[derive(PartialEq)]
    enum Phase {
        Spaces,
        Word,
        Quote,
    }
    let b = &line.as_bytes()[..end];
    let esc = if escape.is_ascii() {
        escape as u8
    } else {
        b'\\'
    };
    let mut words = Vec::new();
    let mut phase = Phase::Spaces;
    let mut word = String::new();
    let mut word_start = start;
    let mut quote = 0u8;
    let mut blank_ok = false;
    let mut pos = start;
    loop {
        let at_end = pos >= end;
        let ch = if at_end { 0 } else { b[pos] };
        if phase == Phase::Spaces {
            if at_end {
                break;
            }
            if byte_space(ch) {
                pos += 1;
                continue;
            }
            if ch != b'-' || pos + 1 >= end || b[pos + 1] != b'-' {
                return (boundary(line, pos), words);
            }
            phase = Phase::Word;
            word_start = pos;
        }
        if at_end {
            if word != "--" && (blank_ok || !word.is_empty()) {
                words.push((word, word_start, end));
            }
            break;
        }
        if phase == Phase::Word {
            if byte_space(ch) {
                phase = Phase::Spaces;
                if word == "--" {
                    return (boundary(line, pos), words);
                }
                if blank_ok || !word.is_empty() {
                    words.push((std::mem::take(&mut word), word_start, boundary(line, pos)));
                }
                word.clear();
                blank_ok = false;
                pos += 1;
                continue;
            }
            if ch == b'\'' || ch == b'"' {
                quote = ch;
                blank_ok = true;
                phase = Phase::Quote;
                pos += 1;
                continue;
            }
            let mut c = ch;
            if ch == esc {
                if pos + 1 >= end {
                    pos += 1;
                    continue;
                }
                pos += 1;
                c = b[pos];
            }
            word.push(char::from(c));
            pos += 1;
            continue;
        }
        // Inside quotes.
        if ch == quote {
            phase = Phase::Word;
            pos += 1;
            continue;
        }
        let mut c = ch;
        if ch == esc {
            if pos + 1 >= end {
                phase = Phase::Word;
                pos += 1;
                continue;
            }
            pos += 1;
            c = b[pos];
        }
        word.push(char::from(c));
        pos += 1;
    }
    (end, words)
}

/// BuildKit's `parseWords`: split on whitespace outside quotes, keeping quotes and escapes.
/// A word's text is its source slice, less a lone escape character that ends the input.
pub(crate) fn parse_words(rest: &str, base: usize, escape: char) -> Vec<Piece> {
    let mut words = Vec::new();
    let mut in_word = false;
    let mut in_quote: Option<char> = None;
    let mut start = 0;
    // Where the last word's text ends: the input's end, or before a final lone escape.
    let mut end = rest.len();
    let mut blank_ok = false;
    let mut it = rest.char_indices();
    while let Some((i, ch)) = it.next() {
        if !in_word && in_quote.is_none() {
            if super::words::is_space(ch) {
                continue;
            }
            in_word = true;
            start = i;
        }
        if let Some(q) = in_quote {
            if ch == q {
                in_quote = None;
            }
            // An escape takes the next character along; at the very end it is dropped.
            if ch == escape && q != '\'' && it.next().is_none() {
                in_quote = None;
                end = i;
            }
            continue;
        }
        if super::words::is_space(ch) {
            // A word that ends at a blank has at least its first character.
            in_word = false;
            words.push((rest[start..i].to_string(), base + start, base + i));
            blank_ok = false;
            continue;
        }
        if ch == '\'' || ch == '"' {
            in_quote = Some(ch);
            blank_ok = true;
        }
        if ch == escape && it.next().is_none() {
            end = i;
        }
    }
    if (in_word || in_quote.is_some()) && (blank_ok || start < end) {
        words.push((
            rest[start..end].to_string(),
            base + start,
            base + rest.len(),
        ));
    }
    words
}

/// Split on runs of `[\t\v\f\r ]` (the text is already trimmed).
fn split_ws(rest: &str, base: usize) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, &c) in rest.as_bytes().iter().enumerate() {
        if ascii_sep(c) {
            if let Some(s) = start.take() {
                out.push((rest[s..i].to_string(), base + s, base + i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((rest[s..].to_string(), base + s, base + rest.len()));
    } else if !rest.is_empty() {
        // Only separators: Go's split still yields the empty pieces around them.
        out.push((String::new(), base, base));
        out.push((String::new(), base + rest.len(), base + rest.len()));
    }
    out
}

const NOT_STRINGS: &str = "when using JSON array syntax, arrays must be comprised of strings only";

fn json_into(rest: &str, base: usize, node: &mut RawNode) -> Result<bool, String> {
    if !rest.trim_start().starts_with('[') {
        return Ok(false);
    }
    match parse_string_array(rest) {
        Ok(elems) => {
            node.json = true;
            node.args = elems
                .into_iter()
                .map(|(s, a, b)| (s, base + a, base + b))
                .collect();
            Ok(true)
        }
        Err(JsonError::NotStrings) => Err(NOT_STRINGS.to_string()),
        Err(JsonError::Invalid) => Ok(false),
    }
}

fn maybe_json(rest: &str, base: usize, node: &mut RawNode) -> Result<(), String> {
    if rest.is_empty() {
        return Ok(());
    }
    if !json_into(rest, base, node)? {
        node.args = vec![(rest.to_string(), base, base + rest.len())];
    }
    Ok(())
}

fn maybe_json_list(rest: &str, base: usize, node: &mut RawNode) -> Result<(), String> {
    if !json_into(rest, base, node)? {
        node.args = split_ws(rest, base);
    }
    Ok(())
}

fn name_val(
    rest: &str,
    base: usize,
    key: &str,
    escape: char,
    node: &mut RawNode,
) -> Result<(), String> {
    let words = parse_words(rest, base, escape);
    let Some(first) = words.first() else {
        return Ok(());
    };
    if !first.0.contains('=') {
        let Some(k_end) = find_sep(rest, 0) else {
            return Err(format!("{key} must have two arguments"));
        };
        let v = skip_seps(rest, k_end, rest.len());
        node.args = vec![
            (rest[..k_end].to_string(), base, base + k_end),
            (rest[v..].to_string(), base + v, base + rest.len()),
            (String::new(), base + k_end, base + k_end),
        ];
        return Ok(());
    }
    let mut args = Vec::with_capacity(words.len() * 3);
    for (w, a, b) in words {
        let Some(eq) = w.find('=') else {
            return Err(format!(
                "Syntax error - can't find = in {}. Must be of the form: name=value",
                super::dump::go_quote(&w)
            ));
        };
        args.push((w[..eq].to_string(), a, a + eq));
        args.push((w[eq + 1..].to_string(), (a + eq + 1).min(b), b));
        args.push(("=".to_string(), a + eq, a + eq + 1));
    }
    node.args = args;
    Ok(())
}

fn health(rest: &str, base: usize, node: &mut RawNode) -> Result<(), String> {
    let b = rest.as_bytes();
    let mut sep = 0;
    while sep < b.len() && !byte_space(b[sep]) {
        sep += 1;
    }
    if sep == 0 {
        return Ok(());
    }
    let sep = boundary(rest, sep);
    let mut next = sep;
    while next < b.len() && byte_space(b[next]) {
        next += 1;
    }
    let next = boundary(rest, next);
    let typ = (rest[..sep].to_string(), base, base + sep);
    let mut sub = RawNode::default();
    maybe_json(&rest[next..], base + next, &mut sub)?;
    node.json = sub.json;
    node.args = std::iter::once(typ).chain(sub.args).collect();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_and_words() {
        let l = "--from=a --chown=\"1:1\" -- x y";
        let (s, f) = extract_flags(l, 0, l.len(), '\\');
        assert_eq!(l[s..].trim(), "x y");
        assert_eq!(
            f.iter().map(|p| p.0.as_str()).collect::<Vec<_>>(),
            ["--from=a", "--chown=1:1"]
        );
        let w = parse_words("a=\"1 2\" b\\ c 'd", 0, '\\');
        assert_eq!(
            w.iter().map(|p| p.0.as_str()).collect::<Vec<_>>(),
            ["a=\"1 2\"", "b\\ c", "'d"]
        );
    }
}
