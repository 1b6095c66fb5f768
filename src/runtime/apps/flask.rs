//! The Flask model: runs an app file written in a small Python subset (see `py`), the way
//! `python app.py` or `flask run` would, with the startup banner of the installed Flask and
//! Werkzeug, and answers requests through its routes and Jinja templates. Anything beyond
//! the subset stops the process with a message that says so.

use crate::map::Map;

use super::jinja::{self, TemplateError, Value};
use super::py::{self, Expr, Stmt};
use crate::programs::net::{HttpRequest, HttpResponse};
use crate::programs::pkg;
use crate::vfs::Fs;

/// A Python interpreter found in the container's filesystem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Python {
    /// Full version (`3.12.6`, `2.7.13`).
    pub version: String,
    /// The interpreter's real file.
    pub exe: String,
    /// Folders Python imports installed packages from, first the one pip installs into.
    pub sites: Vec<String>,
}

impl Python {
    pub fn two(&self) -> bool {
        self.version.starts_with("2.")
    }

    fn at_least(&self, want: &[u64]) -> bool {
        pkg::version_at_least(&self.version, want)
    }
}

/// Find the interpreter `cmd` names (a path, or a name looked up in `PATH`).
pub fn find_python(fs: &Fs, cmd: &str, env: &Map<String, String>, cwd: &str) -> Option<Python> {
    let path = which(fs, cmd, env, cwd)?;
    python_at(fs, &path, env)
}

/// The file a command names: a path as is, or the first match in `PATH`.
pub fn which(fs: &Fs, cmd: &str, env: &Map<String, String>, cwd: &str) -> Option<String> {
    if cmd.contains('/') {
        let p = crate::sh::absolute(cwd, cmd);
        return fs.is_file(&p).then_some(p);
    }
    let path = env
        .get("PATH")
        .map_or(crate::internet::hub::DEFAULT_PATH, String::as_str);
    path.split(':')
        .filter(|d| !d.is_empty())
        .map(|d| format!("{}/{cmd}", d.trim_end_matches('/')))
        .find(|p| fs.is_file(p))
}

/// Describe the interpreter at `path` (links followed), if it is a Python.
pub fn python_at(fs: &Fs, path: &str, env: &Map<String, String>) -> Option<Python> {
    let real = crate::sh::resolve_links(fs, path);
    let name = real.rsplit('/').next().unwrap_or("");
    let short = name.strip_prefix("python")?;
    let short = match short {
        "2" => "2.7",
        s if s.contains('.') => s,
        _ => return None,
    };
    if !short
        .split('.')
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let prefix = crate::sh::parent(&crate::sh::parent(&real));
    let musl = pkg::apk_release(fs).is_some();
    let mut version = format!("{short}.0");
    if let Some(v) = env
        .get("PYTHON_VERSION")
        .filter(|v| v.starts_with(&format!("{short}.")))
    {
        version = v.clone();
    } else if let Some(rel) = pkg::apk_release(fs) {
        let want = if short.starts_with('2') {
            "python2"
        } else {
            "python3"
        };
        if let Some((_, v)) = pkg::apk_installed(fs, rel)
            .into_iter()
            .find(|(n, _)| n == want)
        {
            version = v.split('-').next().unwrap_or(&v).to_string();
        }
    } else if let Some(rel) = pkg::apt_release(fs) {
        let want = [format!("python{short}-minimal"), format!("python{short}")];
        if let Some((_, v)) = pkg::dpkg_installed(fs, rel)
            .into_iter()
            .find(|(n, _)| want.contains(n))
        {
            version = pkg::upstream(&v).to_string();
        }
    }
    let mut sites = Vec::new();
    if prefix == "/usr" && !musl {
        sites.push(format!("/usr/local/lib/python{short}/dist-packages"));
        let major = if short.starts_with('2') { "2.7" } else { "3" };
        sites.push(format!("/usr/lib/python{major}/dist-packages"));
    } else {
        sites.push(format!("{prefix}/lib/python{short}/site-packages"));
    }
    // A virtual environment: `ENV/bin/python` with `ENV/pyvenv.cfg` beside `bin`.
    let env_root = crate::sh::parent(&crate::sh::parent(path));
    if fs.is_file(&format!("{env_root}/pyvenv.cfg")) {
        sites = vec![format!("{env_root}/lib/python{short}/site-packages")];
    }
    Some(Python {
        version,
        exe: real,
        sites,
    })
}

/// The version of an installed distribution (`Flask`), and the folder it is in.
pub fn installed(fs: &Fs, py: &Python, dist: &str) -> Option<(String, String)> {
    for site in &py.sites {
        if let Some((_, v)) = pkg::site_packages(fs, site)
            .into_iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(dist))
        {
            return Some((v, site.clone()));
        }
    }
    // Distribution packages (`python3-flask`, `py3-flask`) record themselves in dpkg or apk.
    let names = [
        format!("python3-{}", dist.to_ascii_lowercase()),
        format!("python-{}", dist.to_ascii_lowercase()),
        format!("py3-{}", dist.to_ascii_lowercase()),
        format!("py-{}", dist.to_ascii_lowercase()),
    ];
    let pkgs = if let Some(rel) = pkg::apk_release(fs) {
        pkg::apk_installed(fs, rel)
    } else if let Some(rel) = pkg::apt_release(fs) {
        pkg::dpkg_installed(fs, rel)
    } else {
        Vec::new()
    };
    pkgs.into_iter()
        .find(|(n, _)| names.contains(n))
        .map(|(_, v)| {
            let v = pkg::upstream(&v);
            let v = v.split("-r").next().unwrap_or(v).to_string();
            (v, py.sites.last().cloned().unwrap_or_default())
        })
}

/// How the app was started.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Launch {
    /// `python app.py`: the module runs as `__main__` and `app.run()` serves.
    Script,
    /// `flask run`: the CLI imports the module and serves on `host:port`.
    Cli {
        host: String,
        port: u16,
        debug: Option<bool>,
        /// `FLASK_APP` as given, when it was.
        import_path: Option<String>,
        /// The variable after `:` in `FLASK_APP`.
        var: Option<String>,
    },
}

/// The simulated Flask application a container's process serves.
#[derive(Clone, Debug, PartialEq)]
pub struct FlaskApp {
    /// The app file's path as Python shows it in tracebacks.
    pub file: String,
    /// The folder the app file is in (`templates/` is beside it).
    pub root: String,
    /// The address it listens on inside the container (`0.0.0.0` or `127.0.0.1`).
    pub host: String,
    pub port: u16,
    pub debug: bool,
    model: Box<Model>,
}

/// What the app file defined, and the versions it runs with.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    /// The installed Flask, Werkzeug and Python versions.
    pub flask: String,
    pub werkzeug: String,
    pub python: String,
    lines: Vec<String>,
    globals: Map<String, Val>,
    routes: Vec<Route>,
    /// The process's environment (`os.environ`).
    env: Map<String, String>,
}

impl std::ops::Deref for FlaskApp {
    type Target = Model;
    fn deref(&self) -> &Model {
        &self.model
    }
}

#[derive(Clone, Debug, PartialEq)]
struct Route {
    path: String,
    func: String,
    body: Vec<Stmt>,
}

