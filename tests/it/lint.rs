//! The linter: one golden file per rule (`tests/data/lint/<code>.md`) with cases that fire and
//! cases that must not, compared with hadolint 2.15 where the rule has a hadolint twin; the
//! seeds comparison table; the command line; and lint on random input.

use crate::golden::{assert_golden, data_dir, line_diff};
use layerlab::dockerfile::ignore::Ignore;
use layerlab::lint::{self, Finding, Options, Origin};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One case of a rule's golden file.
#[derive(Clone, Debug)]
struct Case {
    /// `fires: …` or `clean: …`.
    title: String,
    dockerfile: String,
    dockerignore: Option<String>,
}

impl Case {
    fn fires(&self) -> bool {
        self.title.starts_with("fires")
    }
}

/// Read the cases of a golden file (the findings blocks are output, not input).
fn parse_cases(text: &str) -> (String, Vec<Case>) {
    let mut head = String::new();
    let mut cases: Vec<Case> = Vec::new();
    let mut lines = text.lines();
    while let Some(l) = lines.next() {
        if let Some(t) = l.strip_prefix("## ") {
            cases.push(Case {
                title: t.to_string(),
                dockerfile: String::new(),
                dockerignore: None,
            });
        } else if let Some(kind) = l.strip_prefix("```") {
            let mut body = String::new();
            for b in lines.by_ref() {
                if b == "```" {
                    break;
                }
                body.push_str(b);
                body.push('\n');
            }
            if let Some(c) = cases.last_mut() {
                match kind {
                    "dockerfile" => c.dockerfile = body,
                    "dockerignore" => c.dockerignore = Some(body),
                    _ => {}
                }
            }
        } else if cases.is_empty() && !l.starts_with("# ") {
            head.push_str(l);
            head.push('\n');
        }
    }
    (head.trim().to_string(), cases)
}

fn lint_case(c: &Case) -> Vec<Finding> {
    let opts = Options {
        dockerignore: c.dockerignore.as_deref().map(Ignore::parse),
        ignored: Vec::new(),
    };
    lint::lint_with(&c.dockerfile, &opts)
}

/// The findings of one rule in one case, as the golden shows them, with each fix applied.
fn render(src: &str, found: &[&Finding]) -> String {
    let mut s = String::new();
    for f in found {
        s.push_str(&format!(
            "{} {} {}: {}\n",
            f.line,
            f.code,
            f.level.as_str(),
            f.message
        ));
        if let Some(fix) = &f.fix {
            s.push_str(&format!("  fix: {}\n", fix.title));
            let fixed = fix.apply(src);
            let before: Vec<&str> = src.lines().collect();
            let after: Vec<&str> = fixed.lines().collect();
            if after.len() == before.len() {
                for (b, a) in before.iter().zip(&after) {
                    if b != a {
                        s.push_str(&format!("  → {a}\n"));
                    }
                }
            } else {
                s.push_str("  fixed file:\n");
                for a in after {
                    s.push_str(&format!("  | {a}\n"));
                }
            }
        }
    }
    if s.is_empty() {
        s.push_str("(none)\n");
    }
    s
}

/// Rebuild a golden file from its cases and the current findings.
fn golden_text(code: &str, head: &str, cases: &[Case]) -> String {
    let rule = lint::rule(code).unwrap_or_else(|| panic!("no rule {code}"));
    let mut s = format!("# {}: {}\n\n", rule.code, rule.title);
    if !head.is_empty() {
        s.push_str(head);
        s.push_str("\n\n");
    }
    for c in cases {
        let found = lint_case(c);
        let mine: Vec<&Finding> = found.iter().filter(|f| f.code == code).collect();
        s.push_str(&format!(
            "## {}\n\n```dockerfile\n{}```\n\n",
            c.title, c.dockerfile
        ));
        if let Some(i) = &c.dockerignore {
            s.push_str(&format!("```dockerignore\n{i}```\n\n"));
        }
        s.push_str(&format!(
            "```findings\n{}```\n\n",
            render(&c.dockerfile, &mine)
        ));
    }
    s.trim_end().to_string() + "\n"
}

/// Every rule golden: (code, head, cases).
fn all_goldens() -> Vec<(String, String, Vec<Case>)> {
    let dir = data_dir().join("lint");
    let mut out = Vec::new();
    for r in lint::rules::all() {
        let path = dir.join(format!("{}.md", r.code));
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let (head, cases) = parse_cases(&text);
        out.push((r.code.to_string(), head, cases));
    }
    out
}

