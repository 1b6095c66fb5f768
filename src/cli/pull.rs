//! `docker pull`, and [`pull`], the daemon's pull that `docker run` uses too: the reference is
//! resolved on the simulated hub (pushed repositories first, then the catalog) and the image
//! installed into the engine's store, with the lines docker's progress leaves on a terminal.
//!
//! What the daemon prints: `latest: Pulling from library/ubuntu`, one line per layer in its
//! final state (`Already exists` when the same layer chain is stored, else `Pull complete`; none
//! at all when the image itself is already stored), `Digest: sha256:…` (the schema-2 manifest's
//! digest) and `Status: Downloaded newer image for ubuntu:latest`, or `Image is up to date` when
//! the tag already named that image. The client adds `Using default tag: latest` before and the
//! full reference after.
//!
//! Approximations: the hub holds linux/amd64 images only, so `--platform` with another
//! platform fails as a missing platform does; registries other than Docker Hub are unreachable
//! and answer like a missing repository. Retired catalog tags (`python:3-onbuild`) were deleted
//! from the hub, so they answer "manifest unknown"; the catalog has no schema-1 images, so the
//! schema-1 deprecation notice never applies.

use crate::map::Set;
use std::fmt::Write as _;

use super::{Args, Flag, Parsed, Spec};
use crate::dockerfile::reference::{self, RefError, Reference};
use crate::internet::clock::cost;
use crate::internet::hub;
use crate::sh::{Invocation, Machine};
use crate::store::{chain_ids, Digest, Manifest, ManifestFormat};
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "image pull",
    usage: "[OPTIONS] NAME[:TAG|@DIGEST]",
    short: "Download an image from a registry",
    aliases: &["pull"],
    flags: &[
        Flag::bool(
            "all-tags",
            Some('a'),
            "Download all tagged images in the repository",
        ),
        Flag::bool("disable-content-trust", None, "Skip image verification").with_default("true"),
        Flag::value(
            "platform",
            None,
            "string",
            "Set platform if server is multi-platform capable",
        ),
        Flag::bool("quiet", Some('q'), "Suppress verbose output"),
    ],
    args: Args::Exact(1),
    interspersed: true,
    run,
};

/// A finished pull.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pulled {
    /// The image ID.
    pub id: Digest,
    /// The full reference (`docker.io/library/ubuntu:latest`), as `docker pull` ends with.
    pub full: String,
    /// What the daemon printed (empty when `quiet`): `latest: Pulling from …` to `Status: …`.
    pub output: String,
}

/// Why a pull failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PullError {
    /// The client rejected the reference (`invalid reference format: …`).
    Reference(RefError),
    /// The daemon's answer, without the `Error response from daemon: ` prefix.
    Daemon(String),
}

impl PullError {
    /// The line `docker pull` prints (`docker run` puts `docker: ` before it).
    pub fn message(&self) -> String {
        match self {
            PullError::Reference(e) => e.to_string(),
            PullError::Daemon(m) => format!("Error response from daemon: {m}"),
        }
    }
}

