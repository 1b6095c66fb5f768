//! `docker run` / `docker container run`: find (or pull) the image, create the container from
//! its config and the flags, start it, and either print its ID (`-d`), stay attached to its
//! output, open a shell in it (`-it`), or print what it wrote and return its exit status.

use super::{Args, Flag, Parsed, Spec};
use crate::runtime::terminal::{Attached, ContainerShell};
use crate::runtime::{ports, Config, Started};
use crate::sh::{Invocation, Stream};
use crate::store::Digest;
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "container run",
    usage: "[OPTIONS] IMAGE [COMMAND] [ARG...]",
    short: "Create and run a new container from an image",
    aliases: &["run"],
    flags: FLAGS,
    args: Args::Min(1),
    interspersed: false,
    run,
};

const FLAGS: &[Flag] = &[
    Flag::bool(
        "detach",
        Some('d'),
        "Run container in background and print container ID",
    ),
    Flag::value(
        "entrypoint",
        None,
        "string",
        "Overwrite the default ENTRYPOINT of the image",
    ),
    Flag::value("env", Some('e'), "list", "Set environment variables"),
    Flag::value("expose", None, "list", "Expose a port or a range of ports"),
    Flag::bool(
        "interactive",
        Some('i'),
        "Keep STDIN open even if not attached",
    ),
    Flag::value("hostname", Some('h'), "string", "Container host name"),
    Flag::value("name", None, "string", "Assign a name to the container"),
    Flag::value(
        "publish",
        Some('p'),
        "list",
        "Publish a container's port(s) to the host",
    ),
    Flag::bool(
        "publish-all",
        Some('P'),
        "Publish all exposed ports to random ports",
    ),
    Flag::bool("quiet", Some('q'), "Suppress the pull output"),
    Flag::bool(
        "rm",
        None,
        "Automatically remove the container when it exits",
    ),
    Flag::bool("sig-proxy", None, "Proxy received signals to the process").with_default("true"),
    Flag::bool("tty", Some('t'), "Allocate a pseudo-TTY"),
    Flag::value(
        "user",
        Some('u'),
        "string",
        "Username or UID (format: <name|uid>[:<group|gid>])",
    ),
    Flag::value(
        "workdir",
        Some('w'),
        "string",
        "Working directory inside the container",
    ),
];

/// `docker: <err>.` and, for errors before the container starts, the pointer to `--help`
/// (docker 27's `reportError`).
pub fn report(err: &str, invoked: &str, with_help: bool) -> String {
    let mut s = format!("docker: {}.", err.trim_end_matches('.'));
    if with_help {
        s.push_str(&format!("\nSee 'docker {invoked} --help'."));
    }
    s.push('\n');
    s
}

/// The image `name` names in the local store, if it is there.
pub fn local_image(host: &Host, name: &str) -> Option<Digest> {
    let store = &host.daemon.engine.store;
    if let Some(d) = store.resolve(name) {
        return Some(d);
    }
    let r = crate::dockerfile::reference::parse_normalized(name).ok()?;
    let tag = r.tag_or_latest()?.to_string();
    store.resolve(&format!("{}:{tag}", r.familiar_name()))
}

/// Pull a missing image (the daemon's pull, as `docker pull` does it), writing the pull's
/// progress to stderr as `docker run` does. `Err` is the message after `docker: `.
pub fn pull_missing(
    inv: &mut Invocation<'_, Host>,
    name: &str,
    quiet: bool,
) -> Result<Digest, String> {
    match super::pull::pull(inv.machine, name, None, quiet) {
        Ok(p) => {
            inv.err(p.output);
            Ok(p.id)
        }
        Err(e) => Err(e.message()),
    }
}

