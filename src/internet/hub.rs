//! Docker Hub, simulated: repositories, tags, images with their layers and skeleton files, and the
//! rows `docker search` shows. The data lives in the catalog; this file holds the types and lookups.

use super::catalog;

/// The family of the operating system inside an image.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OsFamily {
    /// Debian (bookworm, bullseye, …).
    Debian,
    /// Ubuntu (bionic, focal, jammy, noble).
    Ubuntu,
    /// Alpine Linux (musl libc, BusyBox userland).
    Alpine,
    /// The BusyBox image: one static binary, no package manager.
    Busybox,
    /// Oracle Linux (the `mysql` image).
    OracleLinux,
    /// No operating system at all (`hello-world`).
    Scratch,
}

impl OsFamily {
    /// The lowercase name (`debian`, `ubuntu`, `alpine`, …).
    pub fn name(self) -> &'static str {
        match self {
            OsFamily::Debian => "debian",
            OsFamily::Ubuntu => "ubuntu",
            OsFamily::Alpine => "alpine",
            OsFamily::Busybox => "busybox",
            OsFamily::OracleLinux => "oraclelinux",
            OsFamily::Scratch => "scratch",
        }
    }
}

/// What `/bin/sh` is in an image.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shell {
    /// dash (Debian, Ubuntu): `/bin/sh: 1: foo: not found`.
    Dash,
    /// bash (Oracle Linux and other RPM distributions).
    Bash,
    /// BusyBox ash (Alpine, busybox): `/bin/sh: foo: not found`.
    BusyboxAsh,
    /// No shell at all (`hello-world`): `RUN` fails to start.
    None,
}

/// The package manager an image's distribution uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackageManager {
    /// `apt-get`/`apt` with dpkg (Debian, Ubuntu).
    Apt,
    /// `apk` (Alpine).
    Apk,
    /// `microdnf` (Oracle Linux slim); not simulated beyond "command exists".
    Microdnf,
    /// None.
    None,
}

/// An operating-system release as an image carries it.
#[derive(Debug)]
pub struct Os {
    /// The family.
    pub family: OsFamily,
    /// The release name the package indexes are keyed by: `bookworm`, `jammy`, `3.20`, `1.36`.
    pub release: &'static str,
    /// The point version: `12.7`, `24.04.1`, `3.20.3`.
    pub version: &'static str,
    /// What `/bin/sh` is.
    pub sh: Shell,
    /// The package manager.
    pub package_manager: PackageManager,
    /// The C library and its version: `glibc 2.36`, `musl 1.2.5`.
    pub libc: &'static str,
    /// Whether `/bin`, `/sbin` and `/lib` are symlinks into `/usr`.
    pub merged_usr: bool,
}

/// A node in an image's skeleton filesystem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Node {
    /// A directory.
    Dir,
    /// A text file with these exact bytes.
    Text(&'static str),
    /// A file with a declared size whose bytes are synthetic (a binary, a library, a data file).
    Binary(u64),
    /// A symbolic link to this target.
    Link(&'static str),
    /// A hard link to this absolute path (BusyBox applets).
    Hard(&'static str),
    /// Lines added at the end of the file the lower layers hold (a user added to
    /// `/etc/passwd`); the layer carries the whole changed file, as a real layer does.
    Append(&'static str),
}

/// One path of an image's skeleton filesystem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileSpec {
    /// Absolute path.
    pub path: &'static str,
    /// Permission bits (`0o755`, `0o644`, `0o1777`, …).
    pub mode: u32,
    /// What is at the path.
    pub node: Node,
}

impl FileSpec {
    /// The declared size in bytes (0 for directories and links).
    pub fn size(&self) -> u64 {
        match self.node {
            Node::Text(t) | Node::Append(t) => t.len() as u64,
            Node::Binary(n) => n,
            Node::Dir | Node::Link(_) | Node::Hard(_) => 0,
        }
    }
}

/// One filesystem layer of a published image. Layers are shared between images (every
/// `python:3.12` variant on bookworm starts with the same Debian layer), so a pull of a second
/// image finds some layers "Already exists".
#[derive(Debug)]
pub struct Layer {
    /// A stable name, unique in the catalog (`debian-bookworm`, `python-3.12.6-bookworm`).
    pub key: &'static str,
    /// Uncompressed size in bytes, as `docker history` shows it.
    pub size: u64,
    /// Compressed (gzip blob) size in bytes, as a pull downloads it.
    pub compressed: u64,
    /// The history line that made the layer, as `docker history --no-trunc` shows it.
    pub created_by: &'static str,
    /// The skeleton files the layer adds, in groups shared between layers. They are a visible
    /// sample: the layer's declared `size` is authoritative and larger than their sum.
    pub files: &'static [&'static [FileSpec]],
    /// System packages (apt or apk names) the layer installs, separated by spaces.
    pub packages: &'static str,
    /// Python distributions the layer installs, as `name==version` separated by spaces.
    pub python: &'static str,
}

impl Layer {
    /// Every skeleton file of the layer, in order.
    pub fn files(&self) -> impl Iterator<Item = &'static FileSpec> {
        self.files.iter().flat_map(|g| g.iter())
    }

    /// Bytes of the layer that no skeleton file accounts for.
    pub fn unlisted_bytes(&self) -> u64 {
        self.size
            .saturating_sub(self.files().map(FileSpec::size).sum::<u64>())
    }
}