#[test]
fn every_rule_has_a_golden_with_cases_that_fire_and_cases_that_do_not() {
    let mut missing = Vec::new();
    for (code, head, cases) in all_goldens() {
        let rule = lint::rule(&code).expect("rule");
        let fires = cases.iter().filter(|c| c.fires()).count();
        let clean = cases
            .iter()
            .filter(|c| c.title.starts_with("clean"))
            .count();
        // Rules that can never fire here (configuration-only, opt-in) have clean cases only.
        let can_fire = !rule.needs_config && rule.level != lint::Level::Ignore;
        if clean == 0 || (can_fire && fires == 0) {
            missing.push(format!("{code} (fires {fires}, clean {clean})"));
            continue;
        }
        assert_golden(
            &format!("lint/{code}.md"),
            &golden_text(&code, &head, &cases),
        );
        for c in &cases {
            let n = lint_case(c).iter().filter(|f| f.code == code).count();
            assert_eq!(
                n > 0,
                c.fires(),
                "{code}: case '{}' should {}",
                c.title,
                if c.fires() { "fire" } else { "not fire" }
            );
        }
    }
    assert!(
        missing.is_empty(),
        "rules without a complete golden: {missing:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// hadolint as the oracle.

/// The hadolint binary: the one `make test` installs under `.tools/`, or one on PATH.
fn hadolint() -> Option<PathBuf> {
    let local = Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/hadolint/bin/hadolint");
    if local.is_file() {
        return Some(local);
    }
    let ok = Command::new("hadolint")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    ok.then(|| PathBuf::from("hadolint"))
}

/// hadolint, or a clear skip (a failure under CI, where `make test` installs it).
fn hadolint_or_skip(what: &str) -> Option<PathBuf> {
    let h = hadolint();
    if h.is_none() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "hadolint is missing under CI=true; tests/tools/install.sh installs it"
        );
        eprintln!("SKIPPED: {what}: hadolint is not installed (run tests/tools/install.sh)");
    }
    h
}

