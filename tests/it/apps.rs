//! The application models containers run (`runtime::apps`): Flask apps on machines built
//! from catalog images with Flask installed by the simulated pip, the Jinja subset, and the
//! nginx and httpd servers. Each case's transcript (startup output, responses, access-log
//! lines) is compared with a golden under `tests/data/apps/`.

use layerlab::map::Map as BTreeMap;

use layerlab::internet::{git, hub};
use layerlab::programs::net::HttpRequest;
use layerlab::runtime::apps::{self, jinja, App, Start};
use layerlab::sh::{Flavour, Invoked, Shell};
use layerlab::vfs::{Content, Cred, Fs as Vfs};

use crate::golden::{assert_golden, data_dir};
use crate::machine::TestMachine;

/// 2024-09-20T10:00:00Z, the world clock's start.
const START: i64 = 1_726_826_400;
const IP: &str = "172.17.0.2";
const CLIENT: &str = "172.17.0.1";

/// A container's root filesystem from a catalog image, with its environment.
fn image_fs(image: &str) -> (Vfs, BTreeMap<String, String>, Flavour) {
    let (name, tag) = image.split_once(':').unwrap_or((image, "latest"));
    let img = match hub::lookup(name, tag) {
        hub::Lookup::Found(i) | hub::Lookup::Retired(i) => i,
        _ => panic!("no image {image}"),
    };
    let mut fs = Vfs::new();
    fs.set_now(START as u64);
    for f in img.files() {
        layerlab::programs::pkg::put_spec(&mut fs, f);
    }
    for d in ["/tmp", "/root", "/usr/src/app"] {
        let _ = fs.mkdir_all(d, 0o755);
    }
    layerlab::programs::pkg::record_image(&mut fs, img);
    fs.set_cred(Cred { uid: 0, gid: 0 });
    let mut env: BTreeMap<String, String> = img
        .config
        .env
        .iter()
        .filter_map(|e| e.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    env.entry("PATH".into())
        .or_insert_with(|| hub::DEFAULT_PATH.into());
    env.insert("HOME".into(), "/root".into());
    let flavour = match img.os.sh {
        hub::Shell::BusyboxAsh => Flavour::Busybox,
        hub::Shell::Bash => Flavour::Bash,
        _ => Flavour::Dash,
    };
    (fs, env, flavour)
}

/// Record Flask 3.0.3 the way pip does: a `dist-info` folder in site-packages.
fn record_flask(fs: &mut Vfs) {
    let info = "/usr/local/lib/python3.12/site-packages/Flask-3.0.3.dist-info";
    let _ = fs.mkdir_all(info, 0o755);
    let _ = fs.put_file(
        &format!("{info}/METADATA"),
        Content::bytes(b"Metadata-Version: 2.1\nName: Flask\nVersion: 3.0.3\n".to_vec()),
        0o644,
    );
}

/// One process to start and the requests to send it.
struct Run<'a> {
    argv: &'a [&'a str],
    env: &'a [(&'a str, &'a str)],
    cwd: &'a str,
    requests: &'a [&'a str],
}

const APP_DIR: &str = "/usr/src/app";