/// A Python value in the model.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Val {
    Data(Value),
    Module(String),
    Builtin(&'static str),
    /// The `Flask(...)` application object.
    App,
    /// A function defined in the app (not callable from the model).
    Func(String),
}

/// Why running stopped.
#[derive(Clone, Debug, PartialEq)]
enum Stop {
    /// A Python exception: kind, message, the line it was raised on, and the function.
    Raise(String, String, usize),
    /// An exception raised inside a library: its inner frames and exception line, and the
    /// line of the app that led there.
    Failed(String, usize),
    /// A template error raised from `render_template` on this line.
    Template(TemplateError, usize),
    /// Something outside the modelled subset, on this line.
    Unsupported(String, usize),
    /// `app.run(...)` was reached (only as a script).
    Run(Vec<(String, Val)>, usize),
    /// `return` from a view.
    Return(Val),
}

/// What starting the app gave: serving, or an exit with output and status.
pub enum Started {
    Serving(FlaskApp, String),
    Exited(i32, String),
}

fn unsupported_line(what: &str, file: &str, line: usize) -> String {
    let base = file.rsplit('/').next().unwrap_or(file);
    format!("layerlab: this Flask app uses {what}, which the simulation does not model ({base}, line {line}).\n")
}

/// Run the app file `file` (absolute path) with interpreter `py`.
pub fn start(
    fs: &Fs,
    py: &Python,
    file: &str,
    shown: &str,
    launch: &Launch,
    env: &Map<String, String>,
    container_ip: &str,
) -> Started {
    let Ok(bytes) = fs.read(file) else {
        return Started::Exited(1, String::new());
    };
    let src = String::from_utf8_lossy(&bytes).into_owned();
    let lines: Vec<String> = src.lines().map(str::to_string).collect();
    let module = match py::parse(&src) {
        Ok(m) => m,
        Err(e) => {
            let kind = if e.indentation {
                "IndentationError"
            } else {
                "SyntaxError"
            };
            let (message, line, caret) = match &e.newer {
                Some((m, l, c)) if py.at_least(&[3, 10]) => (m.clone(), *l, *c),
                _ => (e.message.clone(), e.line, None),
            };
            let raw = lines.get(line.saturating_sub(1)).map_or("", String::as_str);
            let text = raw.trim_start();
            let mut out = format!("  File \"{shown}\", line {line}\n    {text}\n");
            if let Some(col) = caret {
                let indent = raw.chars().count() - text.chars().count();
                out.push_str(&format!(
                    "    {}^\n",
                    " ".repeat(col.saturating_sub(indent))
                ));
            }
            out.push_str(&format!("{kind}: {message}\n"));
            return Started::Exited(1, out);
        }
    };
    let cli = matches!(launch, Launch::Cli { .. });
    let flask = installed(fs, py, "Flask");
    let werkzeug = installed(fs, py, "Werkzeug").map_or_else(|| "0.0".to_string(), |(v, _)| v);
    let mut m = Module {
        fs,
        py,
        flask: flask.clone(),
        env,
        root: crate::sh::parent(file),
        globals: Map::new(),
        routes: Vec::new(),
        name: if cli {
            stem(file).to_string()
        } else {
            "__main__".to_string()
        },
        cli,
    };
    m.globals
        .insert("__name__".into(), Val::Data(Value::Str(m.name.clone())));
    m.globals
        .insert("__file__".into(), Val::Data(Value::Str(shown.to_string())));
    let stop = m.exec(&module, &mut Map::new(), None, 0);
    let frame = |line: usize| {
        let text = lines.get(line.saturating_sub(1)).map_or("", |l| l.trim());
        format!("  File \"{shown}\", line {line}, in <module>\n    {text}\n")
    };
    let run_args = match stop {
        Ok(()) => None,
        Err(Stop::Run(args, _)) => Some(args),
        Err(Stop::Raise(kind, msg, line)) => {
            let mut out = String::new();
            if cli {
                out.push_str(&format!(
                    "Error: While importing '{}', an ImportError was raised:\n\n",
                    stem(file)
                ));
            }
            out.push_str(&format!(
                "Traceback (most recent call last):\n{}{kind}: {msg}\n",
                frame(line)
            ));
            return Started::Exited(if cli { 2 } else { 1 }, out);
        }
        Err(Stop::Unsupported(what, line)) => {
            return Started::Exited(1, unsupported_line(&what, shown, line));
        }
        Err(Stop::Failed(text, line)) => {
            return Started::Exited(
                1,
                format!("Traceback (most recent call last):\n{}{text}", frame(line)),
            );
        }
        Err(Stop::Template(e, line)) => {
            return Started::Exited(
                1,
                format!(
                    "Traceback (most recent call last):\n{}{}\n",
                    frame(line),
                    e.exception_line()
                ),
            );
        }
        Err(Stop::Return(_)) => {
            return Started::Exited(
                1,
                format!("  File \"{shown}\", line 1\nSyntaxError: 'return' outside function\n"),
            );
        }
    };
    let Some((flask_version, _)) = flask else {
        // No `from flask import`: the module ran and ended.
        return Started::Exited(0, String::new());
    };
    if !m.globals.values().any(|v| *v == Val::App) {
        if cli {
            return Started::Exited(2, format!("Usage: flask run [OPTIONS]\nTry 'flask run --help' for help.\n\nError: Failed to find Flask application or factory in module '{}'. Use '{}:name' to specify one.\n", stem(file), stem(file)));
        }
        return Started::Exited(0, String::new());
    }
    let dev = env.get("FLASK_ENV").is_some_and(|v| v == "development")
        && pkg::version_at_least(&flask_version, &[1])
        && !pkg::version_at_least(&flask_version, &[2, 3]);
    let env_debug = env
        .get("FLASK_DEBUG")
        .map(|v| !matches!(v.to_ascii_lowercase().as_str(), "" | "0" | "false" | "no"));
    let (host, port, debug, banner_name) = match launch {
        Launch::Script => {
            let Some(args) = run_args else {
                // The module ended without calling `app.run()`: Python exits quietly.
                return Started::Exited(0, String::new());
            };
            let mut host = "127.0.0.1".to_string();
            let mut port = 5000u16;
            let mut debug = env_debug.unwrap_or(dev);
            for (k, v) in &args {
                match (k.as_str(), v) {
                    ("host", Val::Data(Value::Str(h))) => host = h.clone(),
                    ("host", Val::Data(Value::None)) => {}
                    ("port", Val::Data(Value::Int(p))) => match u16::try_from(*p) {
                        Ok(p) => port = p,
                        Err(_) => {
                            return Started::Exited(
                                1,
                                "OverflowError: bind(): port must be 0-65535.\n".into(),
                            )
                        }
                    },
                    ("port", Val::Data(Value::Str(p))) => match p.parse() {
                        Ok(p) => port = p,
                        Err(_) => {
                            return Started::Exited(
                                1,
                                format!(
                                    "ValueError: invalid literal for int() with base 10: {}\n",
                                    jinja::str_repr(p)
                                ),
                            )
                        }
                    },
                    ("port", Val::Data(Value::None)) => {}
                    ("debug", Val::Data(v)) => debug = v.truthy(),
                    ("use_reloader" | "threaded" | "load_dotenv", _) => {}
                    (other, _) => {
                        return Started::Exited(
                            1,
                            unsupported_line(&format!("app.run({other}=…)"), shown, 1),
                        )
                    }
                }
            }
            let name = stem(file).to_string();
            (host, port, debug, Some(name))
        }
        Launch::Cli {
            host,
            port,
            debug,
            import_path,
            ..
        } => {
            let debug = debug.or(env_debug).unwrap_or(dev);
            (host.clone(), *port, debug, import_path.clone())
        }
    };
    let listen = match host.as_str() {
        "0.0.0.0" | "::" | "" => "0.0.0.0".to_string(),
        "127.0.0.1" | "localhost" => "127.0.0.1".to_string(),
        h if h == container_ip => "0.0.0.0".to_string(),
        _ => {
            let msg = if pkg::version_at_least(&werkzeug, &[2, 1]) {
                "Cannot assign requested address\n".to_string()
            } else {
                "OSError: [Errno 99] Cannot assign requested address\n".to_string()
            };
            return Started::Exited(1, msg);
        }
    };
    let banner = banner(&Banner {
        flask: &flask_version,
        werkzeug: &werkzeug,
        name: banner_name.as_deref(),
        cli,
        env: if dev { "development" } else { "production" },
        host: &host,
        port,
        debug,
        ip: container_ip,
        pin_seed: &format!("{shown}{container_ip}"),
    });
    let app = FlaskApp {
        file: shown.to_string(),
        root: crate::sh::parent(file),
        host: listen,
        port,
        debug,
        model: Box::new(Model {
            flask: flask_version,
            werkzeug,
            python: py.version.clone(),
            lines,
            globals: m.globals,
            routes: m.routes,
            env: env.clone(),
        }),
    };
    Started::Serving(app, banner)
}

