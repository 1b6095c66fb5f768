//! Parser directives (`# syntax=`, `# escape=`, `# check=`): recognising the line shape.

/// Go's `\s` in regular expressions: tab, newline, form feed, carriage return, space.
fn re_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// A line shaped like `#key=value`: the key and value byte ranges within `line`.
/// `line` has its line ending and leading whitespace already removed.
pub(crate) fn match_directive(line: &str) -> Option<((usize, usize), (usize, usize))> {
    let b = line.as_bytes();
    if b.first() != Some(&b'#') {
        return None;
    }
    let mut i = 1;
    while i < b.len() && re_space(b[i]) {
        i += 1;
    }
    let ks = i;
    if !b.get(i).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    while i < b.len() && b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    let ke = i;
    while i < b.len() && re_space(b[i]) {
        i += 1;
    }
    if b.get(i) != Some(&b'=') {
        return None;
    }
    i += 1;
    let after_eq = i;
    while i < b.len() && re_space(b[i]) {
        i += 1;
    }
    if i == b.len() {
        // Only blanks after `=`: the lazy value group still takes the last blank.
        if after_eq == b.len() {
            return None;
        }
        return Some(((ks, ke), (b.len() - 1, b.len())));
    }
    let mut ve = b.len();
    while ve > i && re_space(b[ve - 1]) {
        ve -= 1;
    }
    // `.` in the pattern does not match a newline.
    if line[i..ve].contains('\n') {
        return None;
    }
    Some(((ks, ke), (i, ve)))
}

/// Whether `name` (lower case) is a directive BuildKit knows.
pub(crate) fn is_known(name: &str) -> bool {
    matches!(name, "syntax" | "escape" | "check")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let l = "# ESCAPE = ` ";
        let ((a, b), (c, d)) = match_directive(l).unwrap_or_default();
        assert_eq!((&l[a..b], &l[c..d]), ("ESCAPE", "`"));
        assert!(match_directive("# about my file").is_none());
        assert!(match_directive("#=x").is_none());
        assert!(match_directive("# k=").is_none());
    }
}
