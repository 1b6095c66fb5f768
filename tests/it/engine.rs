//! Build engine goldens: each case under `tests/data/builds/*.txtar` is a context (its file
//! sections) and a script of builds and edits (its comment lines), run with the legacy builder
//! and with BuildKit; the whole transcript of both, with every step's cache explanation, is
//! compared with `tests/data/builds/*.out`.

use layerlab::engine::{
    human_size, BuildOutcome, BuildRequest, Builder, Engine, Event, Explanation, Failure, Miss,
    Progress,
};
use layerlab::vfs::{path, Content, Fs};

use crate::golden::{assert_golden, data_dir};

/// Where the case's files are written in the host filesystem.
const PROJECT: &str = "/home/learner/flask-app";
/// The world clock's start, in seconds.
const START: u64 = 1_726_826_400;

struct Case {
    script: Vec<String>,
    files: Vec<(String, String)>,
}

fn parse_txtar(text: &str) -> Case {
    let mut script = Vec::new();
    let mut files: Vec<(String, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches('\n');
        if let Some(name) = bare.strip_prefix("-- ").and_then(|r| r.strip_suffix(" --")) {
            files.push((name.to_string(), String::new()));
        } else if let Some((_, body)) = files.last_mut() {
            body.push_str(line);
        } else if !bare.trim().is_empty() {
            script.push(bare.to_string());
        }
    }
    Case { script, files }
}

/// Split `docker build` arguments into a request.
fn request(words: &[&str], cwd: &str, builder: Builder) -> (BuildRequest, String) {
    let mut req = BuildRequest::new(cwd, ".");
    req.builder = builder;
    req.progress = if builder == Builder::Legacy {
        Progress::Legacy
    } else {
        Progress::Plain
    };
    let mut i = 0;
    let mut shown = Vec::new();
    while i < words.len() {
        let w = words[i];
        let mut value = || {
            i += 1;
            words.get(i).copied().unwrap_or("").to_string()
        };
        match w {
            "-t" | "--tag" => req.tags.push(value()),
            "-f" | "--file" => req.file = Some(value()),
            "--target" => req.target = Some(value()),
            "--build-arg" => {
                let v = value();
                let (k, val) = v.split_once('=').unwrap_or((v.as_str(), ""));
                req.build_args.push((k.to_string(), val.to_string()));
            }
            "--no-cache" => req.no_cache = true,
            "--pull" => req.pull = true,
            "--progress=tty" => req.progress = Progress::Tty,
            "--progress=plain" => req.progress = Progress::Plain,
            p => req.context = p.to_string(),
        }
        i += 1;
    }
    for w in words {
        if !w.starts_with("--progress") {
            shown.push(*w);
        }
    }
    if builder == Builder::BuildKit && req.progress == Progress::Plain {
        shown.insert(0, "--progress=plain");
    }
    if builder == Builder::BuildKit && req.progress == Progress::Tty {
        shown.insert(0, "--progress=tty");
    }
    let cmd = match builder {
        Builder::Legacy => format!("DOCKER_BUILDKIT=0 docker build {}", shown.join(" ")),
        Builder::BuildKit => format!("docker build {}", shown.join(" ")),
    };
    (req, cmd)
}

fn explain(out: &BuildOutcome, builder: Builder) -> String {
    let mut s = String::from("cache:\n");
    for r in &out.steps {
        let label = match builder {
            Builder::Legacy if r.info.trigger => format!("(trigger) {}", r.info.text),
            Builder::Legacy => format!("Step {}/{}", r.info.legacy_no, r.info.legacy_total),
            Builder::BuildKit if !r.info.is_vertex() => continue,
            Builder::BuildKit => r.info.vertex_name(&r.info.text),
        };
        s.push_str(&format!("  {label}: {}\n", r.explanation));
    }
    s
}

