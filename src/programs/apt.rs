//! `apt-get` and `apt`: `update`, `install` (with `-y`, `--no-install-recommends`, pinned
//! versions), `remove`/`purge`, `clean`, against the simulated archive of the machine's release.
//!
//! `update` writes the package lists under `/var/lib/apt/lists` (declared sizes, so `rm -rf
//! /var/lib/apt/lists/*` shrinks a layer as it does for real); `install` needs them, prints the
//! plan in apt's format, unpacks each package's files with their declared sizes and records it
//! in dpkg's status file.

use super::pkg::{self, PkgFile};
use crate::internet::apt::{AptError, Package, Release};
use crate::internet::clock::cost;
use crate::sh::{Invocation, Machine};

const LISTS: &str = "/var/lib/apt/lists";

struct Opts {
    yes: bool,
    quiet: u8,
    recommends: bool,
    command: Option<String>,
    operands: Vec<String>,
}

fn parse<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> Result<Opts, i32> {
    let mut o = Opts {
        yes: false,
        quiet: 0,
        recommends: true,
        command: None,
        operands: Vec::new(),
    };
    let args: Vec<String> = inv.args().to_vec();
    let mut only_operands = false;
    for a in &args {
        if only_operands || !a.starts_with('-') || a == "-" {
            if o.command.is_none() {
                o.command = Some(a.clone());
            } else {
                o.operands.push(a.clone());
            }
            continue;
        }
        if a == "--" {
            only_operands = true;
            continue;
        }
        if let Some(long) = a.strip_prefix("--") {
            let name = long.split_once('=').map_or(long, |(n, _)| n);
            match name {
                "yes"
                | "assume-yes"
                | "force-yes"
                | "allow-unauthenticated"
                | "allow-downgrades"
                | "allow-remove-essential"
                | "allow-change-held-packages" => o.yes = true,
                "quiet" => o.quiet += 1,
                "no-install-recommends" => o.recommends = false,
                "install-recommends" => o.recommends = true,
                "no-install-suggests"
                | "install-suggests"
                | "fix-missing"
                | "fix-broken"
                | "no-upgrade"
                | "only-upgrade"
                | "reinstall"
                | "auto-remove"
                | "autoremove"
                | "purge"
                | "no-cache"
                | "show-progress"
                | "verbose-versions"
                | "update" => {}
                _ => {
                    inv.err(format!(
                        "E: Command line option --{name} is not understood in combination with the other options\n"
                    ));
                    return Err(100);
                }
            }
            continue;
        }
        for c in a.chars().skip(1) {
            match c {
                'y' => o.yes = true,
                'q' => o.quiet += 1,
                'f' | 'm' | 'u' | 'V' | 'd' | 's' | 'b' => {}
                _ => {
                    inv.err(format!(
                        "E: Command line option '{c}' [from {a}] is not understood in combination with the other options.\n"
                    ));
                    return Err(100);
                }
            }
        }
    }
    Ok(o)
}

/// `apt-get` and `apt` (the same program; `apt` words a few things differently).
pub(crate) fn apt_get<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let o = match parse(inv) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let Some(cmd) = o.command.clone() else {
        let name = inv.name().to_string();
        inv.out(format!(
            "apt 2.6.1 (amd64)\nUsage: {name} [options] command\n\n{name} installs, removes and updates packages from the configured archives.\nMost used commands: update, install, remove, purge, clean.\n"
        ));
        return 1;
    };
    let known = [
        "update",
        "install",
        "remove",
        "purge",
        "clean",
        "autoclean",
        "autoremove",
        "upgrade",
        "dist-upgrade",
        "full-upgrade",
    ];
    if inv.name() == "apt" && !pkg::tty(inv) && cmd != "clean" {
        inv.err(
            "\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n",
        );
    }
    if !known.contains(&cmd.as_str()) {
        inv.err(format!("E: Invalid operation {cmd}\n"));
        return 100;
    }
    if !pkg::is_root(inv) && cmd != "clean" {
        if cmd == "update" {
            inv.err("E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)\nE: Unable to lock directory /var/lib/apt/lists/\n");
        } else {
            inv.err("E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n");
        }
        return 100;
    }
    let Some(rel) = pkg::apt_release(inv.fs()) else {
        inv.err("E: The package lists of this system cannot be read (layerlab has no archive for this release).\n");
        return 100;
    };
    match cmd.as_str() {
        "update" => update(inv, rel, &o),
        "install" => install(inv, rel, &o),
        "remove" | "purge" => remove(inv, rel, &o, cmd == "purge"),
        "clean" | "autoclean" => {
            let _ = inv.fs_mut().remove_all("/var/cache/apt/archives");
            let _ = inv
                .fs_mut()
                .mkdir_all("/var/cache/apt/archives/partial", 0o755);
            for f in [
                "/var/cache/apt/pkgcache.bin",
                "/var/cache/apt/srcpkgcache.bin",
            ] {
                let _ = inv.fs_mut().remove_file(f);
            }
            0
        }
        _ => {
            reading(inv, &o);
            if cmd != "autoremove" {
                inv.out("Calculating upgrade...");
                inv.out(if pkg::tty(inv) { " Done\n" } else { "\n" });
            }
            inv.out("0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n");
            0
        }
    }
}

