//! `make bench`: layerlab's figures beside its peers', measured in one run. Timings are printed, never asserted.

mod engine;
mod parse;
mod store;

fn main() {
    println!("layerlab benchmarks");
    println!();
    println!("| area | measure | layerlab | peer | ratio |");
    println!("|---|---|---|---|---|");
    store::run();
    parse::run();
    engine::run();
    println!("| (none yet) | nothing is measured yet; each area adds its rows here | | | |");
    store::memory_table();
    engine::memory_table();
}