fn stem(file: &str) -> &str {
    let base = file.rsplit('/').next().unwrap_or(file);
    base.strip_suffix(".py").unwrap_or(base)
}

struct Banner<'a> {
    flask: &'a str,
    werkzeug: &'a str,
    name: Option<&'a str>,
    cli: bool,
    env: &'a str,
    host: &'a str,
    port: u16,
    debug: bool,
    ip: &'a str,
    pin_seed: &'a str,
}

/// The lines Flask and Werkzeug print when the development server starts, in the format of
/// the installed versions.
fn banner(b: &Banner<'_>) -> String {
    let at = |v: &str, want: &[u64]| pkg::version_at_least(v, want);
    let mut out = String::new();
    // Flask's own lines.
    if at(b.flask, &[2, 2]) {
        if let Some(n) = b.name {
            out.push_str(&format!(" * Serving Flask app '{n}'\n"));
        }
        out.push_str(&format!(
            " * Debug mode: {}\n",
            if b.debug { "on" } else { "off" }
        ));
    } else if at(b.flask, &[1]) {
        if let Some(n) = b.name {
            if at(b.flask, &[2]) {
                out.push_str(&format!(" * Serving Flask app '{n}' (lazy loading)\n"));
            } else {
                out.push_str(&format!(" * Serving Flask app \"{n}\" (lazy loading)\n"));
            }
        }
        out.push_str(&format!(" * Environment: {}\n", b.env));
        if b.env == "production" {
            if at(b.flask, &[1, 1]) {
                out.push_str("   WARNING: This is a development server. Do not use it in a production deployment.\n");
            } else {
                out.push_str(
                    "   WARNING: Do not use the development server in a production environment.\n",
                );
            }
            out.push_str("   Use a production WSGI server instead.\n");
        }
        out.push_str(&format!(
            " * Debug mode: {}\n",
            if b.debug { "on" } else { "off" }
        ));
    } else if b.cli {
        if let Some(n) = b.name {
            out.push_str(&format!(" * Serving Flask app \"{}\"\n", stem(n)));
        }
        if b.debug {
            out.push_str(" * Forcing debug mode on\n");
        }
    }
    // Werkzeug's lines.
    let all = matches!(b.host, "0.0.0.0" | "::" | "");
    let shown_host = if b.host == "localhost" {
        "127.0.0.1"
    } else {
        b.host
    };
    if at(b.werkzeug, &[2, 1]) {
        out.push_str("\x1b[31m\x1b[1mWARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.\x1b[0m\n");
        if all {
            out.push_str(" * Running on all addresses (0.0.0.0)\n");
            out.push_str(&format!(" * Running on http://127.0.0.1:{}\n", b.port));
            out.push_str(&format!(" * Running on http://{}:{}\n", b.ip, b.port));
        } else {
            out.push_str(&format!(" * Running on http://{}:{}\n", b.host, b.port));
        }
        out.push_str("\x1b[33mPress CTRL+C to quit\x1b[0m\n");
    } else if at(b.werkzeug, &[2]) {
        let shown = if all {
            out.push_str(" * Running on all addresses.\n   WARNING: This is a development server. Do not use it in a production deployment.\n");
            b.ip
        } else {
            shown_host
        };
        out.push_str(&format!(
            " * Running on http://{shown}:{}/ (Press CTRL+C to quit)\n",
            b.port
        ));
    } else {
        let shown = if b.host.is_empty() {
            "localhost"
        } else {
            b.host
        };
        out.push_str(&format!(
            " * Running on http://{shown}:{}/ (Press CTRL+C to quit)\n",
            b.port
        ));
    }
    if b.debug {
        let d = crate::store::Digest::of(b.pin_seed.as_bytes());
        let h = d.as_bytes();
        let n = |i: usize| (u32::from(h[i]) << 8 | u32::from(h[i + 1])) % 1000;
        out.push_str(" * Restarting with stat\n");
        out.push_str(" * Debugger is active!\n");
        let label = if at(b.werkzeug, &[0, 11, 5]) {
            "Debugger PIN"
        } else {
            "Debugger pin code"
        };
        out.push_str(&format!(
            " * {label}: {:03}-{:03}-{:03}\n",
            n(0),
            n(2),
            n(4)
        ));
    }
    out
}

/// Module execution state.
struct Module<'a> {
    fs: &'a Fs,
    py: &'a Python,
    flask: Option<(String, String)>,
    env: &'a Map<String, String>,
    /// The absolute folder of the app file.
    root: String,
    globals: Map<String, Val>,
    routes: Vec<Route>,
    name: String,
    cli: bool,
}

const STDLIB: &[&str] = &[
    "os",
    "sys",
    "json",
    "time",
    "datetime",
    "math",
    "re",
    "logging",
    "collections",
    "socket",
    "subprocess",
    "string",
    "itertools",
    "functools",
    "pathlib",
    "typing",
    "uuid",
    "hashlib",
    "base64",
    "sqlite3",
    "threading",
    "urllib",
    "http",
    "io",
    "csv",
    "pickle",
    "shutil",
    "copy",
];

const FLASK_NAMES: &[&str] = &[
    "request",
    "jsonify",
    "redirect",
    "url_for",
    "abort",
    "session",
    "flash",
    "make_response",
    "send_from_directory",
    "send_file",
    "Response",
    "Blueprint",
    "g",
    "current_app",
    "render_template_string",
    "Markup",
    "escape",
    "get_flashed_messages",
    "stream_with_context",
];

