//! The native command-line tool: reads files, calls the core, prints results. One subcommand a file.

use std::io::Write;

mod check;
mod lint;
mod parse;
mod script;

/// A subcommand of the tool.
struct Command {
    name: &'static str,
    summary: &'static str,
    run: fn(&[String]) -> i32,
}

/// Every subcommand, in the order `--help` lists them. Later subcommands add one line here.
const COMMANDS: &[Command] = &[
    Command {
        name: "parse",
        summary: "parse a Dockerfile and print BuildKit's dump or JSON",
        run: parse::run,
    },
    Command {
        name: "check",
        summary: "check a Dockerfile's instructions and print each finding as a code frame",
        run: check::run,
    },
    Command {
        name: "lint",
        summary: "lint Dockerfiles with hadolint's rules, BuildKit's checks and teaching rules",
        run: lint::run,
    },
    Command {
        name: "script",
        summary: "type a txtar transcript into a fresh simulated computer and print what it did",
        run: script::run,
    },
];

fn usage() -> String {
    let mut s = format!(
        "{name} {ver}: an in-browser Docker image playground, and its command-line tool\n\n\
         Usage: {name} <command> [options]\n       {name} --help | --version\n",
        name = layerlab::NAME,
        ver = layerlab::VERSION
    );
    if COMMANDS.is_empty() {
        s.push_str("\nNo subcommands yet.\n");
    } else {
        s.push_str("\nCommands:\n");
        for c in COMMANDS {
            s.push_str(&format!("  {:<10}{}\n", c.name, c.summary));
        }
    }
    s
}

/// What `FILE [--format F] [--switch…]` style arguments gave.
struct FileArgs {
    file: String,
    format: &'static str,
    /// The switches given, of those the subcommand accepts.
    switches: Vec<&'static str>,
}

/// Parse one FILE, `--format F` (one of `formats`, the first is the default) and the
/// `switches` the subcommand accepts. `Err` is the exit code: 0 after `--help` (the usage is
/// printed), 2 after a usage error (reported as `layerlab NAME: …` with the usage).
fn file_args(
    name: &str,
    usage: &str,
    args: &[String],
    formats: &[&'static str],
    switches: &[&'static str],
) -> Result<FileArgs, i32> {
    let fail = |msg: &str| {
        eprint!("layerlab {name}: {msg}\n\n{usage}");
        Err(2)
    };
    let mut file: Option<String> = None;
    let mut format = formats.first().copied().unwrap_or("");
    let mut seen = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let a = a.as_str();
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v)),
            _ => (a, None),
        };
        match flag {
            "--format" => {
                let v = match inline {
                    Some(v) => Some(v),
                    None => it.next().map(String::as_str),
                };
                match formats.iter().find(|f| Some(**f) == v) {
                    Some(f) => format = f,
                    None => return fail(&format!("unknown format '{}'", v.unwrap_or(""))),
                }
            }
            "-h" | "--help" => {
                print!("{usage}");
                return Err(0);
            }
            s if inline.is_none() && switches.contains(&s) => {
                if let Some(sw) = switches.iter().find(|w| **w == s) {
                    seen.push(*sw);
                }
            }
            _ if a.starts_with('-') && a != "-" => return fail(&format!("unknown option '{a}'")),
            _ => {
                if file.replace(a.to_string()).is_some() {
                    return fail("only one FILE may be given");
                }
            }
        }
    }
    match file {
        Some(file) => Ok(FileArgs {
            file,
            format,
            switches: seen,
        }),
        None => fail("missing FILE"),
    }
}

/// Run the tool with its arguments (without the program name); returns the exit code.
pub fn run(args: &[String]) -> i32 {
    let out = std::io::stdout();
    let mut out = out.lock();
    match args.first().map(String::as_str) {
        None => {
            let _ = write!(std::io::stderr(), "{}", usage());
            2
        }
        Some("-h" | "--help" | "help") => {
            let _ = write!(out, "{}", usage());
            0
        }
        Some("-V" | "--version" | "version") => {
            let _ = writeln!(out, "{} {}", layerlab::NAME, layerlab::VERSION);
            0
        }
        Some(name) => match COMMANDS.iter().find(|c| c.name == name) {
            Some(c) => (c.run)(&args[1..]),
            None => {
                let _ = writeln!(
                    std::io::stderr(),
                    "{}: unknown command '{}'\nRun '{} --help' for the list of commands.",
                    layerlab::NAME,
                    name,
                    layerlab::NAME
                );
                2
            }
        },
    }
}
