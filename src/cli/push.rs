//! `docker push`: uploads a local image to the simulated hub, into the daemon's registry state,
//! with the lines docker's progress leaves on a terminal.
//!
//! Daemon side, as moby words it: `The push refers to repository [docker.io/learner/catnip]`;
//! `An image does not exist locally with the tag: learner/catnip` when no local tag has the
//! name, `tag does not exist: learner/catnip:v2` when that tag is missing; then one line per
//! layer, newest first, named by the first 12 hex digits of its diff ID: `Layer already exists`
//! (the repository has the blob), `Mounted from learner/other` or `Mounted from library/python`
//! (another repository of the hub has it: the learner's own, or the catalog image the layers
//! came from), `Pushed` (uploaded); and `latest: digest: sha256:… size: N`, the digest and
//! byte length of the schema-2 manifest stored. Without a login for the namespace (the client
//! sends the one in `~/.docker/config.json`), the layers stop at `Preparing` (`Waiting` beyond
//! docker's five concurrent uploads) and the hub answers
//! `denied: requested access to the resource is denied`.
//!
//! Approximations: `--platform` (a containerd-store feature) is not offered; `-a` prints each
//! tag's lines one after another instead of updating the first tag's lines in place.

use crate::map::Set;
use std::fmt::Write as _;

use super::{Args, Flag, Parsed, Spec};
use crate::dockerfile::reference::{self, Reference};
use crate::internet::clock::cost;
use crate::internet::hub;
use crate::internet::registry::{Blob, Pushed};
use crate::sh::{Invocation, Machine};
use crate::store::{Digest, Manifest, ManifestFormat};
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "image push",
    usage: "[OPTIONS] NAME[:TAG]",
    short: "Upload an image to a registry",
    aliases: &["push"],
    flags: &[
        Flag::bool(
            "all-tags",
            Some('a'),
            "Push all tags of an image to the repository",
        ),
        Flag::bool("disable-content-trust", None, "Skip image signing").with_default("true"),
        Flag::bool("quiet", Some('q'), "Suppress verbose output"),
    ],
    args: Args::Exact(1),
    interspersed: true,
    run,
};

/// How many layers docker uploads at once; the others wait.
const CONCURRENT_UPLOADS: usize = 5;

const DENIED: &str = "denied: requested access to the resource is denied";

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let Some(name) = p.args.first() else {
        return 1;
    };
    let all = p.on("all-tags");
    let quiet = p.on("quiet");
    let rf = match reference::parse_normalized(name) {
        Ok(r) => r,
        Err(e) => {
            inv.err(format!("{e}\n"));
            return 1;
        }
    };
    let name_only = rf.tag.is_none() && rf.digest.is_none();
    if all && !name_only {
        inv.err("tag can't be used with --all-tags/-a\n");
        return 1;
    }
    let mut rf = rf;
    if !all && name_only {
        rf.tag = Some("latest".into());
        if !quiet {
            inv.out("Using default tag: latest\n");
        }
    }
    let mut out = String::new();
    let result = push(inv.machine, &rf, &mut out);
    if !quiet {
        inv.out(out);
    }
    match result {
        Ok(()) => {
            if quiet {
                inv.out(format!("{}\n", shown_ref(&rf)));
            }
            0
        }
        Err(e) => {
            inv.err(format!("{e}\n"));
            1
        }
    }
}

/// The reference as docker prints it after a quiet push (`docker.io/learner/catnip:latest`).
fn shown_ref(rf: &Reference) -> String {
    match &rf.tag {
        Some(t) => format!("{}:{t}", rf.name()),
        None => rf.name(),
    }
}

/// The daemon's push of `rf` (a tag, or every tag of the name); the progress goes to `out`.
fn push(host: &mut Host, rf: &Reference, out: &mut String) -> Result<(), String> {
    let _ = writeln!(out, "The push refers to repository [{}]", rf.name());
    let familiar = rf.familiar_name();
    let prefix = format!("{familiar}:");
    let tags: Vec<String> = host
        .daemon
        .engine
        .store
        .tags()
        .filter_map(|(t, _)| t.strip_prefix(&prefix))
        .map(String::from)
        .collect();
    if tags.is_empty() {
        return Err(format!(
            "An image does not exist locally with the tag: {familiar}"
        ));
    }
    if rf.digest.is_some() {
        return Err("cannot push a digest reference".into());
    }
    if rf.domain != reference::DEFAULT_DOMAIN {
        let host_name = rf.domain.split(':').next().unwrap_or(&rf.domain);
        return Err(format!(
            "Get \"https://{}/v2/\": dial tcp: lookup {host_name}: no such host",
            rf.domain
        ));
    }
    let to_push: Vec<String> = match &rf.tag {
        Some(t) if tags.contains(t) => vec![t.clone()],
        Some(_) => {
            return Err(format!("tag does not exist: {}", rf.familiar()));
        }
        None => tags,
    };
    let user = super::login::stored_auth(&host.fs).map(|(u, _)| u);
    let namespace = rf.path.split('/').next().unwrap_or("");
    let allowed = user.as_deref() == Some(namespace);
    for tag in to_push {
        let Some(id) = host
            .daemon
            .engine
            .store
            .resolve(&format!("{familiar}:{tag}"))
        else {
            return Err(format!("tag does not exist: {familiar}:{tag}"));
        };
        push_tag(host, rf, &tag, &id, allowed, out)?;
    }
    Ok(())
}

