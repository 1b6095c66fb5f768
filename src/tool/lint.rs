//! `layerlab lint FILE…`: hadolint's DL rules, BuildKit's checks and the teaching rules, printed
//! as hadolint's tty lines, its JSON, or SARIF; the exit code follows hadolint.

use layerlab::dockerfile::ignore::Ignore;
use layerlab::lint::{self, output, Level, Options};
use std::io::Read;

const USAGE: &str = "Usage: layerlab lint FILE... [--format tty|json|sarif] [--failure-threshold LEVEL] [--no-fail]\n\
       layerlab lint --explain CODE | --rules\n\n\
  Lints each Dockerfile (\"-\" reads standard input) with hadolint's DL rules, BuildKit's build\n\
  checks and layerlab's teaching rules (LL codes). A .dockerignore beside the file is read.\n\n\
  -f, --format FORMAT           tty (default), json (hadolint's), or sarif\n\
  -t, --failure-threshold LEVEL exit 1 when a finding is at or above LEVEL:\n\
                                error, warning, info (default), style, or none\n\
      --no-fail                 always exit 0 when the files could be read\n\
      --ignore CODE             skip a rule (repeatable)\n\
      --explain CODE            print what a rule checks, why, and an example fix\n\
      --rules                   list every rule with its level\n";

fn usage_error(msg: &str) -> i32 {
    eprint!("layerlab lint: {msg}\n\n{USAGE}");
    2
}

/// Run the subcommand; returns the exit code (0 clean, 1 findings at the threshold or an
/// unreadable file, 2 usage).
pub fn run(args: &[String]) -> i32 {
    let mut files = Vec::new();
    let mut format = "tty".to_string();
    let mut threshold = Level::Info;
    let mut no_fail = false;
    let mut ignored = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (a.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, i32> {
            match inline.clone().or_else(|| it.next().cloned()) {
                Some(v) => Ok(v),
                None => Err(usage_error(&format!("{name} needs a value"))),
            }
        };
        match flag {
            "-h" | "--help" => {
                print!("{USAGE}");
                return 0;
            }
            "-f" | "--format" => match value("--format") {
                Ok(v) if matches!(v.as_str(), "tty" | "json" | "sarif") => format = v,
                Ok(v) => return usage_error(&format!("unknown format '{v}'")),
                Err(c) => return c,
            },
            "-t" | "--failure-threshold" => match value("--failure-threshold") {
                Ok(v) => match Level::parse(&v) {
                    Some(l) => threshold = l,
                    None => return usage_error(&format!("unknown level '{v}'")),
                },
                Err(c) => return c,
            },
            "--no-fail" => no_fail = true,
            "--ignore" => match value("--ignore") {
                Ok(v) => ignored.push(v),
                Err(c) => return c,
            },
            "--explain" => {
                return match value("--explain") {
                    Ok(code) => explain(&code),
                    Err(c) => c,
                }
            }
            "--rules" => {
                for r in lint::rules::all() {
                    println!("{:<32} {:<8} {}", r.code, r.level.as_str(), r.title);
                }
                return 0;
            }
            s if s.starts_with('-') && s != "-" => {
                return usage_error(&format!("unknown option '{s}'"))
            }
            s => files.push(s.to_string()),
        }
    }
    if files.is_empty() {
        return usage_error("missing FILE");
    }
    let mut status = 0;
    let mut results = Vec::new();
    for file in &files {
        match read(file) {
            Ok((src, dockerignore)) => {
                let opts = Options {
                    dockerignore,
                    ignored: ignored.clone(),
                };
                results.push((file.as_str(), lint::lint_with(&src, &opts)));
            }
            Err(e) => {
                eprintln!("layerlab lint: cannot read {file}: {e}");
                status = 1;
            }
        }
    }
    let reports: Vec<output::FileReport> = results
        .iter()
        .map(|(file, findings)| output::FileReport { file, findings })
        .collect();
    match format.as_str() {
        "json" => println!("{}", output::json(&reports)),
        "sarif" => println!("{}", output::sarif(&reports)),
        _ => print!("{}", output::tty(&reports)),
    }
    if !no_fail && results.iter().any(|(_, f)| lint::fails(f, threshold)) {
        status = 1;
    }
    status
}

fn read(file: &str) -> std::io::Result<(String, Option<Ignore>)> {
    if file == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        return Ok((String::from_utf8_lossy(&bytes).into_owned(), None));
    }
    let bytes = std::fs::read(file)?;
    let dir = std::path::Path::new(file)
        .parent()
        .unwrap_or(std::path::Path::new("."));
    let ignore = std::fs::read_to_string(dir.join(".dockerignore"))
        .ok()
        .map(|t| Ignore::parse(&t));
    Ok((String::from_utf8_lossy(&bytes).into_owned(), ignore))
}

fn explain(code: &str) -> i32 {
    match lint::rule(code) {
        Some(r) => {
            println!("{} ({}): {}\n", r.code, r.level.as_str(), r.title);
            println!("What: {}\n", r.explain.what);
            println!("Why: {}\n", r.explain.why);
            println!("Fix:\n{}", r.explain.fix);
            0
        }
        None => {
            eprintln!("layerlab lint: no rule called '{code}'");
            2
        }
    }
}
