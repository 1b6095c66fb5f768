//! The server processes a container can run, as pure models: given the container's root
//! filesystem, argv, environment and working directory, [`start`] says whether the process
//! serves (and what it printed) or exits; [`App::handle`] answers one HTTP request.
//!
//! Modelled: Flask apps in a small Python subset (`python app.py`, `flask run`,
//! `python -m flask run`), nginx (`nginx -g 'daemon off;'`) and Apache httpd
//! (`httpd-foreground`). Anything else is [`Start::NotAServer`], for the shell to run.
//!
//! Left out on purpose, and said so where it shows: the frames inside Flask and Jinja in a
//! traceback (a `layerlab:` line stands in for them), the `^^^^` markers Python 3.11+ prints
//! under the failing expression, Werkzeug's interactive debugger page, the format Flask
//! before 1.0 logged errors in (the 1.0+ format is used), nginx's `built by`, `OS` and
//! `getrlimit` notice lines (the entrypoint script's own lines come from the shell), and
//! the `User-Agent` in nginx's log (the request carries no headers).

pub mod flask;
pub mod jinja;
pub mod py;
pub mod web;

use crate::map::Map;

use crate::programs::net::{HttpRequest, HttpResponse};
use crate::vfs::Fs;

/// A server process's application.
#[derive(Clone, Debug, PartialEq)]
pub enum App {
    Flask(flask::FlaskApp),
    Static(web::StaticSite),
}

/// What starting a process gave.
#[derive(Clone, Debug, PartialEq)]
pub enum Start {
    /// The process serves: its startup output (what `docker logs` shows first) and the app.
    Serving { app: App, output: String },
    /// The process ran and exited (a traceback, a missing module, an unsupported app), with
    /// its output and status.
    Exited { status: i32, output: String },
    /// Not a server this module models (e.g. `sh`, `echo hi`), or its program is not in the
    /// filesystem: the caller runs it through the shell, which reports what real Docker would.
    NotAServer,
}

/// Start the process `argv` in a container whose root filesystem is `fs`, with environment
/// `env` and working directory `cwd`. `container_ip` is the container's address on its
/// network (`172.17.0.2`), which Werkzeug prints when it listens on all addresses;
/// `now_unix` is the simulated clock in seconds, for servers that stamp their startup lines.
pub fn start(
    fs: &Fs,
    argv: &[String],
    env: &Map<String, String>,
    cwd: &str,
    container_ip: &str,
    now_unix: i64,
) -> Start {
    let Some(cmd) = argv.first() else {
        return Start::NotAServer;
    };
    let base = cmd.rsplit('/').next().unwrap_or(cmd);
    let rest = argv.get(1..).unwrap_or(&[]);
    if base == "python" || base.starts_with("python2") || base.starts_with("python3") {
        return python(fs, cmd, rest, env, cwd, container_ip);
    }
    if base == "flask" {
        return flask_cli(fs, cmd, rest, env, cwd, container_ip);
    }
    if base == "nginx" || base == "nginx-debug" {
        return web::nginx(fs, cmd, rest, env, cwd, now_unix);
    }
    if base == "httpd-foreground" || (base == "httpd" && rest.iter().any(|a| a == "-DFOREGROUND")) {
        return web::httpd(fs, cmd, env, cwd, container_ip, now_unix);
    }
    Start::NotAServer
}

impl App {
    /// `docker stop` sends the image's stop signal: `Some(log lines)` when the server
    /// handles it and exits 0 at once (nginx, httpd), `None` when it ignores it as PID 1 and
    /// waits for the kill (the Flask development server).
    pub fn stop(&self, now_unix: i64) -> Option<String> {
        match self {
            App::Flask(_) => None,
            App::Static(s) => Some(s.shutdown(now_unix)),
        }
    }

    /// The address the server listens on inside the container: ("0.0.0.0" | "127.0.0.1",
    /// port).
    pub fn listen(&self) -> (String, u16) {
        match self {
            App::Flask(a) => (a.host.clone(), a.port),
            App::Static(s) => ("0.0.0.0".to_string(), s.port),
        }
    }

    /// Answer one HTTP request. `random` is the world's seeded generator. Returns the
    /// response and the access-log output the server prints (Werkzeug's format for Flask,
    /// the combined log format for nginx, the common one for httpd), using `client_ip` and
    /// `now_unix` (simulated clock seconds).
    pub fn handle(
        &self,
        fs: &Fs,
        req: &HttpRequest,
        random: &mut dyn FnMut() -> u64,
        client_ip: &str,
        now_unix: i64,
    ) -> (HttpResponse, String) {
        match self {
            App::Flask(a) => a.handle(fs, req, random, client_ip, now_unix),
            App::Static(s) => s.handle(fs, req, client_ip, now_unix),
        }
    }
}

/// The reason phrase of a status code, including the ones `net::reason` leaves out.
pub(crate) fn status_reason(code: u16) -> &'static str {
    match code {
        201 => "Created",
        204 => "No Content",
        308 => "Permanent Redirect",
        401 => "Unauthorized",
        405 => "Method Not Allowed",
        418 => "I'm a teapot",
        503 => "Service Unavailable",
        c => crate::programs::net::reason(c),
    }
}

