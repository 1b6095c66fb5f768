//! The workspace: the simulated computer behind a page and what the panes show of it — the
//! terminal's scrollback, the learner's files with the open file and its lint findings, the
//! images with their layers and the last build's cache decisions, and the Preview's page. Like
//! the session, it changes only through a closed set of actions ([`WorkAction`]) and is read
//! through view structs.
//!
//! The page does not mount it yet: the whole simulated computer in WebAssembly is larger than
//! the bundle budget allows, so the panes stay placeholders until it fits. It is tested natively.

use std::cell::RefCell;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::sh::Stream;
use crate::world::World;

/// Everything a learner can do in the workspace. The set is closed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WorkAction {
    /// Type a line into the terminal and press Enter.
    Type(String),
    /// Press Ctrl+C in the terminal.
    Interrupt,
    /// Open a file of the learner's in the editor (an absolute path).
    Open(String),
    /// The open file's new text, as the editor has it after a change.
    Edit(String),
    /// Apply the mechanical fix of the open Dockerfile's finding number `n` (in the view's order).
    ApplyFix(usize),
    /// Open an address in the Preview pane (`localhost:8888`, `http://127.0.0.1:5000/about`).
    Browse(String),
    /// One second of real time passed while the terminal follows a container (`docker logs
    /// -f`, an attached `docker run`): the simulated clock moves on and new lines appear.
    Tick,
}

/// What the Preview pane shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PreviewView {
    /// The host ports that running containers publish, as addresses to open, with a label
    /// (`localhost:8888`, `catnip · 5000/tcp`).
    pub ports: Vec<(String, String)>,
    /// The address last opened.
    pub url: String,
    /// What came back, once something was opened.
    pub page: Option<PreviewPage>,
}

/// The answer to the Preview's request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PreviewPage {
    /// An HTTP response: the status line (`200 OK`), whether it is HTML, and the body.
    Response {
        status: String,
        html: bool,
        body: String,
    },
    /// No answer, in the browser's words (`localhost refused to connect.`) and its code
    /// (`ERR_CONNECTION_REFUSED`).
    Failed { message: String, code: &'static str },
}

/// One name in the file tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileEntry {
    pub path: String,
    pub name: String,
    /// Folders below the home directory.
    pub depth: usize,
    pub dir: bool,
    /// It is the file open in the editor.
    pub open: bool,
}

/// One lint finding in the open Dockerfile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FindingView {
    pub line: usize,
    pub code: &'static str,
    /// `error`, `warning`, `info` or `style`.
    pub level: &'static str,
    pub message: String,
    /// What the rule checks and why it matters, for the hover.
    pub explain: String,
    /// The title of the mechanical fix, when there is one.
    pub fix: Option<String>,
}

/// The open file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditorView {
    pub path: String,
    pub text: String,
    /// The file's bytes are simulated (a package file with a declared size), so it is read-only.
    pub simulated: bool,
    /// Lint findings, for a Dockerfile.
    pub findings: Vec<FindingView>,
}

/// The Files pane.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilesView {
    pub tree: Vec<FileEntry>,
    pub editor: Option<EditorView>,
}

/// One layer row of an image, newest first as `docker history` lists them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LayerRow {
    /// The instruction that made it, as Docker records it (without the `/bin/sh -c #(nop) ` prefix).
    pub created_by: String,
    /// Its size (`0B` for a metadata step).
    pub size: String,
    /// A metadata step: no filesystem change.
    pub empty: bool,
}

/// One image in the store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImageRow {
    /// `repository:tag` names, or `<none>:<none>` for a dangling image.
    pub names: Vec<String>,
    /// The short ID (12 hex digits).
    pub id: String,
    pub size: String,
    /// `2 minutes ago`.
    pub created: String,
    pub layers: Vec<LayerRow>,
}

/// One step of the last build with the cache's decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepRow {
    /// `[2/5] COPY . .` as BuildKit names it.
    pub name: String,
    /// `cached`, `rebuilt` or `base`.
    pub decision: &'static str,
    /// Why, in words ("app.py changed: sha256 1a2b… → 3c4d…").
    pub why: String,
}

/// The Layers pane.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LayersView {
    pub images: Vec<ImageRow>,
    /// The last build's tags and steps, if there was one.
    pub last_build: Option<(Vec<String>, bool, Vec<StepRow>)>,
}

/// Whether a file name is a Dockerfile the linter should read.
pub fn is_dockerfile(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name == "Dockerfile"
        || name == "dockerfile"
        || name.starts_with("Dockerfile.")
        || name.ends_with(".Dockerfile")
        || name.ends_with(".dockerfile")
}

