//! Generated inputs shared by the native and the browser benchmarks, so both time the same work.

use layerlab::store::{Content, Entry, EntryKind};

/// A layer of `files` files totalling `mib` MiB of pseudo-random (incompressible-ish) bytes,
/// under a few directories. Deterministic: the same arguments give the same entries.
pub fn layer_entries(mib: usize, files: usize) -> Vec<Entry> {
    let files = files.max(1);
    let per_file = (mib << 20) / files;
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut entries = vec![
        Entry::new("app", EntryKind::Dir),
        Entry::new("app/data", EntryKind::Dir),
    ];
    for i in 0..files {
        let mut body = Vec::with_capacity(per_file);
        while body.len() < per_file {
            // splitmix64
            state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^= z >> 31;
            body.extend_from_slice(&z.to_le_bytes());
        }
        body.truncate(per_file);
        entries.push(Entry::new(
            &format!("app/data/file-{i:04}.bin"),
            EntryKind::File(Content::bytes(body)),
        ));
    }
    entries
}

/// The number of content bytes in `entries` (what the throughput figures divide by).
pub fn content_bytes(entries: &[Entry]) -> usize {
    entries.iter().map(|e| e.size() as usize).sum()
}