/// Push one tag: the layers, then the manifest.
fn push_tag(
    host: &mut Host,
    rf: &Reference,
    tag: &str,
    id: &Digest,
    allowed: bool,
    out: &mut String,
) -> Result<(), String> {
    let eng = &host.daemon.engine;
    let (Some(img), Some(layers)) = (eng.store.get(id).cloned(), eng.image_layers(id)) else {
        return Err(format!(
            "unable to get rootfs for image {}:{tag}",
            rf.familiar_name()
        ));
    };
    // One line per distinct layer, newest first.
    let mut seen = Set::new();
    let order: Vec<usize> = (0..layers.len())
        .rev()
        .filter(|&i| seen.insert(layers[i].layer.diff_id))
        .collect();
    if !allowed {
        for (n, &i) in order.iter().enumerate() {
            let state = if n < CONCURRENT_UPLOADS {
                "Preparing"
            } else {
                "Waiting"
            };
            let _ = writeln!(out, "{}: {state}", layers[i].layer.diff_id.short());
        }
        return Err(DENIED.into());
    }
    let sources = hub_sources(
        host,
        &layers.iter().map(|l| l.layer.digest).collect::<Vec<_>>(),
    );
    let namespace = rf.path.split('/').next().unwrap_or("").to_string();
    let mut ms = 0;
    for &i in &order {
        let l = &layers[i];
        let digest = l.layer.digest;
        let reg = &host.daemon.registry;
        let state = if reg.has_blob(&rf.path, &digest) {
            "Layer already exists".to_string()
        } else if let Some(from) = reg.mount_source(&namespace, &rf.path, &digest) {
            ms += 50;
            format!("Mounted from {from}")
        } else if let Some(from) = sources.get(i).and_then(|s| s.clone()) {
            ms += 50;
            format!("Mounted from {from}")
        } else {
            ms += cost::push_layer(&mut host.daemon.engine.rng, l.layer.blob_size);
            "Pushed".to_string()
        };
        let Some(bytes) = host.daemon.engine.store.blobs().get(&digest) else {
            return Err(format!("blob {digest} unknown to the image store"));
        };
        host.daemon.registry.put_blob(
            &rf.path,
            Blob {
                layer: l.clone(),
                bytes,
            },
        );
        let _ = writeln!(out, "{}: {state}", l.layer.diff_id.short());
    }
    let manifest = Manifest::new(
        ManifestFormat::Docker,
        img.config_json.as_bytes(),
        &img.layers,
    )
    .to_json();
    let size = manifest.len();
    let digest = host.daemon.registry.put_manifest(
        &rf.path,
        tag,
        Pushed {
            config: img.config.clone(),
            manifest,
            layers: img.layers.iter().map(|l| l.digest).collect(),
        },
    );
    host.daemon
        .registry
        .record_digest(*id, &rf.familiar_name(), &digest);
    host.advance_ms(ms + 300);
    let _ = writeln!(out, "{tag}: digest: {digest} size: {size}");
    Ok(())
}

/// For each layer (bottom first), the catalog repository it can be mounted from: the layers
/// an image shares with the catalog image it was built on come from that image's repository
/// (`library/python`); other catalog layers from the first repository that has them.
fn hub_sources(host: &Host, blobs: &[Digest]) -> Vec<Option<String>> {
    let eng = &host.daemon.engine;
    let keys: Vec<Option<&'static str>> = blobs.iter().map(|b| eng.hub_layer_key(b)).collect();
    if keys.iter().all(Option::is_none) {
        return vec![None; blobs.len()];
    }
    // The catalog key of each layer of a catalog image (its top layer is keyed by the image).
    let image_keys = |img: &'static hub::Image| -> Vec<&'static str> {
        let layers: Vec<&'static hub::Layer> = img.layers().collect();
        let n = layers.len();
        layers
            .iter()
            .enumerate()
            .map(|(i, l)| if i + 1 == n { img.key } else { l.key })
            .collect()
    };
    let repo_of = |img: &'static hub::Image| -> Option<String> {
        hub::repos()
            .iter()
            .find(|r| !r.tags_of(img).is_empty())
            .map(|r| r.path())
    };
    let mut base: Option<(&'static hub::Image, usize)> = None;
    for img in hub::images() {
        let ks = image_keys(img);
        let m = ks
            .iter()
            .zip(&keys)
            .take_while(|(a, b)| Some(**a) == **b)
            .count();
        if m > 0 && base.is_none_or(|(_, best)| m > best) {
            base = Some((img, m));
        }
    }
    keys.iter()
        .enumerate()
        .map(|(i, key)| {
            let key = (*key)?;
            if let Some((img, m)) = base {
                if i < m {
                    return repo_of(img);
                }
            }
            hub::images()
                .into_iter()
                .find(|img| image_keys(img).contains(&key))
                .and_then(repo_of)
        })
        .collect()
}
