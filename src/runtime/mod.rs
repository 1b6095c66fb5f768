//! The container runtime: containers and their lifecycle, processes, logs, exit codes and port
//! bindings, and the HTTP path from the host's published ports to the servers inside.
//!
//! A [`Container`] owns a copy of its image's filesystem (writes stay in the container), the
//! process settings taken from the image config and the `docker run` flags, its state and
//! times on the world clock, its logs and, while it runs, its port bindings. The daemon's side
//! ([`Daemon::create_container`], [`Daemon::start_container`], [`Daemon::stop_container`], …)
//! uses the engine's clock and generator, so IDs, names, ports and times replay exactly.
//!
//! A process either serves (an application model answers HTTP until it is stopped), waits on
//! an open standard input (`docker run -dit ubuntu bash`), or runs to its end through the shell
//! interpreter; a detached one that takes simulated time ends when the clock passes its end
//! ([`Daemon::settle`]).
//!
//! Files: `names` (generated names), `ports` (`-p` values and the PORTS text), `process` (what
//! runs inside and Docker's start errors), `terminal` (the foregrounds: an attached container,
//! a shell inside one, `logs -f`).

pub mod apps;
pub mod names;
pub mod ports;
pub mod process;
pub mod terminal;

use std::rc::Rc;

use crate::internet::clock::Clock;
use crate::programs::net::{HttpRequest, Reply};
use crate::programs::sandbox::{user_cred, Sandbox};
use crate::sh::{Flavour, Machine, Output, Programs, Shell, Stream};
use crate::store::Digest;
use crate::vfs::{Cred, Fs};
use crate::world::{Daemon, Host};

pub use ports::{Binding, PortSpec};
pub use process::{Server, Start};

/// The first port Docker hands out for `-p 5000` and `-P` (Linux's ephemeral range).
pub const EPHEMERAL_FIRST: u16 = 32768;
/// The last one.
pub const EPHEMERAL_LAST: u16 = 60999;
/// How long `docker stop` waits before it kills (seconds).
pub const STOP_TIMEOUT: u64 = 10;

/// A container's state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Created,
    Running,
    Exited,
}

impl State {
    /// The word the API and `docker inspect` use.
    pub fn word(self) -> &'static str {
        match self {
            State::Created => "created",
            State::Running => "running",
            State::Exited => "exited",
        }
    }
}

/// One chunk of a container's output, stamped with the world clock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogLine {
    pub at_ms: u64,
    pub stream: Stream,
    pub text: String,
}

/// What the container's main process is doing while the container runs.
enum Process {
    /// Nothing is running.
    None,
    /// A server answering requests.
    Serving(Box<Server>),
    /// A shell (or another program) reading an open standard input.
    Waiting,
    /// A command that ends by itself at this time, with this status.
    Until { at_ms: u64, status: i32 },
}

/// The settings a container is created with.
#[derive(Clone, Debug)]
pub struct Config {
    /// The image as the user named it (`learner/myfirstapp`, `ubuntu:22.04`, an ID).
    pub image: String,
    pub image_id: Digest,
    pub entrypoint: Vec<String>,
    pub cmd: Vec<String>,
    /// `KEY=value`, the image's first, then `-e`.
    pub env: Vec<String>,
    pub workdir: String,
    pub user: String,
    pub tty: bool,
    pub open_stdin: bool,
    pub auto_remove: bool,
    /// Started with `-d` (the client does not attach).
    pub detach: bool,
    /// `EXPOSE`d ports of the image (and `--expose`).
    pub exposed: Vec<(u16, String)>,
    pub publish: Vec<PortSpec>,
    pub publish_all: bool,
    /// `-h`: the host name; empty for docker's default, the short container ID.
    pub hostname: String,
}

/// One container.
pub struct Container {
    /// 64 hex digits.
    pub id: String,
    pub name: String,
    pub config: Config,
    pub state: State,
    pub exit_code: i32,
    pub created_ms: u64,
    pub started_ms: Option<u64>,
    pub finished_ms: Option<u64>,
    pub restart_count: u32,
    /// The process ID on the host while running.
    pub pid: u32,
    /// Bindings held while running.
    pub bindings: Vec<Binding>,
    /// The bridge address while running (`172.17.0.2`).
    pub ip: Option<String>,
    /// The container's filesystem.
    pub fs: Fs,
    pub logs: Vec<LogLine>,
    process: Process,
}