fn done<M: Machine + ?Sized>(inv: &Invocation<'_, M>) -> &'static str {
    if pkg::tty(inv) {
        " Done\n"
    } else {
        "\n"
    }
}

fn reading<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, o: &Opts) {
    if o.quiet > 1 {
        return;
    }
    let d = done(inv);
    inv.out(format!(
        "Reading package lists...{d}Building dependency tree...{d}Reading state information...{d}"
    ));
}

/// The list file apt keeps for an index URL (`deb.debian.org_debian_dists_bookworm_InRelease`).
fn list_file(fetch: &str) -> String {
    let mut parts = fetch.split_whitespace();
    let base = parts.next().unwrap_or("");
    let suite = parts.next().unwrap_or("");
    let what = parts.collect::<Vec<_>>().join("_");
    let base = base
        .trim_start_matches("http://")
        .trim_start_matches("https://")
        .replace('/', "_");
    let (dist, comp) = suite.split_once('/').unwrap_or((suite, ""));
    let mut name = format!("{base}_dists_{dist}");
    if !comp.is_empty() {
        name.push('_');
        name.push_str(comp);
        name.push_str("_binary-amd64");
    }
    let what = what.trim_start_matches("amd64_");
    format!("{name}_{what}")
}

fn has_lists<M: Machine + ?Sized>(inv: &Invocation<'_, M>) -> bool {
    inv.fs()
        .read_dir(LISTS)
        .map(|e| e.iter().any(|e| e.name.ends_with("_Packages")))
        .unwrap_or(false)
}

fn update<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, rel: &Release, o: &Opts) -> i32 {
    let mut rng = pkg::rng(inv);
    let repos = rel
        .update_fetches
        .iter()
        .filter(|(f, _)| f.ends_with("Release"))
        .count() as u64;
    let ms = cost::apt_update(&mut rng, repos);
    pkg::spend(inv, ms);
    if rel.archived {
        // The mirrors dropped the release: every index is a 404.
        let mut n = 0;
        for (f, _) in rel.update_fetches {
            n += 1;
            let in_release = f.replace(" Release", " InRelease");
            inv.out(format!("Ign:{n} {in_release}\n"));
        }
        for (f, _) in rel.update_fetches {
            n += 1;
            inv.out(format!(
                "Err:{n} {f}\n  404  Not Found [IP: 151.101.2.132 80]\n"
            ));
        }
        inv.out(format!("Reading package lists...{}", done(inv)));
        for (f, _) in rel.update_fetches {
            inv.err(format!(
                "E: The repository '{f}' does not have a Release file.\n"
            ));
        }
        return 100;
    }
    let mut total = 0u64;
    for (i, (f, size)) in rel.update_fetches.iter().enumerate() {
        if o.quiet < 2 {
            inv.out(format!("Get:{} {f} [{}B]\n", i + 1, pkg::apt_size(*size)));
        }
        total = total.saturating_add(*size);
        let path = format!("{LISTS}/{}", list_file(f));
        pkg::put_declared(
            inv.fs_mut(),
            &path,
            *size,
            &format!("the apt index {f}"),
            0o644,
        );
    }
    let _ = inv.fs_mut().mkdir_all(&format!("{LISTS}/partial"), 0o700);
    if o.quiet < 2 {
        let secs = ms / 1000;
        let rate = (total as f64 / (ms.max(1) as f64 / 1000.0)) as u64;
        inv.out(format!(
            "Fetched {}B in {} ({}B/s)\n",
            pkg::apt_size(total),
            pkg::apt_time(secs),
            pkg::apt_size(rate)
        ));
        inv.out(format!("Reading package lists...{}", done(inv)));
    }
    if inv.name() == "apt" && o.quiet < 2 {
        let d = done(inv);
        inv.out(format!(
            "Building dependency tree...{d}Reading state information...{d}All packages are up to date.\n"
        ));
    }
    0
}

