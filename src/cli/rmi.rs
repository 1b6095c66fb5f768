//! `docker rmi` / `docker image rm`: untag and delete images as the daemon does — a name
//! removes that tag and deletes the image with its last tag; an ID deletes the image; every
//! deleted image is followed by its layers no other image holds, then by the untagged parents
//! a legacy build left — with docker's conflict messages, and `-f`.

use super::images::{lookup, missing_name, parent_of};
use super::tag::tag_key;
use super::{Args, Flag, Parsed, Spec};
use crate::engine::Engine;
use crate::internet::registry::Registry;
use crate::runtime::Runtime;
use crate::sh::Invocation;
use crate::store::{chain_ids, Digest};
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "image rm",
    usage: "[OPTIONS] IMAGE [IMAGE...]",
    short: "Remove one or more images",
    aliases: &["image remove", "rmi"],
    flags: &[
        Flag::bool("force", Some('f'), "Force removal of the image"),
        Flag::bool("no-prune", None, "Do not delete untagged parents"),
    ],
    args: Args::Min(1),
    interspersed: true,
    run,
};

/// One line of what a removal did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Record {
    Untagged(String),
    Deleted(Digest),
}

/// Why a removal stopped: docker's message, and whether it is a "not found".
pub struct RemoveError {
    pub message: String,
    pub not_found: bool,
}

fn conflict(id: &Digest, hard: bool, why: &str) -> RemoveError {
    let force = if hard {
        "cannot be forced"
    } else {
        "must be forced"
    };
    RemoveError {
        message: format!(
            "conflict: unable to delete {} ({force}) - {why}",
            id.short()
        ),
        not_found: false,
    }
}

/// Whether `name` was given as an ID (a prefix of the image's ID) rather than a name.
fn is_id_prefix(id: &Digest, name: &str) -> bool {
    let hex = name.strip_prefix("sha256:").unwrap_or(name);
    !hex.is_empty() && id.hex().starts_with(hex)
}

/// Remove `name` as `docker rmi` does; `prune` deletes untagged parents too. When an image
/// loses its last tag in a repository, the digest reference a pull or push recorded for that
/// repository goes too (`Untagged: ubuntu@sha256:…`).
pub fn remove(
    engine: &mut Engine,
    runtime: &Runtime,
    registry: &mut Registry,
    name: &str,
    force: bool,
    prune: bool,
) -> Result<Vec<Record>, RemoveError> {
    let id = lookup(&engine.store, name);
    let records = remove_tags_and_image(engine, runtime, name, force, prune)?;
    let Some(id) = id else {
        return Ok(records);
    };
    let mut out = Vec::new();
    for r in records {
        let repo = match &r {
            Record::Untagged(t) => t.rsplit_once(':').map(|(repo, _)| repo.to_string()),
            Record::Deleted(_) => None,
        };
        out.push(r);
        let Some(repo) = repo else { continue };
        let still_tagged = engine
            .store
            .tags_of(&id)
            .iter()
            .any(|t| t.rsplit_once(':').is_some_and(|(r, _)| r == repo));
        if still_tagged {
            continue;
        }
        let digest_ref = registry
            .repo_digests(&id)
            .into_iter()
            .find(|d| d.split_once('@').is_some_and(|(r, _)| r == repo));
        if let Some(d) = digest_ref {
            registry.forget_digest(&id, &d);
            out.push(Record::Untagged(d));
        }
    }
    Ok(out)
}