/// Run one case's script with one builder; returns the transcript and each build's outcome.
fn run(case: &Case, builder: Builder) -> (String, Vec<BuildOutcome>) {
    let mut host = Fs::new();
    host.set_now(START);
    let _ = host.mkdir_all(PROJECT, 0o755);
    for (name, body) in &case.files {
        if name.starts_with("edits/") {
            continue;
        }
        let p = path::join(PROJECT, name);
        let _ = host.mkdir_all(&path::parent(&p), 0o755);
        host.write(&p, body.as_bytes()).expect("write context file");
    }
    let mut engine = Engine::new();
    let mut cwd = PROJECT.to_string();
    let mut out = String::new();
    let mut outcomes = Vec::new();
    for line in &case.script {
        if line.starts_with('#') {
            continue;
        }
        let cmd = line.as_str();
        let words: Vec<&str> = cmd.split_whitespace().collect();
        match words.as_slice() {
            ["build", rest @ ..] => {
                let (req, shown) = request(rest, &cwd, builder);
                let o = engine.build(&host, &req);
                out.push_str(&format!(
                    "$ {shown}\n{}[exit {}]\n",
                    o.transcript,
                    o.status()
                ));
                if o.result.is_ok() || !o.steps.is_empty() {
                    out.push_str(&explain(&o, builder));
                }
                out.push('\n');
                outcomes.push(o);
            }
            ["edit", file, section] => {
                let body = case
                    .files
                    .iter()
                    .find(|(n, _)| n == section)
                    .map(|(_, b)| b.clone())
                    .unwrap_or_else(|| panic!("no section {section}"));
                host.set_now(host.now() + 60);
                host.write(&path::join(&cwd, file), body.as_bytes())
                    .expect("edit");
                out.push_str(&format!("$ edit {file}\n\n"));
            }
            ["touch", file] => {
                host.set_now(host.now() + 60);
                host.touch(&path::join(&cwd, file)).expect("touch");
                out.push_str(&format!("$ touch {file}\n\n"));
            }
            ["rm", file] => {
                host.remove_file(&path::join(&cwd, file)).expect("rm");
                out.push_str(&format!("$ rm {file}\n\n"));
            }
            ["mktar", tar, files @ ..] => {
                let mut entries = Vec::new();
                for f in files {
                    let body = host.read(&path::join(&cwd, f)).expect("tar member");
                    entries.push(layerlab::store::Entry::new(
                        f,
                        layerlab::store::EntryKind::File(Content::bytes(body)),
                    ));
                }
                let bytes = layerlab::store::build_tar(&entries).expect("tar");
                host.write(&path::join(&cwd, tar), &bytes)
                    .expect("write tar");
                out.push_str(&format!("$ tar cf {tar} {}\n\n", files.join(" ")));
            }
            ["cd", dir] => {
                cwd = path::normalize(&path::join(&cwd, dir));
                out.push_str(&format!("$ cd {dir}\n\n"));
            }
            ["load", image] => {
                let (name, tag) = image.split_once(':').unwrap_or((image, "latest"));
                engine.load_hub_image(name, tag).expect("catalog image");
                out.push_str(&format!(
                    "(the image {image} is already in the local store)\n\n"
                ));
            }
            ["history", name] => {
                out.push_str(&format!(
                    "$ docker history {name} (newest first: created by, size)\n"
                ));
                let full = if name.contains(':') {
                    name.to_string()
                } else {
                    format!("{name}:latest")
                };
                let id = engine.store.resolve(&full).expect("image to inspect");
                let img = engine.store.get(&id).expect("image");
                for (h, layer) in img.history().into_iter().rev() {
                    let size = match layer {
                        Some(l) => human_size(l.size),
                        None => "0B (empty layer)".to_string(),
                    };
                    out.push_str(&format!("{}  {size}\n", h.created_by));
                }
                out.push_str(&format!(
                    "size {} ({} layers, base image included); created {}\nconfig {}\n\n",
                    human_size(img.size()),
                    img.layers.len(),
                    img.config.created.clone().unwrap_or_default(),
                    serde_json::to_string(&img.config.config).expect("json")
                ));
            }
            ["images"] => {
                out.push_str("$ docker images -a (tags and dangling images)\n");
                let mut rows: Vec<String> = engine
                    .store
                    .images()
                    .map(|img| {
                        let tags = engine.store.tags_of(&img.id);
                        let name = if tags.is_empty() {
                            "<none>:<none>".to_string()
                        } else {
                            tags.join(", ")
                        };
                        format!("{} {}\n", &img.id.hex()[..12], name)
                    })
                    .collect();
                rows.sort();
                for r in rows {
                    out.push_str(&r);
                }
                out.push('\n');
            }
            _ => {}
        }
    }
    (out, outcomes)
}

