//! Golden-file support shared by every area: compare, or rewrite with `UPDATE_EXPECT=1`.

use std::path::{Path, PathBuf};

/// The folder with the project's own test data.
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// The shared folder beside the checkout (conformance data, seeds), if it is there.
pub fn shared_dir() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    p.is_dir().then_some(p)
}

/// Whether goldens are being rewritten rather than compared.
pub fn updating() -> bool {
    std::env::var_os("UPDATE_EXPECT").is_some_and(|v| v == "1")
}

/// Compare `actual` with the golden file at `path` (relative to `tests/data`).
/// With `UPDATE_EXPECT=1` the file is rewritten instead.
pub fn assert_golden(path: &str, actual: &str) {
    let full = data_dir().join(path);
    if updating() {
        if let Some(dir) = full.parent() {
            std::fs::create_dir_all(dir).expect("create golden folder");
        }
        std::fs::write(&full, actual).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(&full).unwrap_or_else(|e| {
        panic!(
            "golden {} is missing ({e}); run with UPDATE_EXPECT=1 to create it",
            full.display()
        )
    });
    if expected != actual {
        let diff = line_diff(&expected, actual);
        panic!(
            "golden {} differs (run with UPDATE_EXPECT=1 to accept):\n{diff}",
            full.display()
        );
    }
}

/// A short line diff: the first differing lines with some context.
pub fn line_diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    let mut shown = 0;
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i), a.get(i));
        if x != y {
            out.push_str(&format!(
                "line {}:\n- {}\n+ {}\n",
                i + 1,
                x.unwrap_or(&"<none>"),
                y.unwrap_or(&"<none>")
            ));
            shown += 1;
            if shown == 12 {
                out.push_str("…\n");
                break;
            }
        }
    }
    if out.is_empty() {
        out.push_str("(the texts differ only in line endings or a final newline)\n");
    }
    out
}