/// Print a package list as apt does: indented two spaces, wrapped at 80 columns.
fn show_list<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, title: &str, names: &[&str]) {
    if names.is_empty() {
        return;
    }
    let mut text = format!("{title}\n");
    let mut line = String::from(" ");
    for n in names {
        if line.len() > 1 && line.len() + 1 + n.len() > 80 {
            text.push_str(&line);
            text.push('\n');
            line = String::from(" ");
        }
        line.push(' ');
        line.push_str(n);
    }
    text.push_str(&line);
    text.push('\n');
    inv.out(text);
}

fn display_name(name: &str) -> String {
    let lib = name.starts_with("lib")
        && pkg::deb_arch(name) == "amd64"
        && !name.ends_with("-perl")
        && !name.ends_with("-bin")
        && !name.ends_with("-dev");
    if lib || (name.ends_with("-base") && name.starts_with("gcc-")) {
        format!("{name}:amd64")
    } else {
        name.to_string()
    }
}

fn install<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, rel: &Release, o: &Opts) -> i32 {
    reading(inv, o);
    if o.operands.is_empty() {
        inv.out("0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n");
        return 0;
    }
    let installed = pkg::dpkg_installed(inv.fs(), rel);
    if !has_lists(inv) {
        // A fresh image has no package lists: nothing can be found until `update`.
        for a in &o.operands {
            let name = a.split_once('=').map_or(a.as_str(), |(n, _)| n);
            if installed.iter().any(|(n, _)| n == name) {
                continue;
            }
            inv.err(format!("E: Unable to locate package {name}\n"));
            return 100;
        }
    }
    let names: Vec<&str> = installed.iter().map(|(n, _)| n.as_str()).collect();
    let args: Vec<&str> = o.operands.iter().map(String::as_str).collect();
    let plan = match rel.plan(&args, &names, o.recommends) {
        Ok(p) => p,
        Err(errors) => {
            let mut es = String::new();
            for e in errors {
                match e {
                    AptError::NotFound(n) => {
                        es.push_str(&format!("E: Unable to locate package {n}\n"))
                    }
                    AptError::NoCandidate { name, replaced_by } => {
                        let t = format!(
                            "Package {name} is not available, but is referred to by another package.\nThis may mean that the package is missing, has been obsoleted, or\nis only available from another source\n"
                        );
                        inv.out(t);
                        show_list(
                            inv,
                            "However the following packages replace it:",
                            &replaced_by,
                        );
                        inv.out("\n");
                        es.push_str(&format!(
                            "E: Package '{name}' has no installation candidate\n"
                        ));
                    }
                    AptError::VersionNotFound { name, version } => es.push_str(&format!(
                        "E: Version '{version}' for '{name}' was not found\n"
                    )),
                }
            }
            inv.err(es);
            return 100;
        }
    };
    for p in &plan.already {
        inv.out(format!(
            "{} is already the newest version ({}).\n",
            p.name, p.version
        ));
    }
    if plan.install.is_empty() {
        inv.out("0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n");
        return 0;
    }
    let additional = plan.additional();
    show_list(
        inv,
        "The following additional packages will be installed:",
        &additional,
    );
    show_list(inv, "Suggested packages:", &plan.suggested);
    show_list(inv, "Recommended packages:", &plan.recommended);
    show_list(
        inv,
        "The following NEW packages will be installed:",
        &plan.new_names(),
    );
    let download = plan.download_bytes();
    let used = plan.installed_bytes();
    inv.out(format!(
        "0 upgraded, {} newly installed, 0 to remove and 0 not upgraded.\nNeed to get {}B of archives.\nAfter this operation, {}B of additional disk space will be used.\n",
        plan.install.len(),
        pkg::apt_size(download),
        pkg::apt_size(used)
    ));
    if !o.yes && !additional.is_empty() {
        inv.out("Do you want to continue? [Y/n] ");
        match pkg::answer(inv) {
            Some(a)
                if a.is_empty() || a.eq_ignore_ascii_case("y") || a.eq_ignore_ascii_case("yes") => {
            }
            _ => {
                inv.out("Abort.\n");
                return 1;
            }
        }
    }
    let (base, suite) = archive(rel);
    let mut rng = pkg::rng(inv);
    let ms = cost::apt_install(&mut rng, plan.install.len() as u64, download, used);
    let fetch_ms = ms * 2 / 5;
    if o.quiet < 2 {
        let mut text = String::new();
        for (i, p) in plan.install.iter().enumerate() {
            text.push_str(&format!(
                "Get:{} {base} {suite}/main amd64 {} {} {} [{}B]\n",
                i + 1,
                p.name,
                pkg::deb_arch(p.name),
                p.version,
                pkg::apt_size(p.download)
            ));
        }
        inv.out(text);
    }
    pkg::spend(inv, fetch_ms);
    let has_apt_utils = names.contains(&"apt-utils");
    if !has_apt_utils {
        inv.err("debconf: delaying package configuration, since apt-utils is not installed\n");
    }
    if o.quiet < 2 {
        let rate = (download as f64 / (fetch_ms.max(1) as f64 / 1000.0)) as u64;
        inv.out(format!(
            "Fetched {}B in {} ({}B/s)\n",
            pkg::apt_size(download),
            pkg::apt_time(fetch_ms / 1000),
            pkg::apt_size(rate)
        ));
    }
    let files_before = inv.fs().count();
    let n = plan.install.len();
    let width = (n.saturating_sub(1)).to_string().len();
    let mut text = String::new();
    for (i, p) in plan.install.iter().enumerate() {
        text.push_str(&format!(
            "Selecting previously unselected package {}.\n",
            display_name(p.name)
        ));
        if i == 0 {
            text.push_str(&format!(
                "(Reading database ... {files_before} files and directories currently installed.)\n"
            ));
        }
        let file_version = p.version.replace(':', "%3a");
        let prefix = if n > 1 {
            format!("{i:0width$}-")
        } else {
            String::new()
        };
        text.push_str(&format!(
            "Preparing to unpack .../{prefix}{}_{file_version}_{}.deb ...\nUnpacking {} ({}) ...\n",
            p.name,
            pkg::deb_arch(p.name),
            display_name(p.name),
            p.version
        ));
    }
    for p in &plan.install {
        text.push_str(&format!(
            "Setting up {} ({}) ...\n",
            display_name(p.name),
            p.version
        ));
    }
    let libs = plan.install.iter().any(|p| p.name.starts_with("lib"));
    if libs {
        if let Some((_, v)) = installed.iter().find(|(n, _)| n == "libc-bin") {
            text.push_str(&format!("Processing triggers for libc-bin ({v}) ...\n"));
        }
    }
    if plan.install.iter().any(|p| p.name == "ca-certificates") {
        text.push_str("Processing triggers for ca-certificates (");
        let v = plan
            .install
            .iter()
            .find(|p| p.name == "ca-certificates")
            .map(|p| p.version)
            .unwrap_or("");
        text.push_str(v);
        text.push_str(") ...\n");
    }
    if o.quiet < 2 {
        inv.out(text);
    }
    pkg::spend(inv, ms - fetch_ms);
    unpack(inv, rel, &plan.install, &installed);
    0
}