impl Container {
    /// The 12-digit ID `docker ps` shows.
    /// The container's host name: `-h`'s, else its short ID.
    pub fn hostname(&self) -> &str {
        if self.config.hostname.is_empty() {
            self.short_id()
        } else {
            &self.config.hostname
        }
    }

    pub fn short_id(&self) -> &str {
        self.id.get(..12).unwrap_or(&self.id)
    }

    /// The process: entrypoint followed by the command.
    pub fn argv(&self) -> Vec<String> {
        let mut v = self.config.entrypoint.clone();
        v.extend(self.config.cmd.iter().cloned());
        v
    }

    /// The COMMAND column's text before quoting: path and arguments joined by spaces.
    pub fn command_line(&self) -> String {
        self.argv().join(" ")
    }

    /// The STATUS column: `Up 2 minutes`, `Exited (0) 5 seconds ago`, `Created`.
    pub fn status_text(&self, now_ms: u64) -> String {
        let ago = |t: Option<u64>| {
            crate::internet::clock::human_duration(
                (now_ms.saturating_sub(t.unwrap_or(now_ms)) / 1000) as i64,
            )
        };
        match self.state {
            State::Created => "Created".into(),
            State::Running => format!("Up {}", ago(self.started_ms)),
            State::Exited => format!("Exited ({}) {} ago", self.exit_code, ago(self.finished_ms)),
        }
    }

    /// The PORTS column (empty unless running).
    pub fn ports_text(&self) -> String {
        if self.state != State::Running {
            return String::new();
        }
        ports::display(&self.bindings, &self.config.exposed)
    }

    /// The environment the process gets: `PATH` if the image sets none, `HOSTNAME`, `TERM`
    /// with a terminal, the configured variables, and `HOME`.
    pub fn process_env(&self) -> Vec<(String, String)> {
        let mut env: Vec<(String, String)> = Vec::new();
        let mut set = |k: &str, v: &str| {
            if let Some(e) = env.iter_mut().find(|(ek, _)| ek == k) {
                e.1 = v.to_string();
            } else {
                env.push((k.to_string(), v.to_string()));
            }
        };
        set("PATH", crate::internet::hub::DEFAULT_PATH);
        set("HOSTNAME", self.short_id());
        if self.config.tty {
            set("TERM", "xterm");
        }
        for e in &self.config.env {
            let (k, v) = e.split_once('=').unwrap_or((e, ""));
            set(k, v);
        }
        let home = home_of(&self.fs, &self.config.user);
        if !self.config.env.iter().any(|e| e.starts_with("HOME=")) {
            set("HOME", &home);
        }
        env
    }

    /// The working directory (`/` unless set).
    pub fn cwd(&self) -> String {
        if self.config.workdir.is_empty() {
            "/".into()
        } else {
            self.config.workdir.clone()
        }
    }

    /// The log entries written by now (a detached command's later lines are still to come).
    pub fn logs_until(&self, now_ms: u64) -> usize {
        self.logs.iter().take_while(|l| l.at_ms <= now_ms).count()
    }

    /// Whether its process waits for input on an open standard input.
    pub fn is_waiting(&self) -> bool {
        matches!(self.process, Process::Waiting)
    }

    /// Whether a server runs in it.
    pub fn is_serving(&self) -> bool {
        matches!(self.process, Process::Serving(_))
    }

    /// Append output to the logs at `at_ms` (a terminal merges stderr into stdout).
    fn log(&mut self, at_ms: u64, out: &Output) {
        for (stream, bytes) in out.chunks() {
            let stream = if self.config.tty {
                Stream::Stdout
            } else {
                *stream
            };
            let text = String::from_utf8_lossy(bytes).into_owned();
            // A terminal turns newlines into CR LF; the text is kept as written.
            self.logs.push(LogLine {
                at_ms,
                stream,
                text,
            });
        }
    }
}

/// The home directory of `user` in the container (`/root` for root).
fn home_of(fs: &Fs, user: &str) -> String {
    let uid = user_cred(fs, user).uid;
    if uid == 0 {
        return "/root".into();
    }
    fs.read_string("/etc/passwd")
        .ok()
        .and_then(|t| {
            t.lines().find_map(|l| {
                let f: Vec<&str> = l.split(':').collect();
                (f.get(2).and_then(|u| u.parse::<u32>().ok()) == Some(uid))
                    .then(|| f.get(5).map(|h| h.to_string()))
                    .flatten()
            })
        })
        .unwrap_or_else(|| "/".into())
}

