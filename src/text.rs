//! Byte spans and line/column conversion (UTF-8 and UTF-16) for every parser and renderer.

use serde::Serialize;

/// A half-open byte range `start..end` into one source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// The span `start..end`; the ends are swapped if given backwards.
    pub fn new(start: usize, end: usize) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// An empty span at `at`.
    pub fn empty(at: usize) -> Span {
        Span { start: at, end: at }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies inside this span (ends included).
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The text of the span, or "" when it does not fit `src` or cuts a character.
    pub fn text(self, src: &str) -> &str {
        src.get(self.start..self.end).unwrap_or("")
    }
}

/// A position for people: line and column, both counted from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LineCol {
    /// Line number, from 1.
    pub line: usize,
    /// Column in characters (Unicode scalar values), from 1.
    pub col: usize,
    /// Column in UTF-16 code units, from 1 (what a browser editor counts).
    pub col_utf16: usize,
}

/// The start offsets of every line of a text, for offset ↔ line/column conversion.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    /// Index the lines of `src` (lines end at `\n`).
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            src.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex {
            starts,
            len: src.len(),
        }
    }

    /// Number of lines (a final line without `\n` counts; an empty text has one empty line).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The line (from 0) holding byte `offset`; offsets past the end map to the last line.
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// The byte span of line `line` (from 0), without its line ending.
    pub fn line_span(&self, src: &str, line: usize) -> Span {
        let start = self.starts.get(line).copied().unwrap_or(self.len);
        let mut end = self.starts.get(line + 1).map(|s| s - 1).unwrap_or(self.len);
        if end > start && src.as_bytes().get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        Span::new(start, end.max(start))
    }

    /// Line and columns of byte `offset` in `src` (which must be the indexed text).
    pub fn line_col(&self, src: &str, offset: usize) -> LineCol {
        let offset = offset.min(src.len());
        let line = self.line_of(offset);
        let start = self.starts.get(line).copied().unwrap_or(0);
        let mut col = 1;
        let mut col_utf16 = 1;
        for (i, ch) in src.get(start..).unwrap_or("").char_indices() {
            if start + i >= offset {
                break;
            }
            col += 1;
            col_utf16 += ch.len_utf16();
        }
        LineCol {
            line: line + 1,
            col,
            col_utf16,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_utf16() {
        let src = "ab\nx😀y\n";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_count(), 3);
        let lc = idx.line_col(src, 8);
        assert_eq!((lc.line, lc.col, lc.col_utf16), (2, 3, 4));
        assert_eq!(idx.line_span(src, 1).text(src), "x😀y");
    }
}
