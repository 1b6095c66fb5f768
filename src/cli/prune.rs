//! `docker image prune`: delete dangling images (with `-a`, every image no container uses),
//! after docker's confirmation prompt unless `-f`; the deleted list and the space reclaimed.

use super::images::{created_unix, is_intermediate};
use super::rmi::{remove, Record};
use super::{Args, Flag, Parsed, Spec};
use crate::engine::human_size;
use crate::sh::Invocation;
use crate::store::Digest;
use crate::world::{Daemon, Host};

pub const SPEC: Spec = Spec {
    path: "image prune",
    usage: "[OPTIONS]",
    short: "Remove unused images",
    aliases: &[],
    flags: &[
        Flag::bool(
            "all",
            Some('a'),
            "Remove all unused images, not just dangling ones",
        ),
        Flag::value(
            "filter",
            None,
            "filter",
            "Provide filter values (e.g. \"until=<timestamp>\")",
        ),
        Flag::bool("force", Some('f'), "Do not prompt for confirmation"),
    ],
    args: Args::None,
    interspersed: true,
    run,
};

const DANGLING_WARNING: &str =
    "WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ";
const ALL_WARNING: &str = "WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue? [y/N] ";

/// The answer to a `[y/N]` prompt read from standard input: only `y`/`yes` confirm.
pub fn confirmed(stdin: &[u8]) -> bool {
    let text = String::from_utf8_lossy(stdin);
    let answer = text.lines().next().unwrap_or("").trim().to_lowercase();
    answer == "y" || answer == "yes"
}

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let all = p.on("all");
    let warning = if all { ALL_WARNING } else { DANGLING_WARNING };
    run_prune(inv, p, warning, |d| prune_images(d, all))
}

/// The flow every prune command shares: check `--filter`, ask unless `-f` (a refusal cancels
/// the command: nothing more, status 0), prune, then print the sections and the space freed.
pub fn run_prune(
    inv: &mut Invocation<'_, Host>,
    p: &Parsed,
    warning: &str,
    prune: impl FnOnce(&mut Daemon) -> (String, u64),
) -> i32 {
    if let Some(e) = bad_filter(p) {
        inv.err(e);
        return 1;
    }
    if !p.on("force") {
        inv.out(warning);
        if !confirmed(&inv.stdin) {
            return 0;
        }
    }
    let (sections, reclaimed) = prune(&mut inv.machine.daemon);
    inv.out(format!(
        "{sections}Total reclaimed space: {}\n",
        human_size(reclaimed)
    ));
    0
}

/// Delete the dangling images (with `all`, every image no container uses), as `docker image
/// prune` and `docker system prune` do: the `Deleted Images:` section (empty when nothing
/// went) and the bytes given back.
pub fn prune_images(daemon: &mut Daemon, all: bool) -> (String, u64) {
    let store = &daemon.engine.store;
    let mut candidates: Vec<(i64, Digest)> = store
        .images()
        .filter(|img| {
            let dangling = store.tags_of(&img.id).is_empty();
            (all || dangling)
                && !is_intermediate(store, img)
                && daemon.runtime.containers_using(&img.id).is_empty()
        })
        .map(|img| (created_unix(img), img.id))
        .collect();
    crate::sort::sort_by(&mut candidates, |a, b| b.cmp(a));
    let before = stored_layer_bytes(&daemon.engine);
    let mut lines = String::new();
    for (_, id) in candidates {
        if daemon.engine.store.get(&id).is_none() {
            continue;
        }
        let Ok(records) = remove(
            &mut daemon.engine,
            &daemon.runtime,
            &mut daemon.registry,
            &id.to_string(),
            true,
            true,
        ) else {
            continue;
        };
        for r in records {
            match r {
                Record::Untagged(t) => lines.push_str(&format!("untagged: {t}\n")),
                Record::Deleted(d) => lines.push_str(&format!("deleted: {d}\n")),
            }
        }
    }
    let reclaimed = before.saturating_sub(stored_layer_bytes(&daemon.engine));
    (section("Deleted Images:", &lines), reclaimed)
}

/// A prune's section: its heading, its lines and a blank line; nothing when no line.
pub fn section(heading: &str, lines: &str) -> String {
    if lines.is_empty() {
        String::new()
    } else {
        format!("{heading}\n{lines}\n")
    }
}

/// Check a prune's `--filter` values: docker's daemon takes `until` and `label` (`label!`).
pub fn bad_filter(p: &Parsed) -> Option<String> {
    p.all("filter").into_iter().find_map(|f| {
        let key = f.split_once('=').map(|(k, _)| k).unwrap_or(f);
        (!matches!(key, "until" | "label" | "label!"))
            .then(|| format!("Error response from daemon: invalid filter '{key}'\n"))
    })
}

/// The bytes of all distinct layers the listed images hold.
pub fn total_layer_bytes(engine: &crate::engine::Engine) -> u64 {
    layer_bytes(engine.store.images())
}

/// The bytes of all distinct layers the daemon stores, the build cache's bases included: what
/// a removal can give back is what leaves this.
pub fn stored_layer_bytes(engine: &crate::engine::Engine) -> u64 {
    layer_bytes(engine.store.all_images())
}

fn layer_bytes<'a>(images: impl Iterator<Item = &'a crate::store::Image>) -> u64 {
    let mut seen = crate::map::Map::new();
    for img in images {
        let chains = crate::store::chain_ids(&img.config.rootfs.diff_ids);
        for (c, l) in chains.iter().zip(&img.layers) {
            seen.insert(*c, l.size);
        }
    }
    seen.values().sum()
}
