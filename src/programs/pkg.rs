//! Shared helpers of the package-manager and network programs: the machine's release from
//! `/etc/os-release`, the package databases (dpkg status, apk's installed list, Python's
//! `site-packages`), writing installed files with declared sizes, and the simulated clock.
//!
//! The databases are plain files in the machine's filesystem, so what one `RUN` installs the
//! next one sees. An image fresh from the catalog may not carry them yet: then the packages of
//! the release's base image stand in (see [`record_image`] for writing them out).

use crate::internet::{apk, apt, hub, Rng};
use crate::sh::{resolve_links, Invocation, Machine};
use crate::vfs::{Content, Fs as Vfs};

/// What `/etc/os-release` says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct OsRelease {
    pub id: String,
    pub version_id: String,
    pub codename: String,
}

/// Read `/etc/os-release` (missing keys stay empty).
pub(crate) fn os_release(fs: &Vfs) -> OsRelease {
    let text = fs.read_string("/etc/os-release").unwrap_or_default();
    let mut os = OsRelease::default();
    for line in text.lines() {
        let Some((k, v)) = line.split_once('=') else {
            continue;
        };
        let v = v.trim().trim_matches('"').to_string();
        match k.trim() {
            "ID" => os.id = v,
            "VERSION_ID" => os.version_id = v,
            "VERSION_CODENAME" => os.codename = v,
            "UBUNTU_CODENAME" if os.codename.is_empty() => os.codename = v,
            _ => {}
        }
    }
    os
}

/// The Debian or Ubuntu release of the machine, if apt has an index for it.
pub(crate) fn apt_release(fs: &Vfs) -> Option<&'static apt::Release> {
    let os = os_release(fs);
    if !os.codename.is_empty() {
        if let Some(r) = apt::release(&os.codename) {
            return Some(r);
        }
    }
    apt::releases().iter().find(|r| {
        r.distro.eq_ignore_ascii_case(&os.id)
            && (r.version == os.version_id || os.version_id.starts_with(&format!("{}.", r.version)))
    })
}

/// The Alpine branch of the machine (`3.20` for `3.20.3`), if apk has an index for it.
pub(crate) fn apk_release(fs: &Vfs) -> Option<&'static apk::Release> {
    let os = os_release(fs);
    let version = if os.version_id.is_empty() {
        fs.read_string("/etc/alpine-release")
            .unwrap_or_default()
            .trim()
            .to_string()
    } else {
        os.version_id
    };
    let branch: Vec<&str> = version.split('.').take(2).collect();
    apk::release(&branch.join("."))
}

/// A generator seeded from the machine's generator, for the durations of one run.
pub(crate) fn rng<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> Rng {
    Rng::new(inv.machine.random_u64())
}

/// Let `ms` of simulated time pass and stamp later file changes with the new time.
pub(crate) fn spend<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, ms: u64) {
    inv.machine.advance_ms(ms);
    super::sync_clock(inv);
}

/// The first line of standard input, as a prompt reads it (`None` at end of input).
pub(crate) fn answer<M: Machine + ?Sized>(inv: &Invocation<'_, M>) -> Option<String> {
    if inv.stdin.is_empty() {
        return None;
    }
    let text = String::from_utf8_lossy(&inv.stdin);
    Some(text.lines().next().unwrap_or("").trim().to_string())
}

/// Whether the program's output goes to a terminal (`docker run -t` sets `TERM`; builds do
/// not).
pub(crate) fn tty<M: Machine + ?Sized>(inv: &Invocation<'_, M>) -> bool {
    inv.env
        .get("TERM")
        .is_some_and(|t| !t.is_empty() && t != "dumb")
}

/// Whether the program runs as root.
pub(crate) fn is_root<M: Machine + ?Sized>(inv: &Invocation<'_, M>) -> bool {
    inv.fs().cred().uid == 0
}

// ----- writing files -----

