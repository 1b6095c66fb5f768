//! The line reader: directives, comments, continuation lines, heredoc bodies; builds the lossless tree.

use super::directives::{is_known, match_directive};
use super::heredoc::markers_in_line;
use super::split::{node_from_line, RawNode};
use super::{Directive, File, Flag, Heredoc, Instruction, Item, ItemKind, Keyword, Parse, Token};
use crate::diag::Diagnostic;
use crate::text::Span;

/// One physical line: `start..content` is the text without line-ending characters,
/// `start..end` includes them.
#[derive(Clone, Copy, Debug)]
struct Line {
    start: usize,
    content: usize,
    end: usize,
}

/// The logical line of an instruction, with a map back to source offsets.
struct Joined<'m> {
    /// Source offset used for empty pieces when nothing was copied.
    origin: usize,
    text: String,
    /// (offset in `text`, offset in the source) where each copied piece starts.
    map: &'m mut Vec<(usize, usize)>,
}

impl Joined<'_> {
    fn push(&mut self, src: &str, a: usize, b: usize) {
        if a < b {
            self.map.push((self.text.len(), a));
            self.text.push_str(&src[a..b]);
        }
    }

    fn src(&self, j: usize) -> usize {
        let i = self.map.partition_point(|&(s, _)| s <= j);
        match i.checked_sub(1).and_then(|k| self.map.get(k)) {
            Some(&(s, o)) => o + (j - s),
            None => self.origin,
        }
    }

    fn span(&self, a: usize, b: usize) -> Span {
        if b <= a {
            let at = if a < self.text.len() {
                self.src(a)
            } else {
                self.src_end()
            };
            return Span::empty(at);
        }
        Span::new(self.src(a), self.src(b - 1) + 1)
    }

    fn src_end(&self) -> usize {
        match self.map.last() {
            Some(&(s, o)) => o + (self.text.len() - s),
            None => self.origin,
        }
    }
}

struct Parser<'a> {
    src: &'a str,
    /// Scratch buffer for [`Joined::map`], reused across instructions.
    map: Vec<(usize, usize)>,
    pos: usize,
    line_no: usize,
    escape: char,
    directives_done: bool,
    directives: Vec<Directive>,
    items: Vec<Item>,
    diags: Vec<Diagnostic>,
}

