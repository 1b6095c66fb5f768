//! `docker inspect` and `docker image inspect`: docker's image JSON (a JSON array, 4-space
//! indentation, the keys and omissions of API 1.47), `--format` with docker's typed-then-raw
//! template fallback, and the two commands' different "not found" texts.

use crate::map::Map;

use super::images::{lookup, no_such_image};
use super::template::{self, Value};
use super::{Args, Flag, Parsed, Spec};
use crate::sh::Invocation;
use crate::store::{chain_ids, Digest, Image, ImageStore};
use crate::world::Host;

pub const IMAGE_SPEC: Spec = Spec {
    path: "image inspect",
    usage: "[OPTIONS] IMAGE [IMAGE...]",
    short: "Display detailed information on one or more images",
    aliases: &[],
    flags: &[Flag::value(
        "format",
        Some('f'),
        "string",
        INSPECT_FORMAT_HELP,
    )],
    args: Args::Min(1),
    interspersed: true,
    run: run_image,
};

pub const SPEC: Spec = Spec {
    path: "inspect",
    usage: "[OPTIONS] NAME|ID [NAME|ID...]",
    short: "Return low-level information on Docker objects",
    aliases: &[],
    flags: &[
        Flag::value("format", Some('f'), "string", INSPECT_FORMAT_HELP),
        Flag::bool(
            "size",
            Some('s'),
            "Display total file sizes if the type is container",
        ),
        Flag::value(
            "type",
            None,
            "string",
            "Only inspect objects of the given type",
        ),
    ],
    args: Args::Min(1),
    interspersed: true,
    run: run_any,
};

const INSPECT_FORMAT_HELP: &str = "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates";

/// The place where `docker inspect` finds containers: the runtime's inspect document of the
/// container named or identified by `name`.
pub fn container_object(host: &Host, name: &str) -> Option<Value> {
    super::container_inspect::object(host, name)
}

fn strs(v: &[String]) -> Value {
    Value::strings(v)
}

fn set(m: &Map<String, crate::store::Empty>) -> Value {
    if m.is_empty() {
        return Value::Nil("map[]");
    }
    Value::map(m.keys().map(|k| (k.clone(), Value::empty())))
}

/// The overlay2 directory of a layer (a stable name derived from its chain ID).
fn cache_dir(chain: &Digest) -> String {
    let d = Digest::of(format!("overlay2 {chain}").as_bytes());
    format!("/var/lib/docker/overlay2/{}", d.hex())
}

