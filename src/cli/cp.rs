//! `docker cp` / `docker container cp`: copy files and directories between a container and
//! the learner's computer, with `cp -a`'s rules for where the copy lands (into an existing
//! directory, or as a new name; `dir/.` copies a directory's contents), `-` for a tar stream
//! on stdin or stdout, and the `Successfully copied …` line docker prints on a terminal (the
//! size is the tar stream's, as docker 27 counts it).

use super::{Args, Flag, Parsed, Spec};
use crate::sh::Invocation;
use crate::store::{build_tar, read_tar, Entry};
use crate::vfs::{path, Fs};
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "container cp",
    usage: "[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH",
    short: "Copy files/folders between a container and the local filesystem",
    aliases: &["cp"],
    flags: &[
        Flag::bool(
            "archive",
            Some('a'),
            "Archive mode (copy all uid/gid information)",
        ),
        Flag::bool("follow-link", Some('L'), "Always follow symlink in SRC_PATH"),
        Flag::bool(
            "quiet",
            Some('q'),
            "Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached",
        ),
    ],
    args: Args::Exact(2),
    interspersed: true,
    run,
};

/// `CONTAINER:PATH` or a local path: a local path with a colon must start with `/` or `.`.
fn split(arg: &str) -> (Option<&str>, &str) {
    if arg.starts_with('/') {
        return (None, arg);
    }
    match arg.split_once(':') {
        Some((c, p)) if !c.starts_with('.') => (Some(c), p),
        _ => (None, arg),
    }
}

/// Where a copy of `src` goes in `dst_fs` for the destination `dst`: the directory to unpack
/// into and the name the copy gets there (`""`: the source's contents, for `dir/.`).
fn target(dst_fs: &Fs, src: &str, src_is_dir: bool, dst: &str) -> Result<(String, String), String> {
    let contents = src.ends_with("/.") && src_is_dir;
    let base = path::file_name(path::normalize(src).as_str()).to_string();
    if dst_fs.is_dir(dst) {
        return Ok((dst.to_string(), if contents { String::new() } else { base }));
    }
    if dst_fs.exists(dst) {
        if src_is_dir {
            return Err(format!("cannot copy a directory to a file: {dst}"));
        }
        return Ok((path::parent(dst), path::file_name(dst).to_string()));
    }
    if dst.ends_with('/') && !src_is_dir {
        return Err(format!("destination directory {dst} does not exist"));
    }
    let parent = path::parent(dst.trim_end_matches('/'));
    if !dst_fs.is_dir(&parent) {
        return Err(format!("no such directory: {parent}"));
    }
    Ok((
        parent,
        path::file_name(dst.trim_end_matches('/')).to_string(),
    ))
}

