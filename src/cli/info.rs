//! `docker info`: the client and daemon summary in docker's layout, with the counts taken from
//! the simulated daemon (containers by state, images) and the host's name, CPUs and memory.

use super::{Args, Flag, Parsed, Spec, CLIENT_VERSION};
use crate::sh::Invocation;
use crate::store::Digest;
use crate::world::{Host, HOSTNAME};

pub const SPEC: Spec = Spec {
    path: "system info",
    usage: "[OPTIONS]",
    short: "Display system-wide information",
    aliases: &["info"],
    flags: &[Flag::value(
        "format",
        Some('f'),
        "string",
        super::images::FORMAT_HELP,
    )],
    args: Args::None,
    interspersed: true,
    run,
};

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let daemon = &inv.machine.daemon;
    let (running, paused, stopped) = daemon.runtime.container_counts();
    let images = daemon.engine.store.images().count();
    let containers = running + paused + stopped;
    // A stable daemon ID, as `docker info` shows one per installation.
    let id = Digest::of(format!("layerlab daemon {HOSTNAME}").as_bytes()).hex();
    let daemon_id = format!(
        "{}-{}-{}-{}-{}",
        &id[..8],
        &id[8..12],
        &id[12..16],
        &id[16..20],
        &id[20..32]
    );
    if let Some(f) = p.last("format").filter(|f| !f.is_empty()) {
        use super::template::{self, Value};
        let v = Value::Struct(
            "system.Info",
            vec![
                ("ID", Value::str(&daemon_id)),
                ("Containers", Value::Int(containers as i64)),
                ("ContainersRunning", Value::Int(running as i64)),
                ("ContainersPaused", Value::Int(paused as i64)),
                ("ContainersStopped", Value::Int(stopped as i64)),
                ("Images", Value::Int(images as i64)),
                ("Driver", Value::str("overlay2")),
                ("KernelVersion", Value::str(KERNEL)),
                ("OperatingSystem", Value::str(OS)),
                ("OSType", Value::str("linux")),
                ("Architecture", Value::str("x86_64")),
                ("NCPU", Value::Int(2)),
                ("MemTotal", Value::Int(MEMORY)),
                ("DockerRootDir", Value::str("/var/lib/docker")),
                ("Name", Value::str(HOSTNAME)),
                ("ServerVersion", Value::str(CLIENT_VERSION)),
            ],
        );
        let f = f.replace("\\t", "\t").replace("\\n", "\n");
        let out = template::parse(&f)
            .map_err(|e| format!("template parsing error: {e}"))
            .and_then(|t| {
                t.execute(&v, template::Missing::Default)
                    .map_err(|e| format!("template parsing error: {}", e.message))
            });
        return match out {
            Ok(s) => {
                inv.out(format!("{s}\n"));
                0
            }
            Err(e) => {
                inv.err(format!("{e}\n"));
                1
            }
        };
    }
    let gib = MEMORY as f64 / (1u64 << 30) as f64;
    inv.out(format!(
        "Client: Docker Engine - Community
 Version:    {CLIENT_VERSION}
 Context:    default
 Debug Mode: false
 Plugins:
  buildx: Docker Buildx (Docker Inc.)
    Version:  v0.20.0
    Path:     /usr/libexec/docker/cli-plugins/docker-buildx

Server:
 Containers: {containers}
  Running: {running}
  Paused: {paused}
  Stopped: {stopped}
 Images: {images}
 Server Version: {CLIENT_VERSION}
 Storage Driver: overlay2
  Backing Filesystem: extfs
  Supports d_type: true
  Using metacopy: false
  Native Overlay Diff: true
  userxattr: false
 Logging Driver: json-file
 Cgroup Driver: systemd
 Cgroup Version: 2
 Plugins:
  Volume: local
  Network: bridge host ipvlan macvlan null overlay
  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog
 Swarm: inactive
 Runtimes: io.containerd.runc.v2 runc
 Default Runtime: runc
 Init Binary: docker-init
 containerd version: bcc810d6b9066471b0b6fa75f557a15a1cbf31bb
 runc version: v1.2.4-0-g6c52b3f
 init version: de40ad0
 Security Options:
  apparmor
  seccomp
   Profile: builtin
  cgroupns
 Kernel Version: {KERNEL}
 Operating System: {OS}
 OSType: linux
 Architecture: x86_64
 CPUs: 2
 Total Memory: {gib:.3}GiB
 Name: {HOSTNAME}
 ID: {daemon_id}
 Docker Root Dir: /var/lib/docker
 Debug Mode: false
 Experimental: false
 Insecure Registries:
  127.0.0.0/8
 Live Restore Enabled: false

"
    ));
    0
}

/// The simulated host's kernel (Debian 12's).
const KERNEL: &str = "6.1.0-28-amd64";
/// The simulated host's system, as `/etc/os-release` names it.
const OS: &str = "Debian GNU/Linux 12 (bookworm)";
/// The simulated host's memory in bytes (8 GiB less what the firmware keeps).
const MEMORY: i64 = 8_323_596_288;
