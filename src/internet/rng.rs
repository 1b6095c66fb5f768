//! The world's seeded random generator (SplitMix64): container IDs, names and jitter on simulated
//! durations all come from here, so the same session replays to the same bytes.

use serde::{Deserialize, Serialize};

/// A small deterministic generator. Its whole state is one number, saved with the world.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rng {
    state: u64,
}

impl Rng {
    /// The seed a fresh world starts with.
    pub const DEFAULT_SEED: u64 = 0x1a7e_71ab_d0c4_e5e1;

    /// A generator starting from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng { state: seed }
    }

    /// The current state (to save); `Rng::new(state)` continues the same sequence.
    pub fn state(&self) -> u64 {
        self.state
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        // Multiply-shift keeps the bias negligible for the small ranges used here.
        ((self.next_u64() as u128 * n as u128) >> 64) as u64
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        if hi <= lo {
            return lo;
        }
        lo + self.below((hi - lo).saturating_add(1))
    }

    /// One element of a non-empty slice (`None` if it is empty).
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len() as u64) as usize)
    }

    /// `n` lowercase hex digits, e.g. for a container ID.
    pub fn hex(&mut self, n: usize) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut out = String::with_capacity(n);
        let mut bits = 0u64;
        for i in 0..n {
            if i % 16 == 0 {
                bits = self.next_u64();
            }
            out.push(DIGITS[(bits & 15) as usize] as char);
            bits >>= 4;
        }
        out
    }

    /// `base` scaled by a random factor between `1 - pct/100` and `1 + pct/100`.
    pub fn jitter(&mut self, base: u64, pct: u64) -> u64 {
        let pct = pct.min(100);
        let spread = base.saturating_mul(pct) / 100;
        (base - spread).saturating_add(self.below(spread.saturating_mul(2).saturating_add(1)))
    }
}

impl Default for Rng {
    fn default() -> Rng {
        Rng::new(Rng::DEFAULT_SEED)
    }
}