/// Drop terminal escape sequences (`ESC [ … letter`, as Werkzeug colours its warning): the
/// terminal pane shows plain text.
pub fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            chars.next();
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// How many names the file tree shows at most.
const TREE_LIMIT: usize = 400;

/// The rows of `dir` and, depth first, of its folders (names starting with `.` are hidden).
fn walk(
    fs: &crate::vfs::Fs,
    dir: &str,
    depth: usize,
    open: Option<&str>,
    out: &mut Vec<FileEntry>,
) {
    let Ok(mut entries) = fs.read_dir(dir) else {
        return;
    };
    crate::sort::sort_by(&mut entries, |a, b| a.name.cmp(&b.name));
    for e in entries {
        if e.name.starts_with('.') || out.len() >= TREE_LIMIT {
            continue;
        }
        let path = format!("{dir}/{}", e.name);
        let is_dir = e.stat.kind == crate::vfs::Kind::Dir;
        out.push(FileEntry {
            open: open == Some(path.as_str()),
            path: path.clone(),
            name: e.name,
            depth,
            dir: is_dir,
        });
        if is_dir && depth < 8 {
            walk(fs, &path, depth + 1, open, out);
        }
    }
}

/// The simulated world behind the page. A session's clones share it (the world is large and
/// changes in place); it is not part of the saved state.
#[derive(Clone, Default)]
pub struct SharedWorld(Rc<RefCell<World>>);

impl PartialEq for SharedWorld {
    fn eq(&self, other: &SharedWorld) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for SharedWorld {}

impl std::fmt::Debug for SharedWorld {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SharedWorld")
    }
}

/// What a line of the terminal's scrollback is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LineKind {
    /// The prompt and what the learner typed.
    Input,
    /// Standard output.
    Out,
    /// Standard error.
    Err,
}

/// One line of the terminal's scrollback.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermLine {
    pub kind: LineKind,
    pub text: String,
}

/// How many scrollback lines the terminal keeps.
pub const SCROLLBACK: usize = 5000;

/// The terminal as the UI draws it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TerminalView {
    pub lines: Vec<TermLine>,
    /// The prompt before the input field.
    pub prompt: String,
    /// Whether typed text is shown (false at a password prompt).
    pub echo: bool,
}

/// The simulated computer and what the panes keep of it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Workspace {
    world: SharedWorld,
    scrollback: Vec<TermLine>,
    /// The file open in the editor.
    open: Option<String>,
    /// The Preview's last address and answer.
    preview: Option<(String, PreviewPage)>,
    /// Bumped on every change to the world, so views that read it re-render.
    revision: u64,
}

impl Workspace {
    /// Apply one action. Every action is total: none can fail or panic.
    pub fn apply(&mut self, action: WorkAction) {
        match action {
            WorkAction::Type(line) => self.type_line(&line),
            WorkAction::Open(path) => {
                let ok = self.world.0.borrow().host.fs.is_file(&path);
                if ok {
                    self.open = Some(path);
                    self.revision += 1;
                }
            }
            WorkAction::Edit(text) => {
                if let Some(path) = self.open.clone() {
                    let mut w = self.world.0.borrow_mut();
                    let fs = &mut w.host.fs;
                    let simulated = fs.stat(&path).map(|st| st.declared).unwrap_or(true);
                    if !simulated && fs.write(&path, text.as_bytes()).is_ok() {
                        self.revision += 1;
                    }
                }
            }
            WorkAction::ApplyFix(n) => {
                if let Some(path) = self.open.clone() {
                    let mut w = self.world.0.borrow_mut();
                    let fs = &mut w.host.fs;
                    if let Ok(src) = fs.read_string(&path) {
                        let fix = crate::lint::lint(&src)
                            .into_iter()
                            .nth(n)
                            .and_then(|f| f.fix);
                        if let Some(fix) = fix {
                            let fixed = fix.apply(&src);
                            if fs.write(&path, fixed.as_bytes()).is_ok() {
                                self.revision += 1;
                            }
                        }
                    }
                }
            }
            WorkAction::Browse(url) => {
                self.browse(url.trim());
                self.poll();
            }
            WorkAction::Tick => {
                let typed = {
                    let mut w = self.world.0.borrow_mut();
                    if !w.following() {
                        return;
                    }
                    w.wait(1000)
                };
                self.push_output(&typed.output);
                self.revision += 1;
            }
            WorkAction::Interrupt => {
                let typed = self.world.0.borrow_mut().interrupt();
                self.push_output(&typed.output);
                self.revision += 1;
            }
        }
    }

