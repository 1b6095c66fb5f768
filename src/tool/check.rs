//! `layerlab check FILE…`: run the typed-instruction checks and print every finding as a code frame.

use layerlab::diag::{render, Severity};
use layerlab::dockerfile::{instructions, parse};

const USAGE: &str = "Usage: layerlab check FILE...\n\n\
  Parses each Dockerfile, runs the instruction checks (FROM first, ONBUILD rules, stage names,\n\
  COPY --from targets, argument counts, ...) and prints every finding as a code frame.\n\
  Exits 1 when any file has an error, 2 on a usage error.\n";

/// Run the subcommand; returns the exit code (0 clean or warnings only, 1 an error, 2 usage).
pub fn run(args: &[String]) -> i32 {
    let mut files = Vec::new();
    for a in args {
        match a.as_str() {
            "-h" | "--help" => {
                print!("{USAGE}");
                return 0;
            }
            s if s.starts_with('-') && s != "-" => {
                eprint!("layerlab check: unknown option '{s}'\n\n{USAGE}");
                return 2;
            }
            s => files.push(s.to_string()),
        }
    }
    if files.is_empty() {
        eprint!("layerlab check: missing FILE\n\n{USAGE}");
        return 2;
    }
    let mut status = 0;
    for file in &files {
        match check_file(file) {
            Ok(report) => {
                print!("{}", report.text);
                if report.has_error {
                    status = 1;
                }
            }
            Err(e) => {
                eprintln!("layerlab check: cannot read {file}: {e}");
                status = 1;
            }
        }
    }
    status
}

/// What checking one file printed, and whether any finding was an error.
pub struct Report {
    pub text: String,
    pub has_error: bool,
}

/// Check one file from disk.
pub fn check_file(file: &str) -> std::io::Result<Report> {
    let bytes = std::fs::read(file)?;
    let src = String::from_utf8_lossy(&bytes);
    let p = parse(&src);
    let df = instructions::check(&src, &p);
    Ok(Report {
        text: render(file, &src, &df.diagnostics),
        has_error: df.diagnostics.iter().any(|d| d.severity == Severity::Error),
    })
}
