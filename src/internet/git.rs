//! The simulated git host: the repositories the tutorials clone, with every file written out.
//! The cat-gif app here is our own version of the tutorial's app: same shape, our own words.

/// One file in a repository.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RepoFile {
    /// Path inside the repository, `/`-separated, no leading slash.
    pub path: &'static str,
    /// `0o644`, or `0o755` for scripts.
    pub mode: u32,
    /// The exact bytes.
    pub body: &'static str,
}

/// A repository on the simulated git host.
#[derive(Debug)]
pub struct GitRepo {
    /// `https://github.com/owner/name` (no `.git`).
    pub url: &'static str,
    /// The branch a clone checks out.
    pub default_branch: &'static str,
    /// The commit at the tip of that branch (40 hex digits).
    pub head: &'static str,
    /// The tip commit's subject line.
    pub subject: &'static str,
    /// Objects the server sends for a full clone (for "Receiving objects: 100% (n/n)").
    pub objects: u32,
    /// Deltas among them (for "Resolving deltas").
    pub deltas: u32,
    /// Size of the pack a clone downloads, in bytes (history included, so larger than the files).
    pub pack_bytes: u64,
    /// The files of the checked-out tree.
    pub files: &'static [RepoFile],
}

impl GitRepo {
    /// The directory `git clone` creates: the last path segment without `.git`.
    pub fn dir_name(&self) -> &'static str {
        self.url.rsplit('/').next().unwrap_or(self.url)
    }

    /// The file at `path`, if there is one.
    pub fn file(&self, path: &str) -> Option<&'static RepoFile> {
        self.files.iter().find(|f| f.path == path)
    }
}

/// Normalise a clone URL: `https://github.com/o/n.git`, `http://github.com/o/n/`,
/// `git@github.com:o/n.git` and `github.com/o/n` all become `https://github.com/o/n`.
/// Host and owner/name are compared case-insensitively, as GitHub does.
pub fn normalize_url(url: &str) -> String {
    let u = url.trim();
    let u = u
        .strip_prefix("https://")
        .or_else(|| u.strip_prefix("http://"))
        .or_else(|| u.strip_prefix("git://"))
        .or_else(|| u.strip_prefix("ssh://git@"))
        .unwrap_or(u);
    let u = match u.strip_prefix("git@") {
        Some(rest) => rest.replacen(':', "/", 1),
        None => u.to_string(),
    };
    let u = u.trim_end_matches('/');
    let u = u.strip_suffix(".git").unwrap_or(u);
    format!("https://{}", u.to_ascii_lowercase())
}

/// The repository a clone URL names.
pub fn repo(url: &str) -> Option<&'static GitRepo> {
    let want = normalize_url(url);
    REPOS.iter().find(|r| r.url.to_ascii_lowercase() == want)
}

/// Every repository on the host.
pub fn repos() -> &'static [GitRepo] {
    REPOS
}

/// The directory name `git clone URL` would create, whether or not the repository exists
/// (`…/docker-curriculum.git` → `docker-curriculum`).
pub fn clone_dir_name(url: &str) -> String {
    let u = url.trim().trim_end_matches('/');
    let last = u.rsplit(['/', ':']).next().unwrap_or(u);
    last.strip_suffix(".git").unwrap_or(last).to_string()
}

/// The cat-gif app: picks a random gif on each request and renders it into the template.
pub const FLASK_APP_PY: &str = r#"from flask import Flask, render_template
import random

app = Flask(__name__)

# Cat gifs to choose from; every page load shows one of them at random.
images = [
    "https://cats.example/gifs/box-jump.gif",
    "https://cats.example/gifs/keyboard-nap.gif",
    "https://cats.example/gifs/laser-chase.gif",
    "https://cats.example/gifs/paw-wave.gif",
    "https://cats.example/gifs/sink-sitter.gif",
    "https://cats.example/gifs/tail-spin.gif",
    "https://cats.example/gifs/window-watch.gif",
    "https://cats.example/gifs/yarn-tangle.gif",
]


@app.route("/")
def index():
    url = random.choice(images)
    return render_template("index.html", url=url)


if __name__ == "__main__":
    app.run(host="0.0.0.0")
"#;

