//! The world: the learner's computer (its files and terminals), the Docker daemon on it (the
//! build engine, the container runtime, the registry login), all on one simulated clock and one
//! seeded generator, so the same lines typed give the same bytes.
//!
//! [`World::type_line`] is what the terminal calls for each line. A line normally goes to the
//! terminal's `bash` on the host. A command can take the terminal over — `docker run -it`
//! opens a shell in a container, a foreground `docker run` stays attached to the container's
//! output, `docker login` asks for a username — by leaving a [`Foreground`] in
//! [`Daemon::foreground`]; the world puts it on top of the terminal, and the next lines go to
//! it until it says it is done. [`World::interrupt`] is Ctrl+C.
//!
//! Files: `host` builds the host's filesystem (home directory, programs, welcome README);
//! `script` runs a txtar transcript (`layerlab script`).

pub mod host;
pub mod script;

use std::rc::Rc;

use crate::engine::Engine;
use crate::runtime::Runtime;
use crate::sh::{Flavour, Invoked, Machine, Output, Programs, Shell, Stream};
use crate::vfs::Fs;

/// The learner's user name on the host.
pub const USER: &str = "learner";
/// The host's name, shown in the prompt.
pub const HOSTNAME: &str = "laptop";
/// The learner's home directory.
pub const HOME: &str = "/home/learner";
/// The simulated time one typed line takes.
pub const TYPING_MS: u64 = 1000;

/// The Docker daemon: what `docker` talks to.
pub struct Daemon {
    pub engine: Engine,
    pub runtime: Runtime,
    /// The hub's mutable side: pushed repositories and the login.
    pub registry: crate::internet::registry::Registry,
    /// Set by a command that takes the terminal over; the world moves it onto the terminal.
    pub foreground: Option<Box<dyn Foreground>>,
    /// The last `docker build`: what the Layers pane explains.
    pub last_build: Option<LastBuild>,
}

/// What the last build did, step by step, with the cache's reasons.
#[derive(Clone, Debug)]
pub struct LastBuild {
    /// The `-t` values.
    pub tags: Vec<String>,
    pub steps: Vec<crate::engine::StepReport>,
    /// The build succeeded.
    pub ok: bool,
}

/// The learner's computer: its filesystem and the daemon running on it. It is the
/// [`Machine`] the host shell and the host programs (including `docker`) run on.
pub struct Host {
    pub fs: Fs,
    pub daemon: Daemon,
}

impl Machine for Host {
    fn fs(&self) -> &Fs {
        &self.fs
    }
    fn fs_mut(&mut self) -> &mut Fs {
        &mut self.fs
    }
    fn now_ms(&self) -> u64 {
        self.daemon.engine.clock.millis()
    }
    fn advance_ms(&mut self, ms: u64) {
        self.daemon.engine.clock.advance(ms);
        let now = self.daemon.engine.clock.unix().max(0) as u64;
        self.fs.set_now(now);
    }
    fn random_u64(&mut self) -> u64 {
        self.daemon.engine.rng.next_u64()
    }
    fn as_any_mut(&mut self) -> Option<&mut dyn std::any::Any> {
        Some(self)
    }
}

/// What one typed line did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Typed {
    pub output: Output,
    pub status: i32,
}

/// One step of a foreground program.
pub struct Step {
    pub output: Output,
    pub status: i32,
    /// The program ended; the terminal goes back to what was under it.
    pub done: bool,
}

