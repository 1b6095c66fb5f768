//! Dockerfile parser benchmarks: throughput on a generated 10 MB file and on the seed
//! Dockerfiles, re-parse time of a 500-line file, and the same figures for the peers
//! (the official Go parser via PyPI `dockerfile`, npm `dockerfile-ast`, the `parse-dockerfile`
//! crate), measured in the same run. Peers are installed by `tests/bench/peers/parse/setup.sh`.

use layerlab::dockerfile::{dump, parse};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn peers_dir() -> PathBuf {
    root().join(".tools/parse-peers")
}

/// A realistic block: comments, continuations, JSON and shell forms, ENV pairs, heredocs.
const BLOCK: &str = r#"# build stage
FROM python:3.12-slim AS build
ARG VERSION=1.0
ENV APP_HOME=/usr/src/app PIP_NO_CACHE_DIR=1 \
    LANG=C.UTF-8
WORKDIR $APP_HOME
COPY --chown=app:app requirements.txt ./
RUN apt-get update \
    && apt-get install -y --no-install-recommends gcc libpq-dev \
    # clean up
    && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
LABEL org.opencontainers.image.title="cat gif" version="${VERSION}"
EXPOSE 5000/tcp
HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost:5000/ || exit 1
USER app
CMD ["python", "./app.py"]

"#;

fn generated(target: usize) -> String {
    let mut s = String::with_capacity(target + BLOCK.len());
    while s.len() < target {
        s.push_str(BLOCK);
    }
    s
}

fn best_of<F: FnMut()>(n: usize, mut f: F) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..n {
        let t = Instant::now();
        f();
        best = best.min(t.elapsed().as_secs_f64());
    }
    best
}

fn run_peer(cmd: &mut Command) -> Option<f64> {
    let out = cmd.output().ok()?;
    if !out.status.success() {
        return None;
    }
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

/// The three peers' times (sum over `files` of the best of `n`); dockerfile-ast gets
/// `ast_files` instead, because its time grows faster than linearly with the file size.
fn peer_times(
    n: usize,
    files: &[PathBuf],
    ast_files: &[PathBuf],
) -> Vec<(&'static str, Option<f64>)> {
    let dir = peers_dir();
    let here = root().join("tests/bench/peers/parse");
    let py = dir.join("venv/bin/python");
    let official = py.exists().then(|| {
        run_peer(
            Command::new(&py)
                .arg(here.join("official.py"))
                .arg(n.to_string())
                .args(files),
        )
    });
    let ast_mod = dir.join("node/node_modules/dockerfile-ast");
    let ast = ast_mod.exists().then(|| {
        run_peer(
            Command::new("node")
                .arg(here.join("ast.js"))
                .arg(&ast_mod)
                .arg(n.to_string())
                .args(ast_files),
        )
    });
    let rs = dir.join("rs/release/parse-peer");
    let crate_time = rs
        .exists()
        .then(|| run_peer(Command::new(&rs).arg("time").arg(n.to_string()).args(files)));
    vec![
        ("official Go parser (PyPI dockerfile)", official.flatten()),
        ("dockerfile-ast (npm)", ast.flatten()),
        ("parse-dockerfile (crate)", crate_time.flatten()),
    ]
}

fn row(measure: &str, ours: String, peer: &str, peer_value: Option<String>, ratio: Option<f64>) {
    println!(
        "| parse | {measure} | {ours} | {peer}: {} | {} |",
        peer_value.unwrap_or_else(|| "not installed (run tests/bench/peers/parse/setup.sh)".into()),
        ratio
            .map(|r| if r >= 1.0 {
                format!("{r:.1}× faster")
            } else {
                format!("{:.1}× slower", 1.0 / r)
            })
            .unwrap_or_else(|| "–".into())
    );
}

fn conformance_cases() -> Option<(Vec<PathBuf>, Vec<PathBuf>)> {
    let d = root().join("../shared/conformance/buildkit/parser");
    let list = |p: &Path| -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(p)
            .map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        v.sort();
        v
    };
    d.is_dir().then(|| {
        (
            list(&d.join("testfiles")),
            list(&d.join("testfiles-negative")),
        )
    })
}