/// The daemon's containers.
pub struct Runtime {
    containers: Vec<Container>,
    /// The last port handed out from the ephemeral range.
    last_port: u16,
    programs: Rc<Programs>,
}

impl Default for Runtime {
    fn default() -> Runtime {
        Runtime {
            containers: Vec::new(),
            last_port: EPHEMERAL_LAST,
            programs: Rc::new(process::registry()),
        }
    }
}

impl std::fmt::Debug for Runtime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Runtime")
            .field("containers", &self.containers.len())
            .finish()
    }
}

/// Why a container cannot be found.
pub fn no_such(name: &str) -> String {
    format!("No such container: {name}")
}

impl Runtime {
    /// All containers, oldest first.
    pub fn containers(&self) -> &[Container] {
        &self.containers
    }

    /// The programs containers run.
    pub fn programs(&self) -> Rc<Programs> {
        self.programs.clone()
    }

    /// Find a container by full ID, name, or unique ID prefix (Docker's order).
    pub fn find(&self, key: &str) -> Result<usize, String> {
        if key.is_empty() {
            return Err(no_such(key));
        }
        if let Some(i) = self.containers.iter().position(|c| c.id == key) {
            return Ok(i);
        }
        let bare = key.strip_prefix('/').unwrap_or(key);
        if let Some(i) = self.containers.iter().position(|c| c.name == bare) {
            return Ok(i);
        }
        let hits: Vec<usize> = self
            .containers
            .iter()
            .enumerate()
            .filter(|(_, c)| c.id.starts_with(key))
            .map(|(i, _)| i)
            .collect();
        match hits.as_slice() {
            [i] => Ok(*i),
            [] => Err(no_such(key)),
            _ => Err(format!("multiple IDs found with provided prefix: {key}")),
        }
    }

    pub fn get(&self, i: usize) -> Option<&Container> {
        self.containers.get(i)
    }

    pub fn get_mut(&mut self, i: usize) -> Option<&mut Container> {
        self.containers.get_mut(i)
    }

    /// Short IDs (12 hex) of the containers, running or stopped, created from `image`,
    /// running ones first (newest first within each): what `docker rmi` refuses over and
    /// `system df` counts as active.
    pub fn containers_using(&self, image: &Digest) -> Vec<String> {
        let mut v = self.running_using(image);
        v.extend(
            self.containers
                .iter()
                .rev()
                .filter(|c| &c.config.image_id == image && c.state != State::Running)
                .map(|c| c.short_id().to_string()),
        );
        v
    }

    /// Short IDs of the running containers created from `image`.
    pub fn running_using(&self, image: &Digest) -> Vec<String> {
        self.containers
            .iter()
            .rev()
            .filter(|c| &c.config.image_id == image && c.state == State::Running)
            .map(|c| c.short_id().to_string())
            .collect()
    }

    /// How many containers there are: (running, paused, stopped), for `docker info`.
    pub fn container_counts(&self) -> (usize, usize, usize) {
        let running = self
            .containers
            .iter()
            .filter(|c| c.state == State::Running)
            .count();
        (running, 0, self.containers.len() - running)
    }

    /// Remove container `i` (its name is free again).
    pub fn containers_mut(&mut self) -> &mut [Container] {
        &mut self.containers
    }

    /// Give container `i` a new name (`docker rename`); the caller checked it is free.
    pub fn rename(&mut self, i: usize, name: &str) {
        if let Some(c) = self.containers.get_mut(i) {
            c.name = name.to_string();
        }
    }

    pub fn remove(&mut self, i: usize) -> Option<Container> {
        (i < self.containers.len()).then(|| self.containers.remove(i))
    }

    /// Whether a host port is bound by a running container (for `proto` on an address that
    /// overlaps `ip`).
    fn port_taken(&self, ip: &str, port: u16, proto: &str) -> bool {
        let family = |a: &str| a.contains(':');
        self.containers.iter().any(|c| {
            c.bindings.iter().any(|b| {
                b.host_port == port
                    && b.proto == proto
                    && family(&b.host_ip) == family(ip)
                    && (b.host_ip == ip || is_any(&b.host_ip) || is_any(ip))
            })
        })
    }

