//! Names for containers started without `--name`: an adjective and a noun joined by `_`, as
//! Docker names them (`eager_lantern`). The word lists are our own — plain adjectives and
//! animals or everyday objects, never people's names — so a name reads as a harmless pair.

use crate::internet::Rng;

/// Adjectives, in no particular order.
pub const ADJECTIVES: &[&str] = &[
    "amber", "bold", "brave", "bright", "brisk", "calm", "clever", "cosy", "crisp", "curious",
    "dapper", "eager", "fancy", "fluffy", "gentle", "giddy", "glad", "golden", "happy", "hardy",
    "humble", "jolly", "keen", "kind", "lively", "lucky", "mellow", "merry", "misty", "nimble",
    "noble", "patient", "plucky", "polite", "proud", "quick", "quiet", "rapid", "shiny", "silly",
    "sleepy", "snappy", "steady", "sunny", "swift", "tidy", "upbeat", "vivid", "witty", "zesty",
];

/// Animals and everyday objects.
pub const NOUNS: &[&str] = &[
    "badger", "beacon", "beaver", "bison", "bucket", "button", "candle", "compass", "cricket",
    "falcon", "ferret", "gecko", "hammer", "heron", "kettle", "koala", "lantern", "lemur", "lynx",
    "magpie", "marmot", "meerkat", "mitten", "otter", "owl", "panda", "parrot", "pebble",
    "pelican", "penguin", "pigeon", "puffin", "quokka", "rabbit", "raven", "robin", "saucer",
    "sparrow", "spoon", "squirrel", "teapot", "thimble", "tortoise", "toucan", "trumpet", "walrus",
    "whistle", "wombat", "yak", "zebra",
];

/// A fresh name not in use: `adjective_noun`, with a digit added after a clash (as Docker
/// does when its first pick is taken).
pub fn pick(rng: &mut Rng, taken: impl Fn(&str) -> bool) -> String {
    for attempt in 0..64u64 {
        let adj = rng.pick(ADJECTIVES).copied().unwrap_or("quiet");
        let noun = rng.pick(NOUNS).copied().unwrap_or("otter");
        let mut name = format!("{adj}_{noun}");
        if attempt > 0 {
            name.push_str(&rng.below(10).to_string());
        }
        if !taken(&name) {
            return name;
        }
    }
    format!("container_{}", rng.next_u64())
}