/// One entry of an image's history: a layer, or a metadata-only step (`ENV`, `CMD`, …).
#[derive(Debug)]
pub enum History {
    /// A step that produced a filesystem layer.
    Layer(&'static Layer),
    /// A step that changed only the config; `docker history` shows it with size 0B.
    Empty(&'static str),
}

impl History {
    /// The `created_by` line.
    pub fn created_by(&self) -> &'static str {
        match self {
            History::Layer(l) => l.created_by,
            History::Empty(s) => s,
        }
    }

    /// The layer, if the step made one.
    pub fn layer(&self) -> Option<&'static Layer> {
        match self {
            History::Layer(l) => Some(l),
            History::Empty(_) => None,
        }
    }
}

/// The runtime defaults an image's config carries.
#[derive(Debug)]
pub struct ImageConfig {
    /// `KEY=value` entries, in order.
    pub env: &'static [&'static str],
    /// Default command (empty: none).
    pub cmd: &'static [&'static str],
    /// Entrypoint (empty: none).
    pub entrypoint: &'static [&'static str],
    /// Working directory (empty: `/`).
    pub workdir: &'static str,
    /// Exposed ports such as `5000/tcp`.
    pub exposed_ports: &'static [&'static str],
    /// Declared volumes.
    pub volumes: &'static [&'static str],
    /// ONBUILD triggers, each an instruction line as written (`COPY . /usr/src/app`).
    pub onbuild: &'static [&'static str],
    /// Default user (empty: root).
    pub user: &'static str,
    /// Stop signal (empty: SIGTERM).
    pub stop_signal: &'static str,
    /// Labels.
    pub labels: &'static [(&'static str, &'static str)],
}

impl ImageConfig {
    /// The value of an environment variable, if the config sets it.
    pub fn env_var(&self, key: &str) -> Option<&'static str> {
        self.env.iter().find_map(|e| {
            let (k, v) = e.split_once('=')?;
            (k == key).then_some(v)
        })
    }
}

/// The `PATH` Docker images use unless they say otherwise.
pub const DEFAULT_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/// A published image (one manifest for linux/amd64).
#[derive(Debug)]
pub struct Image {
    /// A stable name, unique in the catalog (`python:3.12.6-bookworm`).
    pub key: &'static str,
    /// The operating system inside.
    pub os: &'static Os,
    /// When the image was built, RFC 3339.
    pub created: &'static str,
    /// History, oldest first.
    pub history: &'static [History],
    /// Runtime defaults.
    pub config: ImageConfig,
    /// Set when the tag was removed from Docker Hub: pulling it fails with "manifest unknown".
    /// The text says, in our words, what happened to it. The data is kept so lessons can explain.
    pub retired: Option<&'static str>,
}

impl Image {
    /// Always `amd64`: the simulated machine is one architecture.
    pub const ARCHITECTURE: &'static str = "amd64";

    /// The filesystem layers, oldest first.
    pub fn layers(&self) -> impl Iterator<Item = &'static Layer> + '_ {
        self.history.iter().filter_map(History::layer)
    }

    /// Uncompressed size: the sum of the layer sizes (what `docker images` shows).
    pub fn size(&self) -> u64 {
        self.layers().map(|l| l.size).sum()
    }

    /// Compressed size: the sum of the blob sizes (what Docker Hub shows and a pull downloads).
    pub fn compressed_size(&self) -> u64 {
        self.layers().map(|l| l.compressed).sum()
    }

