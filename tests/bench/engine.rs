//! Build engine figures: cold and cached builds of the cat-gif app, builds of generated long
//! Dockerfiles (linear time), and memory over 1,000 rebuilds with edits. Printed, never asserted.

use std::time::Instant;

use layerlab::engine::{BuildRequest, Builder, Engine, Progress};
use layerlab::vfs::Fs;

const ONE_COPY: &str = "FROM python:3\nWORKDIR /usr/src/app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nEXPOSE 5000\nCMD [\"python\", \"./app.py\"]\n";
const TWO_COPY: &str = "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nEXPOSE 5000\nCMD [\"python\", \"app.py\"]\n";

fn host(dockerfile: &str) -> Fs {
    let mut fs = Fs::new();
    fs.set_now(1_726_826_400);
    fs.mkdir_all("/app/templates", 0o755).expect("mkdir");
    fs.write("/app/Dockerfile", dockerfile.as_bytes())
        .expect("write");
    fs.write("/app/requirements.txt", b"Flask==3.0.3\n")
        .expect("write");
    fs.write(
        "/app/app.py",
        b"from flask import Flask\napp = Flask(__name__)\n",
    )
    .expect("write");
    fs.write("/app/templates/index.html", b"<img src=\"{{url}}\">\n")
        .expect("write");
    fs
}

fn request(builder: Builder) -> BuildRequest {
    let mut r = BuildRequest::new("/app", ".");
    r.tags.push("catnip".into());
    r.builder = builder;
    r.progress = if builder == Builder::Legacy {
        Progress::Legacy
    } else {
        Progress::Plain
    };
    r
}

fn ms(secs: f64) -> String {
    format!("{:.2} ms", secs * 1000.0)
}

fn best(n: usize, mut f: impl FnMut() -> f64) -> f64 {
    (0..n).map(|_| f()).fold(f64::MAX, f64::min)
}

fn rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// A generated Dockerfile of `n` instructions after FROM: ENV, RUN, LABEL, COPY, WORKDIR.
fn generated(n: usize) -> String {
    let mut s = String::from("FROM busybox\n");
    for i in 0..n {
        match i % 5 {
            0 => s.push_str(&format!("ENV V{i}={i}\n")),
            1 => s.push_str(&format!("RUN echo {i} > /tmp/f{i}\n")),
            2 => s.push_str(&format!("LABEL l{i}=\"{i}\"\n")),
            3 => s.push_str(&format!("COPY app.py /c/f{i}.py\n")),
            _ => s.push_str(&format!("WORKDIR /w/{i}\n")),
        }
    }
    s
}

/// Print the engine rows of the benchmark table.
pub fn run() {
    for (name, df) in [
        ("one-COPY, python:3", ONE_COPY),
        ("two-COPY, python:3.12-slim", TWO_COPY),
    ] {
        let h = host(df);
        let base_tag = if df == ONE_COPY { "3" } else { "3.12-slim" };
        for builder in [Builder::BuildKit, Builder::Legacy] {
            let cold = best(5, || {
                let mut e = Engine::new();
                let t = Instant::now();
                let o = e.build(&h, &request(builder));
                let s = t.elapsed().as_secs_f64();
                assert!(o.result.is_ok(), "{}", o.transcript);
                s
            });
            // Cold build with the base image already local (pulled before).
            let local = best(5, || {
                let mut e = Engine::new();
                let _ = e.load_hub_image("python", base_tag);
                let t = Instant::now();
                let o = e.build(&h, &request(builder));
                let s = t.elapsed().as_secs_f64();
                assert!(o.result.is_ok());
                s
            });
            let mut e = Engine::new();
            let _ = e.build(&h, &request(builder));
            let cached = best(20, || {
                let t = Instant::now();
                let o = e.build(&h, &request(builder));
                let s = t.elapsed().as_secs_f64();
                assert!(o.result.is_ok());
                s
            });
            println!(
                "| engine | cat-gif {name}, {builder:?}: cold build (pull included) / cold, base local / cached rebuild | {} / {} / {} | | |",
                ms(cold),
                ms(local),
                ms(cached)
            );
        }
    }
    // The same two-COPY cold build and cached rebuild in headless Chromium (tests/browser_bench).
    let web = super::browser::figures();
    println!(
        "| engine | cat-gif two-COPY in headless Chromium (wasm): cold build (pull included) / cached rebuild | {} / {} | | goals: 60 ms / 5 ms |",
        super::browser::cell(&web, "engine.catgif_cold_ms.wasm"),
        super::browser::cell(&web, "engine.catgif_cached_ms.wasm"),
    );
    generated_rows();
}

