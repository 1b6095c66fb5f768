// A fixed build shared by the native test (tests/it/engine.rs) and the browser test
// (tests/browser/engine.rs): both must produce the same image ID.

/// Build a small app on busybox with BuildKit and return the image ID (`sha256:…`).
fn fixed_build_id() -> String {
    let mut host = layerlab::vfs::Fs::new();
    host.set_now(1_726_826_400);
    host.mkdir_all("/src", 0o755).expect("mkdir");
    host.write(
        "/src/Dockerfile",
        b"FROM busybox\nWORKDIR /app\nCOPY app.txt .\nRUN echo built > built.txt && cat app.txt\nENV MODE=fixed\nCMD [\"cat\", \"app.txt\"]\n",
    )
    .expect("write Dockerfile");
    host.write("/src/app.txt", b"hello from a fixed build\n")
        .expect("write app.txt");
    let mut engine = layerlab::engine::Engine::new();
    let mut req = layerlab::engine::BuildRequest::new("/src", ".");
    req.tags.push("fixed".into());
    let out = engine.build(&host, &req);
    out.result.expect("fixed build succeeds").id.to_string()
}