/// The copy's entries, owned as docker leaves them: by `owner` unless `-a` keeps the source's.
fn entries_of(
    fs: &Fs,
    src: &str,
    name: &str,
    owner: Option<(u32, u32)>,
) -> Result<Vec<Entry>, String> {
    let mut entries = fs.subtree_entries(src, name).map_err(|e| e.to_string())?;
    if let Some((uid, gid)) = owner {
        for e in &mut entries {
            e.uid = uid;
            e.gid = gid;
        }
    }
    Ok(entries)
}

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let (src_arg, dst_arg) = (p.args[0].clone(), p.args[1].clone());
    let fail = |inv: &mut Invocation<'_, Host>, msg: String| {
        inv.err(format!("{msg}\n"));
        1
    };
    if src_arg.is_empty() {
        return fail(inv, "source can not be empty".into());
    }
    if dst_arg.is_empty() {
        return fail(inv, "destination can not be empty".into());
    }
    let (src_c, src) = split(&src_arg);
    let (dst_c, dst) = split(&dst_arg);
    let (name, from_container) = match (src_c, dst_c) {
        (Some(_), Some(_)) => {
            return fail(inv, "copying between containers is not supported".into())
        }
        (None, None) => return fail(inv, "must specify at least one container source".into()),
        (Some(c), None) => (c.to_string(), true),
        (None, Some(c)) => (c.to_string(), false),
    };
    let archive = p.on("archive");
    let quiet = p.on("quiet");
    let cwd = inv.cwd.clone();
    let host_cred = inv.machine.fs.cred();
    let d = &mut inv.machine.daemon;
    d.reap();
    let Ok(i) = d.runtime.find(&name) else {
        return fail(
            inv,
            format!("Error response from daemon: No such container: {name}"),
        );
    };
    let in_container = |p: &str| path::normalize(&path::join("/", p));
    let on_host = |p: &str| path::join(&cwd, p);
    // The bytes copied and where to, or a tar stream for stdout.
    let result: Result<(u64, String, Option<Vec<u8>>), String> = if from_container {
        let c = &d.runtime.containers()[i];
        let src_path = in_container(src);
        if !c.fs.exists(&src_path) {
            Err(format!(
                "Error response from daemon: Could not find the file {src_path} in container {name}"
            ))
        } else if dst == "-" {
            entries_of(&c.fs, &src_path, path::file_name(&src_path), None)
                .and_then(|e| build_tar(&e).map_err(|e| e.to_string()))
                .map(|tar| (tar.len() as u64, "-".to_string(), Some(tar)))
        } else {
            let dst_path = path::normalize(&on_host(dst));
            let src_is_dir = c.fs.is_dir(&src_path);
            // docker names the destination as given, made absolute, keeping a final `/.` or `/`.
            let shown = if dst == "." || dst.ends_with("/.") {
                format!("{}/.", dst_path.trim_end_matches('/'))
            } else if dst.ends_with('/') {
                format!("{}/", dst_path.trim_end_matches('/'))
            } else {
                dst_path.clone()
            };
            let owner = (!archive).then_some((host_cred.uid, host_cred.gid));
            target(&inv.machine.fs, src, src_is_dir, &dst_path).and_then(|(dir, as_name)| {
                let entries = entries_of(&c.fs, &src_path, &as_name, owner)?;
                let size = build_tar(&entries).map_err(|e| e.to_string())?.len() as u64;
                inv.machine
                    .fs
                    .apply_entries_at(&dir, &entries)
                    .map_err(|e| e.to_string())?;
                Ok((size, shown, None))
            })
        }
    } else {
        let dst_path = in_container(dst);
        if src == "-" {
            let bytes = inv.stdin.clone();
            let c = &mut d.runtime.containers_mut()[i];
            if !c.fs.is_dir(&dst_path) {
                Err(format!("destination \"{name}:{dst}\" must be a directory"))
            } else {
                read_tar(&bytes)
                    .map_err(|e| format!("Error response from daemon: {e}"))
                    .and_then(|entries| {
                        c.fs.apply_entries_at(&dst_path, &entries)
                            .map_err(|e| e.to_string())
                    })
                    .map(|()| (bytes.len() as u64, format!("{name}:{dst}"), None))
            }
        } else {
            let src_path = on_host(src);
            if !inv.machine.fs.exists(&src_path) {
                Err(format!("lstat {src_path}: no such file or directory"))
            } else {
                let src_is_dir = inv.machine.fs.is_dir(&src_path);
                let owner = (!archive).then_some((0, 0));
                let c = &mut d.runtime.containers_mut()[i];
                target(&c.fs, src, src_is_dir, &dst_path).and_then(|(dir, as_name)| {
                    let entries = entries_of(&inv.machine.fs, &src_path, &as_name, owner)?;
                    let size = build_tar(&entries).map_err(|e| e.to_string())?.len() as u64;
                    c.fs.apply_entries_at(&dir, &entries)
                        .map_err(|e| format!("Error response from daemon: {e}"))?;
                    Ok((size, format!("{name}:{dst}"), None))
                })
            }
        }
    };
    match result {
        Err(e) => fail(inv, e),
        Ok((_, _, Some(tar))) => {
            inv.out(tar);
            0
        }
        Ok((size, shown, None)) => {
            if !quiet {
                inv.err(format!(
                    "Successfully copied {} to {shown}\n",
                    crate::engine::human_size_precision(size, 3)
                ));
            }
            0
        }
    }
}