    /// Every skeleton file, lower layers first (a later path replaces an earlier one).
    pub fn files(&self) -> impl Iterator<Item = &'static FileSpec> + '_ {
        self.layers().flat_map(Layer::files)
    }

    /// The skeleton file at `path` as the image presents it (the topmost layer wins).
    pub fn file(&self, path: &str) -> Option<&'static FileSpec> {
        self.files().filter(|f| f.path == path).last()
    }

    /// System packages installed by the image's layers, in install order.
    pub fn packages(&self) -> Vec<&'static str> {
        self.packages_of(usize::MAX)
    }

    /// System packages installed by the image's first `n` layers, in install order.
    pub fn packages_of(&self, n: usize) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for p in self
            .layers()
            .take(n)
            .flat_map(|l| l.packages.split_whitespace())
        {
            if !out.contains(&p) {
                out.push(p);
            }
        }
        out
    }

    /// Python distributions installed by the image, as (name, version).
    pub fn python_packages(&self) -> Vec<(&'static str, &'static str)> {
        self.python_packages_of(usize::MAX)
    }

    /// Python distributions installed by the image's first `n` layers, as (name, version).
    pub fn python_packages_of(&self, n: usize) -> Vec<(&'static str, &'static str)> {
        self.layers()
            .take(n)
            .flat_map(|l| l.python.split_whitespace())
            .filter_map(|p| p.split_once("=="))
            .collect()
    }

    /// The Python version the image ships (`3.12.6`), from its `PYTHON_VERSION` variable.
    pub fn python_version(&self) -> Option<&'static str> {
        self.config.env_var("PYTHON_VERSION")
    }

    /// Every `repository:tag` that names this image.
    pub fn references(&self) -> Vec<String> {
        let mut out = Vec::new();
        for r in repos() {
            for (tag, img) in r.tags {
                if std::ptr::eq(*img, self) {
                    out.push(format!("{}:{tag}", r.name));
                }
            }
        }
        out
    }
}

/// A repository on the simulated Docker Hub.
#[derive(Debug)]
pub struct Repo {
    /// `python` for official images, `user/name` otherwise.
    pub name: &'static str,
    /// Whether it is a Docker Official Image.
    pub official: bool,
    /// Star count, for `docker search`.
    pub stars: u32,
    /// One-line description, in our own words.
    pub description: &'static str,
    /// Tags and the image each names. Aliases point at the same image.
    pub tags: &'static [(&'static str, &'static Image)],
}

impl Repo {
    /// The image a tag names, retired or not.
    pub fn tag(&self, tag: &str) -> Option<&'static Image> {
        self.tags.iter().find(|(t, _)| *t == tag).map(|(_, i)| *i)
    }

    /// Every tag naming `image`.
    pub fn tags_of(&self, image: &Image) -> Vec<&'static str> {
        self.tags
            .iter()
            .filter(|(_, i)| std::ptr::eq(*i, image))
            .map(|(t, _)| *t)
            .collect()
    }

    /// The path on the registry: `library/python`, `prakhar1989/catnip`.
    pub fn path(&self) -> String {
        if self.name.contains('/') {
            self.name.to_string()
        } else {
            format!("library/{}", self.name)
        }
    }
}

/// Every repository in the catalog, official ones first.
pub fn repos() -> &'static [Repo] {
    catalog::REPOS
}

/// Every distinct image in the catalog (aliases counted once), in catalog order.
pub fn images() -> Vec<&'static Image> {
    let mut out: Vec<&'static Image> = Vec::new();
    for r in repos() {
        for (_, img) in r.tags {
            if !out.iter().any(|i| std::ptr::eq(*i, *img)) {
                out.push(img);
            }
        }
    }
    out
}

/// Every distinct layer in the catalog, in first-use order.
pub fn layers() -> Vec<&'static Layer> {
    let mut out: Vec<&'static Layer> = Vec::new();
    for img in images() {
        for l in img.layers() {
            if !out.iter().any(|x| std::ptr::eq(*x, l)) {
                out.push(l);
            }
        }
    }
    out
}

/// Strip the registry and `library/` prefixes: `docker.io/library/python` → `python`.
pub fn short_name(name: &str) -> &str {
    let n = name
        .strip_prefix("docker.io/")
        .or_else(|| name.strip_prefix("index.docker.io/"))
        .or_else(|| name.strip_prefix("registry-1.docker.io/"))
        .unwrap_or(name);
    n.strip_prefix("library/").unwrap_or(n)
}