/// (line, code, message) of hadolint's DL findings for each text, in one hadolint run.
fn hadolint_dl(bin: &Path, texts: &[&str]) -> Vec<Vec<(usize, String, String)>> {
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("layerlab-lint-{}-{call}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut files = Vec::new();
    for (i, t) in texts.iter().enumerate() {
        let p = dir.join(format!("case{i}.Dockerfile"));
        std::fs::write(&p, t).expect("write case");
        files.push(p);
    }
    let mut results = vec![Vec::new(); texts.len()];
    for chunk in files.chunks(200) {
        let out = Command::new(bin)
            .args(["--no-fail", "-f", "json"])
            .args(chunk)
            .current_dir(&dir)
            .output()
            .expect("run hadolint");
        let rows: serde_json::Value =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("hadolint json: {e}"));
        for r in rows.as_array().into_iter().flatten() {
            let code = r["code"].as_str().unwrap_or("").to_string();
            if !code.starts_with("DL") {
                continue; // ShellCheck's SC codes are out of scope
            }
            let file = r["file"].as_str().unwrap_or("");
            let idx = file
                .rsplit('/')
                .next()
                .and_then(|f| f.strip_prefix("case"))
                .and_then(|f| f.strip_suffix(".Dockerfile"))
                .and_then(|n| n.parse::<usize>().ok())
                .expect("case file name");
            results[idx].push((
                r["line"].as_u64().unwrap_or(0) as usize,
                code,
                r["message"].as_str().unwrap_or("").to_string(),
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    for r in &mut results {
        r.sort();
    }
    results
}

fn ours_dl(src: &str, only: Option<&str>) -> Vec<(usize, String, String)> {
    let mut v: Vec<(usize, String, String)> = lint::lint(src)
        .into_iter()
        .filter(|f| lint::rule(f.code).is_some_and(|r| r.origin == Origin::Hadolint))
        .filter(|f| only.is_none_or(|c| c == f.code))
        .map(|f| (f.line, f.code.to_string(), f.message))
        .collect();
    v.sort();
    v
}

#[test]
fn hadolint_twins_agree_on_every_golden_case() {
    let Some(bin) = hadolint_or_skip("comparison of the DL goldens with hadolint") else {
        return;
    };
    let goldens = all_goldens();
    let mut cases: Vec<(&str, &Case)> = Vec::new();
    for (code, _, cs) in &goldens {
        let origin = lint::rule(code).map(|r| r.origin);
        if origin == Some(Origin::Hadolint) {
            cases.extend(cs.iter().map(|c| (code.as_str(), c)));
        }
    }
    let texts: Vec<&str> = cases.iter().map(|(_, c)| c.dockerfile.as_str()).collect();
    let theirs = hadolint_dl(&bin, &texts);
    let mut bad = Vec::new();
    let mut compared = 0;
    for ((code, case), h) in cases.iter().zip(&theirs) {
        // hadolint cannot parse some files that BuildKit accepts; those cases say so.
        if case.title.contains("hadolint cannot parse") {
            continue;
        }
        compared += 1;
        let h_rule: Vec<_> = h.iter().filter(|(_, c, _)| c == code).cloned().collect();
        let o_rule = ours_dl(&case.dockerfile, Some(code));
        if h_rule != o_rule {
            bad.push(format!(
                "{code} '{}':\n  hadolint {h_rule:?}\n  layerlab {o_rule:?}",
                case.title
            ));
        }
    }
    eprintln!("compared {compared} DL golden cases with hadolint");
    assert!(
        bad.is_empty(),
        "{} disagreements:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn every_dl_code_agrees_with_hadolint_on_every_case() {
    let Some(bin) = hadolint_or_skip("all-codes comparison with hadolint") else {
        return;
    };
    let goldens = all_goldens();
    let cases: Vec<&Case> = goldens
        .iter()
        .flat_map(|(_, _, cs)| cs.iter())
        .filter(|c| !c.title.contains("hadolint cannot parse"))
        .collect();
    let texts: Vec<&str> = cases.iter().map(|c| c.dockerfile.as_str()).collect();
    let theirs = hadolint_dl(&bin, &texts);
    let mut bad = Vec::new();
    for (case, h) in cases.iter().zip(&theirs) {
        let h: Vec<_> = h
            .iter()
            .filter(|(_, c, _)| c != "DL1000")
            .cloned()
            .collect();
        let o: Vec<_> = ours_dl(&case.dockerfile, None)
            .into_iter()
            .filter(|(_, c, _)| c != "DL1000")
            .collect();
        if *h != o {
            bad.push(format!(
                "'{}':\n{}",
                case.title,
                line_diff(&fmt_rows(&h), &fmt_rows(&o))
            ));
        }
    }
    assert!(
        bad.is_empty(),
        "{} cases differ (- hadolint, + layerlab):\n{}",
        bad.len(),
        bad.join("\n")
    );
}

fn fmt_rows(rows: &[(usize, String, String)]) -> String {
    rows.iter()
        .map(|(l, c, m)| format!("{l} {c} {m}\n"))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The seeds: the tutorial Dockerfiles, compared with hadolint in one table.

fn seed_files() -> Vec<(String, String)> {
    let dir = data_dir().join("dockerfile/seeds");
    let mut v: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("seeds folder")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "Dockerfile"))
        .map(|p| {
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            (name, std::fs::read_to_string(&p).expect("seed"))
        })
        .collect();
    v.sort();
    v
}

#[test]
fn seeds_match_hadolint_and_the_table_is_current() {
    let Some(bin) = hadolint_or_skip("seeds comparison with hadolint") else {
        return;
    };
    let seeds = seed_files();
    let texts: Vec<&str> = seeds.iter().map(|(_, t)| t.as_str()).collect();
    let theirs = hadolint_dl(&bin, &texts);
    let mut table = String::from(
        "# The seeds: layerlab lint beside hadolint 2.15.1\n\n\
         DL findings as `line:code`. \"other\" lists layerlab's BuildKit checks and teaching rules,\n\
         which hadolint does not have.\n\n\
         | seed | hadolint DL | layerlab DL | same | other (layerlab only) |\n|---|---|---|---|---|\n",
    );
    let mut differ = Vec::new();
    for ((name, src), h) in seeds.iter().zip(&theirs) {
        let o = ours_dl(src, None);
        let short = |v: &[(usize, String, String)]| {
            let s: Vec<String> = v.iter().map(|(l, c, _)| format!("{l}:{c}")).collect();
            if s.is_empty() {
                "—".to_string()
            } else {
                s.join(" ")
            }
        };
        let others: Vec<String> = lint::lint(src)
            .iter()
            .filter(|f| lint::rule(f.code).is_some_and(|r| r.origin != Origin::Hadolint))
            .map(|f| format!("{}:{}", f.line, f.code))
            .collect();
        let same = *h == o;
        if !same {
            differ.push(name.clone());
        }
        table.push_str(&format!(
            "| {name} | {} | {} | {} | {} |\n",
            short(h),
            short(&o),
            if same { "yes" } else { "NO" },
            if others.is_empty() {
                "—".to_string()
            } else {
                others.join(" ")
            }
        ));
    }
    assert_golden("lint/seeds.md", &table);
    assert!(
        differ.is_empty(),
        "seeds where layerlab and hadolint differ: {differ:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// The command line.

fn run(args: &[&str], dir: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_layerlab"))
        .args(args)
        .current_dir(dir)
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
fn command_line() {
    let dir = data_dir().join("dockerfile/seeds");
    let mut s = String::new();
    for args in [
        &["lint", "004-ubuntu-flask.Dockerfile"][..],
        &["lint", "--format", "json", "002-alpine-flask.Dockerfile"],
        &[
            "lint",
            "--failure-threshold",
            "error",
            "002-alpine-flask.Dockerfile",
        ],
        &["lint", "-t", "warning", "002-alpine-flask.Dockerfile"],
        &["lint", "--no-fail", "003-ubuntu-uppercase.Dockerfile"],
        &["lint", "--format", "sarif", "000-python-onbuild.Dockerfile"],
        &["lint", "--explain", "DL3042"],
        &["lint", "--format", "xml", "x"],
        &["lint", "missing.Dockerfile"],
    ] {
        s.push_str(&run(args, &dir));
        s.push('\n');
    }
    assert_golden("lint/cli.txt", &s);
}

/// layerlab's JSON has hadolint's shape exactly: same keys, same order, same values.
#[test]
fn json_output_is_hadolints_on_the_seeds() {
    let Some(bin) = hadolint_or_skip("JSON output comparison with hadolint") else {
        return;
    };
    let dir = data_dir().join("dockerfile/seeds");
    for name in ["002-alpine-flask.Dockerfile", "001-catnip.Dockerfile"] {
        let ours = Command::new(env!("CARGO_BIN_EXE_layerlab"))
            .args(["lint", "-f", "json", name])
            .current_dir(&dir)
            .output()
            .expect("layerlab");
        let theirs = Command::new(&bin)
            .args(["-f", "json", name])
            .current_dir(&dir)
            .output()
            .expect("hadolint");
        // layerlab's own rules (BuildKit checks, LL codes) are extra rows; compare the DL ones.
        let norm = |b: &[u8]| -> Vec<BTreeMap<String, serde_json::Value>> {
            let mut v: Vec<BTreeMap<String, serde_json::Value>> =
                serde_json::from_slice(b).expect("json");
            v.retain(|m| m["code"].as_str().is_some_and(|c| c.starts_with("DL")));
            v.sort_by_key(|m| (m["line"].as_u64(), m["code"].as_str().map(String::from)));
            v
        };
        assert_eq!(norm(&ours.stdout), norm(&theirs.stdout), "{name}");
        let raw = String::from_utf8_lossy(&ours.stdout);
        if raw.trim() != "[]" {
            assert!(raw.starts_with("[{\"code\":"), "key order: {raw}");
        }
    }
}

#[test]
fn fixes_apply_cleanly_and_silence_their_rule() {
    for (code, _, cases) in all_goldens() {
        for c in cases.iter().filter(|c| c.fires()) {
            for f in lint_case(c).iter().filter(|f| f.code == code) {
                let Some(fix) = &f.fix else { continue };
                let fixed = fix.apply(&c.dockerfile);
                assert_ne!(
                    fixed, c.dockerfile,
                    "{code} '{}': fix changes nothing",
                    c.title
                );
                let again = lint::lint(&fixed);
                assert!(
                    !again
                        .iter()
                        .any(|g| g.code == code && g.line == f.line && g.message == f.message),
                    "{code} '{}': still fires after its fix:\n{fixed}",
                    c.title
                );
            }
        }
    }
}
