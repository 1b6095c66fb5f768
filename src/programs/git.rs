//! `git`: `clone` of the repositories on the simulated git host (with git's messages for an
//! unknown repository, an unknown host and a destination in the way) and `--version`.

use super::pkg;
use crate::internet::clock::cost;
use crate::internet::git;
use crate::sh::{Invocation, Machine};

/// Hosts the simulated internet answers for git.
const GIT_HOSTS: &[&str] = &["github.com", "gitlab.com", "bitbucket.org"];

/// `git`.
pub(crate) fn git<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let args: Vec<String> = inv.args().to_vec();
    let Some(first) = args.first() else {
        inv.out("usage: git [--version] [--help] [-C <path>] <command> [<args>]\n\nThe command used most here: clone.\n");
        return 1;
    };
    match first.as_str() {
        "--version" | "version" => {
            let v = version(inv);
            inv.out(format!("git version {v}\n"));
            0
        }
        "clone" => clone(inv, &args[1..]),
        s if s.starts_with('-') => {
            inv.err(format!("unknown option: {s}\nusage: git [--version] [--help] [-C <path>] <command> [<args>]\n"));
            129
        }
        other => {
            inv.err(format!(
                "git: '{other}' is not a git command. See 'git --help'.\n"
            ));
            1
        }
    }
}

fn version<M: Machine + ?Sized>(inv: &Invocation<'_, M>) -> String {
    let fs = inv.fs();
    if let Some(rel) = pkg::apt_release(fs) {
        if let Some(p) = rel.package("git") {
            return pkg::upstream(p.version).to_string();
        }
    }
    if let Some(rel) = pkg::apk_release(fs) {
        if let Some(p) = rel.package("git") {
            return p
                .version
                .split("-r")
                .next()
                .unwrap_or(p.version)
                .to_string();
        }
    }
    "2.39.5".to_string()
}

fn host_of(url: &str) -> String {
    let u = url
        .split_once("://")
        .map_or(url, |(_, r)| r)
        .trim_start_matches("git@");
    let end = u.find(['/', ':']).unwrap_or(u.len());
    u[..end].to_ascii_lowercase()
}

fn clone<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>, args: &[String]) -> i32 {
    let mut quiet = false;
    let mut branch: Option<String> = None;
    let mut operands = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        i += 1;
        match a.as_str() {
            "-q" | "--quiet" => quiet = true,
            "--depth" | "-b" | "--branch" | "--origin" | "-o" | "--jobs" | "-j" => {
                let v = args.get(i).cloned();
                i += 1;
                if a == "-b" || a == "--branch" {
                    branch = v;
                }
            }
            s if s.starts_with("--depth=") => {}
            s if s.starts_with("--branch=") => branch = Some(s["--branch=".len()..].to_string()),
            "--single-branch"
            | "--no-single-branch"
            | "--recursive"
            | "--recurse-submodules"
            | "--progress"
            | "--no-tags"
            | "-v"
            | "--verbose" => {}
            s if s.starts_with('-') && s.len() > 1 => {
                inv.err(format!("error: unknown option `{}'\nusage: git clone [<options>] [--] <repo> [<dir>]\n", s.trim_start_matches('-')));
                return 129;
            }
            _ => operands.push(a.clone()),
        }
    }
    let Some(url) = operands.first().cloned() else {
        inv.err("fatal: You must specify a repository to clone.\n\nusage: git clone [<options>] [--] <repo> [<dir>]\n");
        return 129;
    };
    let dir = operands
        .get(1)
        .cloned()
        .unwrap_or_else(|| git::clone_dir_name(&url));
    let dest = inv.resolve(&dir);
    if let Ok(entries) = inv.fs().read_dir(&dest) {
        if !entries.is_empty() {
            inv.err(format!(
                "fatal: destination path '{dir}' already exists and is not an empty directory.\n"
            ));
            return 128;
        }
    } else if inv.fs().exists(&dest) {
        inv.err(format!(
            "fatal: destination path '{dir}' already exists and is not an empty directory.\n"
        ));
        return 128;
    }
    if !quiet {
        inv.err(format!("Cloning into '{dir}'...\n"));
    }
    let host = host_of(&url);
    let mut rng = pkg::rng(inv);
    let Some(repo) = git::repo(&url) else {
        pkg::spend(inv, cost::http_get(&mut rng, 0));
        let shown = if url.contains("://") && !url.ends_with('/') {
            format!("{url}/")
        } else {
            url.clone()
        };
        if GIT_HOSTS.contains(&host.as_str()) {
            inv.err(format!(
                "remote: Repository not found.\nfatal: repository '{shown}' not found\n"
            ));
        } else if !url.contains("://") && !url.starts_with("git@") {
            inv.err(format!("fatal: repository '{url}' does not exist\n"));
        } else {
            inv.err(format!(
                "fatal: unable to access '{shown}': Could not resolve host: {host}\n"
            ));
        }
        return 128;
    };
    if let Some(b) = &branch {
        if b != repo.default_branch {
            inv.err(format!(
                "fatal: Remote branch {b} not found in upstream origin\n"
            ));
            return 128;
        }
    }
    let ms = cost::git_clone(&mut rng, repo.pack_bytes);
    pkg::spend(inv, ms);
    if !quiet && pkg::tty(inv) {
        let mib = repo.pack_bytes as f64 / 1_048_576.0;
        let rate = mib / (ms.max(1) as f64 / 1000.0);
        inv.err(format!(
            "remote: Enumerating objects: {o}, done.\nremote: Total {o} (delta {d}), reused 0 (delta 0), pack-reused {o}\nReceiving objects: 100% ({o}/{o}), {mib:.2} MiB | {rate:.2} MiB/s, done.\nResolving deltas: 100% ({d}/{d}), done.\n",
            o = repo.objects,
            d = repo.deltas
        ));
    }
    let fs = inv.fs_mut();
    let _ = fs.mkdir_all(&dest, 0o755);
    for f in repo.files {
        let path = format!("{dest}/{}", f.path);
        let _ = fs.put_file(
            &path,
            crate::vfs::Content::bytes(f.body.as_bytes().to_vec()),
            f.mode,
        );
    }
    let git_dir = format!("{dest}/.git");
    pkg::put_text(
        fs,
        &format!("{git_dir}/HEAD"),
        &format!("ref: refs/heads/{}\n", repo.default_branch),
    );
    pkg::put_text(
        fs,
        &format!("{git_dir}/config"),
        &format!(
            "[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n\tlogallrefupdates = true\n[remote \"origin\"]\n\turl = {url}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[branch \"{b}\"]\n\tremote = origin\n\tmerge = refs/heads/{b}\n",
            b = repo.default_branch
        ),
    );
    pkg::put_text(
        fs,
        &format!("{git_dir}/packed-refs"),
        &format!(
            "# pack-refs with: peeled fully-peeled sorted \n{} refs/remotes/origin/{}\n",
            repo.head, repo.default_branch
        ),
    );
    pkg::put_text(
        fs,
        &format!("{git_dir}/refs/heads/{}", repo.default_branch),
        &format!("{}\n", repo.head),
    );
    pkg::put_declared(
        fs,
        &format!("{git_dir}/objects/pack/pack-{}.pack", repo.head),
        repo.pack_bytes,
        &format!("the history of {}", repo.url),
        0o444,
    );
    0
}
