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
    store::run();
    parse::run();
    lint::run();
    engine::run();
    store::memory_table();
    engine::memory_table();
}
