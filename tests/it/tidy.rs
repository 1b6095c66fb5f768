//! Tidy rules on the source tree: where the web crates may be named, and the `//!` line on every file.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read src")
        .map(|e| e.expect("dir entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

fn src_files() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(root)
                .expect("under root")
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(&p).expect("read source");
            (rel, text)
        })
        .collect()
}

const WEB_CRATES: [&str; 5] = ["yew", "web_sys", "js_sys", "wasm_bindgen", "gloo"];

/// The names of web crates that `text` mentions as paths (`yew::`, `use gloo`, `web_sys::…`).
fn web_crates_named(text: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        for krate in WEB_CRATES {
            let as_path = format!("{krate}::");
            let as_use = format!("use {krate}");
            let as_attr = format!("#[{krate}");
            let as_extern = format!("extern crate {krate}");
            if [as_path, as_use, as_attr, as_extern]
                .iter()
                .any(|pat| code.contains(pat.as_str()))
                && !found.contains(&krate)
            {
                found.push(krate);
            }
        }
    }
    found
}

/// The standard library's slice sorts: each element type and comparator gets its own copy of
/// the algorithm in the bundle, so `src` sorts through `crate::sort` instead.
const STD_SORTS: [&str; 6] = [
    ".sort()",
    ".sort_by(",
    ".sort_by_key(",
    ".sort_by_cached_key(",
    ".sort_unstable(",
    ".sort_unstable_by",
];

fn check(files: &[(String, String)]) -> Vec<String> {
    let mut problems = Vec::new();
    for (path, text) in files {
        if !text.starts_with("//!") {
            problems.push(format!(
                "{path}: the first line must be a `//!` line saying what the file owns"
            ));
        }
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if STD_SORTS.iter().any(|m| code.contains(m)) && path != "src/sort.rs" {
                problems.push(format!(
                    "{path}:{}: sorts with the standard library; use crate::sort, which the bundle carries once",
                    n + 1
                ));
            }
            if (code.contains("BTreeMap") || code.contains("BTreeSet")) && path != "src/map.rs" {
                problems.push(format!(
                    "{path}:{}: uses the standard B-tree; use crate::map, which the bundle carries once",
                    n + 1
                ));
            }
        }
        let allowed = path.starts_with("src/ui/") || path == "src/main.rs";
        if !allowed {
            for krate in web_crates_named(text) {
                problems.push(format!(
                    "{path}: names the web crate `{krate}`; only src/ui/ and src/main.rs may"
                ));
            }
        }
    }
    problems
}

#[test]
fn source_tree_is_tidy() {
    let problems = check(&src_files());
    assert!(
        problems.is_empty(),
        "tidy problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn tidy_catches_what_it_should() {
    let files = vec![
        (
            "src/store/mod.rs".to_string(),
            "//! ok\nuse web_sys::Window;\n".to_string(),
        ),
        ("src/text.rs".to_string(), "// not a doc line\n".to_string()),
        (
            "src/cli/ps.rs".to_string(),
            "//! ok\nfn f(v: &mut Vec<u8>) {\n    v.sort_unstable();\n}\n".to_string(),
        ),
        (
            "src/cli/tag.rs".to_string(),
            "//! ok\nuse std::collections::BTreeSet;\n".to_string(),
        ),
        (
            "src/ui/app.rs".to_string(),
            "//! ui\nuse yew::prelude::*;\n".to_string(),
        ),
        (
            "src/lib.rs".to_string(),
            "//! ok\n// yew:: in a comment is fine\n".to_string(),
        ),
    ];
    assert_eq!(
        check(&files),
        vec![
            "src/store/mod.rs: names the web crate `web_sys`; only src/ui/ and src/main.rs may"
                .to_string(),
            "src/text.rs: the first line must be a `//!` line saying what the file owns"
                .to_string(),
            "src/cli/ps.rs:3: sorts with the standard library; use crate::sort, which the bundle carries once"
                .to_string(),
            "src/cli/tag.rs:2: uses the standard B-tree; use crate::map, which the bundle carries once"
                .to_string(),
        ]
    );
}
