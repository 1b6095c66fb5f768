//! Scripted terminal sessions: a txtar archive whose leading lines are typed into a fresh
//! world's terminal one by one, and whose file sections are written into the home directory
//! first. This is what `layerlab script` runs and what the scenario tests compare.
//!
//! Lines of the leading part: blank lines and lines starting with `#` are notes and are not
//! typed, except inside an unfinished command (a here-document), where every line is typed as
//! it is; `^C` is Ctrl+C; `@2` switches to terminal window 2 (opening it), `@1` back to the
//! first; every other line is typed as it is.

use serde::Serialize;

use super::{World, HOME};
use crate::vfs::path;

/// A parsed script.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Script {
    pub lines: Vec<String>,
    /// File sections: path relative to the home directory, and contents.
    pub files: Vec<(String, String)>,
}

/// Parse a txtar archive (`-- name --` lines start file sections).
pub fn parse(text: &str) -> Script {
    let mut s = Script::default();
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches('\n').trim_end_matches('\r');
        if let Some(name) = bare.strip_prefix("-- ").and_then(|r| r.strip_suffix(" --")) {
            s.files.push((name.trim().to_string(), String::new()));
        } else if let Some((_, body)) = s.files.last_mut() {
            body.push_str(line);
        } else {
            s.lines.push(bare.to_string());
        }
    }
    s
}

/// One typed line and what it did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub command: String,
    pub exit_code: i32,
    pub output: String,
    /// The prompt the line was typed at (not in the JSON form: the shape is
    /// `{command, exit_code, output}`).
    #[serde(skip)]
    pub prompt: String,
    /// The terminal showed what was typed (false at a password prompt).
    #[serde(skip)]
    pub echo: bool,
}

/// Write the script's files into a fresh world and type its lines.
pub fn run(script: &Script) -> Vec<Entry> {
    let mut w = World::new();
    for (name, body) in &script.files {
        let p = path::join(HOME, name);
        let _ = w.host.fs.mkdir_all(&path::parent(&p), 0o755);
        let _ = w.host.fs.write(&p, body.as_bytes());
    }
    run_in(&mut w, &script.lines)
}

/// Type `lines` into `world`.
pub fn run_in(w: &mut World, lines: &[String]) -> Vec<Entry> {
    let mut out = Vec::new();
    for line in lines {
        let prompt = w.prompt();
        let echo = w.echo();
        let continuing = prompt == "> ";
        let t = line.trim();
        if !continuing && (t.is_empty() || t.starts_with('#')) {
            continue;
        }
        let typed = if !continuing && t == "^C" {
            w.interrupt()
        } else if let Some(n) = (!continuing)
            .then_some(t)
            .and_then(|t| t.strip_prefix('@'))
            .and_then(|n| n.parse::<usize>().ok())
        {
            w.switch_terminal(n.saturating_sub(1));
            super::Typed {
                output: crate::sh::Output::new(),
                status: 0,
            }
        } else {
            w.type_line(line)
        };
        out.push(Entry {
            command: if echo { line.clone() } else { String::new() },
            exit_code: typed.status,
            output: typed.output.text(),
            prompt,
            echo,
        });
    }
    out
}

/// The text form: `$ command`, then its output. A line typed at another prompt shows that
/// prompt, as the terminal does: `> ` for the continuation lines of an unfinished command,
/// `Username: ` and `Password: ` (with nothing after it) at a login prompt, `root@…:/# ` in a
/// container's shell.
pub fn text(entries: &[Entry]) -> String {
    let mut s = String::new();
    for e in entries {
        let host = e
            .prompt
            .starts_with(&format!("{}@{}:", super::USER, super::HOSTNAME));
        if host {
            s.push_str("$ ");
        } else {
            s.push_str(&e.prompt);
        }
        s.push_str(&e.command);
        s.push('\n');
        s.push_str(&e.output);
        if !e.output.is_empty() && !e.output.ends_with('\n') {
            s.push('\n');
        }
    }
    s
}

/// The JSON form: an array of `{command, exit_code, output}`.
pub fn json(entries: &[Entry]) -> String {
    let mut s = serde_json::to_string_pretty(entries).unwrap_or_else(|_| "[]".into());
    s.push('\n');
    s
}
