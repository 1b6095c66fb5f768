//! The browser half of `make bench`: figures that `tests/browser_bench` printed in headless
//! Chromium as `BENCH name value unit` lines, read back from the file `make bench` saved them in.

use std::collections::BTreeMap;

/// One figure measured in the browser: its value and unit.
pub struct Figure {
    pub value: f64,
    pub unit: String,
}

/// The figures from `$LAYERLAB_BROWSER_BENCH`, by name; empty when the browser run was skipped.
pub fn figures() -> BTreeMap<String, Figure> {
    let Some(path) = std::env::var_os("LAYERLAB_BROWSER_BENCH") else {
        return BTreeMap::new();
    };
    let text = std::fs::read_to_string(path).unwrap_or_default();
    parse(&text)
}

/// Pick the `BENCH name value unit` lines out of the test runner's output.
fn parse(text: &str) -> BTreeMap<String, Figure> {
    let mut out = BTreeMap::new();
    for line in text.lines() {
        let Some(rest) = line.trim().strip_prefix("BENCH ") else {
            continue;
        };
        let mut it = rest.split_whitespace();
        if let (Some(name), Some(value), Some(unit)) = (it.next(), it.next(), it.next()) {
            if let Ok(value) = value.parse() {
                out.insert(
                    name.to_string(),
                    Figure {
                        value,
                        unit: unit.to_string(),
                    },
                );
            }
        }
    }
    out
}

/// The table cell for one browser figure, or why it is missing.
pub fn cell(figures: &BTreeMap<String, Figure>, name: &str) -> String {
    match figures.get(name) {
        Some(f) => format!("{:.1} {}", f.value, f.unit),
        None => "not measured (headless Chromium run skipped)".to_string(),
    }
}