    /// The next free port of the ephemeral range, as Docker's allocator hands them out (in
    /// turn, starting after the last one given).
    fn ephemeral(&mut self, proto: &str) -> Option<u16> {
        let span = (EPHEMERAL_LAST - EPHEMERAL_FIRST) as u32 + 1;
        let mut p = self.last_port;
        for _ in 0..span {
            p = if p >= EPHEMERAL_LAST {
                EPHEMERAL_FIRST
            } else {
                p + 1
            };
            if !self.port_taken("0.0.0.0", p, proto) && !self.port_taken("::", p, proto) {
                self.last_port = p;
                return Some(p);
            }
        }
        None
    }
}

fn is_any(ip: &str) -> bool {
    ip == "0.0.0.0" || ip == "::"
}

/// What [`Daemon::start_container`] did.
pub enum Started {
    /// The process ran to its end (foreground), with this status.
    Finished(i32),
    /// It keeps running: a server, a waiting shell, or a detached command.
    Running,
    /// An interactive shell for the terminal (`-it … bash`).
    Shell(Box<Shell>),
}

/// A start error and the status `docker run` returns for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartError {
    pub message: String,
    pub status: i32,
}

/// Whether `argv` starts an interactive shell when standard input is open.
fn shell_program(fs: &Fs, argv: &[String], path_var: &str, cwd: &str) -> Option<Flavour> {
    let first = argv.first()?;
    let base = first.rsplit('/').next().unwrap_or(first);
    if !matches!(base, "sh" | "bash" | "ash" | "dash") {
        return None;
    }
    match crate::sh::lookup(fs, first, path_var, cwd) {
        crate::sh::Lookup::Found(p) => {
            if base == "bash" {
                Some(Flavour::Bash)
            } else {
                crate::sh::shell_flavour(fs, &p).or(Some(Flavour::Dash))
            }
        }
        _ => None,
    }
}

impl Daemon {
    /// Finish detached commands whose time has come and release their ports. (Containers
    /// stay where they are, so indices found before remain valid.)
    pub fn settle(&mut self) {
        let now = self.engine.clock.millis();
        let rt = &mut self.runtime;
        for c in rt.containers.iter_mut() {
            if let Process::Until { at_ms, status } = c.process {
                if at_ms <= now && c.state == State::Running {
                    exit(c, status, at_ms);
                }
            }
        }
    }

    /// [`Daemon::settle`], then remove `--rm` containers that ended. Commands call this
    /// before they look containers up.
    pub fn reap(&mut self) {
        self.settle();
        self.runtime
            .containers
            .retain(|c| !(c.config.auto_remove && c.state == State::Exited));
    }

    /// Create a container (state `created`). `Err` is the daemon's message.
    pub fn create_container(
        &mut self,
        config: Config,
        name: Option<&str>,
    ) -> Result<usize, String> {
        if config.entrypoint.is_empty() && config.cmd.is_empty() {
            return Err("no command specified".into());
        }
        let id = self.engine.rng.hex(64);
        let name = match name {
            Some(n) => {
                if !valid_name(n) {
                    return Err(format!(
                        "Invalid container name ({n}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed"
                    ));
                }
                let n = n.strip_prefix('/').unwrap_or(n);
                if let Some(other) = self.runtime.containers.iter().find(|c| c.name == n) {
                    return Err(format!(
                        "Conflict. The container name \"/{n}\" is already in use by container \"{}\". You have to remove (or rename) that container to be able to reuse that name.",
                        other.id
                    ));
                }
                n.to_string()
            }
            None => {
                let rt = &self.runtime;
                names::pick(&mut self.engine.rng, |n| {
                    rt.containers.iter().any(|c| c.name == n)
                })
            }
        };
        let Some(image_fs) = self.engine.image_fs(&config.image_id) else {
            return Err(format!("No such image: {}", config.image));
        };
        let mut fs = image_fs.clone();
        let now = self.engine.clock.millis();
        fs.set_cred(Cred::default());
        fs.set_now(now / 1000);
        let short = id.get(..12).unwrap_or(&id).to_string();
        let host_name = if config.hostname.is_empty() {
            short
        } else {
            config.hostname.clone()
        };
        let _ = fs.mkdir_all("/etc", 0o755);
        let _ = fs.write("/etc/hostname", format!("{host_name}\n").as_bytes());
        let _ = fs.write(
            "/etc/hosts",
            b"127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n",
        );
        if !config.workdir.is_empty() && !fs.is_dir(&config.workdir) {
            let _ = fs.mkdir_all(&config.workdir, 0o755);
        }
        self.runtime.containers.push(Container {
            id,
            name,
            config,
            state: State::Created,
            exit_code: 0,
            created_ms: now,
            started_ms: None,
            finished_ms: None,
            restart_count: 0,
            pid: 0,
            bindings: Vec::new(),
            ip: None,
            fs,
            logs: Vec::new(),
            process: Process::None,
        });
        Ok(self.runtime.containers.len() - 1)
    }