/// Go's `unicode.IsSpace`-based left trim: the number of bytes trimmed.
fn lead_ws(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

/// Parse a Dockerfile. Never fails: problems become diagnostics and the tree still covers
/// every byte of the input.
pub fn parse(src: &str) -> Parse {
    let mut p = Parser {
        src,
        map: Vec::new(),
        pos: 0,
        line_no: 0,
        escape: '\\',
        directives_done: false,
        directives: Vec::new(),
        items: Vec::new(),
        diags: Vec::new(),
    };
    if src.starts_with('\u{FEFF}') {
        p.items.push(Item {
            span: Span::new(0, 3),
            kind: ItemKind::Bom,
        });
        p.pos = 3;
    }
    p.run();
    let has_instruction = p
        .items
        .iter()
        .any(|i| matches!(i.kind, ItemKind::Instruction(_)));
    if !has_instruction {
        p.diags.push(Diagnostic::error(
            "parse",
            "file with no instructions",
            Span::empty(src.len()),
        ));
    }
    Parse {
        file: File {
            len: src.len(),
            escape: p.escape,
            directives: p.directives,
            items: p.items,
        },
        diagnostics: p.diags,
    }
}

impl<'a> Parser<'a> {
    fn next_line(&mut self) -> Option<Line> {
        if self.pos >= self.src.len() {
            return None;
        }
        let start = self.pos;
        let end = match self.src[start..].find('\n') {
            Some(i) => start + i + 1,
            None => self.src.len(),
        };
        let b = self.src.as_bytes();
        let mut content = end;
        while content > start && matches!(b[content - 1], b'\n' | b'\r') {
            content -= 1;
        }
        self.pos = end;
        self.line_no += 1;
        Some(Line {
            start,
            content,
            end,
        })
    }

    fn text(&self, l: Line) -> &'a str {
        &self.src[l.start..l.content]
    }

    /// Where the continuation character starts, if the text `s` ends with one
    /// (followed only by spaces or tabs and not preceded by another).
    fn continuation_at(&self, s: &str) -> Option<usize> {
        let t = s.trim_end_matches([' ', '\t']);
        let e = t.strip_suffix(self.escape)?;
        if e.ends_with(self.escape) {
            return None;
        }
        Some(e.len())
    }

    fn is_comment(&self, l: Line) -> bool {
        self.text(l).trim_start().starts_with('#')
    }

    fn run(&mut self) {
        while let Some(line) = self.next_line() {
            let text = self.text(line);
            let lead = lead_ws(text);
            let token = &text[lead..];
            if !self.directives_done && self.directive(line, lead, token) {
                continue;
            }
            if token.starts_with('#') {
                self.items.push(Item {
                    span: Span::new(line.start, line.end),
                    kind: ItemKind::Comment,
                });
                continue;
            }
            let (kept, cont) = match self.continuation_at(token) {
                Some(k) => (k, true),
                None => (token.len(), false),
            };
            if !cont && kept == 0 {
                self.items.push(Item {
                    span: Span::new(line.start, line.end),
                    kind: ItemKind::Blank,
                });
                continue;
            }
            self.instruction(line, lead, kept, cont);
        }
    }

    /// Handle a possible directive line; true when it became a directive item.
    fn directive(&mut self, line: Line, lead: usize, token: &str) -> bool {
        let Some(((ks, ke), (vs, ve))) = match_directive(token) else {
            self.directives_done = true;
            return false;
        };
        let name = token[ks..ke].to_ascii_lowercase();
        if !is_known(&name) {
            self.directives_done = true;
            return false;
        }
        let base = line.start + lead;
        let span = Span::new(line.start, line.content);
        if self.directives.iter().any(|d| d.name == name) {
            self.diags.push(Diagnostic::error(
                "parse",
                format!("only one {name} parser directive can be used"),
                span,
            ));
            return false;
        }
        let value = token[vs..ve].to_string();
        if name == "escape" {
            match value.as_str() {
                "`" => self.escape = '`',
                "\\" => self.escape = '\\',
                _ => {
                    self.diags.push(Diagnostic::error(
                        "parse",
                        format!("invalid escape token '{value}' does not match ` or \\"),
                        Span::new(base + vs, base + ve),
                    ));
                    return false;
                }
            }
        }
        self.directives.push(Directive {
            name,
            value,
            span,
            name_span: Span::new(base + ks, base + ke),
            value_span: Span::new(base + vs, base + ve),
        });
        let index = self.directives.len() - 1;
        self.items.push(Item {
            span: Span::new(line.start, line.end),
            kind: ItemKind::Directive { index },
        });
        true
    }

    fn instruction(&mut self, first: Line, lead: usize, kept: usize, cont: bool) {
        let start_line = self.line_no;
        let text_start = first.start + lead;
        let mut map = std::mem::take(&mut self.map);
        map.clear();
        let mut joined = Joined {
            origin: text_start,
            text: String::new(),
            map: &mut map,
        };
        let text_start = first.start + lead;
        joined.push(self.src, text_start, text_start + kept);
        let mut last = first;
        let mut comments = Vec::new();
        let mut empty_continuation = false;
        let mut open = cont;
        while open {
            let Some(line) = self.next_line() else { break };
            last = line;
            if self.is_comment(line) {
                comments.push(Span::new(line.start, line.content));
                continue;
            }
            let text = self.text(line);
            if text.trim_start().is_empty() {
                empty_continuation = true;
                continue;
            }
            match self.continuation_at(text) {
                Some(k) => joined.push(self.src, line.start, line.start + k),
                None => {
                    joined.push(self.src, line.start, line.content);
                    open = false;
                }
            }
        }
        let raw = node_from_line(&joined.text, 0, joined.text.len(), self.escape, 0);
        let logical_end = last.content;
        let mut heredocs = Vec::new();
        let mut error = raw.error.clone();
        let can_heredoc = raw.can_contain_heredoc();
        let mut end = last.end;
        if error.is_none() && can_heredoc && joined.text.contains("<<") {
            match markers_in_line(&joined.text) {
                Err(e) => error = Some(e),
                Ok(markers) => {
                    for m in markers {
                        let body_start = self.pos;
                        let mut content = String::new();
                        let mut terminated = None;
                        while let Some(line) = self.next_line() {
                            end = line.end;
                            let mut t = self.text(line);
                            if m.chomp {
                                t = t.trim_start_matches('\t');
                            }
                            if t == m.name {
                                terminated = Some(line);
                                break;
                            }
                            content.push_str(&self.src[line.start..line.end]);
                        }
                        let (body_end, end_span) = match terminated {
                            Some(l) => (l.start, Span::new(l.start, l.end)),
                            None => (self.pos, Span::empty(self.pos)),
                        };
                        heredocs.push(Heredoc {
                            name: m.name,
                            expand: m.expand,
                            chomp: m.chomp,
                            content,
                            body_span: Span::new(body_start, body_end),
                            end_span,
                        });
                        if terminated.is_none() {
                            error = Some("unterminated heredoc".to_string());
                            break;
                        }
                    }
                }
            }
        }
        let kw_start = raw.keyword.1;
        let mut ins = convert(raw, &joined, false);
        ins.span = Span::new(first.start, end);
        ins.start_line = start_line;
        ins.end_line = self.line_no;
        ins.heredocs = heredocs;
        ins.comments = comments;
        ins.error = error.clone();
        if empty_continuation {
            self.diags.push(
                Diagnostic::warning(
                    "NoEmptyContinuation",
                    format!("Empty continuation line found in: {}", joined.text),
                    Span::new(text_start, logical_end),
                )
                .with_note("Empty continuation lines will become errors in a future release"),
            );
        }
        if let Some(e) = error {
            self.diags.push(Diagnostic::error(
                "parse",
                e,
                Span::new(text_start, logical_end.max(text_start)),
            ));
        }
        ins.original = if kw_start == 0 {
            std::mem::take(&mut joined.text)
        } else {
            joined.text.get(kw_start..).unwrap_or("").to_string()
        };
        drop(joined);
        self.map = map;
        self.items.push(Item {
            span: ins.span,
            kind: ItemKind::Instruction(Box::new(ins)),
        });
    }
}