/// Where an image comes from.
enum Source {
    Catalog(&'static hub::Image),
    Pushed(Box<crate::internet::registry::Pushed>),
}

/// Pull `reference` (`ubuntu`, `ubuntu:22.04`, `learner/catnip@sha256:…`) into the host's
/// image store and tag it; the simulated clock advances by the download and extract time.
/// `platform` is `--platform` (None: the host's). With `quiet` the output is empty.
pub fn pull(
    host: &mut Host,
    reference: &str,
    platform: Option<&str>,
    quiet: bool,
) -> Result<Pulled, PullError> {
    let rf = reference::parse_normalized(reference).map_err(PullError::Reference)?;
    if let Some(p) = platform {
        check_platform(p)?;
    }
    let tag_or_digest = match (&rf.tag, &rf.digest) {
        (_, Some(d)) => d.clone(),
        (Some(t), None) => t.clone(),
        (None, None) => "latest".to_string(),
    };
    // The name the pulled image gets locally: `ubuntu:latest`, `ubuntu@sha256:…`.
    let local = match &rf.digest {
        Some(d) => format!("{}@{d}", rf.familiar_name()),
        None => format!("{}:{tag_or_digest}", rf.familiar_name()),
    };
    let source = resolve(host, &rf, &tag_or_digest, &local)?;
    let daemon = &mut host.daemon;
    let eng = &mut daemon.engine;
    let before: Set<Digest> = eng.store.images().map(|i| i.id).collect();
    // Layers the daemon has, the build cache's included, are not downloaded again.
    let chains: Set<Digest> = eng
        .store
        .all_images()
        .flat_map(|i| chain_ids(&i.config.rootfs.diff_ids))
        .collect();
    let prev = eng.store.resolve(&local);
    // Per layer: short blob digest, whether stored already, simulated milliseconds.
    let (id, layers): (Digest, Vec<(Digest, u64, u64)>) = match source {
        Source::Catalog(img) => {
            let (id, pulled) = eng.install_hub_image(img).map_err(|f| match f {
                crate::engine::Failure::Other { message } => PullError::Daemon(message),
                other => PullError::Daemon(format!("{other:?}")),
            })?;
            let rows = pulled
                .iter()
                .map(|l| (l.digest, l.download_ms, l.extract_ms))
                .collect();
            (id, rows)
        }
        Source::Pushed(p) => {
            let blobs = daemon.registry.layers_of(p.as_ref()).ok_or_else(|| {
                PullError::Daemon(format!(
                    "manifest for {local} not found: manifest unknown: manifest unknown"
                ))
            })?;
            let id = eng
                .install_image(p.config.clone(), &blobs)
                .map_err(|e| PullError::Daemon(e.to_string()))?;
            let rows = blobs
                .iter()
                .map(|(l, _)| {
                    let down = cost::pull_download(&mut eng.rng, l.layer.blob_size);
                    let ext = cost::pull_extract(&mut eng.rng, l.layer.size);
                    (l.layer.digest, down, ext)
                })
                .collect();
            (id, rows)
        }
    };
    // A pull by digest keeps the image without a tag, as docker shows it (`<none>`).
    let by_digest = rf.digest.is_some();
    if !by_digest {
        let _ = eng.store.tag(&local, &id);
    }
    let mut out = String::new();
    let _ = writeln!(out, "{tag_or_digest}: Pulling from {}", rf.path);
    let mut ms = 0;
    if !before.contains(&id) {
        let diff_ids = eng
            .store
            .get(&id)
            .map(|i| i.config.rootfs.diff_ids.clone())
            .unwrap_or_default();
        for ((digest, down, ext), chain) in layers.iter().zip(chain_ids(&diff_ids)) {
            if chains.contains(&chain) {
                let _ = writeln!(out, "{}: Already exists", digest.short());
            } else {
                let _ = writeln!(out, "{}: Pull complete", digest.short());
                ms += down + ext;
            }
        }
    }
    let digest = eng
        .store
        .get(&id)
        .map(|i| {
            Manifest::new(ManifestFormat::Docker, i.config_json.as_bytes(), &i.layers).digest()
        })
        .unwrap_or(id);
    daemon
        .registry
        .record_digest(id, &rf.familiar_name(), &digest);
    let _ = writeln!(out, "Digest: {digest}");
    let up_to_date = if by_digest {
        before.contains(&id)
    } else {
        prev == Some(id)
    };
    if up_to_date {
        let _ = writeln!(out, "Status: Image is up to date for {local}");
    } else {
        let _ = writeln!(out, "Status: Downloaded newer image for {local}");
    }
    // Resolving the manifest costs a round trip even when nothing is downloaded.
    host.advance_ms(ms + 400);
    Ok(Pulled {
        id,
        full: rf.full(),
        output: if quiet { String::new() } else { out },
    })
}

/// The `--platform` check: the hub has linux/amd64 images only.
fn check_platform(p: &str) -> Result<(), PullError> {
    let lower = p.to_ascii_lowercase();
    let mut parts = lower.split('/');
    let (os, arch) = match (parts.next(), parts.next()) {
        (Some(a), None) => ("linux", a),
        (Some(o), Some(a)) => (o, a),
        _ => ("", ""),
    };
    let known_os = matches!(os, "linux" | "windows" | "darwin" | "freebsd");
    let known_arch = matches!(
        arch,
        "amd64"
            | "x86_64"
            | "x86-64"
            | "arm64"
            | "aarch64"
            | "arm"
            | "386"
            | "ppc64le"
            | "s390x"
            | "riscv64"
    );
    if !known_os || !known_arch {
        return Err(PullError::Daemon(format!(
            "\"{p}\": unknown operating system or architecture: invalid argument"
        )));
    }
    if os == "linux" && matches!(arch, "amd64" | "x86_64" | "x86-64") {
        return Ok(());
    }
    let arch = match arch {
        "aarch64" | "arm64" => "arm64/v8",
        "arm" => "arm/v7",
        a => a,
    };
    Err(PullError::Daemon(format!(
        "no matching manifest for {os}/{arch} in the manifest list entries"
    )))
}

/// Find what `rf` names: a pushed repository first, then the catalog.
fn resolve(
    host: &Host,
    rf: &Reference,
    tag_or_digest: &str,
    local: &str,
) -> Result<Source, PullError> {
    let missing_repo = || {
        PullError::Daemon(format!(
            "pull access denied for {}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
            rf.familiar_name()
        ))
    };
    let missing_tag = || {
        PullError::Daemon(format!(
            "manifest for {local} not found: manifest unknown: manifest unknown"
        ))
    };
    if rf.domain != reference::DEFAULT_DOMAIN {
        return Err(missing_repo());
    }
    let reg = &host.daemon.registry;
    if reg.repo(&rf.path).is_some() {
        let found = match &rf.digest {
            Some(d) => Digest::parse(d)
                .ok()
                .and_then(|d| reg.manifest_by_digest(&rf.path, &d)),
            None => reg.manifest(&rf.path, tag_or_digest),
        };
        return found
            .map(|p| Source::Pushed(Box::new(p.clone())))
            .ok_or_else(missing_tag);
    }
    let name = rf.familiar_name();
    if let Some(d) = &rf.digest {
        // A digest names a manifest this session has seen: an image pulled from the repository.
        let Some(repo) = hub::repo(&name) else {
            return Err(missing_repo());
        };
        let eng = &host.daemon.engine;
        for img in eng.store.images() {
            let m = Manifest::new(
                ManifestFormat::Docker,
                img.config_json.as_bytes(),
                &img.layers,
            );
            if m.digest().to_string() != *d {
                continue;
            }
            let from_repo = eng.store.tags_of(&img.id).into_iter().find_map(|t| {
                let (n, tag) = t.rsplit_once(':')?;
                (n == name).then(|| repo.tag(tag)).flatten()
            });
            if let Some(hub_img) = from_repo.filter(|i| i.retired.is_none()) {
                return Ok(Source::Catalog(hub_img));
            }
        }
        return Err(missing_tag());
    }
    match hub::lookup(&name, tag_or_digest) {
        hub::Lookup::Found(img) => Ok(Source::Catalog(img)),
        hub::Lookup::Retired(_) | hub::Lookup::NoTag => Err(missing_tag()),
        hub::Lookup::NoRepo => Err(missing_repo()),
    }
}

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let Some(name) = p.args.first() else {
        return 1;
    };
    let quiet = p.on("quiet");
    if p.on("all-tags") {
        return all_tags(inv, name, quiet);
    }
    let rf = match reference::parse_normalized(name) {
        Ok(r) => r,
        Err(e) => {
            inv.err(format!("{e}\n"));
            return 1;
        }
    };
    if rf.tag.is_none() && rf.digest.is_none() && !quiet {
        inv.out("Using default tag: latest\n");
    }
    match pull(inv.machine, name, p.last("platform"), quiet) {
        Ok(done) => {
            inv.out(done.output);
            inv.out(format!("{}\n", done.full));
            0
        }
        Err(e) => {
            inv.err(format!("{}\n", e.message()));
            1
        }
    }
}