fn run<'a>(argv: &'a [&'a str], requests: &'a [&'a str]) -> Run<'a> {
    Run {
        argv,
        env: &[],
        cwd: APP_DIR,
        requests,
    }
}

fn visible(s: &str) -> String {
    s.replace('\x1b', "␛").replace('\r', "␍")
}

/// Build a machine from `image`, write `files` (relative to /usr/src/app), run `setup` in
/// its shell, then start each process and send it its requests (`GET /path`); compare
/// the whole transcript with `tests/data/apps/{golden}.txt`.
fn check(golden: &str, image: &str, setup: &[&str], files: &[(&str, &str)], runs: &[Run<'_>]) {
    let (fs, env, flavour) = image_fs(image);
    let mut m = TestMachine {
        fs,
        clock: START as u64 * 1000,
        seed: 5,
    };
    let mut all = format!("# image {image}\n");
    for (path, body) in files {
        let p = format!("{APP_DIR}/{path}");
        let _ = m.fs.mkdir_all(&layerlab::sh::parent(&p), 0o755);
        m.fs.put_file(&p, Content::bytes(body.as_bytes().to_vec()), 0o644)
            .expect("write app file");
    }
    if !setup.is_empty() {
        let registry = layerlab::programs::registry::<TestMachine>();
        let mut sh = Shell::new(flavour, "sh", Invoked::Command)
            .with_env(env.clone().into_iter().collect::<Vec<(String, String)>>())
            .with_cwd(APP_DIR);
        for line in setup {
            let out = sh.run(&mut m, &registry, line, b"");
            all.push_str(&format!("# setup: {line} (exit {})\n", out.status));
        }
    }
    let mut seed: u64 = 42;
    let mut random = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        seed >> 17
    };
    let mut now = START + 60;
    for r in runs {
        let mut env = env.clone();
        for (k, v) in r.env {
            env.insert(k.to_string(), v.to_string());
        }
        let argv: Vec<String> = r.argv.iter().map(|a| a.to_string()).collect();
        all.push_str(&format!("\n$ {}", r.argv.join(" ")));
        for (k, v) in r.env {
            all.push_str(&format!("   [{k}={v}]"));
        }
        all.push_str(&format!("   (cwd {})\n", r.cwd));
        match apps::start(&m.fs, &argv, &env, r.cwd, IP, now) {
            Start::NotAServer => all.push_str("[not a server: the shell runs it]\n"),
            Start::Exited { status, output } => {
                all.push_str(&visible(&output));
                all.push_str(&format!("[exited with status {status}]\n"));
            }
            Start::Serving { app, output } => {
                all.push_str(&visible(&output));
                let (host, port) = app.listen();
                all.push_str(&format!("[serving on {host}:{port}]\n"));
                for req in r.requests {
                    now += 7;
                    let (method, path) = req.split_once(' ').unwrap_or(("GET", req));
                    let request = HttpRequest {
                        method: method.to_string(),
                        scheme: "http".into(),
                        host: "localhost".into(),
                        port: 8888,
                        path: path.to_string(),
                    };
                    let (resp, log) = app.handle(&m.fs, &request, &mut random, CLIENT, now);
                    all.push_str(&format!("> {req}\n< {} {}\n", resp.status, resp.reason));
                    for (k, v) in &resp.headers {
                        all.push_str(&format!("< {k}: {v}\n"));
                    }
                    let body = String::from_utf8_lossy(&resp.body);
                    for l in body.split_inclusive('\n') {
                        all.push_str(&format!("| {}", visible(l)));
                    }
                    if !body.is_empty() && !body.ends_with('\n') {
                        all.push_str("⏎\n");
                    }
                    for l in log.lines() {
                        all.push_str(&format!("log| {}\n", visible(l)));
                    }
                }
            }
        }
    }
    assert_golden(&format!("apps/{golden}.txt"), &all);
}

fn seed002(path: &str) -> String {
    std::fs::read_to_string(data_dir().join("apps/seed002").join(path)).expect("seed 002 file")
}

const PIP: &str = "pip install --no-cache-dir -r requirements.txt > /dev/null";

#[test]
fn seed_001_catgif_python3() {
    let files = [
        ("app.py", git::FLASK_APP_PY),
        ("templates/index.html", git::FLASK_INDEX_HTML),
        ("requirements.txt", git::FLASK_REQUIREMENTS),
    ];
    let reqs = ["GET /", "GET /", "GET /nope", "HEAD /", "POST /"];
    check(
        "seed001-catnip",
        "python:3",
        &[PIP],
        &files,
        &[run(&["python", "./app.py"], &reqs)],
    );
}

#[test]
fn seed_001_catgif_pinned_flask() {
    // Each Flask era's banner on Python 3.8 (where Flask before 1.1 still imports). Seed 001's
    // transcript is Flask 1.0 with Werkzeug 2.0: Flask's lines of one era, Werkzeug's of the
    // next.
    let app = [
        ("app.py", git::FLASK_APP_PY),
        ("templates/index.html", git::FLASK_INDEX_HTML),
    ];
    let reqs = ["GET /", "GET /nope"];
    for (golden, pins) in [
        ("banner-flask-0.12", "Flask==0.12.5 Werkzeug==0.16.1"),
        ("banner-flask-1.0", "Flask==1.0.2 Werkzeug==1.0.1"),
        // The pair behind the transcript in seed 001.
        (
            "banner-flask-1.0-werkzeug-2.0",
            "Flask==1.0.2 Werkzeug==2.0.3",
        ),
        ("banner-flask-1.1", "Flask==1.1.4"),
        ("banner-flask-2.0", "Flask==2.0.2 Werkzeug==2.0.3"),
        ("banner-flask-2.2", "Flask==2.2.5"),
        ("banner-flask-3.0", "Flask==3.0.3"),
    ] {
        let req = format!(
            "printf '{}\\n' > requirements.txt",
            pins.replace(' ', "\\n")
        );
        check(
            golden,
            "python:3.8",
            &[req.as_str(), PIP],
            &app,
            &[
                run(&["python", "./app.py"], &reqs),
                Run {
                    argv: &["python", "app.py"],
                    env: &[("FLASK_DEBUG", "1")],
                    cwd: APP_DIR,
                    requests: &[],
                },
            ],
        );
    }
}

#[test]
fn seed_002_alpine_python2() {
    let app = seed002("app.py");
    let html = seed002("templates/index.html");
    check(
        "seed002-alpine",
        "alpine:3.5",
        &[
            "apk add --update py2-pip > /dev/null",
            "printf 'Flask==0.10.1\\n' > requirements.txt",
            "pip install --no-cache-dir -r /usr/src/app/requirements.txt > /dev/null",
        ],
        &[("app.py", &app), ("templates/index.html", &html)],
        &[Run {
            argv: &["python", "/usr/src/app/app.py"],
            env: &[],
            cwd: "/",
            requests: &["GET /", "GET /", "GET /nope"],
        }],
    );
}

#[test]
fn flask_on_python_310_and_later() {
    // Flask before 1.1 breaks on Python 3.10 and later (docker-curriculum's `python:3` drift).
    check(
        "flask-1.0-on-python-3.12",
        "python:3",
        &["printf 'Flask==1.0.2\\n' > requirements.txt", PIP],
        &[("app.py", git::FLASK_APP_PY)],
        &[run(&["python", "./app.py"], &[])],
    );
}

#[test]
fn flask_run() {
    let files = [
        ("app.py", git::FLASK_APP_PY),
        ("templates/index.html", git::FLASK_INDEX_HTML),
    ];
    check(
        "flask-run",
        "python:3",
        &["pip install -q Flask==3.0.3"],
        &files,
        &[
            run(&["flask", "run"], &["GET /"]),
            run(&["flask", "run", "--host=0.0.0.0"], &["GET /"]),
            run(
                &["flask", "run", "-h", "0.0.0.0", "-p", "8000", "--debug"],
                &[],
            ),
            run(&["python", "-m", "flask", "run", "--host", "0.0.0.0"], &[]),
            Run {
                argv: &["flask", "run"],
                env: &[
                    ("FLASK_APP", "app.py"),
                    ("FLASK_RUN_HOST", "0.0.0.0"),
                    ("FLASK_RUN_PORT", "8080"),
                ],
                cwd: APP_DIR,
                requests: &[],
            },
            Run {
                argv: &["flask", "run"],
                env: &[("FLASK_APP", "nosuch")],
                cwd: APP_DIR,
                requests: &[],
            },
            Run {
                argv: &["flask", "run"],
                env: &[],
                cwd: "/",
                requests: &[],
            },
            run(&["flask", "run", "--port", "http"], &[]),
            run(&["flask", "--version"], &[]),
            run(&["flask", "frobnicate"], &[]),
        ],
    );
}

#[test]
fn missing_flask() {
    let files = [("app.py", git::FLASK_APP_PY)];
    check(
        "missing-flask",
        "python:3",
        &[],
        &files,
        &[
            run(&["python", "./app.py"], &[]),
            run(&["python3", "/usr/src/app/app.py"], &[]),
            run(&["python", "nosuch.py"], &[]),
            run(&["python", "-m", "flask", "run"], &[]),
        ],
    );
    check(
        "missing-flask-python2",
        "alpine:3.5",
        &["apk add --update py2-pip > /dev/null"],
        &files,
        &[
            run(&["python", "./app.py"], &[]),
            run(&["python", "nosuch.py"], &[]),
        ],
    );
}

const UNSUPPORTED: &[(&str, &str)] = &[
    (
        "request.py",
        "from flask import Flask, request\napp = Flask(__name__)\n",
    ),
    (
        "sqlalchemy.py",
        "from flask import Flask\nimport sqlalchemy\napp = Flask(__name__)\n",
    ),
    (
        "json.py",
        "from flask import Flask\nimport json\napp = Flask(__name__)\n",
    ),
    (
        "post.py",
        "from flask import Flask\napp = Flask(__name__)\n\n@app.route('/', methods=['GET', 'POST'])\ndef index():\n    return 'hi'\n",
    ),
    (
        "variables.py",
        "from flask import Flask\napp = Flask(__name__)\n\n@app.route('/user/<name>')\ndef user(name):\n    return name\n",
    ),
    (
        "loop.py",
        "from flask import Flask\napp = Flask(__name__)\nfor i in range(3):\n    pass\n",
    ),
    (
        "print.py",
        "from flask import Flask\napp = Flask(__name__)\nprint('starting')\napp.run()\n",
    ),
    (
        "syntax.py",
        "from flask import Flask\napp = Flask(__name__\n\n",
    ),
    (
        "indent.py",
        "from flask import Flask\napp = Flask(__name__)\n@app.route('/')\ndef index():\nreturn 'x'\n",
    ),
    (
        "name.py",
        "from flask import Flask\napp = Flask(__name__)\nurl = images\n",
    ),
    (
        "badimport.py",
        "from flask import Flask, render_templates\n",
    ),
    (
        "norun.py",
        "from flask import Flask\napp = Flask(__name__)\n",
    ),
];

#[test]
fn unsupported_and_broken_apps() {
    let runs: Vec<Vec<&str>> = UNSUPPORTED
        .iter()
        .map(|(f, _)| vec!["python", *f])
        .collect();
    let runs: Vec<Run<'_>> = runs.iter().map(|a| run(a, &[])).collect();
    check(
        "unsupported",
        "python:3",
        &["pip install -q Flask==3.0.3"],
        UNSUPPORTED,
        &runs,
    );
}

#[test]
fn views_and_template_errors() {
    let app = r#"from flask import Flask, render_template
import os
import random

app = Flask(__name__)
names = ["Tom", "Felix", "Garfield"]
title = 'Cats'

@app.route("/")
def home():
    """The front page."""
    return "<h1>Hello from " + title + "</h1>"

@app.route("/list/")
def listing():
    return render_template("list.html", names=names, title=title, empty=[])

@app.route("/missing")
def missing():
    return render_template("nope.html")

@app.route("/broken")
def broken():
    return render_template("broken.html")

@app.route("/undefined")
def undefined():
    return render_template("undefined.html")

@app.route("/none")
def none():
    x = 1

@app.route("/teapot")
def teapot():
    return "short and stout", 418

@app.route("/pick")
def pick():
    n = random.randint(1, 6)
    return render_template("list.html", names=[str(n)], title=os.environ.get("TITLE", "dice"))

@app.route("/error")
def error():
    return names[7]

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 5000)))
"#;
    let base = "<html><title>{% block title %}Base{% endblock %}</title>\n<body>{% block body %}{% endblock %}</body></html>\n";
    let list = "{% extends \"base.html\" %}\n{% block title %}{{ title|upper }}{% endblock %}\n{% block body %}\n<ul>\n{%- for n in names %}\n  <li class=\"{{ 'first' if loop.first }}\">{{ loop.index }}. {{ n }}</li>\n{%- endfor %}\n</ul>\n{% endblock %}\n";
    let list = list.replace(
        "{{ 'first' if loop.first }}",
        "{% if loop.first %}first{% else %}rest{% endif %}",
    );
    let broken = "<p>\n{% if names %}\n{{ names|length }}\n";
    let undefined = "<p>{{ user.name }}</p>\n";
    check(
        "views",
        "python:3",
        &["pip install -q Flask==3.0.3"],
        &[
            ("app.py", app),
            ("templates/base.html", base),
            ("templates/list.html", &list),
            ("templates/broken.html", broken),
            ("templates/undefined.html", undefined),
        ],
        &[Run {
            argv: &["python", "app.py"],
            env: &[("PORT", "5001"), ("TITLE", "Dice <roll>")],
            cwd: APP_DIR,
            requests: &[
                "GET /",
                "GET /list/",
                "GET /list",
                "GET /missing",
                "GET /broken",
                "GET /undefined",
                "GET /none",
                "GET /teapot",
                "GET /pick",
                "GET /error",
                "GET /?q=1",
            ],
        }],
    );
}

