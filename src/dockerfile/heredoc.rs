//! Finding heredoc markers (`<<EOF`, `<<-EOF`, `<<'EOF'`, `3<<EOF`) in an instruction line.

use super::words::{Lexer, NoEnv};

/// A heredoc marker found on a line, before its body is read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marker {
    /// The delimiter with quotes removed.
    pub name: String,
    /// Whether the body is expanded (no part of the delimiter was quoted).
    pub expand: bool,
    /// `<<-`: strip leading tabs.
    pub chomp: bool,
}

/// Parse one word as a heredoc marker: `None` when it is not one.
pub fn parse_marker(word: &str) -> Result<Option<Marker>, String> {
    let b = word.as_bytes();
    let mut i = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if !word[i..].starts_with("<<") {
        return Ok(None);
    }
    i += 2;
    let chomp = b.get(i) == Some(&b'-');
    if chomp {
        i += 1;
    }
    let rest = &word[i..];
    if rest.is_empty() || rest.contains('<') {
        return Ok(None);
    }
    let mut lx = Lexer::new('\\');
    lx.skip_unset = true;
    let words = lx.process_words(rest, &NoEnv).map_err(|e| e.to_string())?;
    if words.len() != 1 {
        return Ok(None);
    }
    lx.raw_quotes = true;
    let raw = lx.process_words(rest, &NoEnv).map_err(|e| e.to_string())?;
    if raw.len() != words.len() {
        return Err(format!(
            "internal lexing of heredoc produced inconsistent results: {rest}"
        ));
    }
    let quotes = |s: &str| s.chars().filter(|c| *c == '\'' || *c == '"').count();
    let name = words.into_iter().next().unwrap_or_default();
    let expand = quotes(&name) == raw.first().map(|r| quotes(r)).unwrap_or(0);
    Ok(Some(Marker {
        name,
        expand,
        chomp,
    }))
}

/// Every heredoc marker on the (joined) instruction line, in order.
pub fn markers_in_line(line: &str) -> Result<Vec<Marker>, String> {
    let mut lx = Lexer::new('\\');
    lx.raw_quotes = true;
    lx.raw_escapes = true;
    lx.skip_unset = true;
    let Ok(words) = lx.process_words(line, &NoEnv) else {
        return Ok(Vec::new());
    };
    // Each word is tried on its own, so `<< EOF` (with a space) is not a marker on a
    // line, as with the reference parser.
    let mut out = Vec::new();
    for w in &words {
        if let Some(m) = parse_marker(w)? {
            out.push(m);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(line: &str) -> Vec<(String, bool, bool)> {
        markers_in_line(line)
            .unwrap_or_default()
            .into_iter()
            .map(|m| (m.name, m.expand, m.chomp))
            .collect()
    }

    #[test]
    fn markers() {
        assert_eq!(names("RUN <<EOF"), vec![("EOF".into(), true, false)]);
        assert_eq!(names("RUN <<-'EOF' x"), vec![("EOF".into(), false, true)]);
        assert_eq!(
            names("COPY <<A <<B /d/"),
            vec![("A".into(), true, false), ("B".into(), true, false)]
        );
        assert_eq!(names("RUN <<eo'f'"), vec![("eof".into(), false, false)]);
        assert_eq!(names("RUN <<$EOF"), vec![("$EOF".into(), true, false)]);
        assert!(names("RUN cat<<EOF \"<<X\" <<<Y").is_empty());
        assert!(names("RUN 3<< EOF").is_empty());
        assert_eq!(
            parse_marker("<< EOF").ok().flatten().map(|m| m.name),
            Some("EOF".to_string())
        );
    }
}