/// Run a case with both builders and compare with its golden.
fn check(name: &str) -> (Vec<BuildOutcome>, Vec<BuildOutcome>) {
    let file = data_dir().join(format!("builds/{name}.txtar"));
    let text = std::fs::read_to_string(&file).expect("read case");
    let case = parse_txtar(&text);
    let (legacy, lo) = run(&case, Builder::Legacy);
    let (buildkit, bo) = run(&case, Builder::BuildKit);
    let all = format!("## legacy builder (DOCKER_BUILDKIT=0)\n\n{legacy}## BuildKit\n\n{buildkit}");
    assert_golden(&format!("builds/{name}.out"), &all);
    (lo, bo)
}

fn explanations(o: &BuildOutcome, vertices_only: bool) -> Vec<Explanation> {
    o.steps
        .iter()
        .filter(|s| !vertices_only || s.info.is_vertex())
        .map(|s| s.explanation.clone())
        .collect()
}

fn is_file_change(e: &Explanation, file: &str) -> bool {
    matches!(e, Explanation::Miss(Miss::FileChanged { path, before, after }) if path == file && before != after)
}

#[test]
fn seed_001_catnip_python3() {
    check("seed-001-catnip");
}

#[test]
fn seed_000_onbuild_retired() {
    check("seed-000-onbuild");
}

#[test]
fn seed_002_alpine() {
    check("seed-002-alpine");
}

#[test]
fn seed_003_ubuntu_uppercase() {
    check("seed-003-ubuntu");
}

#[test]
fn seed_004_context_is_a_file() {
    check("seed-004-ubuntu");
}

#[test]
fn catgif_one_copy_rebuild_after_app_edit_reruns_pip() {
    let (lo, bo) = check("catgif-one-copy");
    for (outcomes, only) in [(&lo, false), (&bo, true)] {
        // Build 2 (after editing app.py): WORKDIR cached, COPY . . rebuilt because app.py
        // changed, pip re-runs because its parent changed.
        let e = explanations(&outcomes[1], only);
        assert!(matches!(e[1], Explanation::Hit { build: 1 }), "{e:?}");
        assert!(is_file_change(&e[2], "app.py"), "{e:?}");
        assert_eq!(e[3], Explanation::Miss(Miss::ParentChanged));
    }
}

