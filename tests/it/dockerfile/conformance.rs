//! BuildKit's own parser and expansion test data, read from the shared folder at test time.

use crate::golden::shared_dir;
use layerlab::dockerfile::{dump, parse, words};
use std::path::PathBuf;

/// The conformance folder, or `None` (after saying clearly that the test is skipped).
fn buildkit_dir() -> Option<PathBuf> {
    match shared_dir().map(|d| d.join("conformance/buildkit")) {
        Some(d) if d.is_dir() => Some(d),
        _ => {
            // CI always has the shared folder beside the checkout: there, missing data is a failure.
            assert!(
                std::env::var_os("CI").is_none_or(|v| v != "true"),
                "BuildKit conformance data not found (expected ../shared/conformance/buildkit)"
            );
            eprintln!("SKIPPED: BuildKit conformance data not found (expected ../shared/conformance/buildkit)");
            None
        }
    }
}

fn cases(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn positive_cases_dump_byte_exact() {
    let Some(root) = buildkit_dir() else { return };
    let mut failures = Vec::new();
    let all = cases(&root.join("parser/testfiles"));
    for case in &all {
        let src = std::fs::read_to_string(case.join("Dockerfile")).expect("read Dockerfile");
        let expected = std::fs::read_to_string(case.join("result")).expect("read result");
        let p = parse(&src);
        let got = dump::dump(&p.file);
        if let Some(e) = p.first_error() {
            failures.push(format!(
                "{}: unexpected error {}",
                case.display(),
                e.message
            ));
        } else if got != expected {
            failures.push(format!(
                "{}:\n{}",
                case.display(),
                crate::golden::line_diff(&expected, &got)
            ));
        }
    }
    assert_eq!(all.len(), 33, "expected 33 positive cases");
    assert!(
        failures.is_empty(),
        "{} of 33 failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn negative_cases_fail_with_buildkit_messages() {
    let Some(root) = buildkit_dir() else { return };
    let expected = [
        ("empty_dockerfile", "file with no instructions"),
        ("env_no_value", "ENV must have two arguments"),
        ("only_comments", "file with no instructions"),
        (
            "shykes-nested-json",
            "when using JSON array syntax, arrays must be comprised of strings only",
        ),
    ];
    let all = cases(&root.join("parser/testfiles-negative"));
    assert_eq!(all.len(), expected.len());
    for (name, msg) in expected {
        let src = std::fs::read_to_string(
            root.join("parser/testfiles-negative")
                .join(name)
                .join("Dockerfile"),
        )
        .expect("read negative case");
        let p = parse(&src);
        let e = p.first_error().map(|d| d.message.clone());
        assert_eq!(e.as_deref(), Some(msg), "{name}");
    }
}

#[test]
fn line_numbers() {
    let Some(root) = buildkit_dir() else { return };
    let src = std::fs::read_to_string(root.join("parser/testfile-line/Dockerfile")).expect("read");
    let p = parse(&src);
    assert!(p.first_error().is_none());
    let lines: Vec<(usize, usize)> = p
        .file
        .instructions()
        .map(|i| (i.start_line, i.end_line))
        .collect();
    assert_eq!(lines, vec![(5, 5), (11, 12), (17, 31)]);
}

fn env_var_rows(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let f: Vec<&str> = l.split('|').collect();
            if f.len() != 3 {
                return None;
            }
            let plat = f[0].trim();
            (plat == "A" || plat == "U").then(|| (f[1].trim().to_string(), f[2].trim().to_string()))
        })
        .collect()
}

#[test]
fn env_var_test_rows() {
    let Some(root) = buildkit_dir() else { return };
    let text = std::fs::read_to_string(root.join("shell/envVarTest")).expect("read envVarTest");
    let env: Vec<(String, String)> = vec![
        ("PWD".into(), "/home".into()),
        ("SHELL".into(), "bash".into()),
        ("KOREAN".into(), "한국어".into()),
        ("NULL".into(), String::new()),
    ];
    let rows = env_var_rows(&text);
    assert_eq!(rows.len(), 228);
    let mut failures = Vec::new();
    for (src, want) in &rows {
        let got = words::expand_word(src, '\\', &env);
        let ok = match (&got, want.as_str()) {
            (Err(_), "error") => true,
            (Ok(v), w) => v == w && w != "error",
            _ => false,
        };
        if !ok {
            failures.push(format!("{src:?}: want {want:?}, got {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn words_test_rows() {
    let Some(root) = buildkit_dir() else { return };
    let text = std::fs::read_to_string(root.join("shell/wordsTest")).expect("read wordsTest");
    let mut env: Vec<(String, String)> = Vec::new();
    let mut rows = 0;
    let mut failures = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') {
            continue;
        }
        if let Some(def) = line.strip_prefix("ENV ") {
            let def = def.trim_start();
            if let Some((k, v)) = def.split_once('=') {
                env.push((k.to_string(), v.to_string()));
            }
            continue;
        }
        let Some((input, expected)) = line.split_once('|') else {
            continue;
        };
        rows += 1;
        let input = input.trim();
        let expected = expected.trim_start();
        let got = words::expand_words(input, '\\', &env);
        let ok = match &got {
            Err(_) => expected == "error",
            Ok(w) => {
                expected != "error"
                    && *w == expected.split(',').map(str::to_string).collect::<Vec<_>>()
            }
        };
        if !ok {
            failures.push(format!("{input:?}: want {expected:?}, got {got:?}"));
        }
    }
    assert_eq!(rows, 24);
    assert!(
        failures.is_empty(),
        "{} of {rows} rows failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
