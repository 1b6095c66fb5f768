//! The build context: the directory the client sends, filtered by `.dockerignore`, the
//! Dockerfile found in it (or given with `-f`), and the context errors Docker reports.

use std::sync::Arc;

use super::events::Failure;
use crate::dockerfile::ignore::Ignore;
use crate::store::{Entry, EntryKind};
use crate::vfs::{path, Fs};

/// A collected context.
#[derive(Clone, Debug)]
pub struct Context {
    /// The context directory, absolute in the host filesystem.
    pub dir: String,
    /// The Dockerfile name as builds print it (relative to the context when inside it).
    pub dockerfile_name: String,
    /// The Dockerfile text.
    pub dockerfile: Arc<str>,
    /// The `.dockerignore` rules and its size, when there is one.
    pub ignore: Option<(Ignore, u64)>,
    /// What COPY and ADD see: the context files not excluded, rooted at `/`.
    pub fs: Fs,
    /// Bytes of the tar the legacy client sends (headers and padding included).
    pub tar_bytes: u64,
    /// Bytes of file content BuildKit transfers.
    pub transfer_bytes: u64,
}

fn tar_cost(e: &Entry) -> u64 {
    let mut n = 512;
    if e.tar_name().len() > 100 {
        n += 1024 + (e.tar_name().len() as u64).div_ceil(512) * 512;
    }
    if let EntryKind::File(c) = &e.kind {
        n += (c.body().len() as u64).div_ceil(512) * 512;
    }
    n
}

/// Collect the context at `context` (relative to `cwd`) with the Dockerfile at `file`
/// (relative to `cwd`, default `<context>/Dockerfile`).
pub fn collect(
    host: &Fs,
    cwd: &str,
    context: &str,
    file: Option<&str>,
) -> Result<Context, Failure> {
    let dir = path::normalize(&path::join(cwd, context));
    let st = host.stat(&dir).map_err(|_| Failure::ContextMissing {
        path: context.to_string(),
    })?;
    if !st.is_dir() {
        return Err(Failure::ContextNotDirectory {
            path: context.to_string(),
            absolute: dir,
        });
    }
    let (df_abs, df_name) = match file {
        Some(f) => {
            let abs = path::normalize(&path::join(cwd, f));
            let name = match abs.strip_prefix(&format!("{}/", dir.trim_end_matches('/'))) {
                Some(rel) => rel.to_string(),
                None => f.to_string(),
            };
            (abs, name)
        }
        None => (path::join(&dir, "Dockerfile"), "Dockerfile".to_string()),
    };
    let text = match host.read(&df_abs) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(_) => {
            return Err(Failure::DockerfileMissing {
                name: df_name,
                absolute: df_abs,
            })
        }
    };
    let ignore = host
        .read(&path::join(&dir, ".dockerignore"))
        .ok()
        .map(|b| (Ignore::parse(&String::from_utf8_lossy(&b)), b.len() as u64));
    let all = host.subtree_entries(&dir, "").unwrap_or_default();
    let mut sent = Vec::with_capacity(all.len());
    let mut tar_bytes = 1024;
    let mut transfer_bytes = 0;
    for e in all {
        let keep = match &ignore {
            Some((ig, _)) => ig.sends(&e.path, &df_name),
            None => true,
        };
        if !keep {
            continue;
        }
        tar_bytes += tar_cost(&e);
        let excluded = ignore.as_ref().is_some_and(|(ig, _)| ig.excludes(&e.path));
        if excluded {
            continue;
        }
        if let EntryKind::File(c) = &e.kind {
            transfer_bytes += c.body().len() as u64;
        }
        sent.push(e);
    }
    let mut fs = Fs::new();
    let _ = fs.apply_entries(&sent);
    Ok(Context {
        dir,
        dockerfile_name: df_name,
        dockerfile: text.into(),
        ignore,
        fs,
        tar_bytes,
        transfer_bytes,
    })
}