#[test]
fn catgif_two_copy_rebuilds() {
    let (lo, bo) = check("catgif-two-copy");
    for (outcomes, only) in [(&lo, false), (&bo, true)] {
        // Build 2, after editing app.py: requirements and pip cached, the second COPY rebuilt.
        let e = explanations(&outcomes[1], only);
        assert!(matches!(e[1], Explanation::Hit { build: 1 }), "{e:?}");
        assert!(matches!(e[2], Explanation::Hit { build: 1 }), "{e:?}");
        assert!(matches!(e[3], Explanation::Hit { build: 1 }), "{e:?}");
        assert!(is_file_change(&e[4], "app.py"), "{e:?}");
        // Build 3, after editing requirements.txt: its COPY and pip rebuilt.
        let e = explanations(&outcomes[2], only);
        assert!(is_file_change(&e[2], "requirements.txt"), "{e:?}");
        assert_eq!(e[3], Explanation::Miss(Miss::ParentChanged));
        // Build 4, nothing changed: every step cached, and the same image ID as build 3.
        let e = explanations(&outcomes[3], only);
        assert!(
            e[1..].iter().all(|x| matches!(x, Explanation::Hit { .. })),
            "{e:?}"
        );
        let id = |o: &BuildOutcome| o.result.as_ref().ok().map(|b| b.id);
        assert!(id(&outcomes[3]).is_some());
        assert_eq!(id(&outcomes[3]), id(&outcomes[2]));
        assert_ne!(id(&outcomes[2]), id(&outcomes[1]));
        // Re-tagging catnip:latest left the previous image dangling.
        let built = |o: &BuildOutcome| o.result.clone().expect("build succeeds");
        assert_eq!(built(&outcomes[1]).dangling, vec![built(&outcomes[0]).id]);
        assert!(built(&outcomes[3]).dangling.is_empty());
        assert_eq!(built(&outcomes[3]).tags, vec!["catnip:latest", "catnip:v1"]);
        // Build 5, --no-cache: every step after FROM rebuilt, with that reason.
        let e = explanations(&outcomes[4], only);
        assert!(
            e[1..]
                .iter()
                .all(|x| *x == Explanation::Miss(Miss::NoCache)),
            "{e:?}"
        );
    }
}

#[test]
fn multistage_target() {
    check("multistage-go");
}

#[test]
fn onbuild_triggers() {
    check("onbuild");
}

#[test]
fn context_errors() {
    check("context-errors");
}

#[test]
fn failing_run() {
    let (lo, bo) = check("failing-run");
    for o in [&lo[0], &bo[0]] {
        // The failed RUN is reported as rebuilt, and the failure carries the exit code.
        let last = o.steps.last().expect("steps");
        assert_eq!(last.info.text, "RUN apk add --update py2-pip");
        assert_eq!(last.explanation, Explanation::Miss(Miss::NotBuiltBefore));
        assert!(
            matches!(&o.result, Err(Failure::RunFailed { code: 127, .. })),
            "{:?}",
            o.result
        );
    }
}

/// The event stream a UI animates: started, log lines, cached or finished, in order.
#[test]
fn events_in_order() {
    let mut host = Fs::new();
    host.mkdir_all("/w", 0o755).expect("mkdir");
    host.write(
        "/w/Dockerfile",
        b"FROM busybox\nRUN echo one && echo two\nENV A=1\n",
    )
    .expect("write");
    let mut engine = Engine::new();
    let req = BuildRequest::new("/w", ".");
    let kinds = |o: &BuildOutcome| -> Vec<String> {
        o.events
            .iter()
            .map(|e| match e {
                Event::Context { .. } => "context".to_string(),
                Event::Metadata { .. } => "metadata".into(),
                Event::StepStarted { info, .. } => format!("start {}", info.text),
                Event::Pulled { .. } => "pulled".into(),
                Event::Log { text, .. } => format!("log {}", text.trim_end()),
                Event::Cached { build, .. } => format!("cached {build}"),
                Event::StepFinished { ms, .. } => {
                    format!("finished {}", if *ms == 0 { "0ms" } else { ">0ms" })
                }
                Event::Exported { tags, .. } => format!("exported {tags:?}"),
                other => format!("{other:?}"),
            })
            .collect()
    };
    let first = engine.build(&host, &req);
    let busybox = "start FROM docker.io/library/busybox:latest@";
    let k = kinds(&first);
    assert_eq!(k[0], "context");
    assert_eq!(k[1], "metadata");
    assert!(k[2].starts_with(busybox), "{k:?}");
    assert_eq!(
        k[3..].to_vec(),
        vec![
            "pulled",
            "finished >0ms",
            "start RUN echo one && echo two",
            "log one",
            "log two",
            "finished >0ms",
            "start ENV A=1",
            "finished >0ms",
            "exported []",
        ]
    );
    let second = engine.build(&host, &req);
    let k = kinds(&second);
    assert_eq!(
        k[3..].to_vec(),
        vec![
            "finished 0ms",
            "start RUN echo one && echo two",
            "cached 1",
            "finished 0ms",
            "start ENV A=1",
            "cached 1",
            "finished 0ms",
            "exported []",
        ]
    );
}

