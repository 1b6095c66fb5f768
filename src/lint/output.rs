//! Printing findings: hadolint's `tty` lines, its JSON array, and SARIF 2.1.0 for code hosts.

use super::{Finding, Level};
use serde::Serialize;

/// The findings of one file.
pub struct FileReport<'a> {
    /// The file name as given on the command line.
    pub file: &'a str,
    /// Its findings, sorted by line.
    pub findings: &'a [Finding],
}

/// `file:line CODE level: message`, one line each, as hadolint prints without colour.
pub fn tty(reports: &[FileReport]) -> String {
    let mut s = String::new();
    for r in reports {
        for f in r.findings {
            s.push_str(&format!(
                "{}:{} {} {}: {}\n",
                r.file,
                f.line,
                f.code,
                f.level.as_str(),
                f.message
            ));
        }
    }
    s
}

#[derive(Serialize)]
struct JsonRow<'a> {
    code: &'a str,
    column: usize,
    file: &'a str,
    level: &'a str,
    line: usize,
    message: &'a str,
}

/// hadolint's JSON: one flat array of `{code, column, file, level, line, message}`.
pub fn json(reports: &[FileReport]) -> String {
    let rows: Vec<JsonRow> = reports
        .iter()
        .flat_map(|r| {
            r.findings.iter().map(move |f| JsonRow {
                code: f.code,
                column: 1,
                file: r.file,
                level: f.level.as_str(),
                line: f.line,
                message: &f.message,
            })
        })
        .collect();
    serde_json::to_string(&rows).unwrap_or_else(|_| "[]".to_string())
}

fn sarif_level(l: Level) -> &'static str {
    match l {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Info | Level::Style => "note",
        Level::Ignore => "none",
    }
}

/// SARIF 2.1.0: one run, the rules that fired, one result per finding.
pub fn sarif(reports: &[FileReport]) -> String {
    let mut codes: Vec<&str> = reports
        .iter()
        .flat_map(|r| r.findings.iter().map(|f| f.code))
        .collect();
    crate::sort::sort(&mut codes);
    codes.dedup();
    let rules: Vec<serde_json::Value> = codes
        .iter()
        .map(|c| {
            let r = super::rule(c);
            serde_json::json!({
                "id": c,
                "shortDescription": { "text": r.map(|r| r.title).unwrap_or("") },
                "fullDescription": { "text": r.map(|r| r.explain.what).unwrap_or("") },
                "help": { "text": r.map(|r| format!("{}\n\n{}", r.explain.why, r.explain.fix)).unwrap_or_default() },
                "defaultConfiguration": { "level": r.map(|r| sarif_level(r.level)).unwrap_or("warning") },
            })
        })
        .collect();
    let results: Vec<serde_json::Value> = reports
        .iter()
        .flat_map(|r| {
            r.findings.iter().map(move |f| {
                serde_json::json!({
                    "ruleId": f.code,
                    "level": sarif_level(f.level),
                    "message": { "text": f.message },
                    "locations": [{
                        "physicalLocation": {
                            "artifactLocation": { "uri": r.file },
                            "region": { "startLine": f.line, "startColumn": 1 },
                        }
                    }],
                })
            })
        })
        .collect();
    let doc = serde_json::json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "layerlab lint",
                "version": crate::VERSION,
                "rules": rules,
            }},
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}