/// The archive URL and suite the packages come from.
fn archive(rel: &Release) -> (String, String) {
    let first = rel.update_fetches.first().map_or("", |(f, _)| f);
    let mut parts = first.split_whitespace();
    let base = parts.next().unwrap_or("").to_string();
    let suite = parts.next().unwrap_or(rel.name).to_string();
    (base, suite)
}

fn unpack<M: Machine + ?Sized>(
    inv: &mut Invocation<'_, M>,
    rel: &Release,
    install: &[Package],
    installed: &[(String, String)],
) {
    let mut status: Vec<(String, String, u64)> = installed
        .iter()
        .map(|(n, v)| {
            let kib = rel.package(n).map_or(0, |p| p.installed_kib);
            (n.clone(), v.clone(), kib)
        })
        .collect();
    let managed = rel.externally_managed;
    for p in install {
        let files: Vec<PkgFile> = rel
            .files(p.name)
            .into_iter()
            .map(|f| PkgFile {
                path: f.path,
                link: f.link,
                size: f.size,
            })
            .collect();
        pkg::install_package(
            inv.fs_mut(),
            p.name,
            &files,
            p.installed_kib * 1024,
            "/usr/share/doc",
        );
        if let Some(short) = p
            .name
            .strip_prefix("python")
            .and_then(|r| r.strip_suffix("-minimal"))
        {
            if managed && short.starts_with("3.") {
                pkg::put_text(
                    inv.fs_mut(),
                    &format!("/usr/lib/python{short}/EXTERNALLY-MANAGED"),
                    "[externally-managed]\nError=Install Python packages with apt, or use a virtual environment.\n",
                );
            }
        }
        status.push((p.name.to_string(), p.version.to_string(), p.installed_kib));
    }
    pkg::dpkg_write(inv.fs_mut(), &status);
}

