//! Output formats: BuildKit's test dump (`(from "ubuntu")`) and the JSON records of the
//! official parser's Python binding; plus Go's string quoting, which both rely on.

use super::{File, Instruction};
use serde::Serialize;

/// Go's `strconv.Quote`: a double-quoted string with Go escapes.
pub fn go_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if is_print(c) => out.push(c),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// An approximation of Go's `unicode.IsPrint` for characters outside ASCII control codes:
/// spaces other than U+0020, control and format characters, private use and non-characters
/// are not printable.
fn is_print(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    let u = c as u32;
    !(c.is_whitespace()
        || c.is_control()
        || matches!(u, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E)
        || matches!(u, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB)
        || matches!(u, 0xE000..=0xF8FF | 0xF0000..=0x10FFFF)
        || (u & 0xFFFE) == 0xFFFE
        || (0xFDD0..=0xFDEF).contains(&u))
}

/// The dump of one instruction, without the outer parentheses.
fn dump_node(ins: &Instruction, out: &mut String) {
    out.push_str(&ins.keyword.text.to_lowercase());
    if !ins.flags.is_empty() {
        out.push_str(" [");
        for (i, f) in ins.flags.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(&go_quote(&f.text));
        }
        out.push(']');
    }
    if let Some(t) = &ins.trigger {
        out.push_str(" (");
        dump_node(t, out);
        out.push(')');
    }
    for a in &ins.args {
        out.push(' ');
        out.push_str(&go_quote(&a.text));
    }
}

/// One instruction in BuildKit's dump format, e.g. `(copy ["--from=a"] "x" "/y")`.
pub fn dump_instruction(ins: &Instruction) -> String {
    let mut s = String::from("(");
    dump_node(ins, &mut s);
    s.push(')');
    s
}

/// The whole file in BuildKit's dump format: one line per instruction, each ending in `\n`.
pub fn dump(file: &File) -> String {
    let mut out = String::new();
    for ins in file.instructions() {
        out.push_str(&dump_instruction(ins));
        out.push('\n');
    }
    out
}

/// A heredoc in the JSON records.
#[derive(Serialize)]
pub struct HeredocRecord {
    /// The delimiter.
    pub name: String,
    /// The raw body.
    pub content: String,
}

/// One instruction with the fields of the official parser's Python binding, plus its span.
#[derive(Serialize)]
pub struct Record {
    /// The keyword as written.
    pub cmd: String,
    /// The ONBUILD trigger's keyword, if any.
    pub sub_cmd: Option<String>,
    /// Exec form.
    pub json: bool,
    /// The logical line.
    pub original: String,
    /// First line, from 1.
    pub start_line: usize,
    /// Last line, from 1.
    pub end_line: usize,
    /// The flag words.
    pub flags: Vec<String>,
    /// The argument nodes (ENV/LABEL as key, value, separator triples).
    pub value: Vec<String>,
    /// The here-documents.
    pub heredocs: Vec<HeredocRecord>,
    /// Byte range of the whole instruction.
    pub span: [usize; 2],
}

/// The records for every instruction.
pub fn records(file: &File) -> Vec<Record> {
    file.instructions()
        .map(|ins| {
            let inner = ins.trigger.as_deref().unwrap_or(ins);
            Record {
                cmd: ins.keyword.text.clone(),
                sub_cmd: ins.trigger.as_ref().map(|t| t.keyword.text.clone()),
                json: inner.json,
                original: ins.original.clone(),
                start_line: ins.start_line,
                end_line: ins.end_line,
                flags: ins.flags.iter().map(|f| f.text.clone()).collect(),
                value: inner.args.iter().map(|a| a.text.clone()).collect(),
                heredocs: ins
                    .heredocs
                    .iter()
                    .map(|h| HeredocRecord {
                        name: h.name.clone(),
                        content: h.content.clone(),
                    })
                    .collect(),
                span: [ins.span.start, ins.span.end],
            }
        })
        .collect()
}

/// The records as pretty JSON.
pub fn to_json(file: &File) -> String {
    serde_json::to_string_pretty(&records(file)).unwrap_or_else(|_| "[]".to_string())
}