    /// Bind the container's published ports. `Err` is Docker's message for a taken port.
    fn bind_ports(&mut self, i: usize) -> Result<Vec<Binding>, String> {
        let Some(c) = self.runtime.containers.get(i) else {
            return Err("container vanished".into());
        };
        let mut specs = c.config.publish.clone();
        if c.config.publish_all {
            for (p, proto) in &c.config.exposed {
                if !specs
                    .iter()
                    .any(|s| s.container_port == *p && &s.proto == proto)
                {
                    specs.push(PortSpec {
                        host_ip: String::new(),
                        host_port: 0,
                        container_port: *p,
                        proto: proto.clone(),
                    });
                }
            }
        }
        let name = c.name.clone();
        let mut out: Vec<Binding> = Vec::new();
        for s in specs {
            let ips: Vec<String> = if s.host_ip.is_empty() {
                vec!["0.0.0.0".into(), "::".into()]
            } else {
                vec![s.host_ip.clone()]
            };
            let port = if s.host_port == 0 {
                match self.runtime.ephemeral(&s.proto) {
                    Some(p) => p,
                    None => return Err("no free ports in the ephemeral range".into()),
                }
            } else {
                s.host_port
            };
            for ip in ips {
                let clash = self.runtime.port_taken(&ip, port, &s.proto)
                    || out.iter().any(|b| {
                        b.host_port == port
                            && b.proto == s.proto
                            && (b.host_ip == ip
                                || (is_any(&b.host_ip)
                                    && b.host_ip.contains(':') == ip.contains(':')))
                    });
                if clash {
                    let endpoint = self.engine.rng.hex(64);
                    let addr = ports::join_host_port(&ip, &port.to_string());
                    return Err(format!(
                        "driver failed programming external connectivity on endpoint {name} ({endpoint}): Bind for {addr} failed: port is already allocated"
                    ));
                }
                out.push(Binding {
                    host_ip: ip,
                    host_port: port,
                    container_port: s.container_port,
                    proto: s.proto.clone(),
                });
            }
        }
        Ok(out)
    }

