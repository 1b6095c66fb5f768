//! `apk`, Alpine's package manager: `add` (`--update`, `--no-cache`, `--virtual`), `del` and
//! `update`, against the simulated repositories of the machine's Alpine branch.
//!
//! The installed packages live in `/lib/apk/db/installed` and the requested names in
//! `/etc/apk/world`; index files are cached in `/var/cache/apk` unless `--no-cache` is given.

use super::pkg::{self, Installed, PkgFile};
use crate::internet::apk::Release;
use crate::internet::clock::cost;
use crate::sh::{Invocation, Machine};

const CACHE: &str = "/var/cache/apk";

struct Opts {
    update: bool,
    no_cache: bool,
    quiet: bool,
    virtual_name: Option<String>,
    command: Option<String>,
    operands: Vec<String>,
}

fn parse(args: &[String]) -> Result<Opts, String> {
    let mut o = Opts {
        update: false,
        no_cache: false,
        quiet: false,
        virtual_name: None,
        command: None,
        operands: Vec::new(),
    };
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        i += 1;
        match a.as_str() {
            "-U" | "--update-cache" | "--update" => o.update = true,
            "--no-cache" => o.no_cache = true,
            "-q" | "--quiet" => o.quiet = true,
            "-t" | "--virtual" => match args.get(i) {
                Some(v) => {
                    o.virtual_name = Some(v.clone());
                    i += 1;
                }
                None => return Err(format!("ERROR: option '{a}' needs an argument\n")),
            },
            "-v"
            | "--verbose"
            | "--no-progress"
            | "--progress"
            | "-i"
            | "--interactive"
            | "--no-interactive"
            | "--force-broken-world"
            | "--upgrade"
            | "-u"
            | "--latest"
            | "-l"
            | "--purge"
            | "--clean-protected" => {}
            s if s.starts_with("--virtual=") => {
                o.virtual_name = Some(s["--virtual=".len()..].to_string())
            }
            s if s.starts_with('-') && s.len() > 1 => {
                return Err(format!("apk: unrecognized option '{s}'\n"));
            }
            _ => {
                if o.command.is_none() {
                    o.command = Some(a.clone());
                } else {
                    o.operands.push(a.clone());
                }
            }
        }
    }
    Ok(o)
}

/// `apk`.
pub(crate) fn apk<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let o = match parse(inv.args()) {
        Ok(o) => o,
        Err(e) => {
            inv.err(e);
            return 1;
        }
    };
    let Some(cmd) = o.command.clone() else {
        inv.out("apk-tools 2.14.4, compiled for x86_64.\n\nusage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n\nThe commands used most: add, del, update, info, search.\n");
        return 1;
    };
    let Some(rel) = pkg::apk_release(inv.fs()) else {
        inv.err("ERROR: Failed to open apk database: No such file or directory\n");
        return 99;
    };
    if !pkg::is_root(inv) && matches!(cmd.as_str(), "add" | "del" | "update") {
        inv.err("ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n");
        return 99;
    }
    match cmd.as_str() {
        "update" => {
            fetch(inv, rel, &o);
            if !o.quiet {
                let mut t = String::new();
                for r in rel.repositories {
                    t.push_str(&format!("{} [{r}]\n", rel.index_tag));
                }
                t.push_str(&format!(
                    "OK: {} distinct packages available\n",
                    rel.distinct_packages
                ));
                inv.out(t);
            }
            0
        }
        "add" => add(inv, rel, &o),
        "del" => del(inv, rel, &o),
        "info" => {
            let installed = pkg::apk_installed(inv.fs(), rel);
            let mut t = String::new();
            for (n, _) in installed {
                t.push_str(&n);
                t.push('\n');
            }
            inv.out(t);
            0
        }
        _ => {
            inv.err(format!("apk: unknown command '{cmd}'\n"));
            1
        }
    }
}

fn has_index<M: Machine + ?Sized>(inv: &Invocation<'_, M>) -> bool {
    inv.fs()
        .read_dir(CACHE)
        .map(|e| e.iter().any(|e| e.name.starts_with("APKINDEX.")))
        .unwrap_or(false)
}

fn fetch<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, rel: &Release, o: &Opts) {
    let mut rng = pkg::rng(inv);
    let ms = cost::apk_fetch_index(&mut rng, rel.repositories.len() as u64);
    let mut t = String::new();
    for (i, r) in rel.repositories.iter().enumerate() {
        t.push_str(&format!("fetch {r}/x86_64/APKINDEX.tar.gz\n"));
        if !o.no_cache {
            let id = rng.hex(8);
            let size = if i == 0 { 1_021_440 } else { 2_381_824 };
            pkg::put_declared(
                inv.fs_mut(),
                &format!("{CACHE}/APKINDEX.{id}.tar.gz"),
                size,
                &format!("the package index of {r}"),
                0o644,
            );
        }
    }
    if !o.quiet {
        inv.out(t);
    }
    pkg::spend(inv, ms);
}

fn ok_line(rel: &Release, installed: &[Installed]) -> String {
    let names: Vec<&str> = installed.iter().map(|(n, _)| n.as_str()).collect();
    let bytes = rel.installed_bytes(&names);
    format!(
        "OK: {} MiB in {} packages\n",
        bytes / (1024 * 1024),
        installed.len()
    )
}

