//! The native `layerlab` command-line tool, run as a process: help, version, and errors.

use std::process::Command;

use crate::golden::assert_golden;

/// Run the tool with `args`; return "exit N" plus stdout and stderr, for a golden file.
fn run(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_layerlab"))
        .args(args)
        .output()
        .expect("run layerlab");
    format!(
        "$ layerlab {}\nexit {}\n--- stdout\n{}--- stderr\n{}",
        args.join(" "),
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn check(golden: &str, args: &[&str]) {
    assert_golden(golden, &run(args));
}

#[test]
fn help() {
    check("tool/help.txt", &["--help"]);
}

#[test]
fn version() {
    let out = run(&["--version"]);
    assert!(
        out.contains(&format!("layerlab {}\n", layerlab::VERSION)),
        "{out}"
    );
    assert!(out.contains("exit 0"), "{out}");
}

#[test]
fn unknown_command() {
    check("tool/unknown.txt", &["frobnicate"]);
}

#[test]
fn no_arguments() {
    let out = run(&[]);
    assert!(out.starts_with("$ layerlab \nexit 2\n"), "{out}");
}