#[test]
fn copy_and_add_flags() {
    check("copy-flags");
}

#[test]
fn heredocs() {
    check("heredocs");
}

#[test]
fn add_urls_and_platform() {
    check("add-and-platform");
}

#[test]
fn build_args_and_metadata() {
    let (lo, _) = check("build-args");
    let e = explanations(&lo[1], false);
    assert!(
        e.iter().any(|x| matches!(x, Explanation::Miss(Miss::BuildArgChanged { name, .. }) if name == "VERSION")),
        "{e:?}"
    );
}

include!("../data/builds/fixed_build.rs");

#[test]
fn fixed_build_image_id() {
    // The browser test asserts the same ID (tests/browser/engine.rs).
    let id = fixed_build_id();
    assert_golden("builds/fixed_build.id", &format!("{id}\n"));
    // Deterministic: a second engine gives the same ID.
    assert_eq!(fixed_build_id(), id);
}

/// Odd and broken inputs never panic: each build ends with a status and a transcript.
#[test]
fn odd_inputs_do_not_panic() {
    let mut cases: Vec<Vec<u8>> = [
        "FROM",
        "FROM scratch\nCOPY ../../etc/passwd /\n",
        "RUN echo hi\n",
        "FROM busybox\nCOPY --chmod=99z a b\n",
        "FROM busybox\nRUN while true; do :; done\n",
        "FROM busybox\nWORKDIR ${UNCLOSED\n",
        "FROM busybox AS a\nFROM a\nCOPY --from=nope / /\n",
        "FROM busybox\nCOPY a b c\n",
        "FROM busybox\nRUN [\"/nope\"]\n",
        "FROM scratch\nRUN echo no shell\n",
        "FROM busybox\nUSER 1000\nRUN touch /root/x\n",
        "ARG B=busybox\nFROM $B\nARG B\nRUN echo $B\n",
        "ARG ONLY=1\n",
        "# only a comment\n",
        "FROM busybox\nONBUILD RUN echo later\nHEALTHCHECK NONE\nSHELL [\"/bin/sh\", \"-c\"]\n",
        "FROM nosuchimage:1\n",
        "FROM ghcr.io/some/thing\n",
        "FROM busybox\nADD https://example.com/x.tar.gz /\n",
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect();
    // Deterministic mutations of a valid file.
    let base = b"FROM busybox\nWORKDIR /app\nCOPY a.txt .\nRUN cat a.txt\nCMD [\"sh\"]\n";
    let mut seed: u64 = 7;
    for _ in 0..150 {
        let mut v = base.to_vec();
        for _ in 0..3 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let at = (seed >> 33) as usize % v.len();
            let byte = (seed >> 20) as u8;
            match seed % 3 {
                0 => v[at] = byte,
                1 => v.insert(at, byte),
                _ => {
                    v.remove(at);
                }
            }
        }
        cases.push(v);
    }
    let mut engine = Engine::new();
    for (i, df) in cases.iter().enumerate() {
        let mut host = Fs::new();
        host.mkdir_all("/w", 0o755).expect("mkdir");
        host.write("/w/Dockerfile", df).expect("write");
        host.write("/w/a.txt", b"a\n").expect("write");
        for builder in [Builder::Legacy, Builder::BuildKit] {
            let mut req = BuildRequest::new("/w", ".");
            req.builder = builder;
            req.progress = if builder == Builder::Legacy {
                Progress::Legacy
            } else {
                Progress::Plain
            };
            let out = engine.build(&host, &req);
            assert!(!out.transcript.is_empty(), "case {i}");
            assert!(out.status() == 0 || out.status() == 1, "case {i}");
        }
    }
}
