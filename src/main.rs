//! The `layerlab` binary: in the browser it mounts the Yew app; natively it is the command-line tool.

#[cfg(not(target_arch = "wasm32"))]
mod tool;

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<layerlab::ui::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = tool::run(&args);
    std::process::exit(code);
}