/// Install a file with a declared size and a synthetic body naming `what`.
pub(crate) fn put_declared(fs: &mut Vfs, path: &str, size: u64, what: &str, mode: u32) {
    let _ = fs.put_file(path, Content::synthetic(size, what), mode);
}

/// Install a small text file with real bytes.
pub(crate) fn put_text(fs: &mut Vfs, path: &str, text: &str) {
    let _ = fs.put_file(path, Content::bytes(text.as_bytes().to_vec()), 0o644);
}

/// Lay one skeleton path of a catalog image onto a filesystem, as a pull unpacks it.
pub fn put_spec(fs: &mut Vfs, f: &hub::FileSpec) {
    if !matches!(f.node, hub::Node::Dir) {
        let _ = fs.mkdir_all(&crate::sh::parent(f.path), 0o755);
    }
    let _ = match f.node {
        hub::Node::Dir => fs.mkdir_all(f.path, f.mode),
        hub::Node::Text(t) => fs.put_file(f.path, Content::bytes(t.as_bytes().to_vec()), f.mode),
        hub::Node::Binary(n) => fs.put_file(f.path, Content::synthetic(n, f.path), f.mode),
        hub::Node::Append(lines) => {
            let mut body = fs.read(f.path).unwrap_or_default();
            body.extend_from_slice(lines.as_bytes());
            fs.put_file(f.path, Content::bytes(body), f.mode)
        }
        hub::Node::Link(t) | hub::Node::Hard(t) => {
            if fs.lstat(f.path).is_ok() {
                let _ = fs.remove_file(f.path);
            }
            fs.symlink(t, f.path)
        }
    };
}

/// Install a symbolic link, replacing a file or link already there.
pub(crate) fn put_link(fs: &mut Vfs, path: &str, target: &str) {
    let parent = crate::sh::parent(path);
    let _ = fs.mkdir_all(&parent, 0o755);
    if fs.lstat(path).is_ok_and(|st| !st.is_dir()) {
        let _ = fs.remove_file(path);
    }
    let _ = fs.symlink(target, path);
}

/// One file a package installs: a declared size, or a link.
pub(crate) struct PkgFile {
    pub path: String,
    pub link: Option<String>,
    pub size: u64,
}

/// Install a package's files, plus one file under `rest_dir` holding the rest of its declared
/// size, so that the sizes add up to `total`.
pub(crate) fn install_package(
    fs: &mut Vfs,
    package: &str,
    files: &[PkgFile],
    total: u64,
    rest_dir: &str,
) {
    let mut used = 0u64;
    for f in files {
        match &f.link {
            Some(t) => put_link(fs, &f.path, t),
            None => {
                used = used.saturating_add(f.size);
                put_declared(fs, &f.path, f.size, &f.path, 0o755);
            }
        }
    }
    let rest = total.saturating_sub(used);
    if rest > 0 {
        let path = format!("{rest_dir}/{package}/files");
        put_declared(fs, &path, rest, &format!("the package {package}"), 0o644);
    }
}

// ----- dpkg -----

pub(crate) const DPKG_STATUS: &str = "/var/lib/dpkg/status";

/// One installed package: name and version.
pub(crate) type Installed = (String, String);

/// The Debian packages installed on the machine: from dpkg's status file, or the release's base
/// image when the file is missing.
pub(crate) fn dpkg_installed(fs: &Vfs, rel: &apt::Release) -> Vec<Installed> {
    match fs.read_string(DPKG_STATUS) {
        Ok(text) => parse_stanzas(&text, "Package", "Version", |s| {
            s.get("Status").is_some_and(|v| v.ends_with(" installed"))
        }),
        Err(_) => base_packages(rel.name)
            .into_iter()
            .map(|n| {
                let v = rel.package(n).map(|p| p.version).unwrap_or("");
                (n.to_string(), v.to_string())
            })
            .collect(),
    }
}