/// `docker pull -a NAME`: every tag of the repository, in tag order.
fn all_tags(inv: &mut Invocation<'_, Host>, name: &str, quiet: bool) -> i32 {
    let rf = match reference::parse_normalized(name) {
        Ok(r) if r.tag.is_some() || r.digest.is_some() => {
            inv.err("tag can't be used with --all-tags/-a\n");
            return 1;
        }
        Ok(r) => r,
        Err(e) => {
            inv.err(format!("{e}\n"));
            return 1;
        }
    };
    let familiar = rf.familiar_name();
    let mut tags: Vec<String> = match inv.machine.daemon.registry.repo(&rf.path) {
        Some(r) => r.tags.keys().cloned().collect(),
        None => match hub::repo(&familiar).filter(|_| rf.domain == reference::DEFAULT_DOMAIN) {
            Some(r) => r
                .tags
                .iter()
                .filter(|(_, i)| i.retired.is_none())
                .map(|(t, _)| t.to_string())
                .collect(),
            None => Vec::new(),
        },
    };
    crate::sort::sort(&mut tags);
    if tags.is_empty() {
        inv.err(format!(
            "Error response from daemon: pull access denied for {familiar}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n"
        ));
        return 1;
    }
    let mut newer = false;
    for t in &tags {
        match pull(inv.machine, &format!("{familiar}:{t}"), None, quiet) {
            Ok(done) => {
                newer |= done.output.contains("Status: Downloaded newer image");
                // Per tag, the daemon prints the pull without its status line.
                let body: String = done
                    .output
                    .lines()
                    .filter(|l| !l.starts_with("Status: "))
                    .map(|l| format!("{l}\n"))
                    .collect();
                inv.out(body);
            }
            Err(e) => {
                inv.err(format!("{}\n", e.message()));
                return 1;
            }
        }
    }
    if !quiet {
        let status = if newer {
            format!("Status: Downloaded newer images for {familiar}\n")
        } else {
            format!("Status: Image is up to date for {familiar}\n")
        };
        inv.out(status);
    }
    inv.out(format!("{}\n", rf.name()));
    0
}