/// The page template the app renders; `{{url}}` is the chosen gif.
pub const FLASK_INDEX_HTML: &str = r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Cat Gif of the Day</title>
    <style>
      body { background: #111; color: #eee; font-family: sans-serif; }
      .frame { max-width: 480px; margin: 80px auto; padding: 12px;
               border: 16px solid #eee; text-align: center; }
      h1 { font-size: 1.1em; letter-spacing: 0.1em; text-transform: uppercase; }
    </style>
  </head>
  <body>
    <div class="frame">
      <h1>Cat Gif of the Day</h1>
      <img src="{{url}}" alt="A random cat gif">
      <p><small>Reload the page for another cat.</small></p>
    </div>
  </body>
</html>
"#;

/// The app's pins today: a Flask that still runs on the current Python image.
pub const FLASK_REQUIREMENTS: &str = "Flask==2.0.2\nWerkzeug==2.2.2\n";

/// The pin the 2016 tutorial used (and the `prakhar1989/catnip` image was built with).
pub const CATNIP_REQUIREMENTS_2016: &str = "Flask==0.10.1\n";

/// The Dockerfile that ships with the app, in the shape the tutorial teaches.
pub const FLASK_DOCKERFILE: &str = r#"# Start from the official Python 3 image.
FROM python:3

# All app files live here inside the image.
WORKDIR /usr/src/app

# Bring in the app: source, templates and requirements.
COPY . .

# Install the Python packages the app needs.
RUN pip install --no-cache-dir -r requirements.txt

# Flask listens on port 5000.
EXPOSE 5000

# Start the app when a container starts.
CMD ["python", "./app.py"]
"#;

/// The 2016 Dockerfile: the onbuild base image did the copying and installing.
pub const CATNIP_DOCKERFILE_2016: &str =
    "FROM python:3-onbuild\nEXPOSE 5000\nCMD [\"python\", \"./app.py\"]\n";

/// The static site's page; the wrapper script puts the author's name in.
pub const STATIC_SITE_INDEX: &str = r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Hello from a container</title>
  </head>
  <body>
    <h1>Hello {{AUTHOR}}!</h1>
    <p>This page comes from nginx, running inside a Docker container.</p>
  </body>
</html>
"#;

/// Starts the static site: fills in `AUTHOR`, then runs nginx in the foreground.
pub const STATIC_SITE_WRAPPER: &str = r#"#!/bin/sh
# Put the author's name into the page, then keep nginx in the foreground.
sed -i "s/{{AUTHOR}}/${AUTHOR:-Docker}/" /usr/share/nginx/html/index.html
echo "Nginx is running..."
exec nginx -g 'daemon off;'
"#;

const STATIC_SITE_DOCKERFILE: &str = r#"FROM nginx
ENV AUTHOR=Docker
WORKDIR /usr/share/nginx/html
COPY index.html wrapper.sh /usr/share/nginx/html/
CMD ["./wrapper.sh"]
"#;

const CURRICULUM_README: &str = "# docker-curriculum

Example apps for a beginners' Docker tutorial.

- `flask-app/`: a Flask app that shows a random cat gif. Build it with
  `docker build -t <your-user>/catnip .` and run it with
  `docker run -p 8888:5000 <your-user>/catnip`.
- `static-site/`: a single page served by nginx. Set `AUTHOR` to see your name on it.
";

static REPOS: &[GitRepo] = &[GitRepo {
    url: "https://github.com/prakhar1989/docker-curriculum",
    default_branch: "master",
    head: "5d0a71f3c2b84e96a1d7e0c4b38f2a6915c7e0d2",
    subject: "Pin Werkzeug so the flask app runs on the current python image",
    objects: 1_715,
    deltas: 974,
    pack_bytes: 30_995_048,
    files: &[
        RepoFile {
            path: "README.md",
            mode: 0o644,
            body: CURRICULUM_README,
        },
        RepoFile {
            path: "flask-app/Dockerfile",
            mode: 0o644,
            body: FLASK_DOCKERFILE,
        },
        RepoFile {
            path: "flask-app/app.py",
            mode: 0o644,
            body: FLASK_APP_PY,
        },
        RepoFile {
            path: "flask-app/requirements.txt",
            mode: 0o644,
            body: FLASK_REQUIREMENTS,
        },
        RepoFile {
            path: "flask-app/templates/index.html",
            mode: 0o644,
            body: FLASK_INDEX_HTML,
        },
        RepoFile {
            path: "static-site/Dockerfile",
            mode: 0o644,
            body: STATIC_SITE_DOCKERFILE,
        },
        RepoFile {
            path: "static-site/index.html",
            mode: 0o644,
            body: STATIC_SITE_INDEX,
        },
        RepoFile {
            path: "static-site/wrapper.sh",
            mode: 0o755,
            body: STATIC_SITE_WRAPPER,
        },
    ],
}];