fn parse_stanzas(
    text: &str,
    name_key: &str,
    version_key: &str,
    keep: impl Fn(&crate::map::Map<String, String>) -> bool,
) -> Vec<Installed> {
    let mut out = Vec::new();
    for stanza in text.split("\n\n") {
        let mut fields = crate::map::Map::new();
        for line in stanza.lines() {
            if let Some((k, v)) = line.split_once(':') {
                if !k.starts_with(' ') {
                    fields.insert(k.to_string(), v.trim().to_string());
                }
            }
        }
        if let (Some(n), Some(v)) = (fields.get(name_key), fields.get(version_key)) {
            if keep(&fields) {
                out.push((n.clone(), v.clone()));
            }
        }
    }
    out
}

/// The packages of the first image in the catalog built on this release (its base layer).
fn base_packages(release: &str) -> Vec<&'static str> {
    hub::images()
        .into_iter()
        .find(|i| i.os.release == release)
        .and_then(|i| i.layers().next())
        .map(|l| l.packages.split_whitespace().collect())
        .unwrap_or_default()
}

/// Write dpkg's status file for these packages (name, version, installed KiB).
pub(crate) fn dpkg_write(fs: &mut Vfs, pkgs: &[(String, String, u64)]) {
    let mut text = String::new();
    for (name, version, kib) in pkgs {
        text.push_str(&format!(
            "Package: {name}\nStatus: install ok installed\nArchitecture: {}\nVersion: {version}\nInstalled-Size: {kib}\n\n",
            deb_arch(name)
        ));
    }
    let _ = fs.mkdir_all("/var/lib/dpkg", 0o755);
    put_text(fs, DPKG_STATUS, &text);
}

/// The architecture a Debian package is built for: `all` for data and pure-Python or Perl
/// packages, `amd64` otherwise (a heuristic on the name).
pub(crate) fn deb_arch(name: &str) -> &'static str {
    let all_suffix = [
        "-common", "-data", "-doc", "-locales", "-l10n", "-man", "-runtime", "-whl",
    ];
    let all_names = [
        "ca-certificates",
        "publicsuffix",
        "media-types",
        "mime-support",
        "tzdata",
        "perl-modules-5.36",
        "perl-modules-5.38",
        "perl-modules-5.34",
        "perl-modules-5.30",
        "perl-modules-5.26",
        "python3-pip",
        "python-pip",
        "python3-setuptools",
        "python3-wheel",
        "python3-pkg-resources",
        "python-is-python3",
        "git-man",
        "liberror-perl",
        "readline-common",
    ];
    if all_names.contains(&name) || all_suffix.iter().any(|s| name.ends_with(s)) {
        "all"
    } else {
        "amd64"
    }
}

/// A Debian version without its epoch and revision (`1:2.39.5-0+deb12u1` → `2.39.5`).
pub(crate) fn upstream(version: &str) -> &str {
    let v = version.split_once(':').map_or(version, |(_, r)| r);
    let v = v.rsplit_once('-').map_or(v, |(u, _)| u);
    v.split(['+', '~']).next().unwrap_or(v)
}

// ----- apk -----

pub(crate) const APK_INSTALLED: &str = "/lib/apk/db/installed";
pub(crate) const APK_WORLD: &str = "/etc/apk/world";

/// The Alpine packages installed on the machine: apk's database, or the release's base image.
pub(crate) fn apk_installed(fs: &Vfs, rel: &apk::Release) -> Vec<Installed> {
    match fs.read_string(APK_INSTALLED) {
        Ok(text) => {
            let text = text.replace("\nP:", "\n\nP:");
            parse_stanzas(&text, "P", "V", |_| true)
        }
        Err(_) => {
            let key = rel.name;
            base_packages(key)
                .into_iter()
                .map(|n| {
                    let v = rel.package(n).map(|p| p.version).unwrap_or("");
                    (n.to_string(), v.to_string())
                })
                .collect()
        }
    }
}

/// Write apk's database of installed packages.
pub(crate) fn apk_write(fs: &mut Vfs, pkgs: &[Installed]) {
    let mut text = String::new();
    for (name, version) in pkgs {
        text.push_str(&format!("P:{name}\nV:{version}\nA:x86_64\n\n"));
    }
    let _ = fs.mkdir_all("/lib/apk/db", 0o755);
    put_text(fs, APK_INSTALLED, &text);
}

