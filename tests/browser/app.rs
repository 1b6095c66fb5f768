//! The app mounts in a real browser and shows every pane.

use wasm_bindgen_test::wasm_bindgen_test;

fn document() -> web_sys::Document {
    web_sys::window()
        .expect("window")
        .document()
        .expect("document")
}

async fn next_frame() {
    // Yew renders on a microtask / animation frame; give it a turn of the event loop.
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .expect("setTimeout");
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("timeout");
}

#[wasm_bindgen_test]
async fn app_mounts_with_all_panes() {
    let doc = document();
    let root = doc.create_element("div").expect("div");
    root.set_id("test-root");
    doc.body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    yew::Renderer::<layerlab::ui::App>::with_root(root.clone()).render();
    next_frame().await;

    let header = root
        .query_selector(".topbar h1")
        .expect("query")
        .expect("header h1");
    assert_eq!(header.text_content().as_deref(), Some("layerlab"));
    for id in ["tutorial", "editor", "terminal", "layers", "preview"] {
        let pane = doc
            .get_element_by_id(&format!("pane-{id}"))
            .unwrap_or_else(|| panic!("pane {id} is missing"));
        let text = pane.text_content().unwrap_or_default();
        assert!(
            text.contains("appear"),
            "pane {id} does not say what will appear: {text}"
        );
    }
}

#[wasm_bindgen_test]
async fn theme_button_switches_theme() {
    let doc = document();
    let root = doc.create_element("div").expect("div");
    doc.body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    yew::Renderer::<layerlab::ui::App>::with_root(root.clone()).render();
    next_frame().await;
    let app = root.query_selector(".app").expect("query").expect(".app");
    let before = app.get_attribute("data-theme").expect("data-theme");
    let button: web_sys::HtmlElement = wasm_bindgen::JsCast::dyn_into(
        root.query_selector(".theme-toggle")
            .expect("query")
            .expect("button"),
    )
    .expect("html element");
    button.click();
    next_frame().await;
    let after = app.get_attribute("data-theme").expect("data-theme");
    assert_ne!(before, after);
    assert_eq!(
        doc.document_element()
            .expect("root")
            .get_attribute("data-theme"),
        Some(after)
    );
}