fn add<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, rel: &Release, o: &Opts) -> i32 {
    if o.update || o.no_cache || !has_index(inv) {
        fetch(inv, rel, o);
    }
    let mut installed = pkg::apk_installed(inv.fs(), rel);
    let mut world = pkg::apk_world(inv.fs(), &installed);
    let names: Vec<&str> = installed.iter().map(|(n, _)| n.as_str()).collect();
    let args: Vec<&str> = o.operands.iter().map(String::as_str).collect();
    let plan = match rel.plan(&args, &names) {
        Ok(p) => p,
        Err(e) => {
            let mut t = String::from("ERROR: unable to select packages:\n");
            for m in &e.missing {
                let who = match &o.virtual_name {
                    Some(v) => format!("{v}-20240920.100000[{m}]"),
                    None => format!("world[{m}]"),
                };
                t.push_str(&format!(
                    "  {m} (no such package):\n    required by: {who}\n"
                ));
            }
            inv.err(t);
            return e.missing.len().clamp(1, 255) as i32;
        }
    };
    let total = plan.len() + usize::from(o.virtual_name.is_some());
    let mut t = String::new();
    let download: u64 = plan.iter().map(|p| p.download).sum();
    for (i, p) in plan.iter().enumerate() {
        t.push_str(&format!(
            "({}/{total}) Installing {} ({})\n",
            i + 1,
            p.name,
            p.version
        ));
        let files: Vec<PkgFile> = rel
            .files(p.name)
            .into_iter()
            .map(|f| PkgFile {
                path: f.path,
                link: f.link,
                size: f.size,
            })
            .collect();
        pkg::install_package(inv.fs_mut(), p.name, &files, p.installed, "/usr/share/doc");
        if p.name == "python3" && rel.name != "3.5" && rel.name != "3.18" {
            if let Some(py) = files.iter().find(|f| f.link.is_none()) {
                let short = py.path.trim_start_matches("/usr/bin/python").to_string();
                pkg::put_text(
                    inv.fs_mut(),
                    &format!("/usr/lib/python{short}/EXTERNALLY-MANAGED"),
                    "[externally-managed]\nError=Install Python packages with apk, or use a virtual environment.\n",
                );
            }
        }
        installed.push((p.name.to_string(), p.version.to_string()));
    }
    let now = super::tm(super::now_secs(inv) as i64);
    let stamp = format!(
        "{:04}{:02}{:02}.{:02}{:02}{:02}",
        now.year, now.month, now.day, now.hour, now.min, now.sec
    );
    match &o.virtual_name {
        Some(v) => {
            t.push_str(&format!("({total}/{total}) Installing {v} ({stamp})\n"));
            installed.push((v.clone(), stamp));
            world.push(v.clone());
        }
        None => world.extend(o.operands.iter().map(|a| {
            a.split(['=', '<', '>', '~'])
                .next()
                .unwrap_or(a)
                .to_string()
        })),
    }
    if !plan.is_empty() {
        if let Some((_, v)) = installed.iter().find(|(n, _)| n == "busybox") {
            t.push_str(&format!("Executing busybox-{v}.trigger\n"));
        }
        if let Some(p) = plan.iter().find(|p| p.name == "ca-certificates") {
            t.push_str(&format!(
                "Executing ca-certificates-{}.trigger\n",
                p.version
            ));
        }
    }
    let mut rng = pkg::rng(inv);
    let ms = cost::apk_install(&mut rng, plan.len() as u64, download);
    pkg::spend(inv, ms);
    pkg::apk_write(inv.fs_mut(), &installed);
    pkg::apk_write_world(inv.fs_mut(), &world);
    if !o.quiet {
        t.push_str(&ok_line(rel, &installed));
        inv.out(t);
    }
    0
}

fn del<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, rel: &Release, o: &Opts) -> i32 {
    let installed = pkg::apk_installed(inv.fs(), rel);
    let mut world = pkg::apk_world(inv.fs(), &installed);
    world.retain(|w| !o.operands.contains(w));
    // Keep what the remaining world needs; purge the rest.
    let mut keep: Vec<String> = Vec::new();
    let mut stack: Vec<String> = world.clone();
    while let Some(n) = stack.pop() {
        if keep.contains(&n) || keep.len() > 10_000 {
            continue;
        }
        if let Some(p) = rel.package(&n) {
            for d in &p.depends {
                if let Some(dp) = rel.package(d) {
                    stack.push(dp.name.to_string());
                }
            }
            keep.push(p.name.to_string());
        }
        keep.push(n);
    }
    let gone: Vec<Installed> = installed
        .iter()
        .filter(|(n, _)| !keep.contains(n))
        .cloned()
        .collect();
    let mut t = String::new();
    let total = gone.len();
    for (i, (n, v)) in gone.iter().rev().enumerate() {
        t.push_str(&format!("({}/{total}) Purging {n} ({v})\n", i + 1));
        for f in rel.files(n) {
            let _ = inv.fs_mut().remove_file(&f.path);
        }
        let _ = inv.fs_mut().remove_all(&format!("/usr/share/doc/{n}"));
    }
    let left: Vec<Installed> = installed
        .into_iter()
        .filter(|(n, _)| keep.contains(n))
        .collect();
    if !gone.is_empty() {
        if let Some((_, v)) = left.iter().find(|(n, _)| n == "busybox") {
            t.push_str(&format!("Executing busybox-{v}.trigger\n"));
        }
    }
    pkg::apk_write(inv.fs_mut(), &left);
    pkg::apk_write_world(inv.fs_mut(), &world);
    let mut rng = pkg::rng(inv);
    let ms = cost::copy(&mut rng, 0);
    pkg::spend(inv, ms);
    if !o.quiet {
        t.push_str(&ok_line(rel, &left));
        inv.out(t);
    }
    0
}