    fn push(&mut self, kind: LineKind, text: &str) {
        self.scrollback.push(TermLine {
            kind,
            text: text.to_string(),
        });
    }

    fn push_output(&mut self, output: &crate::sh::Output) {
        for (stream, bytes) in output.chunks() {
            let kind = match stream {
                Stream::Stderr => LineKind::Err,
                _ => LineKind::Out,
            };
            let text = strip_ansi(&String::from_utf8_lossy(bytes));
            for piece in text.split_inclusive('\n') {
                // A chunk that continues the previous unfinished line of the same kind joins it.
                match self.scrollback.last_mut() {
                    Some(last) if last.kind == kind && !last.text.ends_with('\n') => {
                        last.text.push_str(piece)
                    }
                    _ => self.push(kind, piece),
                }
            }
        }
        if self.scrollback.len() > SCROLLBACK {
            let cut = self.scrollback.len() - SCROLLBACK;
            self.scrollback.drain(..cut);
        }
    }

    /// What the terminal's foreground printed meanwhile (a request logged by the container
    /// that `docker logs -f` follows).
    fn poll(&mut self) {
        let typed = self.world.0.borrow_mut().poll();
        self.push_output(&typed.output);
        self.revision += 1;
    }

    /// Open `url` in the Preview through the one HTTP path the terminal's `curl` uses: the
    /// host's own addresses reach the containers' published ports, other names the
    /// simulated internet.
    fn browse(&mut self, url: &str) {
        use crate::programs::net::{self, HttpRequest, Reply};
        let shown = if url.is_empty() { "localhost" } else { url };
        let page = match net::parse_url(shown) {
            Err(scheme) => PreviewPage::Failed {
                message: format!(
                    "The address uses the scheme {scheme}:, which the preview does not open."
                ),
                code: "ERR_UNKNOWN_URL_SCHEME",
            },
            Ok(u) => {
                let reply = if net::is_local(&u.host) {
                    let req = HttpRequest {
                        method: "GET".into(),
                        scheme: u.scheme.clone(),
                        host: u.host.clone(),
                        port: u.port,
                        path: u.path.clone(),
                    };
                    let mut w = self.world.0.borrow_mut();
                    crate::runtime::http_from_host(&mut w.host, &req)
                } else {
                    net::fetch(shown)
                };
                let host = u.host.clone();
                match reply {
                    Reply::Response(r) => {
                        let html = r
                            .header("Content-Type")
                            .is_some_and(|t| t.starts_with("text/html"));
                        PreviewPage::Response {
                            status: format!("{} {}", r.status, r.reason),
                            html,
                            body: String::from_utf8_lossy(&r.body).into_owned(),
                        }
                    }
                    Reply::Refused => PreviewPage::Failed {
                        message: format!("{host} refused to connect."),
                        code: "ERR_CONNECTION_REFUSED",
                    },
                    Reply::Reset => PreviewPage::Failed {
                        message: format!("{host} didn't send any data."),
                        code: "ERR_EMPTY_RESPONSE",
                    },
                    Reply::Unresolved => PreviewPage::Failed {
                        message: format!("{host}'s server IP address could not be found."),
                        code: "ERR_NAME_NOT_RESOLVED",
                    },
                }
            }
        };
        self.preview = Some((shown.to_string(), page));
        self.revision += 1;
    }

    /// The Preview pane: the published ports to open, and the last page.
    pub fn preview(&self) -> PreviewView {
        let w = self.world.0.borrow();
        let mut ports = Vec::new();
        for c in w.host.daemon.runtime.containers() {
            if c.state != crate::runtime::State::Running {
                continue;
            }
            for b in &c.bindings {
                let url = format!("localhost:{}", b.host_port);
                if b.proto == "tcp" && !ports.iter().any(|(u, _)| *u == url) {
                    let label = format!("{} · {}/{}", c.name, b.container_port, b.proto);
                    ports.push((url, label));
                }
            }
        }
        let (url, page) = match &self.preview {
            Some((u, p)) => (u.clone(), Some(p.clone())),
            None => (String::new(), None),
        };
        PreviewView { ports, url, page }
    }

    /// Whether the terminal follows a container, so the page should tick.
    pub fn following(&self) -> bool {
        self.world.0.borrow().following()
    }