/// The repository called `name` (`python`, `library/python`, `docker.io/library/python`).
pub fn repo(name: &str) -> Option<&'static Repo> {
    let n = short_name(name);
    repos().iter().find(|r| r.name == n)
}

/// What the registry answers for `name:tag`.
#[derive(Debug, Clone, Copy)]
pub enum Lookup {
    /// The tag exists.
    Found(&'static Image),
    /// The tag existed once and was removed; the registry answers "manifest unknown".
    Retired(&'static Image),
    /// The repository exists, the tag does not: "manifest for … not found: manifest unknown".
    NoTag,
    /// No such repository: "pull access denied for …, repository does not exist or may require
    /// 'docker login'".
    NoRepo,
}

/// Look up `name:tag` the way a pull does.
pub fn lookup(name: &str, tag: &str) -> Lookup {
    let Some(r) = repo(name) else {
        return Lookup::NoRepo;
    };
    match r.tag(tag) {
        Some(img) if img.retired.is_some() => Lookup::Retired(img),
        Some(img) => Lookup::Found(img),
        None => Lookup::NoTag,
    }
}

/// The image `name:tag` names, if it can be pulled.
pub fn image(name: &str, tag: &str) -> Option<&'static Image> {
    match lookup(name, tag) {
        Lookup::Found(i) => Some(i),
        _ => None,
    }
}

/// The image with this catalog key.
pub fn image_by_key(key: &str) -> Option<&'static Image> {
    images().into_iter().find(|i| i.key == key)
}

/// One row of `docker search`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SearchRow {
    /// Repository name.
    pub name: &'static str,
    /// Description (full; the CLI truncates it).
    pub description: &'static str,
    /// Stars.
    pub stars: u32,
    /// Docker Official Image.
    pub official: bool,
    /// The old "automated build" flag (only very old CLIs show the column).
    pub automated: bool,
}

/// Search the Hub: repositories whose name or description contains `term` (case-insensitive).
/// Exact name first, then official images by stars, then the rest by stars; at most `limit` rows.
pub fn search(term: &str, limit: usize) -> Vec<SearchRow> {
    let t = term.trim().to_ascii_lowercase();
    if t.is_empty() {
        return Vec::new();
    }
    let mut rows: Vec<SearchRow> = repos()
        .iter()
        .map(|r| SearchRow {
            name: r.name,
            description: r.description,
            stars: r.stars,
            official: r.official,
            automated: false,
        })
        .chain(catalog::SEARCH_EXTRA.iter().copied())
        .filter(|r| {
            r.name.to_ascii_lowercase().contains(&t)
                || r.description.to_ascii_lowercase().contains(&t)
        })
        .collect();
    crate::sort::sort_by(&mut rows, |a, b| {
        let exact = |r: &SearchRow| r.name != t;
        exact(a)
            .cmp(&exact(b))
            .then(b.official.cmp(&a.official))
            .then(b.stars.cmp(&a.stars))
            .then(a.name.cmp(b.name))
    });
    rows.dedup_by(|a, b| a.name == b.name);
    rows.truncate(limit);
    rows
}

/// A size as `docker images` prints it: decimal units, three significant digits
/// (`1.01GB`, `78.1MB`, `13.3kB`, `0B`).
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 7] = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1000.0 && unit < UNITS.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    let decimals = if value >= 99.95 {
        0
    } else if value >= 9.995 {
        1
    } else {
        2
    };
    let mut text = format!("{value:.decimals$}");
    if text.contains('.') {
        text = text.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    format!("{text}{}", UNITS[unit])
}

/// What the `hello-world` image's `/hello` program prints (our own wording, in the shape of the
/// real message).
pub const HELLO_WORLD_MESSAGE: &str = "
Hello from Docker!
If you can read this, your Docker installation works.

What just happened:
 1. The docker client asked the Docker daemon to run the \"hello-world\" image.
 2. The daemon pulled that image from Docker Hub (amd64).
 3. The daemon created a container from the image and started the one
    program inside it, which printed this text.
 4. The daemon passed the output back to the docker client, which showed
    it in your terminal.

For something more interactive, start an Ubuntu container with a shell:
 $ docker run -it ubuntu bash

Publish and share your own images with a Docker ID:
 https://hub.docker.com/

More examples and guides:
 https://docs.docker.com/get-started/

";