/// Something that holds the terminal: a shell inside a container, an attached container, a
/// password prompt.
pub trait Foreground {
    /// The prompt shown before the next line (`root@3f4e8a1b2c3d:/# `, `Password: `).
    fn prompt(&self, host: &Host) -> String;
    /// One typed line.
    fn line(&mut self, host: &mut Host, line: &str) -> Step;
    /// Ctrl+C.
    fn interrupt(&mut self, host: &mut Host) -> Step;
    /// Whether the typed line is shown as typed (false for passwords).
    fn echo(&self) -> bool {
        true
    }
    /// Asked before a typed line reaches it: `Some` when it ended meanwhile (the container it
    /// was attached to was stopped from another terminal), with what it still had to show.
    /// The line then goes to what is under it.
    fn ended(&mut self, _host: &mut Host) -> Option<Step> {
        None
    }
    /// Asked when time passes without a typed line (the page's clock ticked, or its preview
    /// asked a container for a page): what it has to show now, if anything. `docker logs -f`
    /// and an attached `docker run` print the log lines that came meanwhile.
    fn poll(&mut self, _host: &mut Host) -> Option<Step> {
        None
    }
    /// Whether it prints without being typed to (see [`Foreground::poll`]).
    fn prints_on_its_own(&self) -> bool {
        false
    }
}

/// One terminal window: a host shell and what has taken it over.
struct Terminal {
    shell: Shell,
    stack: Vec<Box<dyn Foreground>>,
    /// Lines of an unfinished command (an open quote, a here-document), shown with `> `.
    pending: String,
}

/// The whole simulated world.
pub struct World {
    pub host: Host,
    programs: Rc<Programs>,
    terminals: Vec<Terminal>,
    current: usize,
}

impl Default for World {
    fn default() -> World {
        World::new()
    }
}

impl World {
    /// A fresh world: an empty image store, the learner's home directory with its README, one
    /// terminal in the home directory, the clock at its start and the generator at seed 1.
    pub fn new() -> World {
        let engine = Engine::new();
        let mut fs = host::filesystem();
        fs.set_now(engine.clock.unix().max(0) as u64);
        let mut programs = crate::programs::registry::<dyn Machine>();
        host::register(&mut programs);
        let mut w = World {
            host: Host {
                fs,
                daemon: Daemon {
                    engine,
                    runtime: Runtime::default(),
                    registry: Default::default(),
                    foreground: None,
                    last_build: None,
                },
            },
            programs: Rc::new(programs),
            terminals: Vec::new(),
            current: 0,
        };
        w.terminals.push(w.new_terminal());
        w
    }

    fn new_terminal(&self) -> Terminal {
        Terminal {
            shell: host::login_shell(),
            stack: Vec::new(),
            pending: String::new(),
        }
    }

    /// Which terminal window lines go to (0-based).
    pub fn current_terminal(&self) -> usize {
        self.current
    }

    /// How many terminal windows are open.
    pub fn terminal_count(&self) -> usize {
        self.terminals.len()
    }

    /// Switch to terminal `n` (0-based), opening new windows up to it.
    pub fn switch_terminal(&mut self, n: usize) {
        let n = n.min(15);
        while self.terminals.len() <= n {
            let t = self.new_terminal();
            self.terminals.push(t);
        }
        self.current = n;
    }

    /// The working directory of the current terminal's host shell.
    pub fn cwd(&self) -> &str {
        self.terminals[self.current].shell.cwd()
    }

    /// The prompt the current terminal shows.
    pub fn prompt(&self) -> String {
        let t = &self.terminals[self.current];
        if let Some(top) = t.stack.last() {
            return top.prompt(&self.host);
        }
        if !t.pending.is_empty() {
            return "> ".to_string();
        }
        let cwd = t.shell.cwd();
        let shown = match cwd.strip_prefix(HOME) {
            Some("") => "~".to_string(),
            Some(rest) if rest.starts_with('/') => format!("~{rest}"),
            _ => cwd.to_string(),
        };
        format!("{USER}@{HOSTNAME}:{shown}$ ")
    }

    /// Whether the current terminal shows what is typed (false at a password prompt).
    pub fn echo(&self) -> bool {
        self.terminals[self.current]
            .stack
            .last()
            .map(|f| f.echo())
            .unwrap_or(true)
    }

