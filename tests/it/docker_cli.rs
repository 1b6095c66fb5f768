//! The `docker` client's own texts: `--help` of every subcommand and management command, the
//! flag and argument errors, and a property test that no command line makes it panic.

use layerlab::cli::{self, COMMANDS, MANAGEMENT};
use layerlab::world::World;

use crate::golden::assert_golden;

/// Type each line into one fresh world and collect `$ line` + output.
fn check(golden: &str, lines: &[String]) {
    let mut w = World::new();
    let mut s = String::new();
    for l in lines {
        let t = w.type_line(l);
        s.push_str(&format!("$ {l}\n{}", t.output.text()));
        s.push_str(&format!("[exit {}]\n", t.status));
    }
    assert_golden(golden, &s);
}

#[test]
fn help_of_every_command() {
    let mut lines = vec!["docker --help".to_string(), "docker help".to_string()];
    for (g, _) in MANAGEMENT {
        lines.push(format!("docker {g} --help"));
    }
    for spec in COMMANDS {
        lines.push(format!("docker {} --help", spec.path));
        for a in spec.aliases {
            lines.push(format!("docker help {a}"));
        }
    }
    check("cli/help.txt", &lines);
}

#[test]
fn flag_and_argument_errors_of_every_command() {
    let mut lines = vec![
        "docker nosuch".to_string(),
        "docker --nosuch".to_string(),
        "docker image nosuch".to_string(),
        // Real commands the simulation does not have say so, rather than that they do not exist.
        "docker stats".to_string(),
        "docker network ls".to_string(),
        "docker image save nginx".to_string(),
        "docker run -v /src:/app alpine".to_string(),
        "docker run --restart=always alpine".to_string(),
        "docker ps -as".to_string(),
        "docker build --platform linux/arm64 .".to_string(),
        "docker help nosuch".to_string(),
    ];
    for spec in COMMANDS {
        lines.push(format!("docker {} --nosuch", spec.path));
        lines.push(format!("docker {} -Z", spec.path));
        let n = match spec.args {
            cli::Args::None => Some(1),
            cli::Args::Exact(k) => Some(k + 1),
            cli::Args::Max(k) => Some(k + 1),
            cli::Args::Range(_, hi) => Some(hi + 1),
            cli::Args::Min(_) | cli::Args::Any => None,
        };
        if let Some(n) = n {
            let words: Vec<String> = (0..n).map(|i| format!("x{i}")).collect();
            lines.push(format!("docker {} {}", spec.path, words.join(" ")));
        }
        if let cli::Args::Min(k) | cli::Args::Exact(k) | cli::Args::Range(k, _) = spec.args {
            if k > 0 {
                lines.push(format!("docker {}", spec.path));
            }
        }
    }
    check("cli/errors.txt", &lines);
}

/// A small deterministic generator, so a failure names its seed.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn no_command_line_panics() {
    let mut words: Vec<String> = [
        "-",
        "--",
        "-a",
        "-q",
        "-f",
        "-t",
        "-p",
        "-P",
        "-d",
        "-it",
        "-e",
        "--rm",
        "--name",
        "--format",
        "{{.ID}}",
        "{{",
        "--filter",
        "dangling=true",
        "--no-trunc",
        "-H=false",
        "=",
        "8888:5000",
        "5000",
        ":",
        "::",
        "0:0",
        "99999:1",
        "alpine",
        "ubuntu:20.04",
        "UPPER",
        "a/b/c:d@sha256:00",
        "sh",
        "-c",
        "ls",
        "",
        " ",
        "é",
        "\u{0}",
        "--password-stdin",
        "-u",
        "-p",
        "latest",
        ".",
        "..",
        "/",
        "Dockerfile",
        "--progress=plain",
        "--target",
        "x",
        "--build-arg",
        "A=b",
        "-v",
        "--help",
        "c:/etc",
        "c:",
        ":/x",
        "-",
        "./a:b",
        "a/.",
        "-h",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for spec in COMMANDS {
        words.extend(spec.path.split(' ').map(str::to_string));
        for f in spec.flags {
            words.push(format!("--{}", f.long));
        }
    }
    let mut w = World::new();
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    for case in 0..1500 {
        let seed = state;
        let n = (next(&mut state) % 7) as usize;
        let mut argv = vec!["docker".to_string()];
        if next(&mut state) % 3 > 0 {
            let spec = &COMMANDS[(next(&mut state) % COMMANDS.len() as u64) as usize];
            argv.extend(spec.path.split(' ').map(str::to_string));
        }
        for _ in 0..n {
            argv.push(words[(next(&mut state) % words.len() as u64) as usize].clone());
        }
        let line: Vec<String> = argv.iter().map(|a| shell_quote(a)).collect();
        let line = line.join(" ");
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let _ = w.type_line(&line);
            // Leave whatever took the terminal over, so the next line reaches the shell.
            for _ in 0..3 {
                let _ = w.interrupt();
            }
            let _ = w.type_line("exit");
        }));
        assert!(r.is_ok(), "case {case} (seed {seed:#x}) panicked: {line}");
        if case % 200 == 199 {
            w = World::new();
        }
    }
}

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}
