//! `layerlab parse`, run as a process on files from the golden suite.

use crate::golden::{assert_golden, data_dir};
use std::process::Command;

fn run(args: &[&str]) -> String {
    let dir = data_dir().join("dockerfile");
    let out = Command::new(env!("CARGO_BIN_EXE_layerlab"))
        .current_dir(&dir)
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

#[test]
fn parse_command() {
    let cases: [&[&str]; 8] = [
        &["parse", "seeds/001-catnip.Dockerfile"],
        &["parse", "heredoc/onbuild-fd.Dockerfile", "--format", "json"],
        &["parse", "errors/env-no-value.Dockerfile"],
        &["check", "seeds/003-ubuntu-uppercase.Dockerfile"],
        &["parse", "--check", "errors/unknown-instruction.Dockerfile"],
        &["parse", "--format", "yaml", "x"],
        &["check"],
        &[
            "check",
            "seeds/000-python-onbuild.Dockerfile",
            "errors/onbuild-onbuild.Dockerfile",
        ],
    ];
    let mut all = String::new();
    for c in cases {
        all.push_str(&run(c));
        all.push('\n');
    }
    assert_golden("dockerfile/cli/parse.txt", &all);
}