/// The names in `/etc/apk/world` (what was asked for), or the installed names when missing.
pub(crate) fn apk_world(fs: &Vfs, installed: &[Installed]) -> Vec<String> {
    match fs.read_string(APK_WORLD) {
        Ok(t) => t.split_whitespace().map(String::from).collect(),
        Err(_) => installed.iter().map(|(n, _)| n.clone()).collect(),
    }
}

pub(crate) fn apk_write_world(fs: &mut Vfs, world: &[String]) {
    let mut w: Vec<String> = world.to_vec();
    crate::sort::sort(&mut w);
    w.dedup();
    let mut text = w.join("\n");
    text.push('\n');
    let _ = fs.mkdir_all("/etc/apk", 0o755);
    put_text(fs, APK_WORLD, &text);
}

// ----- python -----

/// A Python interpreter on the machine and where its packages go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Python {
    /// The interpreter's real file (`/usr/local/bin/python3.12`).
    pub exe: String,
    /// Full version (`3.12.6`).
    pub version: String,
    /// Where pip installs (`/usr/local/lib/python3.12/site-packages`).
    pub site: String,
    /// Where console scripts go (`/usr/local/bin`).
    pub bin: String,
    /// The standard library folder (for `EXTERNALLY-MANAGED`).
    pub stdlib: String,
    /// Whether the C library is musl (Alpine).
    pub musl: bool,
    /// Whether this is a virtual environment's interpreter.
    pub venv: bool,
}

impl Python {
    /// `3.12` of `3.12.6`.
    pub(crate) fn short(&self) -> String {
        let v: Vec<&str> = self.version.split('.').take(2).collect();
        v.join(".")
    }
}

/// Describe the interpreter at `path` (following links), if it is a Python.
pub(crate) fn python_at<M: Machine + ?Sized>(
    inv: &Invocation<'_, M>,
    path: &str,
) -> Option<Python> {
    let fs = inv.fs();
    fs.stat(path).ok()?;
    let real = resolve_links(fs, path);
    let name = real.rsplit('/').next().unwrap_or("");
    let short = name.strip_prefix("python")?;
    let short = if short.contains('.') {
        short.to_string()
    } else {
        match short {
            "2" => "2.7".to_string(),
            _ => return None,
        }
    };
    if !short
        .split('.')
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let dir = crate::sh::parent(&real);
    let prefix = crate::sh::parent(&dir);
    let musl = apk_release(fs).is_some();
    let version = python_version(inv, &short, musl);
    let stdlib = format!("{prefix}/lib/python{short}");
    let site = if prefix == "/usr" && !musl {
        format!("/usr/local/lib/python{short}/dist-packages")
    } else {
        format!("{stdlib}/site-packages")
    };
    let bin = if prefix == "/usr" && !musl {
        "/usr/local/bin".to_string()
    } else {
        dir
    };
    // A virtual environment: `ENV/bin/python` with `ENV/pyvenv.cfg` beside `bin`.
    let called_dir = crate::sh::parent(&crate::sh::absolute(&inv.cwd, path));
    let env_root = crate::sh::parent(&called_dir);
    let venv = fs.is_file(&format!("{env_root}/pyvenv.cfg"));
    let (site, bin) = if venv {
        (
            format!("{env_root}/lib/python{short}/site-packages"),
            called_dir,
        )
    } else {
        (site, bin)
    };
    Some(Python {
        exe: real,
        version,
        site,
        bin,
        stdlib,
        musl,
        venv,
    })
}