fn served(started: flask::Started) -> Start {
    match started {
        flask::Started::Serving(app, output) => Start::Serving {
            app: App::Flask(app),
            output,
        },
        flask::Started::Exited(status, output) => Start::Exited { status, output },
    }
}

/// `python [options] FILE` or `python -m flask run …`.
fn python(
    fs: &Fs,
    cmd: &str,
    args: &[String],
    env: &Map<String, String>,
    cwd: &str,
    ip: &str,
) -> Start {
    let Some(py) = flask::find_python(fs, cmd, env, cwd) else {
        return Start::NotAServer;
    };
    let mut i = 0;
    while let Some(a) = args.get(i) {
        i += 1;
        match a.as_str() {
            "-u" | "-B" | "-O" | "-OO" | "-E" | "-s" | "-S" | "-I" | "-q" | "-b" => {}
            "-m" => {
                return match args.get(i).map(String::as_str) {
                    Some("flask") => {
                        let rest = args.get(i + 1..).unwrap_or(&[]);
                        cli(fs, &py, rest, env, cwd, ip, "python -m flask")
                    }
                    _ => Start::NotAServer,
                }
            }
            s if s.starts_with('-') => return Start::NotAServer,
            file => {
                let path = crate::sh::absolute(cwd, file);
                let shown = if py.two()
                    || !crate::programs::pkg::version_at_least(&py.version, &[3, 9])
                    || file.starts_with('/')
                {
                    file.to_string()
                } else {
                    format!("{}/{file}", cwd.trim_end_matches('/'))
                };
                if !fs.is_file(&path) {
                    let name = cmd.rsplit('/').next().unwrap_or(cmd);
                    let output = if fs.is_dir(&path) {
                        format!("{}: can't find '__main__' module in '{file}'\n", py.exe)
                    } else {
                        format!("{name}: can't open file '{shown}': [Errno 2] No such file or directory\n")
                    };
                    return Start::Exited {
                        status: if fs.is_dir(&path) { 1 } else { 2 },
                        output,
                    };
                }
                return served(flask::start(
                    fs,
                    &py,
                    &path,
                    &shown,
                    &flask::Launch::Script,
                    env,
                    ip,
                ));
            }
        }
    }
    Start::NotAServer
}

/// The `flask` console script: its shebang names the interpreter.
fn flask_cli(
    fs: &Fs,
    cmd: &str,
    args: &[String],
    env: &Map<String, String>,
    cwd: &str,
    ip: &str,
) -> Start {
    let Some(script) = flask::which(fs, cmd, env, cwd) else {
        return Start::NotAServer;
    };
    let text = fs.read_string(&script).unwrap_or_default();
    let Some(exe) = text.lines().next().and_then(|l| l.strip_prefix("#!")) else {
        return Start::NotAServer;
    };
    let exe = exe.split_whitespace().next().unwrap_or("");
    let Some(py) = flask::python_at(fs, exe, env) else {
        return Start::NotAServer;
    };
    cli(fs, &py, args, env, cwd, ip, "flask")
}