    /// Start container `i`'s process. `attach` says the client waits for it (a foreground
    /// `docker run` or `docker start -a`): a command that runs to its end then takes its
    /// simulated time on the world clock. `interactive` keeps standard input open.
    pub fn start_container(
        &mut self,
        i: usize,
        attach: bool,
        interactive: bool,
    ) -> Result<Started, StartError> {
        self.settle();
        let Some(c) = self.runtime.containers.get(i) else {
            return Err(StartError {
                message: "container vanished".into(),
                status: 125,
            });
        };
        if c.state == State::Running {
            return Ok(Started::Running);
        }
        let bindings = self.bind_ports(i).map_err(|message| StartError {
            message,
            status: 125,
        })?;
        let ip = self.free_ip();
        // Setting up the namespaces, the network and the process takes a moment.
        let setup = self.engine.rng.range(250, 650);
        self.engine.clock.advance(setup);
        let now = self.engine.clock.millis();
        let rt_programs = self.runtime.programs.clone();
        let seed = self.engine.rng.next_u64();
        let pid = self.engine.rng.range(1200, 60000) as u32;
        let Some(c) = self.runtime.containers.get_mut(i) else {
            return Err(StartError {
                message: "container vanished".into(),
                status: 125,
            });
        };
        let argv = c.argv();
        let env = c.process_env();
        let cwd = c.cwd();
        let path_var = env
            .iter()
            .find(|(k, _)| k == "PATH")
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        let begin = |c: &mut Container| {
            c.state = State::Running;
            c.started_ms = Some(now);
            c.finished_ms = None;
            c.exit_code = 0;
            c.bindings = bindings.clone();
            c.ip = Some(ip.clone());
            c.pid = pid;
        };
        match process::start_server(&c.fs, &argv, &env, &cwd, &ip, (now / 1000) as i64) {
            Start::Serving { server, output } => {
                begin(c);
                c.log(now, &output);
                c.process = Process::Serving(server);
                return Ok(Started::Running);
            }
            Start::Exited { status, output } => {
                begin(c);
                c.log(now, &output);
                exit(c, status, now);
                return Ok(Started::Finished(status));
            }
            Start::NotAServer => {}
        }
        let cred = user_cred(&c.fs, &c.config.user);
        if interactive {
            if let Some(flavour) = shell_program(&c.fs, &argv, &path_var, &cwd) {
                begin(c);
                c.process = Process::Waiting;
                if !attach {
                    return Ok(Started::Running);
                }
                let name = argv.first().cloned().unwrap_or_default();
                let sh = Shell::new(flavour, &name, crate::sh::Invoked::Interactive)
                    .with_env(env)
                    .with_cwd(&cwd)
                    .with_args(argv.get(1..).map(|a| a.to_vec()).unwrap_or_default())
                    .with_pid(1);
                c.fs.set_cred(cred);
                return Ok(Started::Shell(Box::new(sh)));
            }
        }
        let flavour = crate::sh::shell_flavour(&c.fs, "/bin/sh").unwrap_or(Flavour::Dash);
        let mut shell = Shell::docker_run(flavour)
            .with_env(env)
            .with_cwd(&cwd)
            .with_pid(1);
        let mut fs = std::mem::take(&mut c.fs);
        fs.set_cred(cred);
        let mut m = Boot {
            sandbox: Sandbox {
                fs,
                now,
                rng: crate::internet::Rng::new(seed),
            },
            ip: ip.clone(),
            served: None,
        };
        let outcome = shell.exec::<dyn Machine>(&mut m, &rt_programs, &argv, b"");
        let elapsed = m.sandbox.now.saturating_sub(now);
        let mut fs = m.sandbox.fs;
        fs.set_cred(Cred::default());
        c.fs = fs;
        if let (Some(served), Ok(out)) = (m.served, &outcome) {
            // The entrypoint script handed over to a modelled server (`exec "$@"`).
            begin(c);
            spread_logs(c, now, elapsed, &out.output);
            self.engine.clock.advance(elapsed);
            return match served {
                Served::Serving(server, output) => {
                    c.log(now + elapsed, &output);
                    c.process = Process::Serving(server);
                    Ok(Started::Running)
                }
                Served::Exited(status, output) => {
                    c.log(now + elapsed, &output);
                    exit(c, status, now + elapsed);
                    Ok(Started::Finished(status))
                }
            };
        }
        match outcome {
            Err(why) => {
                let program = argv.first().cloned().unwrap_or_default();
                let (message, status) = process::start_failure(&program, &why);
                if c.state == State::Created {
                    c.exit_code = status;
                }
                Err(StartError { message, status })
            }
            Ok(out) => {
                begin(c);
                spread_logs(c, now, elapsed, &out.output);
                if attach {
                    exit(c, out.status, now + elapsed);
                    self.engine.clock.advance(elapsed);
                    Ok(Started::Finished(out.status))
                } else if interactive {
                    // A program reading an open input that never comes keeps running.
                    c.process = Process::Waiting;
                    Ok(Started::Running)
                } else {
                    c.process = Process::Until {
                        at_ms: now + elapsed,
                        status: out.status,
                    };
                    self.settle();
                    Ok(Started::Running)
                }
            }
        }
    }

    /// The lowest free bridge address.
    fn free_ip(&self) -> String {
        let used: Vec<&str> = self
            .runtime
            .containers
            .iter()
            .filter(|c| c.state == State::Running)
            .filter_map(|c| c.ip.as_deref())
            .collect();
        (2..255u32)
            .map(|n| format!("172.17.0.{n}"))
            .find(|a| !used.contains(&a.as_str()))
            .unwrap_or_else(|| "172.17.0.254".into())
    }

    /// Stop container `i` as `docker stop` does: the stop signal, then a kill after `timeout`
    /// seconds if the process ignores it (a program running as PID 1 without a handler does).
    /// Returns whether it was running.
    pub fn stop_container(&mut self, i: usize, timeout: u64) -> bool {
        self.settle();
        let Some(c) = self.runtime.containers.get(i) else {
            return false;
        };
        if c.state != State::Running {
            return false;
        }
        let now = self.engine.clock.millis();
        if let Some(c) = self.runtime.containers.get_mut(i) {
            let graceful = match &c.process {
                Process::Serving(server) => server.stop((now / 1000) as i64),
                _ => None,
            };
            if let Some(lines) = graceful {
                let mut out = Output::new();
                out.push(Stream::Stderr, lines.as_bytes());
                c.log(now, &out);
                exit(c, 0, now);
                return true;
            }
        }
        // Neither a shell nor Python as PID 1 has a SIGTERM handler: the kill comes.
        self.engine.clock.advance(timeout.saturating_mul(1000));
        let now = self.engine.clock.millis();
        if let Some(c) = self.runtime.containers.get_mut(i) {
            exit(c, 137, now);
        }
        true
    }