fn python_version<M: Machine + ?Sized>(inv: &Invocation<'_, M>, short: &str, musl: bool) -> String {
    if let Some(v) = inv.env.get("PYTHON_VERSION") {
        if v.starts_with(&format!("{short}.")) {
            return v.clone();
        }
    }
    let fs = inv.fs();
    if musl {
        if let Some(rel) = apk_release(fs) {
            for (n, v) in apk_installed(fs, rel) {
                let is = (n == "python3" && short.starts_with("3."))
                    || (n == "python2" && short.starts_with("2."));
                if is {
                    return v.split('-').next().unwrap_or(&v).to_string();
                }
            }
        }
    } else if let Some(rel) = apt_release(fs) {
        let want = [format!("python{short}-minimal"), format!("python{short}")];
        for (n, v) in dpkg_installed(fs, rel) {
            if want.contains(&n) {
                return upstream(&v).to_string();
            }
        }
    }
    format!("{short}.0")
}

/// Find the Python a command means: `python3`, `python` or `python2` through `PATH`.
pub(crate) fn find_python<M: Machine + ?Sized>(
    inv: &Invocation<'_, M>,
    names: &[&str],
) -> Option<Python> {
    names.iter().find_map(|n| match inv.lookup(n) {
        crate::sh::Lookup::Found(p) => python_at(inv, &p),
        _ => None,
    })
}

/// The distributions installed in a `site-packages` folder, as (name, version), from their
/// `NAME-VERSION.dist-info` folders.
pub(crate) fn site_packages(fs: &Vfs, site: &str) -> Vec<Installed> {
    let mut out = Vec::new();
    let Ok(entries) = fs.read_dir(site) else {
        return out;
    };
    for e in entries {
        let Some(stem) = e.name.strip_suffix(".dist-info") else {
            continue;
        };
        let Some((name, version)) = stem.rsplit_once('-') else {
            continue;
        };
        let meta = fs
            .read_string(&format!("{site}/{}/METADATA", e.name))
            .unwrap_or_default();
        let display = meta
            .lines()
            .find_map(|l| l.strip_prefix("Name: "))
            .unwrap_or(name)
            .to_string();
        out.push((display, version.to_string()));
    }
    out
}

/// Record a Python distribution in `site`: its `dist-info` folder and a package folder with
/// the declared size.
pub(crate) fn pip_record(fs: &mut Vfs, site: &str, name: &str, version: &str, size: u64) {
    let key = crate::internet::pypi::canonical_name(name).replace('-', "_");
    let info = format!("{site}/{}-{version}.dist-info", name.replace('-', "_"));
    put_text(
        fs,
        &format!("{info}/METADATA"),
        &format!("Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"),
    );
    put_text(fs, &format!("{info}/INSTALLER"), "pip\n");
    let modules = crate::internet::pypi::import_names(name);
    let module = modules.first().cloned().unwrap_or(key);
    put_declared(
        fs,
        &format!("{site}/{module}/__init__.py"),
        size,
        &format!("the Python package {name} {version}"),
        0o644,
    );
}

/// Remove a distribution's files from `site` (its `dist-info` and package folders).
pub(crate) fn pip_forget(fs: &mut Vfs, site: &str, name: &str) {
    let want = crate::internet::pypi::canonical_name(name);
    for module in crate::internet::pypi::import_names(name) {
        if !module.is_empty() && !module.contains('/') {
            let _ = fs.remove_all(&format!("{site}/{module}"));
        }
    }
    let Ok(entries) = fs.read_dir(site) else {
        return;
    };
    for e in entries {
        if let Some(stem) = e.name.strip_suffix(".dist-info") {
            let n = stem.rsplit_once('-').map_or(stem, |(n, _)| n);
            if crate::internet::pypi::canonical_name(n) == want {
                let _ = fs.remove_all(&format!("{site}/{}", e.name));
            }
        }
    }
}

/// Write the package databases for an image fresh from the catalog: dpkg's status or apk's
/// installed list from the image's system packages, and a `dist-info` folder per Python
/// distribution it ships. The engine and the runtime call this when they unpack an image, so
/// that `apt-get`, `apk` and `pip` see what the image already has.
pub fn record_image(fs: &mut Vfs, image: &hub::Image) {
    record_layers(fs, image, usize::MAX);
}

