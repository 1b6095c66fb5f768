// The fixed tree whose layer digests the native test and the browser test both assert.
// Included with `include!` by tests/it/store.rs and tests/browser/store.rs.

/// The two states of the fixed tree: a base, and the next step's state. The layer between
/// them has new files (real and declared-size), a symlink, an executable owned by uid 1000,
/// a long path that needs a PAX record, a whiteout and an opaque directory.
pub fn fixed_states() -> (layerlab::vfs::Fs, layerlab::vfs::Fs) {
    use layerlab::vfs::{Content, Fs};
    let mut base = Fs::new();
    base.set_now(1_700_000_000);
    base.mkdir_all("/etc", 0o755).expect("etc");
    base.write("/etc/old.conf", b"old=1\n").expect("old.conf");
    base.write("/etc/keep.conf", b"keep=1\n")
        .expect("keep.conf");
    base.mkdir_all("/var/cache/apt", 0o755)
        .expect("var/cache/apt");
    base.write("/var/cache/apt/pkgcache.bin", b"cache")
        .expect("pkgcache");
    base.write("/var/cache/motd", b"hello").expect("motd");

    let mut next = base.clone();
    next.set_now(1_700_000_060);
    next.mkdir_all("/app/static", 0o755).expect("app/static");
    next.write(
        "/app/app.py",
        b"from flask import Flask\napp = Flask(__name__)\n\n@app.route('/')\ndef index():\n    return 'cats'\n",
    )
    .expect("app.py");
    next.write("/app/requirements.txt", b"Flask==0.10.1\n")
        .expect("requirements");
    next.put_file(
        "/app/static/cat.gif",
        Content::synthetic(1_234_567, "a cat gif"),
        0o644,
    )
    .expect("cat.gif");
    next.put_file(
        "/usr/local/lib/python3.8/site-packages/flask/__init__.py",
        Content::synthetic(2_345, "flask/__init__.py from Flask 0.10.1"),
        0o644,
    )
    .expect("flask");
    next.symlink("python3.8", "/usr/local/lib/python3")
        .expect("symlink");
    next.put_file(
        "/usr/local/lib/python3.8/site-packages/a-rather-long-distribution-name-1.0.0.dist-info/entry_points_and_more_metadata.txt",
        Content::bytes(&b"[console_scripts]\n"[..]),
        0o644,
    )
    .expect("long path");
    next.mkdir_all("/bin", 0o755).expect("bin");
    next.write("/bin/run.sh", b"#!/bin/sh\nexec python3 /app/app.py\n")
        .expect("run.sh");
    next.chmod("/bin/run.sh", 0o755).expect("chmod");
    next.chown("/bin/run.sh", 1000, 1000).expect("chown");
    next.remove_file("/etc/old.conf").expect("rm old.conf");
    next.remove_all("/var/cache").expect("rm -rf /var/cache");
    next.mkdir("/var/cache", 0o755).expect("mkdir /var/cache");
    next.write("/var/cache/fresh", b"new").expect("fresh");
    (base, next)
}

/// The image config that goes with the fixed layer, for the image ID.
pub fn fixed_config(diff_id: layerlab::store::Digest) -> layerlab::store::ImageConfig {
    use layerlab::store::{format_time, History, ImageConfig};
    let mut c = ImageConfig::new();
    c.created = Some(format_time(1_700_000_060_000));
    c.config.set_env(
        "PATH",
        "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    );
    c.config.working_dir = "/app".to_string();
    c.config
        .exposed_ports
        .insert("5000/tcp".to_string(), Default::default());
    c.config.cmd = vec!["python3".to_string(), "./app.py".to_string()];
    c.push_layer(
        diff_id,
        History {
            created: Some(format_time(1_700_000_060_000)),
            created_by:
                "RUN /bin/sh -c pip install -r requirements.txt && rm -rf /var/cache # buildkit"
                    .to_string(),
            comment: "buildkit.dockerfile.v0".to_string(),
            ..History::default()
        },
    );
    c.push_empty(History {
        created: Some(format_time(1_700_000_060_000)),
        created_by: "CMD [\"python3\" \"./app.py\"]".to_string(),
        comment: "buildkit.dockerfile.v0".to_string(),
        ..History::default()
    });
    c
}
