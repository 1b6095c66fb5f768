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