#[test]
fn nginx_httpd_and_static_site() {
    check(
        "nginx",
        "nginx",
        &[],
        &[],
        &[
            Run {
                argv: &["nginx", "-g", "daemon off;"],
                env: &[],
                cwd: "/",
                requests: &["GET /", "GET /50x.html", "GET /nope", "HEAD /"],
            },
            Run {
                argv: &["nginx", "-v"],
                env: &[],
                cwd: "/",
                requests: &[],
            },
            Run {
                argv: &["sh"],
                env: &[],
                cwd: "/",
                requests: &[],
            },
        ],
    );
    check(
        "httpd",
        "httpd",
        &[],
        &[],
        &[Run {
            argv: &["httpd-foreground"],
            env: &[],
            cwd: "/usr/local/apache2",
            requests: &["GET /", "GET /nope", "GET /index.html?x"],
        }],
    );
    check(
        "static-site",
        "prakhar1989/static-site",
        &[],
        &[],
        &[Run {
            argv: &["nginx", "-g", "daemon off;"],
            env: &[],
            cwd: "/usr/share/nginx/html",
            requests: &["GET /", "GET /wrapper.sh", "GET /missing.png"],
        }],
    );
}

/// Render each template of a case with an in-memory loader; the golden lists every result.
#[test]
fn jinja_subset() {
    let mut vars = BTreeMap::new();
    vars.insert("name".into(), jinja::Value::Str("<b>Tom</b>".into()));
    vars.insert("n".into(), jinja::Value::Int(3));
    vars.insert(
        "cats".into(),
        jinja::Value::List(vec![
            jinja::Value::Str("Tom".into()),
            jinja::Value::Str("Felix".into()),
        ]),
    );
    let mut user = BTreeMap::new();
    user.insert("name".into(), jinja::Value::Str("ada".into()));
    vars.insert("user".into(), jinja::Value::Dict(user));
    vars.insert("empty".into(), jinja::Value::List(Vec::new()));
    let cases: &[(&str, &str)] = &[
        ("names.html", "Hi {{ name }}, {{ user.name }} {{ user['name'] }} {{ cats[1] }} {{ cats.0 }}\n"),
        ("noescape.txt", "Hi {{ name }}\n"),
        ("literals.html", "{{ 'a' }} {{ \"b\" }} {{ 42 }} {{ 1.5 }} {{ true }} {{ none }} {{ [1, 'x'] }}"),
        ("filters.html", "{{ user.name|upper }} {{ 'ABC'|lower }} {{ cats|length }} {{ missing|default('none here') }} {{ name|safe }} {{ name|e }} {{ name|escape|upper }} {{ cats|join(', ') }} {{ '  x '|trim }}"),
        ("if.html", "{% if n == 3 and not empty %}three{% elif n != 2 %}other{% else %}two{% endif %}|{% if missing or cats %}yes{% endif %}|{% if empty %}full{% else %}empty{% endif %}"),
        ("for.html", "{% for c in cats %}{{ loop.index }}:{{ c }}{% if not loop.last %}, {% endif %}{% endfor %}|{% for x in empty %}x{% else %}none{% endfor %}"),
        ("comment.html", "a{# a comment {{ name }} #}b\n  {%- if true -%}  \n  c  {%- endif %}\n"),
        ("child.html", "{% extends \"parent.html\" %}ignored{% block main %}child {{ n }}{% endblock %}"),
        ("parent.html", "<main>{% block main %}parent{% endblock %}</main><footer>{% block foot %}foot{% endblock %}</footer>\n"),
        ("unknown-tag.html", "{% frobnicate %}"),
        ("unclosed-if.html", "line one\n{% if n %}\nyes\n"),
        ("unclosed-for-tag.html", "{% for c in cats %}{% endif %}"),
        ("bad-expr.html", "{{ }}"),
        ("unclosed-var.html", "text {{ name "),
        ("bad-filter.html", "{{ name|frobnicate }}"),
        ("undefined-attr.html", "{{ nobody.name }}"),
        ("bad-char.html", "{{ name $ }}"),
        ("no-parent.html", "{% extends 'gone.html' %}"),
        ("len-int.html", "{{ n|length }}"),
        ("include.html", "{% include 'parent.html' %}"),
        ("stray-end.html", "{% endfor %}"),
    ];
    let loader = |name: &str| {
        cases
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, body)| body.to_string())
    };
    let mut out = String::new();
    for (name, body) in cases {
        out.push_str(&format!("== {name}\n{body}\n-- \n"));
        match jinja::render(&loader, name, &vars) {
            Ok(text) => out.push_str(&format!("{text}⏎\n")),
            Err(e) => {
                let at = e
                    .location()
                    .map(|(n, l)| format!(" [{n}:{l}]"))
                    .unwrap_or_default();
                out.push_str(&format!("{}{at}\n", e.exception_line()));
            }
        }
    }
    out.push_str(&format!(
        "== missing.html\n{}\n",
        jinja::render(&loader, "missing.html", &vars)
            .map_err(|e| e.exception_line())
            .unwrap_err()
    ));
    assert_golden("apps/jinja.txt", &out);
}