/// The generated long Dockerfiles, with both builders: best of five cold builds (base
/// local) of 250, 500 and 1,000 instructions, the time per instruction, and the 1000:250
/// ratio (4.0 is linear). The sizes take turns, round by round, so a busy moment of the
/// machine falls on all of them alike rather than on one size's five builds.
fn generated_rows() {
    const SIZES: [usize; 3] = [250, 500, 1000];
    for (builder, note) in [
        (Builder::BuildKit, "4.0 is linear"),
        // Each legacy step commits an intermediate image whose ID is the sha256 of a config
        // holding the whole history so far, so its steps cost more the later they come, as
        // they do in Docker's legacy builder.
        (
            Builder::Legacy,
            "4.0 is linear; each step hashes an image config holding the whole history",
        ),
    ] {
        let hosts: Vec<Fs> = SIZES.iter().map(|&n| host(&generated(n))).collect();
        let mut per = [f64::MAX; SIZES.len()];
        for _round in 0..5 {
            for (h, t_best) in hosts.iter().zip(per.iter_mut()) {
                let mut e = Engine::new();
                let _ = e.load_hub_image("busybox", "latest");
                let t = Instant::now();
                let o = e.build(h, &request(builder));
                let s = t.elapsed().as_secs_f64();
                assert!(o.result.is_ok(), "{}", o.transcript);
                *t_best = t_best.min(s);
            }
        }
        let cells: Vec<String> = SIZES
            .iter()
            .zip(per)
            .map(|(n, t)| format!("{n}: {} ({:.0} µs/instr)", ms(t), t * 1e6 / *n as f64))
            .collect();
        println!(
            "| engine | generated Dockerfile, {builder:?}, cold (base local), best of 5 rounds of the three sizes | {} | | 1000/250 time ratio {:.1} ({note}) |",
            cells.join("; "),
            per[2] / per[0]
        );
    }
}

/// Memory over 1,000 rebuilds of the two-COPY app, each after an edit of app.py, with
/// `docker image prune` (the previous image is dangling) and the engine's collection.
pub fn memory_table() {
    let mut h = host(TWO_COPY);
    let mut e = Engine::new();
    let start = rss_kib();
    let mut rows = Vec::new();
    let t = Instant::now();
    for round in 0..1000u32 {
        h.set_now(1_726_826_400 + u64::from(round));
        h.write("/app/app.py", format!("print({round})\n").as_bytes())
            .expect("edit");
        let o = e.build(&h, &request(Builder::BuildKit));
        assert!(o.result.is_ok());
        e.store.prune();
        e.collect_garbage();
        if round == 0 || (round + 1) % 250 == 0 {
            let s = e.store.blobs().stats();
            rows.push((
                round + 1,
                s.count,
                s.bytes,
                e.cache.len(),
                e.layer_count(),
                rss_kib(),
            ));
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!();
    println!(
        "Engine memory over 1,000 rebuilds of the cat-gif app after editing app.py ({secs:.1} s, {:.2} ms per rebuild; RSS at start {} KiB):",
        secs,
        start.map_or("?".to_string(), |r| r.to_string())
    );
    println!();
    println!(
        "| rebuilds | blobs | blob bytes | cache entries | unpacked layers | process RSS (KiB) |"
    );
    println!("|---|---|---|---|---|---|");
    for (n, c, b, ce, l, rss) in rows {
        println!(
            "| {n} | {c} | {b} | {ce} | {l} | {} |",
            rss.map_or("?".to_string(), |r| r.to_string())
        );
    }
}