    /// Type one line into the current terminal. Typing takes a second of simulated time, so
    /// what was started by an earlier line is a little older ("Up 3 seconds").
    pub fn type_line(&mut self, line: &str) -> Typed {
        self.host.daemon.engine.clock.advance(TYPING_MS);
        let now = self.host.daemon.engine.clock.unix().max(0) as u64;
        self.host.fs.set_now(now);
        let t = &mut self.terminals[self.current];
        let mut before = Output::new();
        while let Some(top) = t.stack.last_mut() {
            match top.ended(&mut self.host) {
                Some(step) => {
                    before.extend(&step.output);
                    t.stack.pop();
                    if t.stack.is_empty() {
                        t.shell.set_status(step.status);
                    }
                }
                None => break,
            }
        }
        let mut typed = if let Some(mut top) = t.stack.pop() {
            let step = top.line(&mut self.host, line);
            if !step.done {
                t.stack.push(top);
            } else if t.stack.is_empty() {
                // The program's status is what the host shell's `$?` says next.
                t.shell.set_status(step.status);
            }
            Typed {
                output: step.output,
                status: step.status,
            }
        } else {
            t.pending.push_str(line);
            t.pending.push('\n');
            if t.pending.len() < 1 << 20 && crate::sh::needs_more_input(&t.pending, true) {
                return Typed {
                    output: Output::new(),
                    status: 0,
                };
            }
            let script = std::mem::take(&mut t.pending);
            let out = t
                .shell
                .run::<dyn Machine>(&mut self.host, &self.programs, &script, b"");
            if out.exited {
                // `exit` in the host shell closes the window; a fresh one takes its place.
                t.shell = host::login_shell();
                let mut output = out.output;
                output.push(Stream::Stdout, b"logout\n");
                Typed {
                    output,
                    status: out.status,
                }
            } else {
                Typed {
                    output: out.output,
                    status: out.status,
                }
            }
        };
        if let Some(fg) = self.host.daemon.foreground.take() {
            self.terminals[self.current].stack.push(fg);
        }
        if !before.is_empty() {
            before.extend(&typed.output);
            typed.output = before;
        }
        typed
    }

    /// Let `ms` of simulated time pass without typing (the page's clock ticks while something
    /// holds the terminal), then [`World::poll`].
    pub fn wait(&mut self, ms: u64) -> Typed {
        self.host.daemon.engine.clock.advance(ms);
        self.poll()
    }

    /// What the current terminal's foreground has to show now, without a typed line.
    pub fn poll(&mut self) -> Typed {
        let t = &mut self.terminals[self.current];
        let Some(top) = t.stack.last_mut() else {
            return Typed {
                output: Output::new(),
                status: 0,
            };
        };
        match top.poll(&mut self.host) {
            Some(step) => {
                if step.done {
                    t.stack.pop();
                    if t.stack.is_empty() {
                        t.shell.set_status(step.status);
                    }
                }
                Typed {
                    output: step.output,
                    status: step.status,
                }
            }
            None => Typed {
                output: Output::new(),
                status: 0,
            },
        }
    }

    /// Whether a foreground that prints on its own (an attached container, `docker logs -f`)
    /// holds the current terminal, so the page should let time pass.
    pub fn following(&self) -> bool {
        self.terminals[self.current]
            .stack
            .last()
            .is_some_and(|top| top.prints_on_its_own())
    }

    /// Ctrl+C in the current terminal.
    pub fn interrupt(&mut self) -> Typed {
        let t = &mut self.terminals[self.current];
        match t.stack.pop() {
            Some(mut top) => {
                let step = top.interrupt(&mut self.host);
                if !step.done {
                    t.stack.push(top);
                } else if t.stack.is_empty() {
                    t.shell.set_status(step.status);
                }
                Typed {
                    output: step.output,
                    status: step.status,
                }
            }
            None => {
                // bash prints ^C and a new prompt, dropping an unfinished command.
                t.pending.clear();
                let mut output = Output::new();
                output.push(Stream::Stdout, b"^C\n");
                Typed {
                    output,
                    status: 130,
                }
            }
        }
    }
}

/// The shell the host terminal runs, also used by `docker exec -it` as a model of bash.
pub fn bash() -> Shell {
    Shell::new(Flavour::Bash, "bash", Invoked::Interactive)
}
