//! The registry side of the docker client: a pushed image comes back by pull with the same ID
//! after it was removed, the login prompts, and the daemon's pull that `docker run` shares.

use layerlab::cli::pull::{pull, PullError};
use layerlab::world::World;

const APP: &str = "print('hello')\n";
const DOCKERFILE: &str =
    "FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nCMD [\"python\", \"app.py\"]\n";

/// A world with a built `learner/catnip` image; returns it and the image ID.
fn built() -> (World, String) {
    let mut w = World::new();
    let dir = "/home/learner/catnip";
    w.host.fs.mkdir_all(dir, 0o755).expect("mkdir");
    w.host
        .fs
        .write(&format!("{dir}/app.py"), APP.as_bytes())
        .expect("write app");
    w.host
        .fs
        .write(&format!("{dir}/Dockerfile"), DOCKERFILE.as_bytes())
        .expect("write Dockerfile");
    let t = w.type_line("cd catnip && docker build -q -t learner/catnip .");
    assert_eq!(t.status, 0, "{}", t.output.text());
    let id = t.output.text().trim().to_string();
    assert!(id.starts_with("sha256:"), "{id}");
    (w, id)
}

fn typed(w: &mut World, line: &str) -> (i32, String) {
    let t = w.type_line(line);
    (t.status, t.output.text())
}

/// Remove every tag of the name and collect what no image holds (as `docker rmi` would).
fn remove(w: &mut World, name: &str) {
    let tags: Vec<String> = w
        .host
        .daemon
        .engine
        .store
        .tags()
        .map(|(t, _)| t.to_string())
        .filter(|t| t.starts_with(&format!("{name}:")))
        .collect();
    for t in tags {
        w.host.daemon.engine.store.untag(&t);
    }
    w.host.daemon.engine.collect_garbage();
}

#[test]
fn a_pushed_image_is_pulled_back_with_the_same_id() {
    let (mut w, id) = built();
    let (status, out) = typed(&mut w, "docker push learner/catnip");
    assert_eq!(status, 1);
    assert!(
        out.ends_with("denied: requested access to the resource is denied\n"),
        "{out}"
    );
    let (status, _) = typed(&mut w, "echo pw | docker login -u learner --password-stdin");
    assert_eq!(status, 0);
    let (status, out) = typed(&mut w, "docker push learner/catnip");
    assert_eq!(status, 0, "{out}");
    assert!(out.contains(": Mounted from library/python\n"), "{out}");
    assert!(out.contains(": Pushed\n"), "{out}");
    let digest_line = out.lines().last().unwrap_or("").to_string();
    assert!(digest_line.starts_with("latest: digest: sha256:"), "{out}");

    // The image goes; the base stays, so its layers already exist on the pull back.
    remove(&mut w, "learner/catnip");
    assert!(w
        .host
        .daemon
        .engine
        .store
        .resolve("learner/catnip:latest")
        .is_none());
    let (status, out) = typed(&mut w, "docker pull learner/catnip");
    assert_eq!(status, 0, "{out}");
    assert!(out.contains(": Already exists\n"), "{out}");
    assert!(out.contains(": Pull complete\n"), "{out}");
    assert!(
        out.contains("Status: Downloaded newer image for learner/catnip:latest\n"),
        "{out}"
    );
    let back = w.host.daemon.engine.store.resolve("learner/catnip:latest");
    assert_eq!(back.map(|d| d.to_string()), Some(id.clone()));
    // The pull's digest is the one the push printed, and the daemon keeps it for the image.
    let pushed_digest = digest_line.split_whitespace().nth(2).unwrap_or("");
    assert!(out.contains(&format!("Digest: {pushed_digest}\n")), "{out}");
    let image = back.expect("pulled back");
    assert_eq!(
        w.host.daemon.registry.repo_digests(&image),
        vec![format!("learner/catnip@{pushed_digest}")]
    );

    // With the build cache emptied too (BuildKit keeps the base it pulled there, out of the
    // image list), every layer is downloaded and the files are all there.
    remove(&mut w, "learner/catnip");
    w.host.daemon.engine.prune_build_cache(true);
    let (status, out) = typed(&mut w, "docker pull learner/catnip");
    assert_eq!(status, 0, "{out}");
    assert!(!out.contains("Already exists"), "{out}");
    let back = w.host.daemon.engine.store.resolve("learner/catnip:latest");
    let back = back.expect("pulled back");
    assert_eq!(back.to_string(), id);
    let fs = w
        .host
        .daemon
        .engine
        .image_fs(&back)
        .expect("its filesystem");
    assert_eq!(fs.read("/app/app.py").expect("app.py"), APP.as_bytes());
    let (status, out) = typed(&mut w, "docker pull learner/catnip");
    assert_eq!(status, 0);
    assert!(
        out.contains("Status: Image is up to date for learner/catnip:latest\n"),
        "{out}"
    );
}