fn remove<M: Machine + ?Sized>(
    inv: &mut Invocation<'_, M>,
    rel: &Release,
    o: &Opts,
    purge: bool,
) -> i32 {
    reading(inv, o);
    let installed = pkg::dpkg_installed(inv.fs(), rel);
    let mut gone = Vec::new();
    for a in &o.operands {
        match installed.iter().find(|(n, _)| n == a) {
            Some((n, v)) => gone.push((n.clone(), v.clone())),
            None if rel.package(a).is_some() => {
                inv.out(format!("Package '{a}' is not installed, so not removed\n"))
            }
            None => {
                inv.err(format!("E: Unable to locate package {a}\n"));
                return 100;
            }
        }
    }
    if gone.is_empty() {
        inv.out("0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n");
        return 0;
    }
    let names: Vec<&str> = gone.iter().map(|(n, _)| n.as_str()).collect();
    let mut shown: Vec<String> = names
        .iter()
        .map(|n| {
            if purge {
                format!("{n}*")
            } else {
                n.to_string()
            }
        })
        .collect();
    crate::sort::sort(&mut shown);
    let refs: Vec<&str> = shown.iter().map(String::as_str).collect();
    show_list(inv, "The following packages will be REMOVED:", &refs);
    let freed: u64 = names
        .iter()
        .filter_map(|n| rel.package(n))
        .map(|p| p.installed_kib * 1024)
        .sum();
    inv.out(format!(
        "0 upgraded, 0 newly installed, {} to remove and 0 not upgraded.\nAfter this operation, {}B disk space will be freed.\n",
        gone.len(),
        pkg::apt_size(freed)
    ));
    if !o.yes {
        inv.out("Do you want to continue? [Y/n] ");
        match pkg::answer(inv) {
            Some(a) if a.is_empty() || a.eq_ignore_ascii_case("y") => {}
            _ => {
                inv.out("Abort.\n");
                return 1;
            }
        }
    }
    let count = inv.fs().count();
    let mut text =
        format!("(Reading database ... {count} files and directories currently installed.)\n");
    for (n, v) in &gone {
        text.push_str(&format!("Removing {} ({v}) ...\n", display_name(n)));
        let files = rel.files(n);
        for f in files {
            let _ = inv.fs_mut().remove_file(&f.path);
        }
        let _ = inv.fs_mut().remove_all(&format!("/usr/share/doc/{n}"));
    }
    inv.out(text);
    let status: Vec<(String, String, u64)> = installed
        .iter()
        .filter(|(n, _)| !names.contains(&n.as_str()))
        .map(|(n, v)| {
            (
                n.clone(),
                v.clone(),
                rel.package(n).map_or(0, |p| p.installed_kib),
            )
        })
        .collect();
    pkg::dpkg_write(inv.fs_mut(), &status);
    let mut rng = pkg::rng(inv);
    let ms = cost::copy(&mut rng, freed);
    pkg::spend(inv, ms);
    0
}
