//! `docker history` / `docker image history`: an image's history newest first (`IMAGE  CREATED
//! CREATED BY  SIZE  COMMENT`), `<missing>` where no local image holds that step, `-H=false`,
//! `--no-trunc`, `-q`, `--format`.

use super::images::{lookup, no_such_image, parent_of, since};
use super::template::{self, Value};
use super::{Args, Flag, Parsed, Spec};
use crate::internet::clock::{parse_rfc3339, rfc3339};
use crate::internet::hub::human_size;
use crate::sh::Invocation;
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "image history",
    usage: "[OPTIONS] IMAGE",
    short: "Show the history of an image",
    aliases: &["history"],
    flags: &[
        Flag::value("format", None, "string", super::images::FORMAT_HELP),
        Flag::bool(
            "human",
            Some('H'),
            "Print sizes and dates in human readable format",
        )
        .with_default("true"),
        Flag::bool("no-trunc", None, "Don't truncate output"),
        Flag::bool("quiet", Some('q'), "Only show image IDs"),
    ],
    args: Args::Exact(1),
    interspersed: true,
    run,
};

const DEFAULT: &str = "table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}";

/// docker's `Ellipsis`: at most `max` characters, the last one `…` when cut.
pub fn ellipsis(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

fn titles() -> Value {
    Value::titles(&[
        ("Comment", "COMMENT"),
        ("CreatedAt", "CREATED AT"),
        ("CreatedBy", "CREATED BY"),
        ("CreatedSince", "CREATED"),
        ("ID", "IMAGE"),
        ("Size", "SIZE"),
    ])
}

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let name = &p.args[0];
    let engine = &inv.machine.daemon.engine;
    let store = &engine.store;
    let Some(id) = lookup(store, name) else {
        inv.err(no_such_image(name));
        return 1;
    };
    let Some(img) = store.get(&id) else {
        inv.err(no_such_image(name));
        return 1;
    };
    let now = engine.clock.unix();
    let human = p.last("human").map(|v| v == "true").unwrap_or(true);
    let trunc = !p.on("no-trunc");
    // Newest first; the top row is the image, each row below its parent while one is stored.
    let mut ids: Vec<Option<crate::store::Digest>> = Vec::new();
    let mut cur = Some(img.id);
    let entries = img.history();
    for _ in 0..entries.len() {
        ids.push(cur);
        cur = cur
            .and_then(|c| store.get(&c))
            .and_then(|i| parent_of(store, i));
    }
    let mut items = Vec::new();
    for ((h, layer), id) in entries.iter().rev().zip(ids) {
        let created = h.created.as_deref().and_then(parse_rfc3339).unwrap_or(0);
        let size = layer.map(|l| l.size).unwrap_or(0);
        let id = match id {
            Some(d) if trunc => d.short(),
            Some(d) => d.to_string(),
            None => "<missing>".to_string(),
        };
        let by = h.created_by.replace('\t', " ");
        items.push(Value::Struct(
            "*formatter.historyContext",
            vec![
                ("Comment", Value::str(&h.comment)),
                ("CreatedAt", Value::str(rfc3339(created))),
                (
                    "CreatedBy",
                    Value::str(if trunc { ellipsis(&by, 45) } else { by }),
                ),
                (
                    "CreatedSince",
                    Value::str(if human {
                        since(now, created)
                    } else {
                        rfc3339(created)
                    }),
                ),
                ("ID", Value::str(id)),
                (
                    "Size",
                    Value::str(if human {
                        human_size(size)
                    } else {
                        size.to_string()
                    }),
                ),
            ],
        ));
    }
    let format = match p.last("format").filter(|f| !f.is_empty()) {
        None | Some("table") if p.on("quiet") => "{{.ID}}",
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