type Rand<'r> = Option<&'r mut dyn FnMut() -> u64>;

impl Module<'_> {
    fn import_error(&self, module: &str, line: usize) -> Stop {
        let top = module.split('.').next().unwrap_or(module);
        if self.py.two() {
            Stop::Raise("ImportError".into(), format!("No module named {top}"), line)
        } else {
            Stop::Raise(
                "ModuleNotFoundError".into(),
                format!("No module named '{top}'"),
                line,
            )
        }
    }

    /// Whether a third-party module is importable (some installed distribution provides it).
    fn importable(&self, top: &str) -> bool {
        self.py.sites.iter().any(|site| {
            pkg::site_packages(self.fs, site).iter().any(|(n, _)| {
                crate::internet::pypi::import_names(n)
                    .iter()
                    .any(|m| m == top)
            }) || self.fs.exists(&format!("{site}/{top}"))
        }) || self.fs.is_file(&format!("{}/{top}.py", self.root))
    }

    fn import(&mut self, module: &str, line: usize) -> Result<Val, Stop> {
        let top = module.split('.').next().unwrap_or(module);
        match module {
            "flask" => {
                let Some((version, site)) = &self.flask else {
                    return Err(self.import_error(module, line));
                };
                // Flask before 1.1 imports MutableMapping from collections, which Python 3.10
                // removed.
                if !pkg::version_at_least(version, &[1, 1]) && self.py.at_least(&[3, 10]) {
                    let short: Vec<&str> = self.py.version.split('.').take(2).collect();
                    let short = short.join(".");
                    let last = format!("ImportError: cannot import name 'MutableMapping' from 'collections' (/usr/local/lib/python{short}/collections/__init__.py)\n");
                    // Flask 1.0's own frames, as it prints them; older releases import it
                    // from other lines, which this model does not know.
                    let inner = if pkg::version_at_least(version, &[1]) {
                        format!("  File \"{site}/flask/__init__.py\", line 21, in <module>\n    from .app import Flask, Request, Response\n  File \"{site}/flask/app.py\", line 34, in <module>\n    from .sessions import SecureCookieSessionInterface\n  File \"{site}/flask/sessions.py\", line 14, in <module>\n    from collections import MutableMapping\n")
                    } else {
                        format!("  (layerlab: the frames inside {site}/flask are left out)\n")
                    };
                    return Err(Stop::Failed(format!("{inner}{last}"), line));
                }
                Ok(Val::Module("flask".into()))
            }
            "random" => Ok(Val::Module("random".into())),
            "os" => Ok(Val::Module("os".into())),
            _ if STDLIB.contains(&top) => {
                Err(Stop::Unsupported(format!("the module {module}"), line))
            }
            _ if self.importable(top) => {
                Err(Stop::Unsupported(format!("the module {module}"), line))
            }
            _ => Err(self.import_error(module, line)),
        }
    }

    fn exec(
        &mut self,
        body: &[Stmt],
        locals: &mut Map<String, Val>,
        mut rand: Rand<'_>,
        depth: usize,
    ) -> Result<(), Stop> {
        let in_func = depth > 0;
        for s in body {
            match s {
                Stmt::Pass => {}
                Stmt::FromImport {
                    module,
                    names,
                    line,
                } => {
                    self.import(module, *line)?;
                    if module != "flask" {
                        return Err(Stop::Unsupported(format!("`from {module} import`"), *line));
                    }
                    for (n, alias) in names {
                        let v = match n.as_str() {
                            "Flask" => Val::Builtin("Flask"),
                            "render_template" => Val::Builtin("render_template"),
                            "*" => {
                                self.globals.insert("Flask".into(), Val::Builtin("Flask"));
                                Val::Builtin("render_template")
                            }
                            other if FLASK_NAMES.contains(&other) => {
                                return Err(Stop::Unsupported(format!("flask's {other}"), *line))
                            }
                            other => {
                                let (_, site) = self.flask.clone().unwrap_or_default();
                                let msg = if self.py.two() {
                                    format!("cannot import name {other}")
                                } else {
                                    format!("cannot import name '{other}' from 'flask' ({site}/flask/__init__.py)")
                                };
                                return Err(Stop::Raise("ImportError".into(), msg, *line));
                            }
                        };
                        let key = if n == "*" { "render_template" } else { alias };
                        self.bind(locals, in_func, key, v);
                    }
                }
                Stmt::Import { modules, line } => {
                    for (m, alias) in modules {
                        let v = self.import(m, *line)?;
                        self.bind(locals, in_func, alias, v);
                    }
                }
                Stmt::Assign {
                    target,
                    value,
                    line,
                } => {
                    let v = self.eval(value, locals, &mut rand, *line)?;
                    self.bind(locals, in_func, target, v);
                }
                Stmt::Expr { value, line } => {
                    if let Expr::Str(_) = value {
                        continue;
                    }
                    if let Expr::Call { func, args, kwargs } = value {
                        if let Expr::Attr(base, m) = func.as_ref() {
                            if m == "run" && self.value_of(base, locals) == Some(Val::App) {
                                if self.cli {
                                    // `flask run` ignores a blocking `app.run()`.
                                    continue;
                                }
                                let mut named = Vec::new();
                                let order = ["host", "port", "debug"];
                                for (i, a) in args.iter().enumerate() {
                                    let Some(k) = order.get(i) else {
                                        return Err(Stop::Unsupported(
                                            "app.run() with more than three positional arguments"
                                                .into(),
                                            *line,
                                        ));
                                    };
                                    named.push((
                                        k.to_string(),
                                        self.eval(a, locals, &mut rand, *line)?,
                                    ));
                                }
                                for (k, a) in kwargs {
                                    named
                                        .push((k.clone(), self.eval(a, locals, &mut rand, *line)?));
                                }
                                return Err(Stop::Run(named, *line));
                            }
                        }
                        if let Expr::Name(n) = func.as_ref() {
                            if n == "print" {
                                return Err(Stop::Unsupported("print()".into(), *line));
                            }
                        }
                    }
                    self.eval(value, locals, &mut rand, *line)?;
                }
                Stmt::Def {
                    name,
                    decorators,
                    params,
                    body,
                    line,
                } => {
                    if in_func {
                        return Err(Stop::Unsupported(
                            "a function inside a function".into(),
                            *line,
                        ));
                    }
                    for (d, dline) in decorators {
                        let path = self.route(d, locals, *dline)?;
                        if !params.is_empty() {
                            return Err(Stop::Unsupported(
                                "a view function with parameters".into(),
                                *line,
                            ));
                        }
                        if !self.routes.iter().any(|r| r.path == path) {
                            self.routes.push(Route {
                                path,
                                func: name.clone(),
                                body: body.clone(),
                            });
                        }
                    }
                    self.globals.insert(name.clone(), Val::Func(name.clone()));
                }
                Stmt::If {
                    branches,
                    orelse,
                    line,
                } => {
                    let mut done = false;
                    for (cond, b) in branches {
                        if truthy(&self.eval(cond, locals, &mut rand, *line)?) {
                            self.exec(b, locals, rand.as_deref_mut().map(|r| r as _), depth)?;
                            done = true;
                            break;
                        }
                    }
                    if !done {
                        self.exec(orelse, locals, rand.as_deref_mut().map(|r| r as _), depth)?;
                    }
                }
                Stmt::Return { value, line } => {
                    if !in_func {
                        return Err(Stop::Return(Val::Data(Value::None)));
                    }
                    let v = match value {
                        Some(e) => self.eval(e, locals, &mut rand, *line)?,
                        None => Val::Data(Value::None),
                    };
                    return Err(Stop::Return(v));
                }
                Stmt::Other { what, line } => return Err(Stop::Unsupported(what.clone(), *line)),
            }
        }
        Ok(())
    }

    fn bind(&mut self, locals: &mut Map<String, Val>, in_func: bool, k: &str, v: Val) {
        if in_func {
            locals.insert(k.to_string(), v);
        } else {
            self.globals.insert(k.to_string(), v);
        }
    }

    fn value_of(&self, e: &Expr, locals: &Map<String, Val>) -> Option<Val> {
        match e {
            Expr::Name(n) => locals.get(n).or_else(|| self.globals.get(n)).cloned(),
            _ => None,
        }
    }

    /// The path of an `@app.route("/path")` decorator.
    fn route(&self, d: &Expr, locals: &Map<String, Val>, line: usize) -> Result<String, Stop> {
        let Expr::Call { func, args, kwargs } = d else {
            return Err(Stop::Unsupported(
                format!("the decorator @{}", py::show(d)),
                line,
            ));
        };
        let Expr::Attr(base, m) = func.as_ref() else {
            return Err(Stop::Unsupported(
                format!("the decorator @{}", py::show(d)),
                line,
            ));
        };
        if self.value_of(base, locals) != Some(Val::App) {
            if let Some(Val::Data(Value::Undefined(_))) | None = self.value_of(base, locals) {
                if let Expr::Name(n) = base.as_ref() {
                    return Err(name_error(n, line));
                }
            }
            return Err(Stop::Unsupported(
                format!("the decorator @{}", py::show(d)),
                line,
            ));
        }
        if m != "route" {
            return Err(Stop::Unsupported(format!("@app.{m}"), line));
        }
        for (k, v) in kwargs {
            let get_only = k == "methods"
                && matches!(v, Expr::List(items) | Expr::Tuple(items)
                    if items.iter().all(|i| matches!(i, Expr::Str(s) if s.eq_ignore_ascii_case("GET") || s.eq_ignore_ascii_case("HEAD"))));
            if !get_only {
                return Err(Stop::Unsupported(
                    format!("route option {k}={}", py::show(v)),
                    line,
                ));
            }
        }
        let [Expr::Str(path)] = args.as_slice() else {
            return Err(Stop::Unsupported(
                format!("the decorator @{}", py::show(d)),
                line,
            ));
        };
        if path.contains('<') {
            return Err(Stop::Unsupported(
                format!("the URL variables in route '{path}'"),
                line,
            ));
        }
        if !path.starts_with('/') {
            return Err(Stop::Raise(
                "ValueError".into(),
                "urls must start with a leading slash".to_string(),
                line,
            ));
        }
        Ok(path.clone())
    }

    fn eval(
        &mut self,
        e: &Expr,
        locals: &Map<String, Val>,
        rand: &mut Rand<'_>,
        line: usize,
    ) -> Result<Val, Stop> {
        let data = |v: Value| Ok(Val::Data(v));
        match e {
            Expr::Str(s) => data(Value::Str(s.clone())),
            Expr::Int(i) => data(Value::Int(*i)),
            Expr::Float(f) => data(Value::Float(*f)),
            Expr::Bool(b) => data(Value::Bool(*b)),
            Expr::None => data(Value::None),
            Expr::Name(n) => match locals.get(n).or_else(|| self.globals.get(n)) {
                Some(v) => Ok(v.clone()),
                None => match n.as_str() {
                    "len" | "str" | "int" => Ok(Val::Builtin(match n.as_str() {
                        "len" => "len",
                        "str" => "str",
                        _ => "int",
                    })),
                    _ => Err(name_error(n, line)),
                },
            },
            Expr::List(items) | Expr::Tuple(items) => {
                let mut out = Vec::new();
                for i in items {
                    out.push(self.data(i, locals, rand, line)?);
                }
                data(Value::List(out))
            }
            Expr::Dict(items) => {
                let mut out = Map::new();
                for (k, v) in items {
                    let Value::Str(k) = self.data(k, locals, rand, line)? else {
                        return Err(Stop::Unsupported(
                            "dict keys that are not strings".into(),
                            line,
                        ));
                    };
                    let v = self.data(v, locals, rand, line)?;
                    out.insert(k, v);
                }
                data(Value::Dict(out))
            }
            Expr::Not(x) => {
                let v = self.eval(x, locals, rand, line)?;
                data(Value::Bool(!truthy(&v)))
            }
            Expr::Neg(x) => match self.data(x, locals, rand, line)? {
                Value::Int(i) => data(Value::Int(i.wrapping_neg())),
                Value::Float(f) => data(Value::Float(-f)),
                v => Err(Stop::Raise(
                    "TypeError".into(),
                    format!("bad operand type for unary -: '{}'", v.type_name()),
                    line,
                )),
            },
            Expr::And(a, b) => {
                let l = self.eval(a, locals, rand, line)?;
                if truthy(&l) {
                    self.eval(b, locals, rand, line)
                } else {
                    Ok(l)
                }
            }
            Expr::Or(a, b) => {
                let l = self.eval(a, locals, rand, line)?;
                if truthy(&l) {
                    Ok(l)
                } else {
                    self.eval(b, locals, rand, line)
                }
            }
            Expr::Cmp(op, a, b) => {
                let l = self.data(a, locals, rand, line)?;
                let r = self.data(b, locals, rand, line)?;
                let eq = l == r
                    || matches!((&l, &r), (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) if (*x as f64) == *y);
                match *op {
                    "==" => data(Value::Bool(eq)),
                    "!=" => data(Value::Bool(!eq)),
                    "is" => data(Value::Bool(eq && matches!(l, Value::None | Value::Bool(_)))),
                    "in" | "not in" => {
                        let found = match &r {
                            Value::List(items) => items.contains(&l),
                            Value::Dict(d) => matches!(&l, Value::Str(k) if d.contains_key(k)),
                            Value::Str(s) => matches!(&l, Value::Str(x) if s.contains(x.as_str())),
                            other => {
                                return Err(Stop::Raise(
                                    "TypeError".into(),
                                    format!(
                                        "argument of type '{}' is not iterable",
                                        other.type_name()
                                    ),
                                    line,
                                ))
                            }
                        };
                        data(Value::Bool(found == (*op == "in")))
                    }
                    _ => Err(Stop::Unsupported(format!("the `{op}` comparison"), line)),
                }
            }
            Expr::Add(a, b) => {
                let l = self.data(a, locals, rand, line)?;
                let r = self.data(b, locals, rand, line)?;
                match (l, r) {
                    (Value::Str(x), Value::Str(y)) => data(Value::Str(x + &y)),
                    (Value::Int(x), Value::Int(y)) => data(Value::Int(x.wrapping_add(y))),
                    (Value::List(mut x), Value::List(y)) => {
                        x.extend(y);
                        data(Value::List(x))
                    }
                    (x, y) => Err(Stop::Raise(
                        "TypeError".into(),
                        if matches!(x, Value::Str(_)) {
                            format!(
                                "can only concatenate str (not \"{}\") to str",
                                y.type_name()
                            )
                        } else {
                            format!(
                                "unsupported operand type(s) for +: '{}' and '{}'",
                                x.type_name(),
                                y.type_name()
                            )
                        },
                        line,
                    )),
                }
            }
            Expr::Index(base, idx) => {
                let b = self.eval(base, locals, rand, line)?;
                let i = self.data(idx, locals, rand, line)?;
                if b == Val::Module("os.environ".into()) {
                    let Value::Str(k) = &i else {
                        return Err(Stop::Raise("TypeError".into(), "str expected".into(), line));
                    };
                    return match self.env.get(k) {
                        Some(v) => data(Value::Str(v.clone())),
                        None => Err(Stop::Raise("KeyError".into(), jinja::str_repr(k), line)),
                    };
                }
                let Val::Data(b) = b else {
                    return Err(Stop::Unsupported(
                        format!("indexing {}", py::show(base)),
                        line,
                    ));
                };
                match (&b, &i) {
                    (Value::List(l), Value::Int(n)) => {
                        let at = if *n < 0 { l.len() as i64 + n } else { *n };
                        usize::try_from(at)
                            .ok()
                            .and_then(|a| l.get(a))
                            .cloned()
                            .map(Val::Data)
                            .ok_or_else(|| {
                                Stop::Raise(
                                    "IndexError".into(),
                                    "list index out of range".into(),
                                    line,
                                )
                            })
                    }
                    (Value::Dict(d), Value::Str(k)) => d
                        .get(k)
                        .cloned()
                        .map(Val::Data)
                        .ok_or_else(|| Stop::Raise("KeyError".into(), jinja::str_repr(k), line)),
                    _ => Err(Stop::Unsupported(
                        format!("indexing {}", py::show(base)),
                        line,
                    )),
                }
            }
            Expr::Attr(base, attr) => {
                let b = self.eval(base, locals, rand, line)?;
                match (&b, attr.as_str()) {
                    (Val::Module(m), "choice" | "randint") if m == "random" => {
                        Ok(Val::Builtin(if attr == "choice" {
                            "random.choice"
                        } else {
                            "random.randint"
                        }))
                    }
                    (Val::Module(m), "environ") if m == "os" => {
                        Ok(Val::Module("os.environ".into()))
                    }
                    (Val::Module(m), "get") if m == "os.environ" => {
                        Ok(Val::Builtin("os.environ.get"))
                    }
                    (Val::Module(m), "getenv") if m == "os" => Ok(Val::Builtin("os.environ.get")),
                    (Val::Module(m), "Flask") if m == "flask" => Ok(Val::Builtin("Flask")),
                    (Val::Module(m), "render_template") if m == "flask" => {
                        Ok(Val::Builtin("render_template"))
                    }
                    (Val::Module(m), a) => Err(Stop::Unsupported(format!("{m}.{a}"), line)),
                    (Val::App, a) => Err(Stop::Unsupported(format!("app.{a}"), line)),
                    _ => Err(Stop::Unsupported(format!("the attribute .{attr}"), line)),
                }
            }
            Expr::Call { func, args, kwargs } => {
                let f = self.eval(func, locals, rand, line)?;
                let Val::Builtin(name) = f else {
                    return Err(match f {
                        Val::Func(n) => {
                            Stop::Unsupported(format!("a call to its own function {n}()"), line)
                        }
                        Val::Data(v) => Stop::Raise(
                            "TypeError".into(),
                            format!("'{}' object is not callable", v.type_name()),
                            line,
                        ),
                        _ => Stop::Unsupported(format!("the call {}", py::show(e)), line),
                    });
                };
                let mut a = Vec::new();
                for x in args {
                    a.push(self.eval(x, locals, rand, line)?);
                }
                let mut kw = Vec::new();
                for (k, x) in kwargs {
                    kw.push((k.clone(), self.eval(x, locals, rand, line)?));
                }
                self.call(name, a, kw, rand, line)
            }
            Expr::Other(what) => Err(Stop::Unsupported(what.clone(), line)),
        }
    }

    fn data(
        &mut self,
        e: &Expr,
        locals: &Map<String, Val>,
        rand: &mut Rand<'_>,
        line: usize,
    ) -> Result<Value, Stop> {
        match self.eval(e, locals, rand, line)? {
            Val::Data(v) => Ok(v),
            _ => Err(Stop::Unsupported(
                format!("{} as a value", py::show(e)),
                line,
            )),
        }
    }

    fn call(
        &mut self,
        name: &str,
        args: Vec<Val>,
        kwargs: Vec<(String, Val)>,
        rand: &mut Rand<'_>,
        line: usize,
    ) -> Result<Val, Stop> {
        let data: Vec<Value> = args
            .iter()
            .filter_map(|v| match v {
                Val::Data(d) => Some(d.clone()),
                _ => None,
            })
            .collect();
        let all_data = data.len() == args.len();
        match name {
            "Flask" => {
                if let Some((k, _)) = kwargs.first() {
                    return Err(Stop::Unsupported(format!("Flask({k}=…)"), line));
                }
                if args.len() != 1 || !all_data {
                    return Err(Stop::Unsupported(
                        "Flask() without exactly one name".into(),
                        line,
                    ));
                }
                Ok(Val::App)
            }
            "random.choice" => {
                let [Value::List(items)] = data.as_slice() else {
                    return Err(Stop::Unsupported(
                        "random.choice of something other than a list".into(),
                        line,
                    ));
                };
                if items.is_empty() {
                    return Err(Stop::Raise(
                        "IndexError".into(),
                        "Cannot choose from an empty sequence".into(),
                        line,
                    ));
                }
                let Some(r) = rand.as_deref_mut() else {
                    return Err(Stop::Unsupported(
                        "random numbers while the module loads".into(),
                        line,
                    ));
                };
                let i = (r() % items.len() as u64) as usize;
                Ok(Val::Data(items.get(i).cloned().unwrap_or(Value::None)))
            }
            "random.randint" => {
                let [Value::Int(a), Value::Int(b)] = data.as_slice() else {
                    return Err(Stop::Unsupported(
                        "random.randint of something other than two integers".into(),
                        line,
                    ));
                };
                if b < a {
                    return Err(Stop::Raise(
                        "ValueError".into(),
                        format!("empty range in randrange({a}, {})", b.saturating_add(1)),
                        line,
                    ));
                }
                let Some(r) = rand.as_deref_mut() else {
                    return Err(Stop::Unsupported(
                        "random numbers while the module loads".into(),
                        line,
                    ));
                };
                let span = (*b as i128 - *a as i128 + 1) as u128;
                let n = (u128::from(r()) % span) as i128 + *a as i128;
                Ok(Val::Data(Value::Int(n as i64)))
            }
            "os.environ.get" => {
                let Some(Value::Str(k)) = data.first() else {
                    return Err(Stop::Unsupported(
                        "os.environ.get without a name".into(),
                        line,
                    ));
                };
                Ok(Val::Data(match self.env.get(k) {
                    Some(v) => Value::Str(v.clone()),
                    None => data.get(1).cloned().unwrap_or(Value::None),
                }))
            }
            "len" => match data.as_slice() {
                [Value::Str(s)] => Ok(Val::Data(Value::Int(s.chars().count() as i64))),
                [Value::List(l)] => Ok(Val::Data(Value::Int(l.len() as i64))),
                [Value::Dict(d)] => Ok(Val::Data(Value::Int(d.len() as i64))),
                [v] => Err(Stop::Raise(
                    "TypeError".into(),
                    format!("object of type '{}' has no len()", v.type_name()),
                    line,
                )),
                _ => Err(Stop::Unsupported("len() with these arguments".into(), line)),
            },
            "str" => match data.as_slice() {
                [v] => Ok(Val::Data(Value::Str(v.to_str()))),
                _ => Err(Stop::Unsupported("str() with these arguments".into(), line)),
            },
            "int" => match data.as_slice() {
                [Value::Int(i)] => Ok(Val::Data(Value::Int(*i))),
                [Value::Str(s)] => {
                    s.trim()
                        .parse()
                        .map(|i| Val::Data(Value::Int(i)))
                        .map_err(|_| {
                            Stop::Raise(
                                "ValueError".into(),
                                format!(
                                    "invalid literal for int() with base 10: {}",
                                    jinja::str_repr(s)
                                ),
                                line,
                            )
                        })
                }
                _ => Err(Stop::Unsupported("int() with these arguments".into(), line)),
            },
            "render_template" => {
                let Some(Value::Str(template)) = data.first() else {
                    return Err(Stop::Unsupported(
                        "render_template without a template name".into(),
                        line,
                    ));
                };
                let mut vars = Map::new();
                for (k, v) in kwargs {
                    let Val::Data(v) = v else {
                        return Err(Stop::Unsupported(
                            format!("passing {k} to a template"),
                            line,
                        ));
                    };
                    vars.insert(k, v);
                }
                let dir = format!("{}/templates", self.root);
                let fs = self.fs;
                let loader = |n: &str| -> Option<String> {
                    if n.split('/').any(|p| p == "..") {
                        return None;
                    }
                    fs.read(&format!("{dir}/{n}"))
                        .ok()
                        .map(|b| String::from_utf8_lossy(&b).into_owned())
                };
                jinja::render(&loader, template, &vars)
                    .map(|s| Val::Data(Value::Safe(s)))
                    .map_err(|e| Stop::Template(e, line))
            }
            other => Err(Stop::Unsupported(format!("{other}()"), line)),
        }
    }
}