    fn type_line(&mut self, line: &str) {
        let (prompt, echo) = {
            let w = self.world.0.borrow();
            (w.prompt(), w.echo())
        };
        let shown = if echo { line } else { "" };
        self.push(LineKind::Input, &format!("{prompt}{shown}\n"));
        if echo && line.trim() == "clear" {
            self.scrollback.clear();
            return;
        }
        let typed = self.world.0.borrow_mut().type_line(line);
        self.push_output(&typed.output);
        self.revision += 1;
    }

    /// The Files pane: the learner's home directory as a tree, and the open file with its
    /// lint findings.
    pub fn files(&self) -> FilesView {
        let w = self.world.0.borrow();
        let fs = &w.host.fs;
        let mut tree = Vec::new();
        walk(fs, crate::world::HOME, 0, self.open.as_deref(), &mut tree);
        let editor = self.open.as_ref().and_then(|path| {
            let st = fs.stat(path).ok()?;
            let text = fs.read_string(path).unwrap_or_default();
            let findings = if is_dockerfile(path) {
                crate::lint::lint(&text)
                    .into_iter()
                    .map(|f| {
                        let rule = crate::lint::rule(f.code);
                        FindingView {
                            line: f.line,
                            code: f.code,
                            level: f.level.as_str(),
                            message: f.message,
                            explain: rule
                                .map(|r| format!("{} {}", r.explain.what, r.explain.why))
                                .unwrap_or_default(),
                            fix: f.fix.map(|x| x.title),
                        }
                    })
                    .collect()
            } else {
                Vec::new()
            };
            Some(EditorView {
                path: path.clone(),
                text,
                simulated: st.declared,
                findings,
            })
        });
        FilesView { tree, editor }
    }

    /// The Layers pane: every image with its layers, and the last build's cache decisions.
    pub fn layers(&self) -> LayersView {
        use crate::engine::Explanation;
        let w = self.world.0.borrow();
        let engine = &w.host.daemon.engine;
        let now = engine.clock.unix();
        let ago = |created: Option<&String>| {
            created
                .and_then(|c| crate::internet::clock::parse_rfc3339(c))
                .map(|t| format!("{} ago", crate::internet::clock::human_duration(now - t)))
                .unwrap_or_else(|| "N/A".to_string())
        };
        let mut images: Vec<(&crate::store::Image, String)> = engine
            .store
            .images()
            .map(|i| (i, i.config.created.clone().unwrap_or_default()))
            .collect();
        crate::sort::sort_by(&mut images, |a, b| b.1.cmp(&a.1));
        let images = images
            .into_iter()
            .map(|(img, _)| {
                let mut names: Vec<String> = engine
                    .store
                    .tags_of(&img.id)
                    .into_iter()
                    .map(str::to_string)
                    .collect();
                if names.is_empty() {
                    names.push("<none>:<none>".into());
                }
                let layers = img
                    .history()
                    .into_iter()
                    .rev()
                    .map(|(h, layer)| LayerRow {
                        created_by: h
                            .created_by
                            .trim_start_matches("/bin/sh -c #(nop) ")
                            .trim()
                            .to_string(),
                        size: crate::engine::human_size(layer.map(|l| l.size).unwrap_or(0)),
                        empty: h.empty_layer,
                    })
                    .collect();
                ImageRow {
                    names,
                    id: img.id.hex().chars().take(12).collect(),
                    size: crate::engine::human_size(img.size()),
                    created: ago(img.config.created.as_ref()),
                    layers,
                }
            })
            .collect();
        let last_build = w.host.daemon.last_build.as_ref().map(|b| {
            let steps = b
                .steps
                .iter()
                .filter(|r| r.info.is_vertex())
                .map(|r| StepRow {
                    name: r.info.vertex_name(&r.info.text),
                    decision: match &r.explanation {
                        Explanation::Base { .. } => "base",
                        Explanation::Hit { .. } => "cached",
                        Explanation::Miss(_) => "rebuilt",
                    },
                    why: r.explanation.to_string(),
                })
                .collect();
            (b.tags.clone(), b.ok, steps)
        });
        LayersView { images, last_build }
    }

    /// The terminal as the UI draws it: each scrollback line without its line break.
    pub fn terminal(&self) -> TerminalView {
        let w = self.world.0.borrow();
        TerminalView {
            lines: self
                .scrollback
                .iter()
                .map(|l| TermLine {
                    kind: l.kind,
                    text: l.text.trim_end_matches('\n').to_string(),
                })
                .collect(),
            prompt: w.prompt(),
            echo: w.echo(),
        }
    }
}
