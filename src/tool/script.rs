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
    let mut file = None;
    let mut format = "text";
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--format" => match it.next().map(String::as_str) {
                Some(f @ ("text" | "json")) => format = f,
                other => return usage_error(&format!("unknown format '{}'", other.unwrap_or(""))),
            },
            "--format=text" => format = "text",
            "--format=json" => format = "json",
            "-h" | "--help" => {
                print!("{USAGE}");
                return 0;
            }
            s if s.starts_with('-') && s != "-" => {
                return usage_error(&format!("unknown option '{s}'"))
            }
            s => {
                if file.replace(s.to_string()).is_some() {
                    return usage_error("only one FILE may be given");
                }
            }
        }
    }
    let Some(file) = file else {
        return usage_error("missing FILE");
    };
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

fn usage_error(msg: &str) -> i32 {
    eprintln!("layerlab script: {msg}\n\n{USAGE}");
    2
}