fn token(j: &Joined, p: (String, usize, usize)) -> Token {
    Token {
        span: j.span(p.1, p.2),
        text: p.0,
    }
}

/// Map a node's pieces to source spans. `original` is filled in here only for nested
/// (ONBUILD trigger) nodes; the caller moves the joined text in for the top-level one.
fn convert(raw: RawNode, j: &Joined, nested: bool) -> Instruction {
    let kw_start = raw.keyword.1;
    let keyword = token(j, raw.keyword);
    Instruction {
        span: keyword.span,
        kind: raw.kind.unwrap_or(Keyword::Unknown),
        original: if nested {
            j.text.get(kw_start..).unwrap_or("").to_string()
        } else {
            String::new()
        },
        start_line: 0,
        end_line: 0,
        flags: raw
            .flags
            .into_iter()
            .map(|f| Flag {
                span: j.span(f.1, f.2),
                text: f.0,
            })
            .collect(),
        json: raw.json,
        args: raw.args.into_iter().map(|a| token(j, a)).collect(),
        rest: j.span(raw.rest.0, raw.rest.1),
        trigger: raw.trigger.map(|t| Box::new(convert(*t, j, true))),
        heredocs: Vec::new(),
        comments: Vec::new(),
        error: raw.error,
        keyword,
    }
}