    /// Kill container `i` (SIGKILL: status 137). Returns whether it was running.
    pub fn kill_container(&mut self, i: usize) -> bool {
        self.settle();
        let now = self.engine.clock.millis();
        match self.runtime.containers.get_mut(i) {
            Some(c) if c.state == State::Running => {
                exit(c, 137, now);
                true
            }
            _ => false,
        }
    }

    /// Ctrl+C on an attached container: the client forwards SIGINT. A Flask server ends
    /// cleanly (status 0); a shell or a program without a handler ignores it as PID 1.
    pub fn interrupt_container(&mut self, i: usize) -> Option<i32> {
        let now = self.engine.clock.millis();
        let c = self.runtime.containers.get_mut(i)?;
        if c.state != State::Running || !c.is_serving() {
            return None;
        }
        exit(c, 0, now);
        Some(0)
    }

    /// Run `f` on container `i`'s filesystem as its user, on a machine with the world's time
    /// and a generator seeded from the world's; the time it takes passes on the world clock.
    pub fn in_container<R>(
        &mut self,
        i: usize,
        f: impl FnOnce(&mut Sandbox, &Programs) -> R,
    ) -> Option<R> {
        let now = self.engine.clock.millis();
        let seed = self.engine.rng.next_u64();
        let programs = self.runtime.programs.clone();
        let c = self.runtime.containers.get_mut(i)?;
        let mut fs = std::mem::take(&mut c.fs);
        let cred = user_cred(&fs, &c.config.user);
        fs.set_cred(cred);
        fs.set_now(now / 1000);
        let mut m = Sandbox {
            fs,
            now,
            rng: crate::internet::Rng::new(seed),
        };
        let r = f(&mut m, &programs);
        let elapsed = m.now.saturating_sub(now);
        let mut fs = m.fs;
        fs.set_cred(Cred::default());
        c.fs = fs;
        self.engine.clock.advance(elapsed);
        Some(r)
    }

    /// End container `i`'s process now with `status` (its shell ran `exit`).
    pub fn end_process(&mut self, i: usize, status: i32) {
        let now = self.engine.clock.millis();
        if let Some(c) = self.runtime.containers.get_mut(i) {
            if c.state == State::Running {
                exit(c, status, now);
            }
        }
        self.settle();
    }

    /// Record output of container `i`'s main process in its logs.
    pub fn log_output(&mut self, i: usize, out: &Output) {
        let now = self.engine.clock.millis();
        if let Some(c) = self.runtime.containers.get_mut(i) {
            c.log(now, out);
        }
    }
}

/// End the container's process at `at_ms` with `status`; its ports are released.
fn exit(c: &mut Container, status: i32, at_ms: u64) {
    // A process stopped early never wrote what it would have written later.
    c.logs.retain(|l| l.at_ms <= at_ms);
    c.state = State::Exited;
    c.exit_code = status;
    c.finished_ms = Some(at_ms);
    c.bindings.clear();
    c.ip = None;
    c.process = Process::None;
}

/// Log a finished command's output spread over the time it took: line by line, the first
/// at the start and the last at the end (the interpreter does not time each write).
fn spread_logs(c: &mut Container, start: u64, elapsed: u64, out: &Output) {
    let lines: Vec<(Stream, &[u8])> = out
        .chunks()
        .iter()
        .flat_map(|(s, b)| b.split_inclusive(|&x| x == b'\n').map(move |l| (*s, l)))
        .collect();
    let n = lines.len() as u64;
    for (k, (stream, bytes)) in lines.into_iter().enumerate() {
        let at = if n > 1 {
            start + elapsed * k as u64 / (n - 1)
        } else {
            start
        };
        let mut one = Output::new();
        one.push(stream, bytes);
        c.log(at, &one);
    }
}

