//! A strict JSON reader for exec-form arguments: Go `encoding/json` rules, with element spans.

/// Why a bracketed text is not a usable exec form.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum JsonError {
    /// Not valid JSON (or text after the array): the instruction falls back to shell form.
    Invalid,
    /// Valid JSON, but an element is not a string: a hard error.
    NotStrings,
}

/// A string element: its decoded value and its byte range (quotes included) in the input.
pub(crate) type Element = (String, usize, usize);

/// Parse `text` (which starts with `[` after optional whitespace) as an array of strings.
pub(crate) fn parse_string_array(text: &str) -> Result<Vec<Element>, JsonError> {
    let mut p = Reader {
        b: text.as_bytes(),
        s: text,
        i: 0,
    };
    p.ws();
    if p.peek() != Some(b'[') {
        return Err(JsonError::Invalid);
    }
    p.i += 1;
    let mut out = Vec::new();
    let mut all_strings = true;
    p.ws();
    if p.peek() == Some(b']') {
        p.i += 1;
    } else {
        loop {
            p.ws();
            let start = p.i;
            if p.peek() == Some(b'"') {
                let s = p.string()?;
                out.push((s, start, p.i));
            } else {
                p.skip_value()?;
                all_strings = false;
            }
            p.ws();
            match p.peek() {
                Some(b',') => p.i += 1,
                Some(b']') => {
                    p.i += 1;
                    break;
                }
                _ => return Err(JsonError::Invalid),
            }
        }
    }
    p.ws();
    if p.i != p.b.len() {
        return Err(JsonError::Invalid);
    }
    if !all_strings {
        return Err(JsonError::NotStrings);
    }
    Ok(out)
}

struct Reader<'a> {
    b: &'a [u8],
    s: &'a str,
    i: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let h = self.s.get(self.i..self.i + 4).ok_or(JsonError::Invalid)?;
        if !h.bytes().all(|c| c.is_ascii_hexdigit()) {
            return Err(JsonError::Invalid);
        }
        self.i += 4;
        u32::from_str_radix(h, 16).map_err(|_| JsonError::Invalid)
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.i += 1; // opening quote
        let mut out = String::new();
        loop {
            let start = self.i;
            while let Some(c) = self.peek() {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.i += 1;
            }
            out.push_str(self.s.get(start..self.i).ok_or(JsonError::Invalid)?);
            match self.peek() {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = self.peek().ok_or(JsonError::Invalid)?;
                    self.i += 1;
                    match c {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let u = self.hex4()?;
                            if (0xD800..0xDC00).contains(&u) {
                                // A high surrogate: pair it with a following low one if present.
                                let save = self.i;
                                if self.b.get(self.i) == Some(&b'\\')
                                    && self.b.get(self.i + 1) == Some(&b'u')
                                {
                                    self.i += 2;
                                    let lo = self.hex4()?;
                                    if (0xDC00..0xE000).contains(&lo) {
                                        let c = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                                        out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                                        continue;
                                    }
                                }
                                self.i = save;
                                out.push('\u{FFFD}');
                            } else {
                                out.push(char::from_u32(u).unwrap_or('\u{FFFD}'));
                            }
                        }
                        _ => return Err(JsonError::Invalid),
                    }
                }
                _ => return Err(JsonError::Invalid),
            }
        }
    }

    /// Skip any JSON value without recursion (nesting is tracked with a counter stack).
    fn skip_value(&mut self) -> Result<(), JsonError> {
        let mut stack: Vec<u8> = Vec::new();
        loop {
            self.ws();
            // A value.
            match self.peek() {
                Some(b'"') => {
                    self.string()?;
                }
                Some(b'[') => {
                    self.i += 1;
                    self.ws();
                    if self.peek() == Some(b']') {
                        self.i += 1;
                    } else {
                        stack.push(b']');
                        continue;
                    }
                }
                Some(b'{') => {
                    self.i += 1;
                    self.ws();
                    if self.peek() == Some(b'}') {
                        self.i += 1;
                    } else {
                        stack.push(b'}');
                        self.key()?;
                        continue;
                    }
                }
                Some(b't') => self.lit("true")?,
                Some(b'f') => self.lit("false")?,
                Some(b'n') => self.lit("null")?,
                Some(b'-' | b'0'..=b'9') => self.number()?,
                _ => return Err(JsonError::Invalid),
            }
            // After a value: close containers or move to the next element.
            loop {
                let Some(&top) = stack.last() else {
                    return Ok(());
                };
                self.ws();
                match self.peek() {
                    Some(b',') => {
                        self.i += 1;
                        if top == b'}' {
                            self.key()?;
                        }
                        break;
                    }
                    Some(c) if c == top => {
                        self.i += 1;
                        stack.pop();
                    }
                    _ => return Err(JsonError::Invalid),
                }
            }
        }
    }

    fn key(&mut self) -> Result<(), JsonError> {
        self.ws();
        if self.peek() != Some(b'"') {
            return Err(JsonError::Invalid);
        }
        self.string()?;
        self.ws();
        if self.peek() != Some(b':') {
            return Err(JsonError::Invalid);
        }
        self.i += 1;
        Ok(())
    }

    fn lit(&mut self, word: &str) -> Result<(), JsonError> {
        if self.b[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            Ok(())
        } else {
            Err(JsonError::Invalid)
        }
    }

    fn digits(&mut self) -> usize {
        let s = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - s
    }

    fn number(&mut self) -> Result<(), JsonError> {
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(JsonError::Invalid),
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(JsonError::Invalid);
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(JsonError::Invalid);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrays() {
        assert_eq!(
            parse_string_array(r#"["a", "b\u0041"]"#).map(|v| v.len()),
            Ok(2)
        );
        assert_eq!(parse_string_array("[]"), Ok(vec![]));
        assert_eq!(
            parse_string_array(r#"["a", [ "b" ] ]"#),
            Err(JsonError::NotStrings)
        );
        assert_eq!(
            parse_string_array(r#"["a", {"k": [1, 2.5e3]}]"#),
            Err(JsonError::NotStrings)
        );
        assert_eq!(parse_string_array(r#"["a"] x"#), Err(JsonError::Invalid));
        assert_eq!(parse_string_array(r#"['a']"#), Err(JsonError::Invalid));
        assert_eq!(parse_string_array(r#"["a" "b"]"#), Err(JsonError::Invalid));
    }
}