/// Write the package databases as the image's first `n` layers leave them: each layer that
/// installs packages carries the databases as they stand after it, as a real layer does.
pub fn record_layers(fs: &mut Vfs, image: &hub::Image, n: usize) {
    let names = image.packages_of(n);
    match image.os.package_manager {
        hub::PackageManager::Apt => {
            if let Some(rel) = apt::release(image.os.release) {
                let pkgs: Vec<(String, String, u64)> = names
                    .iter()
                    .filter_map(|n| rel.package(n))
                    .map(|p| (p.name.to_string(), p.version.to_string(), p.installed_kib))
                    .collect();
                dpkg_write(fs, &pkgs);
            }
        }
        hub::PackageManager::Apk => {
            if let Some(rel) = apk::release(image.os.release) {
                let pkgs: Vec<Installed> = names
                    .iter()
                    .filter_map(|n| rel.package(n))
                    .map(|p| (p.name.to_string(), p.version.to_string()))
                    .collect();
                let world: Vec<String> = pkgs.iter().map(|(n, _)| n.clone()).collect();
                apk_write(fs, &pkgs);
                apk_write_world(fs, &world);
            }
        }
        _ => {}
    }
    if let Some(version) = image.python_version() {
        let short: Vec<&str> = version.split('.').take(2).collect();
        let site = format!("/usr/local/lib/python{}/site-packages", short.join("."));
        for (name, v) in image.python_packages_of(n) {
            let info = format!("{site}/{}-{v}.dist-info", name.replace('-', "_"));
            put_text(
                fs,
                &format!("{info}/METADATA"),
                &format!("Metadata-Version: 2.1\nName: {name}\nVersion: {v}\n"),
            );
        }
    }
}

// ----- numbers -----

/// A size as apt prints it (decimal units, three significant digits): `151 kB`, `55.4 kB`,
/// `8788 kB`, `2468 B`, `18.2 MB`.
pub(crate) fn apt_size(bytes: u64) -> String {
    let units = ["", "k", "M", "G", "T", "P"];
    let mut v = bytes as f64;
    for (i, u) in units.iter().enumerate() {
        if v < 100.0 && i != 0 {
            return format!("{v:.1} {u}");
        }
        if v < 10_000.0 {
            return format!("{v:.0} {u}");
        }
        v /= 1000.0;
    }
    format!("{v:.0} E")
}

/// A duration as apt prints it: `2s`, `1min 5s`, `1h 2min 3s`.
pub(crate) fn apt_time(secs: u64) -> String {
    if secs < 60 {
        format!("{secs}s")
    } else if secs < 3600 {
        format!("{}min {}s", secs / 60, secs % 60)
    } else {
        format!("{}h {}min {}s", secs / 3600, secs / 60 % 60, secs % 60)
    }
}

/// Bytes in pip's style (decimal units): `16.0 MB`, `544 kB`, `9.5 kB`, `900 bytes`; pips
/// before 10 write them without the space (`544kB`).
pub(crate) fn pip_size(bytes: u64, spaced: bool) -> String {
    let sep = if spaced { " " } else { "" };
    let b = bytes as f64;
    if bytes > 1_000_000 {
        format!("{:.1}{sep}MB", b / 1_000_000.0)
    } else if bytes > 10_000 {
        format!("{}{sep}kB", bytes / 1000)
    } else if bytes > 1000 {
        format!("{:.1}{sep}kB", b / 1000.0)
    } else {
        format!("{bytes}{sep}bytes")
    }
}

/// Compare dotted numeric versions (`24.2` vs `9.0.1`).
pub(crate) fn version_at_least(have: &str, want: &[u64]) -> bool {
    let parts: Vec<u64> = have
        .split('.')
        .map(|p| {
            p.chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
                .parse()
                .unwrap_or(0)
        })
        .collect();
    for (i, w) in want.iter().enumerate() {
        let h = parts.get(i).copied().unwrap_or(0);
        if h != *w {
            return h > *w;
        }
    }
    true
}