/// A container's machine while its process starts: a [`Sandbox`] that also hands a command
/// the application models serve (`nginx -g 'daemon off;'`, `python app.py`) over to them
/// when a script such as an entrypoint `exec`s it.
struct Boot {
    sandbox: Sandbox,
    ip: String,
    served: Option<Served>,
}

/// What a command that [`Boot`] handed to the application models did.
enum Served {
    Serving(Box<process::Server>, Output),
    /// It ended at once (nginx without `daemon off` goes to the background).
    Exited(i32, Output),
}

impl Machine for Boot {
    fn fs(&self) -> &Fs {
        &self.sandbox.fs
    }
    fn fs_mut(&mut self) -> &mut Fs {
        &mut self.sandbox.fs
    }
    fn now_ms(&self) -> u64 {
        self.sandbox.now
    }
    fn advance_ms(&mut self, ms: u64) {
        self.sandbox.advance_ms(ms)
    }
    fn random_u64(&mut self) -> u64 {
        self.sandbox.random_u64()
    }
    fn serve(&mut self, argv: &[String], env: &crate::map::Map<String, String>, cwd: &str) -> bool {
        let now = (self.sandbox.now / 1000) as i64;
        let env = env.clone();
        match process::start_server_in(&self.sandbox.fs, argv, env, cwd, &self.ip, now) {
            Start::Serving { server, output } => {
                if let apps::App::Static(site) = &*server {
                    site.write_runtime_files(&mut self.sandbox.fs);
                }
                self.served = Some(Served::Serving(server, output));
                true
            }
            Start::Exited { status, output } if argv[0].ends_with("nginx") => {
                self.served = Some(Served::Exited(status, output));
                true
            }
            _ => false,
        }
    }
}

/// Docker's rule for names: `[a-zA-Z0-9][a-zA-Z0-9_.-]+`, with an optional leading `/`.
pub fn valid_name(n: &str) -> bool {
    let n = n.strip_prefix('/').unwrap_or(n);
    let mut chars = n.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphanumeric() => {}
        _ => return false,
    }
    n.len() >= 2 && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
}

/// Docker's RFC 3339 time with nanoseconds for `inspect` (`2024-09-20T10:00:00.123456789Z`).
pub fn inspect_time(ms: Option<u64>) -> String {
    match ms {
        Some(ms) => Clock::at(ms).rfc3339_nanos(),
        None => "0001-01-01T00:00:00Z".into(),
    }
}

/// A request from the host to one of its own addresses (`curl localhost:8888`): the container
/// that publishes the port answers. Nothing bound there: refused. A binding whose container
/// has no server listening on that port on all addresses: docker-proxy accepts, fails to reach
/// the container, and resets the connection.
pub fn http_from_host(host: &mut Host, req: &HttpRequest) -> Reply {
    let d = &mut host.daemon;
    d.settle();
    let now = d.engine.clock.millis();
    let found = d.runtime.containers.iter().position(|c| {
        c.state == State::Running
            && c.bindings.iter().any(|b| {
                b.host_port == req.port
                    && b.proto == "tcp"
                    && (is_any(&b.host_ip) || b.host_ip == "127.0.0.1")
            })
    });
    let Some(i) = found else {
        return Reply::Refused;
    };
    let rng = &mut d.engine.rng;
    let Some(c) = d.runtime.containers.get_mut(i) else {
        return Reply::Refused;
    };
    let Some(port) = c
        .bindings
        .iter()
        .find(|b| b.host_port == req.port)
        .map(|b| b.container_port)
    else {
        return Reply::Refused;
    };
    let fs = &c.fs;
    let Process::Serving(server) = &mut c.process else {
        return Reply::Reset;
    };
    let (addr, listen_port) = server.listen();
    if listen_port != port || !(addr == "0.0.0.0" || addr == "::") {
        return Reply::Reset;
    }
    let mut next = || rng.next_u64();
    let (resp, line) = server.handle(fs, req, &mut next, "172.17.0.1", (now / 1000) as i64);
    // Werkzeug logs each request to stderr. The official nginx and httpd images send their
    // access logs to the container's stdout (nginx's access.log is a link to /dev/stdout,
    // httpd's CustomLog is /proc/self/fd/1); their error logs go to stderr.
    let stream = match **server {
        apps::App::Flask(_) => Stream::Stderr,
        apps::App::Static(_) => Stream::Stdout,
    };
    let mut out = Output::new();
    out.push(stream, line.as_bytes());
    c.log(now, &out);
    Reply::Response(resp)
}