/// `flask run [--host H] [--port P] [--debug]`, `flask --version`.
fn cli(
    fs: &Fs,
    py: &flask::Python,
    args: &[String],
    env: &Map<String, String>,
    cwd: &str,
    ip: &str,
    prog: &str,
) -> Start {
    let Some((version, _)) = flask::installed(fs, py, "Flask") else {
        let output = if prog == "flask" {
            let msg = if py.two() {
                "ImportError: No module named flask"
            } else {
                "ModuleNotFoundError: No module named 'flask'"
            };
            format!("Traceback (most recent call last):\n  File \"{}\", line 4, in <module>\n    from flask import main\n{msg}\n", flask::which(fs, "flask", env, cwd).unwrap_or_default())
        } else {
            format!("{}: No module named flask\n", py.exe)
        };
        return Start::Exited { status: 1, output };
    };
    let at = |want: &[u64]| crate::programs::pkg::version_at_least(&version, want);
    if !at(&[0, 11]) {
        let output = if prog == "flask" {
            "Traceback (most recent call last):\n  File \"/usr/local/bin/flask\", line 4, in <module>\n    from flask import main\nImportError: cannot import name main\n".to_string()
        } else {
            format!("{}: No module named flask.__main__; 'flask' is a package and cannot be directly executed\n", py.exe)
        };
        return Start::Exited { status: 1, output };
    }
    let usage = "Usage: flask [OPTIONS] COMMAND [ARGS]...\nTry 'flask --help' for help.\n\n";
    let mut it = args.iter();
    let sub = match it.next().map(String::as_str) {
        Some("--version") => {
            let werkzeug =
                flask::installed(fs, py, "Werkzeug").map_or_else(|| "unknown".into(), |(v, _)| v);
            return Start::Exited {
                status: 0,
                output: format!(
                    "Python {}\nFlask {version}\nWerkzeug {werkzeug}\n",
                    py.version
                ),
            };
        }
        Some(s) if s.starts_with('-') => {
            return Start::Exited {
                status: 2,
                output: format!("{usage}Error: No such option: {s}\n"),
            }
        }
        other => other,
    };
    match sub {
        Some("run") => {}
        Some(other) => {
            if ["routes", "shell"].contains(&other) {
                return Start::NotAServer;
            }
            return Start::Exited {
                status: 2,
                output: format!("{usage}Error: No such command '{other}'.\n"),
            };
        }
        None => return Start::NotAServer,
    }
    let mut host = env
        .get("FLASK_RUN_HOST")
        .cloned()
        .unwrap_or_else(|| "127.0.0.1".into());
    let mut port_text = env
        .get("FLASK_RUN_PORT")
        .cloned()
        .unwrap_or_else(|| "5000".into());
    let mut debug = None;
    let run_usage = "Usage: flask run [OPTIONS]\nTry 'flask run --help' for help.\n\n";
    let rest: Vec<&String> = it.collect();
    let mut i = 0;
    while let Some(a) = rest.get(i) {
        i += 1;
        let (key, inline) = match a.split_once('=') {
            Some((k, v)) if k.starts_with("--") => (k, Some(v.to_string())),
            _ => (a.as_str(), None),
        };
        let mut value = || -> Option<String> {
            if let Some(v) = inline.clone() {
                return Some(v);
            }
            let v = rest.get(i).map(|s| s.to_string());
            i += 1;
            v
        };
        match key {
            "--host" | "-h" => match value() {
                Some(v) => host = v,
                None => {
                    return Start::Exited {
                        status: 2,
                        output: format!("{run_usage}Error: Option '{key}' requires an argument.\n"),
                    }
                }
            },
            "--port" | "-p" => match value() {
                Some(v) => port_text = v,
                None => {
                    return Start::Exited {
                        status: 2,
                        output: format!("{run_usage}Error: Option '{key}' requires an argument.\n"),
                    }
                }
            },
            "--debug" if at(&[2, 2]) => debug = Some(true),
            "--no-debug" if at(&[2, 2]) => debug = Some(false),
            "--reload" | "--no-reload" | "--with-threads" | "--without-threads"
            | "--eager-loading" | "--lazy-loader" => {}
            other => {
                return Start::Exited {
                    status: 2,
                    output: format!("{run_usage}Error: No such option: {other}\n"),
                }
            }
        }
    }
    let Ok(port) = port_text.parse::<u16>() else {
        return Start::Exited {
            status: 2,
            output: format!("{run_usage}Error: Invalid value for '--port' / '-p': '{port_text}' is not a valid integer.\n"),
        };
    };
    // Which module: FLASK_APP (`app`, `app.py`, `app:app`), else wsgi.py or app.py.
    let flask_app = env.get("FLASK_APP").filter(|v| !v.is_empty()).cloned();
    let (module, var) = match &flask_app {
        Some(v) => match v.split_once(':') {
            Some((m, var)) => (m.to_string(), Some(var.to_string())),
            None => (v.clone(), None),
        },
        None => {
            if !at(&[1]) {
                return Start::Exited {
                    status: 2,
                    output: format!("{run_usage}Error: Could not locate Flask application. You did not provide the FLASK_APP environment variable.\n"),
                };
            }
            let found = ["wsgi.py", "app.py"]
                .into_iter()
                .find(|f| fs.is_file(&format!("{}/{f}", cwd.trim_end_matches('/'))));
            match found {
                Some(f) => (f.to_string(), None),
                None => {
                    let hint = if at(&[2, 2]) {
                        "Use the 'flask --app' option, 'FLASK_APP' environment variable, or a 'wsgi.py' or 'app.py' file in the current directory."
                    } else {
                        "You did not provide the \"FLASK_APP\" environment variable, and a \"wsgi.py\" or \"app.py\" module was not found in the current directory."
                    };
                    return Start::Exited {
                        status: 2,
                        output: format!(
                            "{run_usage}Error: Could not locate a Flask application. {hint}\n"
                        ),
                    };
                }
            }
        }
    };
    if var.as_deref().is_some_and(|v| v.contains('(')) {
        return Start::Exited {
            status: 1,
            output: "layerlab: this Flask app uses an app factory call in FLASK_APP, which the simulation does not model.\n".into(),
        };
    }
    let file_rel = if module.ends_with(".py") {
        module.clone()
    } else {
        format!("{}.py", module.replace('.', "/"))
    };
    let path = crate::sh::absolute(cwd, &file_rel);
    if !fs.is_file(&path) {
        let name = module.strip_suffix(".py").unwrap_or(&module);
        return Start::Exited {
            status: 2,
            output: format!("{run_usage}Error: Could not import '{name}'.\n"),
        };
    }
    let launch = flask::Launch::Cli {
        host,
        port,
        debug,
        import_path: flask_app,
        var,
    };
    served(flask::start(fs, py, &path, &path, &launch, env, ip))
}