/// The container settings from the image config and the flags (`Err`: the client's message).
pub fn config_from(
    host: &Host,
    image: &str,
    id: Digest,
    p: &Parsed,
    command: &[String],
    env_in: &crate::map::Map<String, String>,
) -> Result<Config, String> {
    let Some(img) = host.daemon.engine.store.get(&id) else {
        return Err(format!("No such image: {image}"));
    };
    let ic = &img.config.config;
    let mut c = Config {
        image: image.to_string(),
        image_id: id,
        entrypoint: ic.entrypoint.clone(),
        cmd: if command.is_empty() {
            ic.cmd.clone()
        } else {
            command.to_vec()
        },
        env: ic.env.to_vec(),
        workdir: ic.working_dir.clone(),
        user: ic.user.clone(),
        tty: p.on("tty"),
        open_stdin: p.on("interactive"),
        auto_remove: p.on("rm"),
        detach: p.on("detach"),
        exposed: ic
            .exposed_ports
            .keys()
            .filter_map(|k| ports::exposed(k))
            .collect(),
        publish: Vec::new(),
        publish_all: p.on("publish-all"),
        hostname: p.last("hostname").unwrap_or_default().to_string(),
    };
    if let Some(e) = p.last("entrypoint") {
        c.entrypoint = if e.is_empty() {
            Vec::new()
        } else {
            vec![e.to_string()]
        };
        c.cmd = command.to_vec();
    }
    for e in p.all("env") {
        let (k, v) = match e.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            // `-e NAME` passes the client's value, or nothing when it has none.
            None => match env_in.get(e) {
                Some(v) => (e.to_string(), v.clone()),
                None => continue,
            },
        };
        if k.is_empty() {
            return Err(format!("invalid environment variable: {e}"));
        }
        c.env.retain(|x| x.split('=').next() != Some(k.as_str()));
        c.env.push(format!("{k}={v}"));
    }
    if let Some(w) = p.last("workdir") {
        if !w.starts_with('/') {
            return Err(format!(
                "the working directory '{w}' is invalid, it needs to be an absolute path"
            ));
        }
        c.workdir = w.to_string();
    }
    if let Some(u) = p.last("user") {
        c.user = u.to_string();
    }
    for e in p.all("expose") {
        if e.contains(':') {
            return Err(format!("invalid port format for --expose: {e}"));
        }
        let (port, proto) = e.split_once('/').unwrap_or((e, "tcp"));
        let range = match port.split_once('-') {
            Some((a, b)) => a.parse::<u16>().ok().zip(b.parse::<u16>().ok()),
            None => port.parse::<u16>().ok().map(|p| (p, p)),
        };
        let Some((a, b)) = range else {
            return Err(format!(
                "invalid range format for --expose: {e}, error: strconv.ParseUint: parsing \"{port}\": invalid syntax"
            ));
        };
        for n in a..=b {
            let key = (n, proto.to_ascii_lowercase());
            if !c.exposed.contains(&key) {
                c.exposed.push(key);
            }
        }
    }
    for spec in p.all("publish") {
        for s in ports::parse(spec)? {
            let key = (s.container_port, s.proto.clone());
            if !c.exposed.contains(&key) {
                c.exposed.push(key);
            }
            c.publish.push(s);
        }
    }
    crate::sort::sort(&mut c.exposed);
    Ok(c)
}

/// Print container `i`'s logs after the first `from` chunks to the terminal.
pub fn print_logs(inv: &mut Invocation<'_, Host>, i: usize, from: usize) -> usize {
    let Some(c) = inv.machine.daemon.runtime.get(i) else {
        return from;
    };
    let chunks: Vec<(Stream, String)> = c
        .logs
        .iter()
        .skip(from)
        .map(|l| (l.stream, l.text.clone()))
        .collect();
    let n = c.logs.len();
    for (s, t) in chunks {
        match s {
            Stream::Stdout => inv.out(t),
            Stream::Stderr => inv.err(t),
        }
    }
    n
}

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let invoked = "run";
    let Some(image) = p.args.first().cloned() else {
        return 1;
    };
    let command: Vec<String> = p.args.get(1..).map(|a| a.to_vec()).unwrap_or_default();
    // The client checks `-p` values and the reference before it talks to the daemon.
    for spec in p.all("publish") {
        if let Err(e) = ports::parse(spec) {
            inv.err(report(&e, invoked, true));
            return 125;
        }
    }
    if let Err(e) = crate::dockerfile::reference::parse_normalized(&image) {
        inv.err(report(&e.to_string(), invoked, true));
        return 125;
    }
    inv.machine.daemon.reap();
    let id = match local_image(inv.machine, &image) {
        Some(id) => id,
        None => {
            let shown = match crate::dockerfile::reference::parse_normalized(&image) {
                Ok(r) if r.tag.is_none() && r.digest.is_none() => format!("{image}:latest"),
                _ => image.clone(),
            };
            inv.err(format!("Unable to find image '{shown}' locally\n"));
            match pull_missing(inv, &image, p.on("quiet")) {
                Ok(id) => id,
                Err(e) => {
                    inv.err(report(&e, invoked, true));
                    return 125;
                }
            }
        }
    };
    let env_in = inv.env.clone();
    let config = match config_from(inv.machine, &image, id, p, &command, &env_in) {
        Ok(c) => c,
        Err(e) => {
            inv.err(report(&e, invoked, true));
            return 125;
        }
    };
    let tty = config.tty;
    let interactive = config.open_stdin;
    let auto_remove = config.auto_remove;
    let daemon = &mut inv.machine.daemon;
    let i = match daemon.create_container(config, p.last("name")) {
        Ok(i) => i,
        Err(e) => {
            inv.err(report(
                &format!("Error response from daemon: {e}"),
                invoked,
                true,
            ));
            return 125;
        }
    };
    let full_id = daemon
        .runtime
        .get(i)
        .map(|c| c.id.clone())
        .unwrap_or_default();
    let detach = p.on("detach");
    let started = daemon.start_container(i, !detach, interactive);
    let started = match started {
        Ok(s) => s,
        Err(e) => {
            if auto_remove {
                inv.machine.daemon.runtime.remove(i);
            }
            inv.err(report(
                &format!("Error response from daemon: {}", e.message),
                invoked,
                false,
            ));
            return e.status;
        }
    };
    if detach {
        inv.out(format!("{full_id}\n"));
        return 0;
    }
    match started {
        Started::Finished(status) => {
            print_logs(inv, i, 0);
            inv.machine.daemon.reap();
            status
        }
        Started::Running => {
            let shown = print_logs(inv, i, 0);
            inv.machine.daemon.foreground = Some(Box::new(Attached {
                id: full_id,
                shown,
                follow_only: false,
            }));
            0
        }
        Started::Shell(shell) => {
            inv.machine.daemon.foreground = Some(Box::new(ContainerShell {
                id: full_id,
                shell,
                exec: false,
                tty,
            }));
            0
        }
    }
}