fn conformance_rows() {
    let Some((pos, neg)) = conformance_cases() else {
        println!("| parse | BuildKit conformance | skipped: ../shared/conformance/buildkit is absent | | |");
        return;
    };
    let mut ours_pos = 0;
    for c in &pos {
        let src = std::fs::read_to_string(c.join("Dockerfile")).unwrap_or_default();
        let want = std::fs::read_to_string(c.join("result")).unwrap_or_default();
        let p = parse(&src);
        if p.first_error().is_none() && dump::dump(&p.file) == want {
            ours_pos += 1;
        }
    }
    let ours_neg = neg
        .iter()
        .filter(|c| {
            let src = std::fs::read_to_string(c.join("Dockerfile")).unwrap_or_default();
            parse(&src).first_error().is_some()
        })
        .count();
    let rs = peers_dir().join("rs/release/parse-peer");
    let peer = rs.exists().then(|| {
        let accepts = |c: &Path| {
            Command::new(&rs)
                .arg("accept")
                .arg(c.join("Dockerfile"))
                .output()
                .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "ok")
                .unwrap_or(false)
        };
        let p = pos.iter().filter(|c| accepts(c)).count();
        let n = neg.iter().filter(|c| !accepts(c)).count();
        format!(
            "parses {p}/{} positive, rejects {n}/{} negative",
            pos.len(),
            neg.len()
        )
    });
    println!(
        "| parse | BuildKit conformance | {ours_pos}/{} dumps byte-exact, rejects {ours_neg}/{} negative | parse-dockerfile (crate): {} | – |",
        pos.len(),
        neg.len(),
        peer.unwrap_or_else(|| "not installed".into())
    );
}

/// Print the parse rows of the benchmark table.
pub fn run() {
    let tmp = std::env::temp_dir().join(format!("layerlab-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&tmp);

    // 1. A generated 10 MB Dockerfile.
    let big = generated(10 * 1024 * 1024);
    let big_path = tmp.join("big.Dockerfile");
    let _ = std::fs::write(&big_path, &big);
    let mb = big.len() as f64 / (1024.0 * 1024.0);
    let ours = best_of(3, || {
        std::hint::black_box(parse(&big));
    });
    // dockerfile-ast needs minutes for 10 MB, so it is timed on the first 1 MB.
    let one_mb: String = generated(1024 * 1024);
    let one_path = tmp.join("one.Dockerfile");
    let _ = std::fs::write(&one_path, &one_mb);
    let one_mb_size = one_mb.len() as f64 / (1024.0 * 1024.0);
    for (name, t) in peer_times(
        2,
        std::slice::from_ref(&big_path),
        std::slice::from_ref(&one_path),
    ) {
        let size = if name.starts_with("dockerfile-ast") {
            one_mb_size
        } else {
            mb
        };
        let label = if name.starts_with("dockerfile-ast") {
            " (peer timed on 1 MB)"
        } else {
            ""
        };
        row(
            &format!("10 MB generated file, MB/s{label}"),
            format!("{:.1} MB/s", mb / ours),
            name,
            t.map(|t| format!("{:.1} MB/s", size / t)),
            t.map(|t| (t / size) / (ours / mb)),
        );
    }

    // 2. The seed Dockerfiles (the tutorials' own files).
    let seeds_dir = root().join("tests/data/dockerfile/seeds");
    let mut seeds: Vec<PathBuf> = std::fs::read_dir(&seeds_dir)
        .map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    seeds.retain(|p| p.extension().is_some_and(|e| e == "Dockerfile"));
    seeds.sort();
    let texts: Vec<String> = seeds
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_default())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let smb = bytes as f64 / (1024.0 * 1024.0);
    let ours_seeds: f64 = texts
        .iter()
        .map(|t| {
            best_of(2000, || {
                std::hint::black_box(parse(t));
            })
        })
        .sum();
    for (name, t) in peer_times(500, &seeds, &seeds) {
        row(
            &format!("{} seed Dockerfiles ({bytes} bytes), MB/s", seeds.len()),
            format!("{:.1} MB/s", smb / ours_seeds),
            name,
            t.map(|t| format!("{:.1} MB/s", smb / t)),
            t.map(|t| t / ours_seeds),
        );
    }

    // 3. Re-parse of a 500-line Dockerfile (what the editor does on each keystroke).
    let lines: Vec<&str> = big.lines().take(500).collect();
    let five = lines.join("\n") + "\n";
    let five_path = tmp.join("500.Dockerfile");
    let _ = std::fs::write(&five_path, &five);
    let ours_500 = best_of(500, || {
        std::hint::black_box(parse(&five));
    });
    for (name, t) in peer_times(
        200,
        std::slice::from_ref(&five_path),
        std::slice::from_ref(&five_path),
    ) {
        row(
            "re-parse 500 lines (goal < 1 ms)",
            format!("{:.3} ms", ours_500 * 1e3),
            name,
            t.map(|t| format!("{:.3} ms", t * 1e3)),
            t.map(|t| t / ours_500),
        );
    }

    conformance_rows();
    let _ = std::fs::remove_dir_all(&tmp);
}
