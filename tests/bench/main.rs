//! `make bench`: layerlab's figures beside its peers', measured in one run. Timings are printed, never asserted.

mod browser;
mod parse;
mod store;

fn main() {
    println!("layerlab benchmarks");
    println!();
    println!("| area | measure | layerlab | peer | ratio |");
    println!("|---|---|---|---|---|");
    store::run();
    parse::run();
    store::memory_table();
}
