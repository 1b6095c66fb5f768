//! `make bench`: layerlab's figures beside its peers', measured in one run. Timings are printed, never asserted.

mod browser;
mod engine;
mod lint;
mod parse;
mod store;

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` runs this binary without it,
    // and a test run must not spend minutes timing things.
    if !std::env::args().any(|a| a == "--bench") {
        println!(
            "benchmarks are run by `make bench` (cargo bench); nothing to do under cargo test"
        );
        return;
    }
    println!("layerlab benchmarks");
    println!();
    println!("| area | measure | layerlab | peer | ratio |");
    println!("|---|---|---|---|---|");
    // `make bench AREAS="engine lint"` runs only some areas; all of them by default.
    let areas = std::env::var("AREAS").unwrap_or_default();
    let wanted = |a: &str| areas.trim().is_empty() || areas.split_whitespace().any(|w| w == a);
    if wanted("store") {
        store::run();
    }
    if wanted("parse") {
        parse::run();
    }
    if wanted("lint") {
        lint::run();
    }
    if wanted("engine") {
        engine::run();
    }
    if wanted("store") {
        store::memory_table();
    }
    if wanted("engine") {
        engine::memory_table();
    }
}
