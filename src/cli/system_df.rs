//! `docker system df`: the disk use of images, containers, volumes and the build cache, in
//! docker's table (`TYPE  TOTAL  ACTIVE  SIZE  RECLAIMABLE`), from the simulated store.

use crate::map::Map;

use super::prune::total_layer_bytes;
use super::template::{self, Value};
use super::{Args, Flag, Parsed, Spec};
use crate::engine::human_size;
use crate::sh::Invocation;
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "system df",
    usage: "[OPTIONS]",
    short: "Show docker disk usage",
    aliases: &[],
    flags: &[Flag::value(
        "format",
        None,
        "string",
        super::images::FORMAT_HELP,
    )],
    args: Args::None,
    interspersed: true,
    run,
};

const DEFAULT: &str = "table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}";

/// `927.4MB (100%)`: the reclaimable part and its share, as docker prints it.
fn reclaimable(part: u64, total: u64) -> String {
    if total == 0 {
        return human_size(part);
    }
    format!(
        "{} ({}%)",
        human_size(part),
        (u128::from(part) * 100 / u128::from(total))
    )
}

fn row(kind: &str, total: usize, active: usize, size: u64, reclaim: String) -> Value {
    Value::Struct(
        "*formatter.diskUsageContext",
        vec![
            ("Active", Value::str(active.to_string())),
            ("Reclaimable", Value::str(reclaim)),
            ("Size", Value::str(human_size(size))),
            ("TotalCount", Value::str(total.to_string())),
            ("Type", Value::str(kind)),
        ],
    )
}

fn titles() -> Value {
    Value::titles(&[
        ("Active", "ACTIVE"),
        ("Reclaimable", "RECLAIMABLE"),
        ("Size", "SIZE"),
        ("TotalCount", "TOTAL"),
        ("Type", "TYPE"),
    ])
}

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let daemon = &inv.machine.daemon;
    let engine = &daemon.engine;
    let images: Vec<_> = engine.store.images().collect();
    let active: Vec<_> = images
        .iter()
        .filter(|i| !daemon.runtime.containers_using(&i.id).is_empty())
        .collect();
    let total = total_layer_bytes(engine);
    let used: u64 = active.iter().map(|i| i.size()).sum::<u64>().min(total);
    let (running, paused, stopped) = daemon.runtime.container_counts();
    let containers = running + paused + stopped;
    let cache = engine.cache.len();
    // Cache layers count where no image holds them (shared ones are counted with the images).
    let held: crate::map::Set<_> = images
        .iter()
        .flat_map(|i| i.config.rootfs.diff_ids.iter().copied())
        .collect();
    let mut own = Map::new();
    for l in engine.cache.layers() {
        if !held.contains(&l.diff_id) {
            own.insert(l.diff_id, l.size);
        }
    }
    // A base image BuildKit pulled is in its cache, one record a layer.
    let mut cache = cache;
    for img in engine.store.cache_images() {
        cache += img.layers.len();
        for (d, l) in img.config.rootfs.diff_ids.iter().zip(&img.layers) {
            if !held.contains(d) {
                own.insert(*d, l.size);
            }
        }
    }
    let cache_bytes: u64 = own.values().sum();
    let items = vec![
        row(
            "Images",
            images.len(),
            active.len(),
            total,
            reclaimable(total - used, total),
        ),
        row("Containers", containers, running, 0, "0B".to_string()),
        row("Local Volumes", 0, 0, 0, "0B".to_string()),
        row(
            "Build Cache",
            cache,
            0,
            cache_bytes,
            human_size(cache_bytes),
        ),
    ];
    let format = match p.last("format").filter(|f| !f.is_empty()) {
        None | Some("table") => DEFAULT,
        Some(f) => f,
    };
    match template::write_list(format, &items, &titles()) {
        Ok(out) => {
            inv.out(out);
            0
        }
        Err(e) => {
            inv.err(format!("{e}\n"));
            1
        }
    }
}