fn name_error(n: &str, line: usize) -> Stop {
    Stop::Raise(
        "NameError".into(),
        format!("name '{n}' is not defined"),
        line,
    )
}

fn truthy(v: &Val) -> bool {
    match v {
        Val::Data(d) => d.truthy(),
        _ => true,
    }
}

/// An HTTP date (`Sat, 21 Sep 2024 10:00:00 GMT`).
pub fn http_date(now: i64) -> String {
    let t = crate::programs::tm(now);
    let wd = crate::programs::WEEKDAYS
        .get(t.wday as usize)
        .copied()
        .unwrap_or("Sun");
    let mon = crate::programs::MONTHS
        .get(t.month.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("Jan");
    format!(
        "{wd}, {:02} {mon} {} {:02}:{:02}:{:02} GMT",
        t.day, t.year, t.hour, t.min, t.sec
    )
}

impl FlaskApp {
    /// Answer one request, returning the response and Werkzeug's access-log output (with the
    /// error log before it when the view raised).
    pub fn handle(
        &self,
        fs: &Fs,
        req: &HttpRequest,
        random: &mut dyn FnMut() -> u64,
        client_ip: &str,
        now_unix: i64,
    ) -> (HttpResponse, String) {
        let path = req.path.split(['?', '#']).next().unwrap_or("/");
        let path = if path.is_empty() { "/" } else { path };
        let method = req.method.to_ascii_uppercase();
        let mut log = String::new();
        let (status, ctype, body, location) = match self.routes.iter().find(|r| r.path == path) {
            None => {
                let slash = format!("{path}/");
                if self.routes.iter().any(|r| r.path == slash) {
                    let code = if pkg::version_at_least(&self.werkzeug, &[2, 2]) {
                        308
                    } else {
                        301
                    };
                    let loc = if pkg::version_at_least(&self.werkzeug, &[2, 1]) {
                        slash
                    } else {
                        format!("http://{}{slash}", host_header(req))
                    };
                    (
                        code,
                        "text/html; charset=utf-8",
                        self.redirect_page(&loc),
                        Some(loc),
                    )
                } else {
                    (404, "text/html; charset=utf-8", self.error_page(404), None)
                }
            }
            Some(_) if method != "GET" && method != "HEAD" && method != "OPTIONS" => {
                (405, "text/html; charset=utf-8", self.error_page(405), None)
            }
            Some(route) => match self.call_view(fs, route, random) {
                Ok((status, body)) => (status, "text/html; charset=utf-8", body, None),
                Err(trace) => {
                    let t = crate::programs::tm(now_unix);
                    log.push_str(&format!(
                        "[{}-{:02}-{:02} {:02}:{:02}:{:02},000] ERROR in app: Exception on {path} [{method}]\n{trace}",
                        t.year, t.month, t.day, t.hour, t.min, t.sec
                    ));
                    let body = if self.debug {
                        "<!doctype html>\n<title>Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>layerlab: Werkzeug's interactive debugger page is not simulated; the traceback is in the container's log (docker logs).</p>\n".to_string()
                    } else {
                        self.error_page(500)
                    };
                    (500, "text/html; charset=utf-8", body, None)
                }
            },
        };
        let mut headers = vec![
            (
                "Server".to_string(),
                format!("Werkzeug/{} Python/{}", self.werkzeug, self.python),
            ),
            ("Date".to_string(), http_date(now_unix)),
            ("Content-Type".to_string(), ctype.to_string()),
            ("Content-Length".to_string(), body.len().to_string()),
        ];
        if let Some(l) = location {
            headers.push(("Location".to_string(), l));
        }
        if status == 405 {
            headers.push(("Allow".to_string(), "GET, HEAD, OPTIONS".to_string()));
        }
        if pkg::version_at_least(&self.werkzeug, &[2, 1]) {
            headers.push(("Connection".to_string(), "close".to_string()));
        }
        let resp = HttpResponse {
            status,
            reason: super::status_reason(status).to_string(),
            headers,
            body: if method == "HEAD" {
                Vec::new()
            } else {
                body.into_bytes()
            },
        };
        log.push_str(&self.access_line(client_ip, now_unix, &method, &req.path, status));
        (resp, log)
    }

    fn access_line(&self, ip: &str, now: i64, method: &str, path: &str, status: u16) -> String {
        let t = crate::programs::tm(now);
        let mon = crate::programs::MONTHS
            .get(t.month.saturating_sub(1) as usize)
            .copied()
            .unwrap_or("Jan");
        let mut request = format!("{method} {path} HTTP/1.1");
        if pkg::version_at_least(&self.werkzeug, &[2, 1]) {
            let style = match status {
                200 => "",
                304 => "\x1b[36m",
                300..=399 => "\x1b[32m",
                404 => "\x1b[33m",
                400..=499 => "\x1b[1m\x1b[31m",
                _ => "\x1b[1m\x1b[35m",
            };
            if !style.is_empty() {
                // Werkzeug wraps the styles one by one, so the last one ends up outermost.
                let codes: Vec<&str> = style.split_inclusive('m').collect();
                let mut v = request;
                for c in &codes {
                    v = format!("{c}{v}");
                }
                request = format!("{v}\x1b[0m");
            }
        }
        format!(
            "{ip} - - [{:02}/{mon}/{} {:02}:{:02}:{:02}] \"{request}\" {status} -\n",
            t.day, t.year, t.hour, t.min, t.sec
        )
    }

    fn error_page(&self, code: u16) -> String {
        let (name, text) = match code {
            404 => ("Not Found", if pkg::version_at_least(&self.werkzeug, &[0, 15]) {
                "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again."
            } else {
                "The requested URL was not found on the server.  If you entered the URL manually please check your spelling and try again."
            }),
            405 => ("Method Not Allowed", "The method is not allowed for the requested URL."),
            _ => ("Internal Server Error", "The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application."),
        };
        if pkg::version_at_least(&self.werkzeug, &[2, 1]) {
            format!("<!doctype html>\n<html lang=en>\n<title>{code} {name}</title>\n<h1>{name}</h1>\n<p>{text}</p>\n")
        } else {
            format!("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">\n<title>{code} {name}</title>\n<h1>{name}</h1>\n<p>{text}</p>\n")
        }
    }

    fn redirect_page(&self, loc: &str) -> String {
        let l = jinja::escape(loc);
        format!("<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n<p>You should be redirected automatically to the target URL: <a href=\"{l}\">{l}</a>. If not, click the link.\n")
    }

    /// Run a view: its status and body, or the traceback text.
    fn call_view(
        &self,
        fs: &Fs,
        route: &Route,
        random: &mut dyn FnMut() -> u64,
    ) -> Result<(u16, String), String> {
        let py = Python {
            version: self.python.clone(),
            exe: String::new(),
            sites: Vec::new(),
        };
        let mut m = Module {
            fs,
            py: &py,
            flask: Some((self.flask.clone(), String::new())),
            env: &self.env,
            root: self.root.clone(),
            globals: self.globals.clone(),
            routes: Vec::new(),
            name: "__main__".into(),
            cli: false,
        };
        let mut locals = Map::new();
        let r = m.exec(&route.body, &mut locals, Some(random), 1);
        let frame = |line: usize| {
            let text = self
                .lines
                .get(line.saturating_sub(1))
                .map_or("", |l| l.trim());
            format!(
                "Traceback (most recent call last):\n  (layerlab: Flask's own frames are left out)\n  File \"{}\", line {line}, in {}\n    {text}\n",
                self.file, route.func
            )
        };
        let value = match r {
            Ok(()) => Val::Data(Value::None),
            Err(Stop::Return(v)) => v,
            Err(Stop::Raise(kind, msg, line)) => {
                return Err(format!("{}{kind}: {msg}\n", frame(line)))
            }
            Err(Stop::Failed(text, line)) => return Err(format!("{}{text}", frame(line))),
            Err(Stop::Template(e, line)) => {
                let mut t = frame(line);
                if let Some((name, tline)) = e.location() {
                    let src = fs
                        .read_string(&format!("{}/templates/{name}", self.root))
                        .unwrap_or_default();
                    let text = src
                        .lines()
                        .nth(tline.saturating_sub(1))
                        .unwrap_or("")
                        .trim();
                    t.push_str(&format!(
                        "  File \"{}/templates/{name}\", line {tline}, in {}\n    {text}\n",
                        self.root,
                        if matches!(
                            e,
                            TemplateError::Syntax { .. } | TemplateError::Assertion { .. }
                        ) {
                            "template"
                        } else {
                            "top-level template code"
                        }
                    ));
                }
                return Err(format!("{t}{}\n", e.exception_line()));
            }
            Err(Stop::Unsupported(what, line)) => {
                return Err(format!(
                    "{}{}",
                    frame(line),
                    unsupported_line(&what, &self.file, line)
                ))
            }
            Err(Stop::Run(..)) => {
                return Err(format!(
                    "{}RuntimeError: app.run() called while serving a request\n",
                    frame(1)
                ))
            }
        };
        let flask2 = pkg::version_at_least(&self.flask, &[2]);
        let none_msg = |func: &str| {
            if flask2 {
                format!("TypeError: The view function for '{func}' did not return a valid response. The function either returned None or ended without a return statement.\n")
            } else if pkg::version_at_least(&self.flask, &[1]) {
                "TypeError: The view function did not return a valid response. The function either returned None or ended without a return statement.\n".to_string()
            } else {
                "ValueError: View function did not return a response\n".to_string()
            }
        };
        let body_of = |v: &Value| -> Option<String> {
            match v {
                Value::Str(s) | Value::Safe(s) => Some(s.clone()),
                _ => None,
            }
        };
        match value {
            Val::Data(Value::None) => Err(format!(
                "Traceback (most recent call last):\n  (layerlab: Flask's own frames are left out)\n{}",
                none_msg(&route.func)
            )),
            Val::Data(Value::List(items)) if matches!(items.len(), 2) => {
                let body = items.first().and_then(body_of);
                match (body, items.get(1)) {
                    (Some(b), Some(Value::Int(code))) if (100..=599).contains(code) => {
                        Ok((*code as u16, b))
                    }
                    _ => Err(format!(
                        "{}layerlab: this Flask app returns a tuple the simulation does not model\n",
                        frame(1)
                    )),
                }
            }
            Val::Data(v) => match body_of(&v) {
                Some(b) => Ok((200, b)),
                None => Err(format!(
                    "Traceback (most recent call last):\n  (layerlab: Flask's own frames are left out)\n{}",
                    if flask2 {
                        format!("TypeError: The view function did not return a valid response. The return type must be a string, dict, list, tuple with headers or status, Response instance, or WSGI callable, but it was a {}.\n", v.type_name())
                    } else {
                        format!("layerlab: this Flask app returns a {} from a view, which the simulation does not model\n", v.type_name())
                    }
                )),
            },
            _ => Err(format!(
                "{}layerlab: this Flask app returns an object the simulation does not model\n",
                frame(1)
            )),
        }
    }

    /// The paths the app has routes for.
    pub fn routes(&self) -> Vec<String> {
        self.routes.iter().map(|r| r.path.clone()).collect()
    }
}

fn host_header(req: &HttpRequest) -> String {
    if req.port == 80 {
        req.host.clone()
    } else {
        format!("{}:{}", req.host, req.port)
    }
}
