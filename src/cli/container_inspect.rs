//! `docker container inspect`: the container as the API describes it (the fields this
//! simulation models, in docker's order), as JSON or through `--format`; the same document
//! `docker inspect` finds for a container.

use crate::map::Map;

use super::template::Value;
use super::{Args, Flag, Parsed, Spec};
use crate::runtime::{inspect_time, Container, State};
use crate::sh::Invocation;
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "container inspect",
    usage: "[OPTIONS] CONTAINER [CONTAINER...]",
    short: "Display detailed information on one or more containers",
    aliases: &[],
    flags: &[Flag::value(
        "format",
        Some('f'),
        "string",
        "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
    )],
    args: Args::Min(1),
    interspersed: true,
    run,
};

fn s(v: impl Into<String>) -> Value {
    Value::str(v)
}

fn list_or_nil(v: &[String]) -> Value {
    if v.is_empty() {
        Value::Nil("[]")
    } else {
        Value::strings(v)
    }
}

fn host_port(ip: &str, port: String) -> Value {
    Value::Struct(
        "nat.PortBinding",
        vec![("HostIp", s(ip)), ("HostPort", s(port))],
    )
}

/// The inspect document of a container.
pub fn describe(c: &Container) -> Value {
    let argv = c.argv();
    let running = c.state == State::Running;
    let mut bindings: Map<String, Vec<Value>> = Map::new();
    for p in &c.config.publish {
        let port = if p.host_port == 0 {
            String::new()
        } else {
            p.host_port.to_string()
        };
        bindings
            .entry(format!("{}/{}", p.container_port, p.proto))
            .or_default()
            .push(host_port(&p.host_ip, port));
    }
    let mut ports: Map<String, Value> = Map::new();
    if running {
        for (p, proto) in &c.config.exposed {
            ports.insert(format!("{p}/{proto}"), Value::Nil("[]"));
        }
        let mut live: Map<String, Vec<Value>> = Map::new();
        for b in &c.bindings {
            live.entry(format!("{}/{}", b.container_port, b.proto))
                .or_default()
                .push(host_port(&b.host_ip, b.host_port.to_string()));
        }
        for (k, v) in live {
            ports.insert(k, Value::List(v));
        }
    }
    let exposed: Map<String, Value> = c
        .config
        .exposed
        .iter()
        .map(|(p, proto)| (format!("{p}/{proto}"), Value::Map(Map::new())))
        .collect();
    let state = Value::Struct(
        "*container.State",
        vec![
            ("Status", s(c.state.word())),
            ("Running", Value::Bool(running)),
            ("Paused", Value::Bool(false)),
            ("Restarting", Value::Bool(false)),
            ("OOMKilled", Value::Bool(false)),
            ("Dead", Value::Bool(false)),
            ("Pid", Value::Int(if running { c.pid as i64 } else { 0 })),
            ("ExitCode", Value::Int(c.exit_code as i64)),
            ("Error", s("")),
            ("StartedAt", s(inspect_time(c.started_ms))),
            ("FinishedAt", s(inspect_time(c.finished_ms))),
        ],
    );
    let host_config = Value::Struct(
        "*container.HostConfig",
        vec![
            ("NetworkMode", s("bridge")),
            (
                "PortBindings",
                Value::map(bindings.into_iter().map(|(k, v)| (k, Value::List(v)))),
            ),
            (
                "RestartPolicy",
                Value::Struct(
                    "container.RestartPolicy",
                    vec![("Name", s("no")), ("MaximumRetryCount", Value::Int(0))],
                ),
            ),
            ("AutoRemove", Value::Bool(c.config.auto_remove)),
            ("PublishAllPorts", Value::Bool(c.config.publish_all)),
        ],
    );
    let attach = !c.config.detach;
    let mut config = vec![
        ("Hostname", s(c.hostname())),
        ("Domainname", s("")),
        ("User", s(c.config.user.clone())),
        ("AttachStdin", Value::Bool(c.config.open_stdin && attach)),
        ("AttachStdout", Value::Bool(attach)),
        ("AttachStderr", Value::Bool(attach)),
    ];
    if !exposed.is_empty() {
        config.push(("ExposedPorts", Value::Map(exposed)));
    }
    config.extend([
        ("Tty", Value::Bool(c.config.tty)),
        ("OpenStdin", Value::Bool(c.config.open_stdin)),
        ("StdinOnce", Value::Bool(c.config.open_stdin && attach)),
        ("Env", list_or_nil(&c.config.env)),
        ("Cmd", list_or_nil(&c.config.cmd)),
        ("Image", s(c.config.image.clone())),
        ("Volumes", Value::Nil("map[]")),
        ("WorkingDir", s(c.config.workdir.clone())),
        ("Entrypoint", list_or_nil(&c.config.entrypoint)),
        ("OnBuild", Value::Nil("[]")),
        ("Labels", Value::Map(Map::new())),
    ]);
    let ip = c.ip.clone().unwrap_or_default();
    let network = Value::Struct(
        "*types.NetworkSettings",
        vec![
            ("Ports", Value::Map(ports)),
            ("Gateway", s(if running { "172.17.0.1" } else { "" })),
            ("IPAddress", s(ip)),
            ("IPPrefixLen", Value::Int(if running { 16 } else { 0 })),
        ],
    );
    Value::Struct(
        "types.ContainerJSON",
        vec![
            ("Id", s(c.id.clone())),
            ("Created", s(inspect_time(Some(c.created_ms)))),
            ("Path", s(argv.first().cloned().unwrap_or_default())),
            (
                "Args",
                Value::List(argv.iter().skip(1).map(|a| s(a.clone())).collect()),
            ),
            ("State", state),
            ("Image", s(c.config.image_id.to_string())),
            ("Name", s(format!("/{}", c.name))),
            ("RestartCount", Value::Int(c.restart_count as i64)),
            ("Driver", s("overlay2")),
            ("Platform", s("linux")),
            ("HostConfig", host_config),
            ("Mounts", Value::List(Vec::new())),
            ("Config", Value::Struct("*container.Config", config)),
            ("NetworkSettings", network),
        ],
    )
}

/// The document of the container `name` names, if there is one.
pub fn object(host: &Host, name: &str) -> Option<Value> {
    let rt = &host.daemon.runtime;
    let i = rt.find(name).ok()?;
    rt.get(i).map(describe)
}

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    inv.machine.daemon.reap();
    let mut found = Vec::new();
    let mut errs = Vec::new();
    for name in &p.args {
        match object(inv.machine, name) {
            Some(v) => found.push(v),
            None => errs.push(format!("Error: No such container: {name}")),
        }
    }
    super::inspect::finish(inv, p.last("format"), &found, errs)
}
