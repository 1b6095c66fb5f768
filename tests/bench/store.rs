//! Store benchmarks: sha256+tar throughput beside `sha256sum` on the same bytes, and memory over
//! 1,000 create/delete cycles of a 1 MB layer (blob store and process RSS).

use std::process::Command;
use std::time::Instant;

use layerlab::store::{self, Content, Digest, Entry, EntryKind, History, ImageConfig, ImageStore};
use layerlab::vfs::Overlay;

/// Deterministic bytes that compress about as well as typical program files.
fn sample_bytes(len: usize, seed: u32) -> Vec<u8> {
    let words: [&[u8]; 8] = [
        b"import ",
        b"return ",
        b"self.",
        b"value",
        b" = ",
        b"(x, y)",
        b"\n    ",
        b"# note\n",
    ];
    let mut out = Vec::with_capacity(len + 16);
    let mut s = seed.wrapping_mul(2_654_435_761).wrapping_add(1);
    while out.len() < len {
        s ^= s << 13;
        s ^= s >> 17;
        s ^= s << 5;
        out.extend_from_slice(words[(s & 7) as usize]);
        if s & 0x300 == 0 {
            out.extend_from_slice(&s.to_le_bytes());
        }
    }
    out.truncate(len);
    out
}

fn mb_per_s(bytes: usize, secs: f64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0) / secs.max(1e-9)
}

/// The best of `n` timings of `f`, in seconds.
fn best_of<T>(n: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::MAX;
    let mut last = None;
    for _ in 0..n {
        let t = Instant::now();
        let v = f();
        best = best.min(t.elapsed().as_secs_f64());
        last = Some(v);
    }
    (best, last.expect("at least one run"))
}

fn rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Time `sha256sum` on `path` as a process; returns seconds and the hex it printed.
fn sha256sum(path: &std::path::Path) -> Option<(f64, String)> {
    let t = Instant::now();
    let out = Command::new("sha256sum").arg(path).output().ok()?;
    let secs = t.elapsed().as_secs_f64();
    let text = String::from_utf8_lossy(&out.stdout);
    Some((secs, text.split_whitespace().next()?.to_string()))
}

/// Print the store rows of the benchmark table.
pub fn run() {
    // 64 MiB of file content in 16 files.
    let files: Vec<Entry> = (0..16)
        .map(|i| {
            Entry::new(
                &format!("app/data/file{i:02}.py"),
                EntryKind::File(Content::bytes(sample_bytes(4 << 20, i))),
            )
        })
        .collect();
    let (t_tar_sha, (tar, diff_id)) = best_of(3, || {
        let tar = store::build_tar(&files).expect("tar");
        let d = Digest::of(&tar);
        (tar, d)
    });
    let (t_sha, _) = best_of(3, || Digest::of(&tar));
    let (t_gzip, blob) = best_of(1, || store::gzip(&tar));

    let path = std::env::temp_dir().join(format!("layerlab-bench-{}.tar", std::process::id()));
    let peer = std::fs::write(&path, &tar).ok().and_then(|_| {
        let mut best: Option<(f64, String)> = None;
        for _ in 0..3 {
            let r = sha256sum(&path)?;
            if best.as_ref().is_none_or(|b| r.0 < b.0) {
                best = Some(r);
            }
        }
        best
    });
    let _ = std::fs::remove_file(&path);

    let n = tar.len();
    let ours_sha = mb_per_s(n, t_sha);
    let (peer_cell, ratio_cell) = match &peer {
        Some((secs, hex)) => {
            let same = if *hex == diff_id.hex() {
                ""
            } else {
                " (DIGEST DIFFERS)"
            };
            let p = mb_per_s(n, *secs);
            (format!("{p:.0} MB/s{same}"), format!("{:.2}", ours_sha / p))
        }
        None => ("sha256sum not found".to_string(), "–".to_string()),
    };
    println!(
        "| store | sha256 of a {:.0} MB layer tar (diff ID), MB/s | {ours_sha:.0} | {peer_cell} (`sha256sum`, process) | {ratio_cell} |",
        n as f64 / 1048576.0
    );
    println!(
        "| store | tar build + sha256, MB/s | {:.0} | | |",
        mb_per_s(n, t_tar_sha)
    );
    // The same work in headless Chromium (tests/browser_bench), beside the native figure.
    let web = super::browser::figures();
    println!(
        "| store | sha256 in headless Chromium (wasm), MB/s | {} | native: {ours_sha:.0} MB/s; `sha256sum`: {} | {} |",
        super::browser::cell(&web, "store.sha256_mb_s.wasm"),
        peer.as_ref().map_or("–".to_string(), |(s, _)| format!("{:.0} MB/s", mb_per_s(n, *s))),
        web.get("store.sha256_mb_s.wasm")
            .map_or("–".to_string(), |f| format!("{:.2} of native", f.value / ours_sha)),
    );
    println!(
        "| store | tar + sha256 + gzip of a 16 MiB layer in headless Chromium (wasm), MB/s | {} | | |",
        super::browser::cell(&web, "store.pack_mb_s.wasm"),
    );
    println!(
        "| store | gzip (level 1, fixed header) of the tar, MB/s | {:.0} | | compressed to {:.1}% |",
        mb_per_s(n, t_gzip),
        blob.len() as f64 * 100.0 / n as f64
    );
}

/// Print the memory table: 1,000 rebuilds of `app:latest`, each writing a 1 MB file in a
/// container's writable top over a base image, committing it as a layer, storing the blob and
/// the image, moving the tag, pruning the now-dangling previous image and collecting garbage.
pub fn memory_table() {
    let mut images = ImageStore::new();
    let base = Overlay::new();
    let rss_start = rss_kib();
    let mut rows = Vec::new();
    let t = Instant::now();
    for round in 0..1000u32 {
        let mut o = base.clone();
        o.fs_mut().set_now(u64::from(round));
        o.fs_mut()
            .put_file(
                "/app/blob.bin",
                Content::bytes(sample_bytes(1 << 20, round)),
                0o644,
            )
            .expect("write");
        let (layer, packed) = o.commit().expect("commit");
        images.blobs_mut().insert(packed.blob);
        let mut config = ImageConfig::new();
        config.push_layer(layer.layer.diff_id, History::default());
        let id = images.add(config, vec![layer.layer]).expect("add");
        images.tag("app:latest", &id).expect("tag");
        images.prune();
        images.gc();
        if round == 0 || (round + 1) % 250 == 0 {
            let s = images.blobs().stats();
            rows.push((round + 1, s.count, s.bytes, rss_kib()));
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!();
    println!(
        "Store memory over 1,000 rebuilds of a 1 MB layer ({secs:.1} s, {:.1} ms per cycle; RSS at start {} KiB):",
        secs * 1000.0 / 1000.0,
        rss_start.map_or("?".to_string(), |r| r.to_string())
    );
    println!();
    println!("| cycles | blobs | blob bytes | process RSS (KiB) |");
    println!("|---|---|---|---|");
    for (round, count, bytes, rss) in rows {
        println!(
            "| {round} | {count} | {bytes} | {} |",
            rss.map_or("?".to_string(), |r| r.to_string())
        );
    }
}
