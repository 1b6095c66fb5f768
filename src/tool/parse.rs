//! `layerlab parse FILE [--format dump|json] [--check]`: run the Dockerfile front end on a file.

use layerlab::dockerfile::{dump, parse};
use layerlab::text::LineIndex;
use std::io::Write;

const USAGE: &str = "Usage: layerlab parse FILE [--format dump|json] [--check]\n\n\
  --format dump   BuildKit's parser test dump, one line per instruction (the default)\n\
  --format json   one record per instruction with spans, flags, values and heredocs\n\
  --check         also run the instruction checks and print every finding as a code frame\n";

/// Run the subcommand; returns the exit code (0 ok, 1 the Dockerfile has an error, 2 usage).
pub fn run(args: &[String]) -> i32 {
    let a = match super::file_args("parse", USAGE, args, &["dump", "json"], &["--check"]) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let (file, format, check) = (a.file, a.format, a.switches.contains(&"--check"));
    let bytes = match std::fs::read(&file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("layerlab parse: cannot read {file}: {e}");
            return 1;
        }
    };
    let src = String::from_utf8_lossy(&bytes);
    let p = parse(&src);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let index = LineIndex::new(&src);
    if check {
        // `parse --check` is the same as `layerlab check FILE`.
        return match super::check::check_file(&file) {
            Ok(r) => {
                let _ = write!(out, "{}", r.text);
                i32::from(r.has_error)
            }
            Err(e) => {
                eprintln!("layerlab parse: cannot read {file}: {e}");
                1
            }
        };
    }
    if let Some(e) = p.first_error() {
        let line = index.line_col(&src, e.span().start).line;
        eprintln!("dockerfile parse error on line {line}: {}", e.message);
        return 1;
    }
    let text = match format {
        "json" => dump::to_json(&p.file) + "\n",
        _ => dump::dump(&p.file),
    };
    let _ = out.write_all(text.as_bytes());
    0
}
