//! Browser benchmarks for `make bench`: the same work as the native bench, timed in headless
//! Chromium with `performance.now()`. Each figure is printed as a `BENCH name value unit` line,
//! which the native bench table picks up. Nothing is asserted about timings.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{console_log, wasm_bindgen_test};

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Run `f` until at least `min_ms` have passed (and at least 3 times); the best time per run.
fn best_ms(min_ms: f64, mut f: impl FnMut()) -> f64 {
    let start = now_ms();
    let mut best = f64::INFINITY;
    let mut runs = 0;
    while runs < 3 || now_ms() - start < min_ms {
        let t = now_ms();
        f();
        best = best.min(now_ms() - t);
        runs += 1;
    }
    best
}

fn report(name: &str, value: f64, unit: &str) {
    console_log!("BENCH {name} {value:.2} {unit}");
}

/// sha256 + deterministic tar + gzip of a 16 MiB tree of 64 files, as `store::pack` does for a layer.
#[wasm_bindgen_test]
fn store_pack_throughput() {
    let entries = layerlab_bench_data::layer_entries(16, 64);
    let bytes = layerlab_bench_data::content_bytes(&entries) as f64;
    let ms = best_ms(1500.0, || {
        let packed = layerlab::store::pack(&entries).expect("pack");
        std::hint::black_box(packed.layer.diff_id);
    });
    report(
        "store.pack_mb_s.wasm",
        bytes / 1_048_576.0 / (ms / 1e3),
        "MB/s",
    );
    let data = vec![0x5au8; 16 << 20];
    let ms = best_ms(1500.0, || {
        std::hint::black_box(layerlab::store::Digest::of(&data));
    });
    report(
        "store.sha256_mb_s.wasm",
        data.len() as f64 / 1_048_576.0 / (ms / 1e3),
        "MB/s",
    );
}

/// A cold build of the cat-gif app (two-COPY variant, base image pulled from the simulated
/// hub) and a cached rebuild, as `tests/bench/engine.rs` measures natively.
#[wasm_bindgen_test]
fn engine_catgif_build() {
    let mut host = layerlab::vfs::Fs::new();
    host.set_now(1_726_826_400);
    host.mkdir_all("/app/templates", 0o755).expect("mkdir");
    let files: [(&str, &[u8]); 4] = [
        ("/app/Dockerfile", b"FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nEXPOSE 5000\nCMD [\"python\", \"app.py\"]\n"),
        ("/app/requirements.txt", b"Flask==3.0.3\n"),
        ("/app/app.py", b"from flask import Flask\napp = Flask(__name__)\n"),
        ("/app/templates/index.html", b"<img src=\"{{url}}\">\n"),
    ];
    for (p, body) in files {
        host.write(p, body).expect("write");
    }
    let req = layerlab::engine::BuildRequest::new("/app", ".");
    let cold = best_ms(1500.0, || {
        let mut e = layerlab::engine::Engine::new();
        let o = e.build(&host, &req);
        assert!(o.result.is_ok());
    });
    report("engine.catgif_cold_ms.wasm", cold, "ms");
    let mut e = layerlab::engine::Engine::new();
    let _ = e.build(&host, &req);
    let cached = best_ms(1500.0, || {
        let o = e.build(&host, &req);
        assert!(o.result.is_ok());
    });
    report("engine.catgif_cached_ms.wasm", cached, "ms");
}

#[path = "../bench/data.rs"]
mod layerlab_bench_data;
