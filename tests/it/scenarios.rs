//! Scenario goldens: every `tests/data/scenarios/*.txtar` is typed into a fresh world through
//! the same runner as `layerlab script`, twice (the runs must print the same bytes), and the
//! text transcript is compared with the `.out` file beside it.

use layerlab::world::script;

use crate::golden::{assert_golden, data_dir};

fn check(name: &str) {
    let path = data_dir().join(format!("scenarios/{name}.txtar"));
    let text = std::fs::read_to_string(&path).expect("read scenario");
    let s = script::parse(&text);
    let first = script::text(&script::run(&s));
    let second = script::text(&script::run(&s));
    assert_eq!(first, second, "{name}: two runs printed different bytes");
    assert_golden(&format!("scenarios/{name}.out"), &first);
}

#[test]
fn every_scenario() {
    let mut names: Vec<String> = std::fs::read_dir(data_dir().join("scenarios"))
        .expect("scenarios folder")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().to_string();
            n.strip_suffix(".txtar").map(str::to_string)
        })
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no scenarios found");
    let mut failed = Vec::new();
    for n in &names {
        if std::panic::catch_unwind(|| check(n)).is_err() {
            failed.push(n.clone());
        }
    }
    assert!(failed.is_empty(), "scenarios failed: {failed:?}");
}

#[test]
fn the_json_form_has_the_issue_shape() {
    let s = script::parse("echo hi\nfalse\n");
    let json = script::json(&script::run(&s));
    let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let arr = v.as_array().expect("an array");
    assert_eq!(arr.len(), 2);
    assert_eq!(arr[0]["command"], "echo hi");
    assert_eq!(arr[0]["exit_code"], 0);
    assert_eq!(arr[0]["output"], "hi\n");
    assert_eq!(arr[1]["exit_code"], 1);
    let keys: Vec<&String> = arr[0].as_object().expect("object").keys().collect();
    assert_eq!(
        keys.len(),
        3,
        "only command, exit_code and output: {keys:?}"
    );
}