#[test]
fn pushing_to_another_repository_of_the_learner_mounts_from_it() {
    let (mut w, _) = built();
    typed(&mut w, "docker login -u learner -p pw");
    let (status, _) = typed(&mut w, "docker push learner/catnip");
    assert_eq!(status, 0);
    // The same image under another name in the learner's namespace.
    let id = w
        .host
        .daemon
        .engine
        .store
        .resolve("learner/catnip:latest")
        .expect("built");
    w.host
        .daemon
        .engine
        .store
        .tag("learner/other:latest", &id)
        .expect("tag");
    let (status, out) = typed(&mut w, "docker push learner/other");
    assert_eq!(status, 0, "{out}");
    assert!(out.contains(": Mounted from learner/catnip\n"), "{out}");
    assert!(!out.contains(": Pushed\n"), "{out}");
}

#[test]
fn the_login_prompt_takes_the_name_then_a_hidden_password() {
    let mut w = World::new();
    let (status, _) = typed(&mut w, "docker login");
    assert_eq!(status, 0);
    assert_eq!(w.prompt(), "Username: ");
    assert!(w.echo());
    typed(&mut w, "learner");
    assert_eq!(w.prompt(), "Password: ");
    assert!(!w.echo(), "the password is not shown");
    let (status, out) = typed(&mut w, "s3cret");
    assert_eq!(status, 0);
    assert!(out.ends_with("Login Succeeded\n"), "{out}");
    assert_eq!(w.prompt(), "learner@laptop:~$ ");
    assert_eq!(w.host.daemon.registry.login.as_deref(), Some("learner"));
    let cfg = w
        .host
        .fs
        .read("/home/learner/.docker/config.json")
        .expect("config");
    let cfg = String::from_utf8(cfg).expect("utf-8");
    assert!(cfg.contains("\"auth\": \"bGVhcm5lcjpzM2NyZXQ=\""), "{cfg}");
    // Next time the stored name is offered.
    typed(&mut w, "docker logout");
    assert!(w.host.daemon.registry.login.is_none());
    typed(&mut w, "docker login");
    assert_eq!(w.prompt(), "Username: ");
    let (status, out) = typed(&mut w, "");
    assert_eq!(status, 1);
    assert_eq!(out, "Error: Non-null Username Required\n");
    // Ctrl+C at the password prompt gives the terminal back.
    typed(&mut w, "docker login -u learner");
    assert_eq!(w.prompt(), "Password: ");
    let t = w.interrupt();
    assert_eq!(t.status, 130);
    assert_eq!(w.prompt(), "learner@laptop:~$ ");
}

#[test]
fn the_daemon_pull_reports_and_errors_as_docker_run_needs() {
    let mut w = World::new();
    let done = pull(&mut w.host, "alpine", None, false).expect("pull alpine");
    assert_eq!(done.full, "docker.io/library/alpine:latest");
    assert!(
        done.output
            .starts_with("latest: Pulling from library/alpine\n"),
        "{}",
        done.output
    );
    let again = pull(&mut w.host, "alpine:latest", None, true).expect("again");
    assert_eq!(again.id, done.id);
    assert_eq!(again.output, "", "quiet");
    let before = w.host.daemon.engine.clock.millis();
    pull(&mut w.host, "busybox", None, false).expect("busybox");
    assert!(
        w.host.daemon.engine.clock.millis() > before,
        "a download takes time"
    );
    let e = pull(&mut w.host, "nosuchthing", None, false).expect_err("no repo");
    assert_eq!(
        e.message(),
        "Error response from daemon: pull access denied for nosuchthing, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"
    );
    let e = pull(&mut w.host, "Ubuntu", None, false).expect_err("uppercase");
    assert!(matches!(e, PullError::Reference(_)));
    assert_eq!(
        e.message(),
        "invalid reference format: repository name (library/Ubuntu) must be lowercase"
    );
    let e = pull(&mut w.host, "alpine", Some("linux/arm64"), false).expect_err("platform");
    assert_eq!(
        e.message(),
        "Error response from daemon: no matching manifest for linux/arm64/v8 in the manifest list entries"
    );
    // A digest the pull printed names the same image.
    let digest = done
        .output
        .lines()
        .find_map(|l| l.strip_prefix("Digest: "))
        .expect("a digest line")
        .to_string();
    let by_digest = pull(&mut w.host, &format!("alpine@{digest}"), None, false).expect("digest");
    assert_eq!(by_digest.id, done.id);
    assert!(by_digest
        .output
        .contains("Status: Image is up to date for alpine@sha256:"));
}
