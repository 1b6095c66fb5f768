//! `layerlab script FILE [--format text|json]`: type a txtar transcript into a fresh world.

use layerlab::world::script;
use std::io::Write;

const USAGE: &str = "Usage: layerlab script FILE [--format text|json]\n\n\
  FILE is a txtar archive: its file sections are written into the home directory, then each\n\
  line before the first section is typed into the terminal (`#` lines are notes, `^C` is\n\
  Ctrl+C, `@2` switches to a second terminal window).\n\n\
  --format text   `$ command` and its output, line by line (the default)\n\
  --format json   an array of {command, exit_code, output}\n";

/// Run the subcommand; returns 0, or 2 for a usage error or an unreadable file.
pub fn run(args: &[String]) -> i32 {
    let a = match super::file_args("script", USAGE, args, &["text", "json"], &[]) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let (file, format) = (a.file, a.format);
    let bytes = match std::fs::read(&file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("layerlab script: cannot read {file}: {e}");
            return 2;
        }
    };
    let s = script::parse(&String::from_utf8_lossy(&bytes));
    let entries = script::run(&s);
    let body = if format == "json" {
        script::json(&entries)
    } else {
        script::text(&entries)
    };
    let _ = std::io::stdout().lock().write_all(body.as_bytes());
    0
}