fn remove_tags_and_image(
    engine: &mut Engine,
    runtime: &Runtime,
    name: &str,
    force: bool,
    prune: bool,
) -> Result<Vec<Record>, RemoveError> {
    let Some(id) = lookup(&engine.store, name) else {
        return Err(RemoveError {
            message: format!("No such image: {}", missing_name(name)),
            not_found: true,
        });
    };
    let mut records = Vec::new();
    let tags: Vec<String> = engine
        .store
        .tags_of(&id)
        .into_iter()
        .map(String::from)
        .collect();
    let mut quiet = false;
    if !is_id_prefix(&id, name) {
        let users = runtime.containers_using(&id);
        if let (Some(c), 1, false) = (users.first(), tags.len(), force) {
            return Err(RemoveError {
                message: format!(
                    "conflict: unable to remove repository reference \"{name}\" (must force) - container {c} is using its referenced image {}",
                    id.short()
                ),
                not_found: false,
            });
        }
        let key = tag_key(name).map_err(|message| RemoveError {
            message,
            not_found: false,
        })?;
        engine.store.remove_tag(&key);
        records.push(Record::Untagged(key));
        if !engine.store.tags_of(&id).is_empty() {
            return Ok(records);
        }
        quiet = true;
    } else if tags.len() <= 1 {
        for t in &tags {
            engine.store.remove_tag(t);
            records.push(Record::Untagged(t.clone()));
        }
    }
    delete(engine, runtime, id, force, prune, quiet, &mut records)?;
    Ok(records)
}

fn delete(
    engine: &mut Engine,
    runtime: &Runtime,
    id: Digest,
    force: bool,
    prune: bool,
    quiet: bool,
    records: &mut Vec<Record>,
) -> Result<(), RemoveError> {
    let store = &engine.store;
    let Some(img) = store.get(&id) else {
        return Ok(());
    };
    let has_children = store
        .images()
        .any(|other| parent_of(store, other) == Some(id));
    let running = runtime.running_using(&id);
    let users = runtime.containers_using(&id);
    let dangling = store.tags_of(&id).is_empty();
    let found = if has_children {
        Some((
            conflict(&id, true, "image has dependent child images"),
            false,
        ))
    } else if let Some(c) = running.first() {
        Some((
            conflict(
                &id,
                true,
                &format!("image is being used by running container {c}"),
            ),
            true,
        ))
    } else if !force && !dangling {
        Some((
            conflict(&id, false, "image is referenced in multiple repositories"),
            false,
        ))
    } else if let (false, Some(c)) = (force, users.first()) {
        Some((
            conflict(
                &id,
                false,
                &format!("image is being used by stopped container {c}"),
            ),
            true,
        ))
    } else {
        None
    };
    if let Some((err, used)) = found {
        if quiet && (!dangling || used) {
            return Ok(());
        }
        return Err(err);
    }
    let parent = parent_of(store, img);
    let chains = chain_ids(&img.config.rootfs.diff_ids);
    let store = &mut engine.store;
    for t in store
        .tags_of(&id)
        .into_iter()
        .map(String::from)
        .collect::<Vec<_>>()
    {
        store.remove_tag(&t);
        records.push(Record::Untagged(t));
    }
    let _ = store.remove(&id);
    records.push(Record::Deleted(id));
    // The layers no remaining image stacks on, top first (the build cache's bases count).
    let kept: crate::map::Set<Digest> = store
        .all_images()
        .flat_map(|i| chain_ids(&i.config.rootfs.diff_ids))
        .collect();
    let mut seen = crate::map::Set::new();
    for c in chains.iter().rev() {
        if !kept.contains(c) && seen.insert(*c) {
            records.push(Record::Deleted(*c));
        }
    }
    engine.collect_garbage();
    match parent {
        Some(p) if prune => delete(engine, runtime, p, false, true, true, records),
        _ => Ok(()),
    }
}

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let force = p.on("force");
    let prune = !p.on("no-prune");
    let mut errs = Vec::new();
    let mut fatal = false;
    for name in &p.args {
        let daemon = &mut inv.machine.daemon;
        match remove(
            &mut daemon.engine,
            &daemon.runtime,
            &mut daemon.registry,
            name,
            force,
            prune,
        ) {
            Ok(records) => {
                let mut s = String::new();
                for r in records {
                    match r {
                        Record::Untagged(t) => s.push_str(&format!("Untagged: {t}\n")),
                        Record::Deleted(d) => s.push_str(&format!("Deleted: {d}\n")),
                    }
                }
                inv.out(s);
            }
            Err(e) => {
                fatal |= !e.not_found;
                errs.push(format!("Error response from daemon: {}", e.message));
            }
        }
    }
    if errs.is_empty() {
        return 0;
    }
    inv.err(format!("{}\n", errs.join("\n")));
    if force && !fatal {
        0
    } else {
        1
    }
}
