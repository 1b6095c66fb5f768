//! Times the `parse-dockerfile` crate, and scores it on the BuildKit conformance cases.
//!
//! `parse-peer time N FILE...` prints the sum over FILEs of the best of N parse times, in seconds.
//! `parse-peer accept FILE`   prints `ok` when the crate accepts the file, `err` otherwise.

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("time") => {
            let n: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(5);
            let mut total = 0.0;
            for path in &args[2..] {
                let text = std::fs::read_to_string(path).expect("read input");
                let mut best = f64::MAX;
                for _ in 0..n {
                    let t = Instant::now();
                    let ok = parse_dockerfile::parse(&text).is_ok();
                    std::hint::black_box(ok);
                    best = best.min(t.elapsed().as_secs_f64());
                }
                total += best;
            }
            println!("{total:.9}");
        }
        Some("accept") => {
            let text = std::fs::read_to_string(&args[1]).expect("read input");
            let ok = parse_dockerfile::parse(&text).is_ok();
            println!("{}", if ok { "ok" } else { "err" });
        }
        _ => {
            eprintln!("usage: parse-peer time N FILE... | accept FILE");
            std::process::exit(2);
        }
    }
}