/// The same app served twice gives the same pages: the generator alone decides the gif.
#[test]
fn random_choice_follows_the_generator() {
    let (mut fs, env, _) = image_fs("python:3");
    record_flask(&mut fs);
    for (p, body) in [
        ("app.py", git::FLASK_APP_PY),
        ("templates/index.html", git::FLASK_INDEX_HTML),
    ] {
        let path = format!("{APP_DIR}/{p}");
        let _ = fs.mkdir_all(&layerlab::sh::parent(&path), 0o755);
        fs.put_file(&path, Content::bytes(body.as_bytes().to_vec()), 0o644)
            .expect("write");
    }
    let argv = vec!["python".to_string(), "app.py".to_string()];
    let Start::Serving { app, .. } = apps::start(&fs, &argv, &env, APP_DIR, IP, START) else {
        panic!("the cat-gif app should serve");
    };
    let req = HttpRequest {
        method: "GET".into(),
        scheme: "http".into(),
        host: "localhost".into(),
        port: 5000,
        path: "/".into(),
    };
    let page = |pick: u64| {
        let mut r = move || pick;
        let (resp, _) = app.handle(&fs, &req, &mut r, CLIENT, START);
        String::from_utf8_lossy(&resp.body).into_owned()
    };
    let gifs = ["box-jump", "keyboard-nap", "laser-chase", "paw-wave"];
    for (i, gif) in gifs.iter().enumerate() {
        assert!(page(i as u64).contains(gif), "pick {i} shows {gif}");
        assert!(
            page(i as u64 + 8).contains(gif),
            "the choice wraps at the list's length"
        );
    }
    assert!(matches!(app, App::Flask(_)));
    assert_eq!(app.listen(), ("0.0.0.0".to_string(), 5000));
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn fs_with(app: &[u8], template: &[u8]) -> (Vfs, BTreeMap<String, String>) {
        let mut fs = Vfs::new();
        let _ = fs.mkdir_all("/usr/local/bin", 0o755);
        let _ = fs.mkdir_all("/usr/src/app/templates", 0o755);
        let _ = fs.put_file(
            "/usr/local/bin/python3.12",
            Content::bytes(b"".to_vec()),
            0o755,
        );
        let _ = fs.symlink("python3.12", "/usr/local/bin/python");
        record_flask(&mut fs);
        let _ = fs.put_file("/usr/src/app/app.py", Content::bytes(app.to_vec()), 0o644);
        let _ = fs.put_file(
            "/usr/src/app/templates/index.html",
            Content::bytes(template.to_vec()),
            0o644,
        );
        let mut env = BTreeMap::new();
        env.insert(
            "PATH".to_string(),
            "/usr/local/bin:/usr/bin:/bin".to_string(),
        );
        (fs, env)
    }

    fn exercise(app: &[u8], template: &[u8]) {
        let (fs, env) = fs_with(app, template);
        let argv = vec!["python".to_string(), "app.py".to_string()];
        if let Start::Serving { app, .. } = apps::start(&fs, &argv, &env, APP_DIR, IP, START) {
            let mut n = 0u64;
            let mut r = move || {
                n += 1;
                n
            };
            for path in ["/", "/nope", "/a/"] {
                let req = HttpRequest {
                    method: "GET".into(),
                    scheme: "http".into(),
                    host: "localhost".into(),
                    port: 5000,
                    path: path.into(),
                };
                let _ = app.handle(&fs, &req, &mut r, CLIENT, START);
            }
        }
        let loader = |_: &str| Some(String::from_utf8_lossy(template).into_owned());
        let _ = jinja::render(&loader, "index.html", &BTreeMap::new());
    }

    const GOOD_APP: &str = "from flask import Flask, render_template\nimport random\napp = Flask(__name__)\nxs = ['a', 'b']\n@app.route('/')\ndef index():\n    x = random.choice(xs)\n    return render_template('index.html', x=x)\nif __name__ == '__main__':\n    app.run(host='0.0.0.0')\n";
    const GOOD_TEMPLATE: &str = "{% extends 'index.html' %}{% block a %}{% for y in x %}{{ loop.index }}{{ y|upper }}{% endfor %}{% endblock %}{% if x == 'a' %}{{ x }}{% endif %}{# c #}";

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn random_bytes_never_panic(app in proptest::collection::vec(any::<u8>(), 0..300), tpl in proptest::collection::vec(any::<u8>(), 0..300)) {
            exercise(&app, &tpl);
        }

        #[test]
        fn mutated_sources_never_panic(at in 0usize..400, cut in 0usize..40, byte in any::<u8>(), which in 0u8..2) {
            let mut app = GOOD_APP.as_bytes().to_vec();
            let mut tpl = GOOD_TEMPLATE.as_bytes().to_vec();
            let target = if which == 0 { &mut app } else { &mut tpl };
            let at = at % (target.len() + 1);
            let end = (at + cut).min(target.len());
            target.splice(at..end, [byte]);
            exercise(&app, &tpl);
        }
    }
}

