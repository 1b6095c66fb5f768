//! Workspace: the terminal types into the simulated computer, the editor edits, lints and fixes
//! the learner's files, and the Layers view explains the last build.

use layerlab::workspace::{LineKind, WorkAction, Workspace};

#[test]
fn the_terminal_types_into_the_world_and_keeps_the_scrollback() {
    let mut s = Workspace::default();
    assert_eq!(s.terminal().prompt, "learner@laptop:~$ ");
    s.apply(WorkAction::Type("mkdir app && cd app".into()));
    s.apply(WorkAction::Type("echo hi; nosuch".into()));
    let t = s.terminal();
    assert_eq!(t.prompt, "learner@laptop:~/app$ ");
    let text: Vec<(LineKind, &str)> = t.lines.iter().map(|l| (l.kind, l.text.as_str())).collect();
    assert_eq!(
        text,
        [
            (LineKind::Input, "learner@laptop:~$ mkdir app && cd app"),
            (LineKind::Input, "learner@laptop:~/app$ echo hi; nosuch"),
            (LineKind::Out, "hi"),
            (LineKind::Err, "bash: nosuch: command not found"),
        ]
    );
    s.apply(WorkAction::Type("clear".into()));
    assert!(s.terminal().lines.is_empty());
}

#[test]
fn the_editor_opens_edits_lints_and_fixes_a_dockerfile() {
    let mut s = Workspace::default();
    s.apply(WorkAction::Type(
        "printf 'FROM Ubuntu\\nRUN apt-get install python\\n' > Dockerfile".into(),
    ));
    let f = s.files();
    let names: Vec<&str> = f.tree.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Dockerfile", "README.md"]);
    assert!(f.editor.is_none());
    s.apply(WorkAction::Open("/home/learner/nosuch".into()));
    assert!(s.files().editor.is_none(), "a missing file does not open");
    s.apply(WorkAction::Open("/home/learner/Dockerfile".into()));
    let ed = s.files().editor.expect("open");
    assert_eq!(ed.text, "FROM Ubuntu\nRUN apt-get install python\n");
    let codes: Vec<&str> = ed.findings.iter().map(|f| f.code).collect();
    assert!(codes.contains(&"LL001"), "uppercase image name: {codes:?}");
    let n = ed
        .findings
        .iter()
        .position(|f| f.code == "LL001" && f.fix.is_some())
        .expect("LL001 offers a fix");
    s.apply(WorkAction::ApplyFix(n));
    let ed = s.files().editor.expect("open");
    assert!(ed.text.starts_with("FROM ubuntu\n"), "{}", ed.text);
    s.apply(WorkAction::Edit("FROM alpine\n".into()));
    s.apply(WorkAction::Type("cat Dockerfile".into()));
    let t = s.terminal();
    assert_eq!(t.lines.last().map(|l| l.text.as_str()), Some("FROM alpine"));
}

#[test]
fn the_layers_pane_shows_images_and_why_each_step_was_cached_or_rebuilt() {
    let mut s = Workspace::default();
    for line in [
        "mkdir app && cd app",
        "printf 'FROM alpine:3.19\\nWORKDIR /app\\nCOPY a.txt .\\nRUN cat a.txt\\n' > Dockerfile",
        "echo one > a.txt",
        "docker build -q -t demo .",
        "echo two > a.txt",
        "docker build -q -t demo .",
    ] {
        s.apply(WorkAction::Type(line.into()));
    }
    let v = s.layers();
    let names: Vec<String> = v.images.iter().map(|i| i.names.join(",")).collect();
    assert_eq!(names[0], "demo:latest", "{names:?}");
    assert!(
        names.iter().any(|n| n == "<none>:<none>"),
        "the old build is dangling: {names:?}"
    );
    let (tags, ok, steps) = v.last_build.expect("a build ran");
    assert_eq!(tags, ["demo"]);
    assert!(ok);
    let decisions: Vec<(&str, &str)> = steps
        .iter()
        .map(|s| (s.name.split('@').next().unwrap_or(""), s.decision))
        .collect();
    assert_eq!(
        decisions,
        [
            ("[1/4] FROM docker.io/library/alpine:3.19", "base"),
            ("[2/4] WORKDIR /app", "cached"),
            ("[3/4] COPY a.txt .", "rebuilt"),
            ("[4/4] RUN cat a.txt", "rebuilt"),
        ]
    );
    assert!(steps[2].why.contains("a.txt"), "{}", steps[2].why);
    let top = &v.images[0];
    assert_eq!(top.layers.len(), 5, "{:?}", top.layers);
    assert!(top.layers[0].created_by.contains("cat a.txt"));
}

