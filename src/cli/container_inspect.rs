//! `docker container inspect`: the container as the API describes it, as a JSON array
//! indented with four spaces (the fields this simulation models, in docker's order).

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Args, Parsed, Spec};
use crate::runtime::{inspect_time, Container, State};
use crate::sh::Invocation;
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "container inspect",
    usage: "[OPTIONS] CONTAINER [CONTAINER...]",
    short: "Display detailed information on one or more containers",
    aliases: &[],
    flags: &[],
    args: Args::Min(1),
    interspersed: true,
    run,
};

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct StateJson {
    status: &'static str,
    running: bool,
    paused: bool,
    restarting: bool,
    #[serde(rename = "OOMKilled")]
    oom_killed: bool,
    dead: bool,
    pid: u32,
    exit_code: i32,
    error: String,
    started_at: String,
    finished_at: String,
}

#[derive(Serialize)]
struct HostPort {
    #[serde(rename = "HostIp")]
    host_ip: String,
    #[serde(rename = "HostPort")]
    host_port: String,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct RestartPolicy {
    name: &'static str,
    maximum_retry_count: u32,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct HostConfig {
    network_mode: &'static str,
    port_bindings: BTreeMap<String, Vec<HostPort>>,
    restart_policy: RestartPolicy,
    auto_remove: bool,
    publish_all_ports: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct ConfigJson {
    hostname: String,
    domainname: String,
    user: String,
    attach_stdin: bool,
    attach_stdout: bool,
    attach_stderr: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    exposed_ports: Option<BTreeMap<String, BTreeMap<String, String>>>,
    tty: bool,
    open_stdin: bool,
    stdin_once: bool,
    env: Vec<String>,
    cmd: Option<Vec<String>>,
    image: String,
    volumes: Option<()>,
    working_dir: String,
    entrypoint: Option<Vec<String>>,
    on_build: Option<()>,
    labels: BTreeMap<String, String>,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct NetworkSettings {
    ports: BTreeMap<String, Option<Vec<HostPort>>>,
    gateway: String,
    #[serde(rename = "IPAddress")]
    ip_address: String,
    #[serde(rename = "IPPrefixLen")]
    ip_prefix_len: u32,
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct Inspect {
    id: String,
    created: String,
    path: String,
    args: Vec<String>,
    state: StateJson,
    image: String,
    name: String,
    restart_count: u32,
    driver: &'static str,
    platform: &'static str,
    host_config: HostConfig,
    mounts: Vec<()>,
    config: ConfigJson,
    network_settings: NetworkSettings,
}

fn describe(c: &Container) -> Inspect {
    let argv = c.argv();
    let mut bindings: BTreeMap<String, Vec<HostPort>> = BTreeMap::new();
    for s in &c.config.publish {
        bindings
            .entry(format!("{}/{}", s.container_port, s.proto))
            .or_default()
            .push(HostPort {
                host_ip: s.host_ip.clone(),
                host_port: if s.host_port == 0 {
                    String::new()
                } else {
                    s.host_port.to_string()
                },
            });
    }
    let mut ports: BTreeMap<String, Option<Vec<HostPort>>> = BTreeMap::new();
    if c.state == State::Running {
        for (p, proto) in &c.config.exposed {
            ports.insert(format!("{p}/{proto}"), None);
        }
        for b in &c.bindings {
            ports
                .entry(format!("{}/{}", b.container_port, b.proto))
                .or_insert(None)
                .get_or_insert_with(Vec::new)
                .push(HostPort {
                    host_ip: b.host_ip.clone(),
                    host_port: b.host_port.to_string(),
                });
        }
    }
    let exposed: BTreeMap<String, BTreeMap<String, String>> = c
        .config
        .exposed
        .iter()
        .map(|(p, proto)| (format!("{p}/{proto}"), BTreeMap::new()))
        .collect();
    let attach = !c.config.detach;
    Inspect {
        id: c.id.clone(),
        created: inspect_time(Some(c.created_ms)),
        path: argv.first().cloned().unwrap_or_default(),
        args: argv.get(1..).map(|a| a.to_vec()).unwrap_or_default(),
        state: StateJson {
            status: c.state.word(),
            running: c.state == State::Running,
            paused: false,
            restarting: false,
            oom_killed: false,
            dead: false,
            pid: if c.state == State::Running { c.pid } else { 0 },
            exit_code: c.exit_code,
            error: String::new(),
            started_at: inspect_time(c.started_ms),
            finished_at: inspect_time(c.finished_ms),
        },
        image: c.config.image_id.to_string(),
        name: format!("/{}", c.name),
        restart_count: c.restart_count,
        driver: "overlay2",
        platform: "linux",
        host_config: HostConfig {
            network_mode: "bridge",
            port_bindings: bindings,
            restart_policy: RestartPolicy {
                name: "no",
                maximum_retry_count: 0,
            },
            auto_remove: c.config.auto_remove,
            publish_all_ports: c.config.publish_all,
        },
        mounts: Vec::new(),
        config: ConfigJson {
            hostname: c.short_id().to_string(),
            domainname: String::new(),
            user: c.config.user.clone(),
            attach_stdin: c.config.open_stdin,
            attach_stdout: attach,
            attach_stderr: attach,
            exposed_ports: (!exposed.is_empty()).then_some(exposed),
            tty: c.config.tty,
            open_stdin: c.config.open_stdin,
            stdin_once: c.config.open_stdin,
            env: c.config.env.clone(),
            cmd: (!c.config.cmd.is_empty()).then(|| c.config.cmd.clone()),
            image: c.config.image.clone(),
            volumes: None,
            working_dir: c.config.workdir.clone(),
            entrypoint: (!c.config.entrypoint.is_empty()).then(|| c.config.entrypoint.clone()),
            on_build: None,
            labels: BTreeMap::new(),
        },
        network_settings: NetworkSettings {
            ports,
            gateway: if c.ip.is_some() {
                "172.17.0.1".into()
            } else {
                String::new()
            },
            ip_address: c.ip.clone().unwrap_or_default(),
            ip_prefix_len: if c.ip.is_some() { 16 } else { 0 },
        },
    }
}

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let d = &mut inv.machine.daemon;
    d.reap();
    let mut found = Vec::new();
    let mut errors = String::new();
    for name in &p.args {
        match d.runtime.find(name).map(|i| d.runtime.get(i)) {
            Ok(Some(c)) => found.push(describe(c)),
            _ => errors.push_str(&format!("Error: No such container: {name}\n")),
        }
    }
    let mut text = crate::store::go_json(&found, Some(b"    "));
    if found.is_empty() {
        text = "[]".into();
    }
    text.push('\n');
    inv.out(text);
    if errors.is_empty() {
        0
    } else {
        inv.err(errors);
        1
    }
}