/// Deep nesting is refused with a message, not a stack overflow.
#[test]
fn deep_nesting_is_bounded() {
    let tpl = "{% if x %}".repeat(5000);
    let loader = |_: &str| Some(tpl.clone());
    let e = jinja::render(&loader, "deep.html", &BTreeMap::new()).unwrap_err();
    assert!(
        e.exception_line().contains("nested more than 40 deep"),
        "{e:?}"
    );
    let mut src = String::from("from flask import Flask\napp = Flask(__name__)\n");
    for i in 0..400 {
        src.push_str(&format!("{}if True:\n", " ".repeat(i)));
    }
    src.push_str(&format!("{}pass\n", " ".repeat(400)));
    let (mut fs, env, _) = image_fs("python:3");
    record_flask(&mut fs);
    fs.put_file(
        "/usr/src/app/app.py",
        Content::bytes(src.into_bytes()),
        0o644,
    )
    .expect("write");
    let argv = vec!["python".to_string(), "app.py".to_string()];
    let Start::Exited { status, output } = apps::start(&fs, &argv, &env, APP_DIR, IP, START) else {
        panic!("a 400-deep if should not serve");
    };
    assert_eq!(status, 1);
    assert!(
        output.contains("too many statically nested blocks"),
        "{output}"
    );
    let deep = format!("x = {}1{}\n", "(".repeat(5000), ")".repeat(5000));
    fs.put_file(
        "/usr/src/app/app.py",
        Content::bytes(deep.into_bytes()),
        0o644,
    )
    .expect("write");
    assert!(matches!(
        apps::start(&fs, &argv, &env, APP_DIR, IP, START),
        Start::Exited { status: 1, .. }
    ));
}
