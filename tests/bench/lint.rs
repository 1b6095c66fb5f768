//! Linter benchmarks: `lint` of a 500-line Dockerfile in process, and `layerlab lint` against
//! `hadolint` 2.15.1 as whole processes on the same corpus (the seeds and the 500-line file),
//! printed side by side with the ratio. hadolint comes from `tests/tools/install.sh`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A block of typical instructions: package installs, pipes, loops, stages, labels.
const BLOCK: &[&str] = &[
    "RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10 git && rm -rf /var/lib/apt/lists/*",
    "RUN pip install --no-cache-dir -r requirements.txt flask==3.0.3",
    "COPY requirements.txt .",
    "ENV FLASK_APP=app.py FLASK_RUN_HOST=0.0.0.0",
    "LABEL org.opencontainers.image.source=\"https://example.com\"",
    "RUN set -eux; \\\n    for f in a b c; do echo $f | tee -a /tmp/log; done; \\\n    if [ -f /tmp/x ]; then cd /tmp && make; fi",
    "EXPOSE 5000",
    "USER 1000",
    "RUN wget -q https://example.com/a.tgz && tar -xzf a.tgz",
    "COPY --from=build /app /app",
];

/// A Dockerfile of about `lines` lines.
pub fn dockerfile(lines: usize) -> String {
    let mut s = String::from(
        "# generated for timing\nARG BASE=python:3.12-slim\nFROM $BASE AS build\nWORKDIR /app\n",
    );
    let mut i = 0;
    while s.lines().count() < lines - 1 {
        if i % 50 == 49 {
            s.push_str(&format!("FROM python:3.12-slim AS s{i}\n"));
        }
        s.push_str(BLOCK[i % BLOCK.len()]);
        s.push('\n');
        i += 1;
    }
    s.push_str("CMD [\"flask\", \"run\"]\n");
    s
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn best(v: &[f64]) -> f64 {
    v.iter().copied().fold(f64::MAX, f64::min)
}

/// The median wall time of running `bin args… files…` `n` times.
fn process_time(bin: &Path, args: &[&str], files: &[PathBuf], n: usize) -> Option<f64> {
    let mut times = Vec::new();
    for _ in 0..n {
        let t = Instant::now();
        let out = Command::new(bin).args(args).args(files).output().ok()?;
        times.push(t.elapsed().as_secs_f64());
        if out.stdout.is_empty() {
            return None;
        }
    }
    Some(median(times))
}

fn ms(s: f64) -> String {
    format!("{:.2} ms", s * 1000.0)
}

/// Print the lint rows of the benchmark table.
pub fn run() {
    let big = dockerfile(500);
    let lines = big.lines().count();
    let mut times = Vec::new();
    for _ in 0..300 {
        let t = Instant::now();
        std::hint::black_box(layerlab::lint::lint(std::hint::black_box(&big)));
        times.push(t.elapsed().as_secs_f64());
    }
    // The machine is shared, so the best run is the figure; the median shows the noise.
    let (inproc, inproc_median) = (best(&times), median(times));
    // Where the time goes: the Dockerfile parse, then the shell parse of every RUN.
    let mut parse_t = Vec::new();
    let mut ctx_t = Vec::new();
    for _ in 0..300 {
        let t = Instant::now();
        let p = layerlab::dockerfile::parse(std::hint::black_box(&big));
        parse_t.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        std::hint::black_box(layerlab::lint::Ctx::new(&big, &p, None));
        ctx_t.push(t.elapsed().as_secs_f64());
    }
    let (parse_m, ctx_m) = (best(&parse_t), best(&ctx_t));
    println!(
        "| lint | {lines}-line Dockerfile, in process (best of 300; median {}) | {} | goal: under 2 ms | {} |",
        ms(inproc_median),
        ms(inproc),
        if inproc < 0.002 { "goal met" } else { "goal missed" }
    );
    println!(
        "| lint | of which: Dockerfile parse {} + shell parse of the RUNs {} + rules {} | | | |",
        ms(parse_m),
        ms(ctx_m),
        ms((inproc - parse_m - ctx_m).max(0.0))
    );

    let tmp = std::env::temp_dir().join(format!("layerlab-bench-lint-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&tmp);
    let big_path = tmp.join("big.Dockerfile");
    let _ = std::fs::write(&big_path, &big);
    let mut corpus: Vec<PathBuf> = std::fs::read_dir(root().join("tests/data/dockerfile/seeds"))
        .map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    corpus.retain(|p| p.extension().is_some_and(|e| e == "Dockerfile"));
    corpus.sort();
    corpus.push(big_path);

    let ours_bin = PathBuf::from(env!("CARGO_BIN_EXE_layerlab"));
    let hadolint = root().join(".tools/hadolint/bin/hadolint");
    let args_ours = ["lint", "--no-fail", "-f", "json"];
    let args_theirs = ["--no-fail", "-f", "json"];
    for (label, files) in [
        ("seeds + 500-line file, one process", corpus.clone()),
        (
            "500-line file alone, one process",
            vec![corpus[corpus.len() - 1].clone()],
        ),
    ] {
        let ours = process_time(&ours_bin, &args_ours, &files, 30);
        let theirs = hadolint
            .is_file()
            .then(|| process_time(&hadolint, &args_theirs, &files, 30))
            .flatten();
        println!(
            "| lint | {label} (median of 30 runs) | {} | hadolint 2.15.1: {} | {} |",
            ours.map(ms).unwrap_or_else(|| "failed".into()),
            theirs
                .map(ms)
                .unwrap_or_else(|| "not installed (run tests/tools/install.sh)".into()),
            match (ours, theirs) {
                (Some(o), Some(t)) => format!("{:.1}× faster", t / o),
                _ => "–".into(),
            }
        );
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
