//! Package managers and network programs (`apt-get`, `apk`, `pip`, `npm`, `python`, `git`,
//! `curl`, `wget`) on machines built from catalog images, run through the shell and compared
//! with goldens under `tests/data/programs/`.

use std::rc::Rc;

use layerlab::internet::hub;
use layerlab::programs::net::{self, HttpRequest, HttpResponse, PortHook, Reply};
use layerlab::sh::{Flavour, Invoked, Machine, Shell, Stream};
use layerlab::vfs::{Cred, Fs as Vfs};

use crate::golden::assert_golden;

/// 2024-09-20T10:00:00Z, the world clock's start.
const START_MS: u64 = 1_726_826_400_000;

struct TestMachine {
    fs: Vfs,
    clock: u64,
    seed: u64,
}

impl Machine for TestMachine {
    fn fs(&self) -> &Vfs {
        &self.fs
    }
    fn fs_mut(&mut self) -> &mut Vfs {
        &mut self.fs
    }
    fn now_ms(&self) -> u64 {
        self.clock
    }
    fn advance_ms(&mut self, ms: u64) {
        self.clock = self.clock.saturating_add(ms);
    }
    fn random_u64(&mut self) -> u64 {
        self.seed = self
            .seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.seed >> 7
    }
}

/// A machine with the image's skeleton files and package databases, and a shell with its
/// environment.
fn machine(name: &str, tag: &str) -> (TestMachine, Shell) {
    // A retired tag (python:3-onbuild) still has its data: machines built from it show what
    // its tools did.
    let image = match hub::lookup(name, tag) {
        hub::Lookup::Found(i) | hub::Lookup::Retired(i) => i,
        _ => panic!("no image {name}:{tag}"),
    };
    let mut fs = Vfs::new();
    fs.set_now(START_MS / 1000);
    for f in image.files() {
        layerlab::programs::pkg::put_spec(&mut fs, f);
    }
    for d in ["/tmp", "/root", "/app"] {
        let _ = fs.mkdir_all(d, 0o755);
    }
    layerlab::programs::pkg::record_image(&mut fs, image);
    fs.set_cred(Cred { uid: 0, gid: 0 });
    let flavour = match image.os.sh {
        hub::Shell::BusyboxAsh => Flavour::Busybox,
        hub::Shell::Bash => Flavour::Bash,
        _ => Flavour::Dash,
    };
    let mut env: Vec<(String, String)> = image
        .config
        .env
        .iter()
        .filter_map(|e| e.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    if !env.iter().any(|(k, _)| k == "PATH") {
        env.push(("PATH".into(), hub::DEFAULT_PATH.into()));
    }
    env.push(("HOME".into(), "/root".into()));
    let sh = Shell::new(flavour, "sh", Invoked::Command)
        .with_env(env)
        .with_cwd("/app");
    let m = TestMachine {
        fs,
        clock: START_MS,
        seed: 11,
    };
    (m, sh)
}

/// Run each line in one shell on one machine built from `image`; the transcript shows the
/// command, its output (standard error lines marked `2| `), any non-zero status, and how much
/// simulated time passed when some did.
fn check(golden: &str, image: &str, lines: &[&str]) {
    let (name, tag) = image.split_once(':').unwrap_or((image, "latest"));
    let (mut m, mut sh) = machine(name, tag);
    let mut registry = layerlab::programs::registry::<TestMachine>();
    // Stand in for the runtime: a container serves on published port 5000; port 5002 is
    // published by a container with nothing listening behind it (docker-proxy resets).
    let hook: PortHook<TestMachine> =
        Rc::new(|_m: &mut TestMachine, req: &HttpRequest| match req.port {
            5000 => {
                let body = format!("cat gif page for {} {}\n", req.method, req.path);
                Reply::Response(HttpResponse::new(200, "text/html; charset=utf-8", body))
            }
            5002 => Reply::Reset,
            _ => Reply::Refused,
        });
    registry.insert("curl", net::curl_with_ports(hook.clone()));
    registry.insert("wget", net::wget_with_ports(hook));
    let mut all = format!("# image {image}\n");
    for line in lines {
        let before = m.clock;
        let out = sh.run(&mut m, &registry, line, b"");
        all.push_str("$ ");
        all.push_str(line);
        all.push('\n');
        for (stream, bytes) in out.output.chunks() {
            let text = String::from_utf8_lossy(bytes);
            for l in text.split_inclusive('\n') {
                if *stream == Stream::Stderr {
                    all.push_str("2| ");
                }
                all.push_str(l);
            }
            if !text.ends_with('\n') {
                all.push_str("⏎\n");
            }
        }
        if out.status != 0 {
            all.push_str(&format!("[exit {}]\n", out.status));
        }
        let spent = m.clock - before;
        if spent >= 1000 {
            all.push_str(&format!("[{:.1}s simulated]\n", spent as f64 / 1000.0));
        }
    }
    assert_golden(&format!("programs/{golden}.txt"), &all);
}

#[test]
fn apt_get() {
    check(
        "apt-get",
        "debian:bookworm",
        &[
            "apt-get install -y curl",
            "apt-get update",
            "apt-get install curl",
            "echo y | apt-get install curl | tail -n 3",
            "apt-get install -y nosuchpkg",
            "apt-get install -y python",
            "apt-get install -y curl=1.0",
            "apt-get install -y --no-install-recommends python3-pip python3-dev > /dev/null; echo status=$?",
            "which pip3 python3 && python3 --version && ls /usr/bin/curl",
            "head -n 6 /var/lib/dpkg/status",
            "apt-get install -y python3",
            "apt-get install python3-venv",
            "apt-get install -y -q curl=7.88.1-10+deb12u7 | head -n 4",
            "apt-get remove -y curl | tail -n 2 && ls /usr/bin/curl",
            "apt-get clean && apt-get bogus",
            "apt-get install --frobnicate x",
            "TERM=xterm apt-get update -q",
        ],
    );
    check(
        "apt-get-install",
        "debian:bookworm",
        &["apt-get update -qq && apt-get install -y --no-install-recommends wget"],
    );
    check(
        "apt-get-ubuntu",
        "ubuntu:20.04",
        &[
            "apt-get update > /dev/null && apt-get install -y python",
            "apt-get -y install python3-pip python3-dev | tail -n 4",
            "pip3 --version",
        ],
    );
    check(
        "apt-get-bullseye",
        "debian:bullseye",
        &[
            "apt-get update | head -n 3",
            "apt install -y git > /dev/null && git --version",
        ],
    );
}

#[test]
fn apk() {
    check(
        "apk",
        "alpine:3.20",
        &[
            "apk add --update py2-pip",
            "apk add --no-cache curl",
            "ls /var/cache/apk | wc -l",
            "apk update",
            "apk add python3 py3-pip",
            "apk add python3",
            "apk add nosuch other",
            "apk del curl",
            "apk add --no-cache --virtual .build-deps make",
            "apk frob",
        ],
    );
    check(
        "apk-3.5",
        "alpine:3.5",
        &[
            "apk add --update py2-pip",
            "pip --version && python --version",
            "pip install --no-cache-dir Flask==0.10.1",
        ],
    );
}

#[test]
fn pip() {
    check(
        "pip",
        "python:3",
        &[
            "printf 'Flask==0.10.1\\n' > requirements.txt",
            "pip install --no-cache-dir -r requirements.txt",
            "pip list",
            "pip freeze",
            "pip install flask==99",
            "pip install nosuchproject",
            "pip install -q requests",
            "pip install --upgrade Flask",
            "python -m pip --version && pip3 --version",
            "pip install -r missing.txt",
            "which flask",
            "pip uninstall -y itsdangerous && pip uninstall nothing-here",
            "pip install flask flask-mysql | tail -n 2",
            "pip install 'Werkzeug>=2.0,<3' | tail -n 1",
            "ls /usr/local/lib/python3.12/site-packages | grep -i werkzeug",
            "python -m pip install -q Flask==3.0.3 && pip install Flask==3.0.3",
        ],
    );
    check(
        "pip-onbuild",
        "python:3-onbuild",
        &[
            "printf 'Flask==0.10.1\\n' > requirements.txt",
            "pip install --no-cache-dir -r requirements.txt",
            "apt-get update",
        ],
    );
    check(
        "pip-bookworm",
        "debian:bookworm",
        &[
            "apt-get update -qq && apt-get install -y -qq python3-pip > /dev/null",
            "pip install flask",
            "pip install --break-system-packages -q Flask==2.0.2",
            "python3 -m venv /opt/venv",
            "apt-get install -y -qq python3-venv > /dev/null 2>&1 && python3 -m venv /opt/venv && ls /opt/venv /opt/venv/bin",
            ". /opt/venv/bin/activate && which pip && pip install -q Flask==2.0.2 && pip list",
            "/opt/venv/bin/python -m pip freeze",
        ],
    );
}

#[test]
fn python() {
    check(
        "python",
        "python:3",
        &[
            "python --version",
            "python3 -V",
            "python -c 'print(\"hello\", 42)'",
            "python -c 'print(\"a\"); print(1.5)'",
            "python -c 'import os'",
            "python -c 'print \"x\"'",
            "echo 'print(1)' > app.py && python app.py",
            "python ./nope.py",
            "python -m nosuchmodule",
        ],
    );
}

#[test]
fn git_npm_net() {
    check(
        "git",
        "python:3",
        &[
            "git --version",
            "cd /tmp && git clone https://github.com/prakhar1989/docker-curriculum.git && ls docker-curriculum",
            "cd /tmp && ls docker-curriculum/flask-app && cat docker-curriculum/flask-app/requirements.txt",
            "cd /tmp && git clone https://github.com/prakhar1989/docker-curriculum.git",
            "git clone https://github.com/nobody/nothing.git",
            "git clone https://nowhere.invalid/x.git",
            "git clone",
            "git frob",
        ],
    );
    check(
        "curl",
        "python:3",
        &[
            "curl -s http://example.com/ | head -n 3",
            "curl http://nosuch.host/",
            "curl -s http://nosuch.host/; echo status=$?",
            "curl localhost:8888",
            "curl -sS http://localhost:5000/",
            "curl -s -i http://127.0.0.1:5000/cats",
            "curl -sS http://localhost:5001/",
            "curl -sS http://localhost:5002/; echo status=$?",
            "curl -I https://github.com/prakhar1989/docker-curriculum",
            "curl -sL http://github.com/prakhar1989/docker-curriculum | head -n 4",
            "curl -sf https://github.com/nobody/nothing; echo status=$?",
            "curl -o /tmp/app.py https://raw.githubusercontent.com/prakhar1989/docker-curriculum/master/flask-app/app.py && head -n 2 /tmp/app.py",
            "curl",
        ],
    );
    check(
        "wget",
        "python:3",
        &[
            "cd /tmp && wget http://example.com/ && ls",
            "wget -q -O - http://example.com/ | head -n 2",
            "wget http://nosuch.host/",
            "wget http://localhost:8888/",
            "wget -qO- http://localhost:5000/",
            "wget -q http://localhost:5002/; echo status=$?",
            "wget -O /tmp/x https://github.com/nobody/nothing",
        ],
    );
    check(
        "wget-busybox",
        "alpine:3.20",
        &[
            "cd /tmp && wget http://example.com/ && ls",
            "wget http://nosuch.host/",
            "wget http://localhost:8888/",
        ],
    );
    check(
        "npm",
        "node:22",
        &[
            "echo '{\"name\":\"app\",\"dependencies\":{\"express\":\"^4.19.0\"}}' > package.json",
            "npm ci",
            "npm install",
            "ls node_modules | head -n 3",
            "npm ci",
            "npm install nosuchpackage-xyz",
        ],
    );
}
