//! The fixed build's image ID in the browser equals the native one (tests/it/engine.rs).

use wasm_bindgen_test::wasm_bindgen_test;

include!("../data/builds/fixed_build.rs");

const FIXED_IMAGE_ID: &str = include_str!("../data/builds/fixed_build.id");

#[wasm_bindgen_test]
fn fixed_build_image_id_matches_native() {
    let t0 = js_sys::Date::now();
    let id = fixed_build_id();
    let t1 = js_sys::Date::now();
    assert_eq!(id, FIXED_IMAGE_ID.trim());
    wasm_bindgen_test::console_log!("engine (wasm): fixed busybox build {:.1} ms", t1 - t0);
}