#[test]
fn the_preview_opens_published_ports_through_the_runtime() {
    use layerlab::workspace::PreviewPage;
    let mut s = Workspace::default();
    s.apply(WorkAction::Browse("localhost:8888".into()));
    assert_eq!(
        s.preview().page,
        Some(PreviewPage::Failed {
            message: "localhost refused to connect.".into(),
            code: "ERR_CONNECTION_REFUSED"
        })
    );
    s.apply(WorkAction::Type(
        "docker run -d -p 8888:80 --name web nginx".into(),
    ));
    let p = s.preview();
    assert_eq!(
        p.ports,
        [("localhost:8888".to_string(), "web · 80/tcp".to_string())]
    );
    s.apply(WorkAction::Browse("localhost:8888".into()));
    match s.preview().page {
        Some(PreviewPage::Response { status, html, body }) => {
            assert_eq!(status, "200 OK");
            assert!(html);
            assert!(body.contains("Welcome to nginx!"), "{body}");
        }
        other => panic!("{other:?}"),
    }
    // The same page the terminal's curl gets.
    s.apply(WorkAction::Type(
        "curl -s localhost:8888 | grep -c nginx".into(),
    ));
    let t = s.terminal();
    assert_ne!(t.lines.last().map(|l| l.text.as_str()), Some("0"));
    // A wrong container port: docker-proxy accepts and the container does not answer.
    s.apply(WorkAction::Type(
        "docker run -d -p 9000:8080 --name wrong nginx".into(),
    ));
    s.apply(WorkAction::Browse("http://127.0.0.1:9000/".into()));
    assert!(matches!(
        s.preview().page,
        Some(PreviewPage::Failed {
            code: "ERR_EMPTY_RESPONSE",
            ..
        })
    ));
    s.apply(WorkAction::Browse("ftp://localhost".into()));
    assert!(matches!(
        s.preview().page,
        Some(PreviewPage::Failed {
            code: "ERR_UNKNOWN_URL_SCHEME",
            ..
        })
    ));
}

#[test]
fn logs_follow_shows_the_preview_requests_as_they_come() {
    let mut s = Workspace::default();
    s.apply(WorkAction::Type(
        "docker run -d -p 8080:80 --name web nginx".into(),
    ));
    s.apply(WorkAction::Type("docker logs -f web".into()));
    assert!(s.following());
    let before = s.terminal().lines.len();
    s.apply(WorkAction::Browse("localhost:8080/".into()));
    let t = s.terminal();
    let new: Vec<&str> = t.lines[before..].iter().map(|l| l.text.as_str()).collect();
    assert_eq!(new.len(), 1, "{new:?}");
    assert!(new[0].contains("\"GET / HTTP/1.1\" 200"), "{new:?}");
    // Time passing while following shows nothing new and keeps following.
    s.apply(WorkAction::Tick);
    assert_eq!(s.terminal().lines.len(), before + 1);
    assert!(s.following());
    s.apply(WorkAction::Interrupt);
    assert!(!s.following());
    // Ticks do nothing once the terminal is back at the prompt.
    let n = s.terminal().lines.len();
    s.apply(WorkAction::Tick);
    assert_eq!(s.terminal().lines.len(), n);
}