/// An image as `docker image inspect` shows it.
/// `docker image inspect`'s object for `img`; `repo_digests` are the `name@digest` references
/// the daemon recorded for it on pulls and pushes.
pub fn image_object(store: &ImageStore, img: &Image, repo_digests: &[String]) -> Value {
    let c = &img.config.config;
    let created = img.config.created.clone().unwrap_or_default();
    let mut config: Vec<(&'static str, Value)> = vec![
        ("Hostname", Value::str("")),
        ("Domainname", Value::str("")),
        ("User", Value::str(&c.user)),
        ("AttachStdin", Value::Bool(false)),
        ("AttachStdout", Value::Bool(false)),
        ("AttachStderr", Value::Bool(false)),
    ];
    if !c.exposed_ports.is_empty() {
        config.push(("ExposedPorts", set(&c.exposed_ports)));
    }
    config.extend([
        ("Tty", Value::Bool(false)),
        ("OpenStdin", Value::Bool(false)),
        ("StdinOnce", Value::Bool(false)),
        ("Env", strs(&c.env.to_vec())),
        ("Cmd", strs(&c.cmd)),
    ]);
    if let Some(h) = &c.healthcheck {
        let mut f: Vec<(&'static str, Value)> = vec![("Test", strs(&h.test))];
        for (k, v) in [
            ("Interval", h.interval),
            ("Timeout", h.timeout),
            ("StartPeriod", h.start_period),
            ("StartInterval", h.start_interval),
            ("Retries", h.retries),
        ] {
            if v != 0 {
                f.push((k, Value::Int(v as i64)));
            }
        }
        config.push(("Healthcheck", Value::Struct("*container.HealthConfig", f)));
    }
    if c.args_escaped {
        config.push(("ArgsEscaped", Value::Bool(true)));
    }
    config.extend([
        ("Image", Value::str("")),
        ("Volumes", set(&c.volumes)),
        ("WorkingDir", Value::str(&c.working_dir)),
        ("Entrypoint", strs(&c.entrypoint)),
        ("OnBuild", strs(&c.on_build)),
        (
            "Labels",
            if c.labels.is_empty() {
                Value::Nil("map[]")
            } else {
                Value::map(c.labels.iter().map(|(k, v)| (k.clone(), Value::str(v))))
            },
        ),
    ]);
    if !c.stop_signal.is_empty() {
        config.push(("StopSignal", Value::str(&c.stop_signal)));
    }
    if !c.shell.is_empty() {
        config.push(("Shell", strs(&c.shell)));
    }
    let chains = chain_ids(&img.config.rootfs.diff_ids);
    let mut data: Vec<(&'static str, Value)> = Vec::new();
    if let Some(top) = chains.last() {
        let lower: Vec<String> = chains
            .iter()
            .rev()
            .skip(1)
            .map(|c| format!("{}/diff", cache_dir(c)))
            .collect();
        if !lower.is_empty() {
            data.push(("LowerDir", Value::str(lower.join(":"))));
        }
        let dir = cache_dir(top);
        data.push(("MergedDir", Value::str(format!("{dir}/merged"))));
        data.push(("UpperDir", Value::str(format!("{dir}/diff"))));
        data.push(("WorkDir", Value::str(format!("{dir}/work"))));
    }
    let tags: Vec<String> = store
        .tags_of(&img.id)
        .into_iter()
        .map(String::from)
        .collect();
    // Images made here were tagged when they were made; pulled ones carry no tag time.
    let built_here = img
        .config
        .history
        .last()
        .is_some_and(|h| h.comment == "buildkit.dockerfile.v0");
    let tag_time = if built_here && !tags.is_empty() {
        created.clone()
    } else {
        "0001-01-01T00:00:00Z".to_string()
    };
    let mut fields: Vec<(&'static str, Value)> = vec![
        ("Id", Value::str(img.id.to_string())),
        (
            "RepoTags",
            Value::List(tags.iter().map(Value::str).collect()),
        ),
        (
            "RepoDigests",
            Value::List(repo_digests.iter().map(Value::str).collect()),
        ),
        ("Parent", Value::str("")),
        ("Comment", Value::str("")),
        ("Created", Value::str(&created)),
        ("DockerVersion", Value::str("")),
        ("Author", Value::str(&img.config.author)),
        ("Config", Value::Struct("*container.Config", config)),
        ("Architecture", Value::str(&img.config.architecture)),
    ];
    if !img.config.variant.is_empty() {
        fields.push(("Variant", Value::str(&img.config.variant)));
    }
    fields.extend([
        ("Os", Value::str(&img.config.os)),
        ("Size", Value::Int(img.size() as i64)),
        (
            "GraphDriver",
            Value::Struct(
                "types.GraphDriverData",
                vec![
                    (
                        "Data",
                        Value::map(data.into_iter().map(|(k, v)| (k.to_string(), v))),
                    ),
                    ("Name", Value::str("overlay2")),
                ],
            ),
        ),
        (
            "RootFS",
            Value::Struct(
                "types.RootFS",
                vec![
                    ("Type", Value::str("layers")),
                    (
                        "Layers",
                        Value::List(
                            img.config
                                .rootfs
                                .diff_ids
                                .iter()
                                .map(|d| Value::str(d.to_string()))
                                .collect(),
                        ),
                    ),
                ],
            ),
        ),
        (
            "Metadata",
            Value::Struct(
                "image.Metadata",
                vec![("LastTagTime", Value::str(tag_time))],
            ),
        ),
    ]);
    Value::Struct("image.InspectResponse", fields)
}

/// Print found objects as docker's inspector does: one JSON array, or each through the template.
fn print(inv: &mut Invocation<'_, Host>, format: Option<&str>, found: &[Value]) -> Vec<String> {
    let mut errs = Vec::new();
    match format.filter(|f| !f.is_empty() && *f != "json") {
        None => {
            let mut s = Value::List(found.to_vec()).to_json_indented("    ");
            s.push('\n');
            inv.out(s);
        }
        Some(f) => {
            let f = f.replace("\\t", "\t").replace("\\n", "\n");
            let tmpl = match template::parse(&f) {
                Ok(t) => t,
                Err(e) => {
                    errs.push(format!("template parsing error: {e}"));
                    return errs;
                }
            };
            for v in found {
                match template::inspect_one(&tmpl, v) {
                    Ok(mut s) => {
                        s.push('\n');
                        inv.out(s);
                    }
                    Err(e) => errs.push(e),
                }
            }
        }
    }
    errs
}

fn run_image(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let mut found = Vec::new();
    let mut errs = Vec::new();
    for name in &p.args {
        let daemon = &inv.machine.daemon;
        let store = &daemon.engine.store;
        match lookup(store, name).and_then(|id| store.get(&id)) {
            Some(img) => found.push(image_object(
                store,
                img,
                &daemon.registry.repo_digests(&img.id),
            )),
            None => errs.push(no_such_image(name).trim_end().to_string()),
        }
    }
    finish(inv, p.last("format"), &found, errs)
}

pub(super) fn finish(
    inv: &mut Invocation<'_, Host>,
    format: Option<&str>,
    found: &[Value],
    mut errs: Vec<String>,
) -> i32 {
    // A template that does not parse fails before anything is looked up.
    let printed = print(inv, format, found);
    if printed
        .first()
        .is_some_and(|e| e.starts_with("template parsing error: template: :"))
        && !printed[0].contains("executing")
    {
        inv.err(format!("{}\n", printed[0]));
        return 1;
    }
    errs.extend(printed);
    if errs.is_empty() {
        return 0;
    }
    inv.err(format!("{}\n", errs.join("\n")));
    1
}

fn run_any(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let kind = p.last("type").unwrap_or("");
    if !matches!(kind, "" | "container" | "image") {
        let msg = if matches!(
            kind,
            "config" | "network" | "node" | "plugin" | "secret" | "service" | "task" | "volume"
        ) {
            // Kinds docker knows that hold nothing here.
            None
        } else {
            Some(format!("\"{kind}\" is not a valid value for --type"))
        };
        if let Some(m) = msg {
            inv.err(format!("{m}\n"));
            return 1;
        }
    }
    let mut found = Vec::new();
    let mut errs = Vec::new();
    for name in &p.args {
        if matches!(kind, "" | "container") {
            if let Some(c) = container_object(inv.machine, name) {
                found.push(c);
                continue;
            }
        }
        let daemon = &inv.machine.daemon;
        let store = &daemon.engine.store;
        let img = if matches!(kind, "" | "image") {
            lookup(store, name).and_then(|id| store.get(&id))
        } else {
            None
        };
        match img {
            Some(img) => found.push(image_object(
                store,
                img,
                &daemon.registry.repo_digests(&img.id),
            )),
            None if kind == "image" => errs.push(no_such_image(name).trim_end().to_string()),
            None if kind == "container" => errs.push(format!(
                "Error response from daemon: No such container: {name}"
            )),
            None => errs.push(format!("Error: No such object: {name}")),
        }
    }
    finish(inv, p.last("format"), &found, errs)
}
