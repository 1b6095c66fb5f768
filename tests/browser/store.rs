//! The fixed tree's layer and image digests in the browser equal the native ones (tests/it/store.rs).

use wasm_bindgen_test::wasm_bindgen_test;

include!("../data/store/fixed_tree.rs");

const FIXED_DIFF_ID: &str =
    "sha256:68ec102dca1f8999772fd5ff4f9d0f52eee01d08652281a3ce62aa374a31e749";
const FIXED_BLOB: &str = "sha256:b42d8665b14f5f876cd3b9a2f9c47c953d75a56c177676b91b15b977c84ed3c5";
const FIXED_IMAGE_ID: &str =
    "sha256:fb4a426c0ce6ab55e4b53a911fdc9d68983e5f91d2415f8daef79540c6487f1d";

#[wasm_bindgen_test]
fn fixed_tree_digests_match_native() {
    let (base, next) = fixed_states();
    let packed = layerlab::vfs::snapshot(&base, &next).expect("pack");
    assert_eq!(packed.layer.diff_id.to_string(), FIXED_DIFF_ID);
    assert_eq!(packed.layer.digest.to_string(), FIXED_BLOB);
    assert_eq!(
        fixed_config(packed.layer.diff_id).id().to_string(),
        FIXED_IMAGE_ID
    );
    let entries = layerlab::store::read_layer(&packed.blob).expect("read back");
    let mut again = base.clone();
    again.apply_entries(&entries).expect("apply");
    assert!(layerlab::vfs::diff(&next, &again).is_empty());
}

/// Throughput of sha256 and tar building in the browser, printed to the console for the bench
/// table (`--nocapture` shows it); only checked for sanity, never for speed.
#[wasm_bindgen_test]
fn sha256_tar_throughput_in_the_browser() {
    use layerlab::store::{build_tar, gzip, Content, Digest, Entry, EntryKind};
    let mb = 16usize;
    let entries: Vec<Entry> = (0..mb)
        .map(|i| {
            let data: Vec<u8> = (0..1_048_576u32)
                .map(|j| (j.wrapping_mul(2_654_435_761).wrapping_add(i as u32) >> 24) as u8)
                .collect();
            Entry::new(
                &format!("data/f{i:02}"),
                EntryKind::File(Content::bytes(data)),
            )
        })
        .collect();
    let t0 = js_sys::Date::now();
    let tar = build_tar(&entries).expect("tar");
    let digest = Digest::of(&tar);
    let t1 = js_sys::Date::now();
    let again = Digest::of(&tar);
    let t2 = js_sys::Date::now();
    let blob = gzip(&tar);
    let t3 = js_sys::Date::now();
    assert_eq!(digest, again);
    assert!(!blob.is_empty());
    let rate = |ms: f64| tar.len() as f64 / 1_048_576.0 / (ms.max(1.0) / 1000.0);
    wasm_bindgen_test::console_log!(
        "store bench (wasm): tar build + sha256 {:.0} MB/s; sha256 {:.0} MB/s; gzip {:.0} MB/s ({} MB)",
        rate(t1 - t0),
        rate(t2 - t1),
        rate(t3 - t2),
        mb
    );
}
