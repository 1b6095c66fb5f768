//! The one POSIX-sh interpreter, used by the host terminal and by RUN in builds and containers.
//!
//! A [`Shell`] holds the state that lasts between command lines (variables, working directory,
//! options, functions). [`Shell::run`] parses and runs a script on a [`Machine`] with the
//! programs of a [`Registry`], and returns an [`Outcome`]: the exit status and the output in
//! the order it was written. Every run has a budget ([`Limits`]) of steps, output and nesting,
//! so no input can loop forever, grow without bound or overflow the stack; a stopped run ends
//! with our own message (`sh: step limit reached (…); stopped`) and status [`STOPPED_STATUS`].
//!
//! # How the rest of the system calls it
//!
//! - **Host terminal:** keep one `Shell::new(Flavour::Bash, "bash", Invoked::Interactive)`
//!   per session and call [`Shell::run`] for each line typed; `Outcome::exited` says the
//!   session ended. `docker exec -it c sh` does the same with the container's flavour
//!   ([`shell_flavour`] of its `/bin/sh`).
//! - **RUN / shell-form CMD:** build a `Shell` with the image's environment and `WORKDIR`
//!   ([`Shell::with_env`], [`Shell::with_cwd`]) and call [`Shell::exec`] with the image's
//!   `SHELL` plus the command (`["/bin/sh", "-c", cmd]`). The shell found in the image's
//!   filesystem decides the flavour, so messages read `/bin/sh: 1: foo: not found` on Debian
//!   and `/bin/sh: foo: not found` on Alpine. Exec-form RUN passes its words to
//!   [`Shell::exec`] directly; an `Err(Lookup)` lets the engine word Docker's own error.
//! - **Programs:** implement [`Program`] (or pass a closure) and [`Registry::insert`] it by
//!   file name. A program runs when its file exists on `PATH` in the filesystem; it gets an
//!   [`Invocation`] with argv, the exported environment, the working directory, standard
//!   input, and the [`Machine`] (filesystem, simulated clock, seeded random numbers). It writes
//!   with [`Invocation::out`]/[`Invocation::err`] and returns its exit status; it can start
//!   other commands with [`Invocation::spawn`].
//!
//! `&` runs the command in the foreground (there is no concurrency); `$!` still gets a
//! simulated process id.
//!
//! Files: `lexer`/`parser` build the `ast`; `expand` does word expansion (with `pattern` and
//! `arith`); `exec` runs the tree; `builtins` (with `test_cmd` and `printf`) are the builtins;
//! `program` is the interface simulated programs implement and `spawn` starts program files
//! (and the shells as programs); `flavour` has the exact messages of dash, busybox ash and
//! bash; `io` the streams.

mod arith;
pub mod ast;
mod builtins;
mod exec;
mod expand;
pub mod flavour;
pub mod io;
mod lexer;
pub mod parser;
mod pattern;
mod printf;
pub mod program;
mod spawn;
mod test_cmd;

use crate::map::Map;
use std::rc::Rc;

pub use flavour::{Flavour, Invoked, Voice};
pub use io::{Output, Stream};
pub use parser::{needs_more_input, parse, parse_dialect, ParseError, ParseErrorKind};
pub use program::{
    absolute, lookup, parent, resolve_links, shell_flavour, Invocation, Lookup, Machine, Program,
    Programs, Registry,
};

use exec::{Ctl, Ctx, Exec};
use io::Fds;

/// The budget of one run (including every shell and program it starts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Simple commands, loop rounds and function calls.
    pub max_steps: u64,
    /// Bytes written anywhere (terminal, pipes, files), and the longest variable value.
    pub max_output: usize,
    /// Nested subshells, substitutions, function calls and child shells. Each level costs
    /// stack; 50 fits a 1 MiB WebAssembly stack with room to spare.
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_steps: 100_000,
            max_output: 2 << 20,
            max_depth: 50,
        }
    }
}

/// Which limit stopped a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    Steps,
    Output,
    Depth,
}

/// The status a run gets when a limit stops it.
pub const STOPPED_STATUS: i32 = 124;

impl Limit {
    /// Our own message for a stopped run (without the shell-name prefix).
    pub fn message(self, limits: &Limits) -> String {
        match self {
            Limit::Steps => format!(
                "step limit reached ({} commands and loop rounds); stopped",
                limits.max_steps
            ),
            Limit::Output => format!(
                "output limit reached ({} bytes); stopped",
                limits.max_output
            ),
            Limit::Depth => format!(
                "nesting limit reached ({} levels of functions, subshells or shells); stopped",
                limits.max_depth
            ),
        }
    }
}

/// What a run produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub status: i32,
    pub output: Output,
    /// The script ran `exit` (a terminal session should end).
    pub exited: bool,
    /// A limit stopped the run.
    pub stopped: Option<Limit>,
}

/// A shell variable.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Var {
    /// `None` for a name that is exported but not set.
    pub value: Option<String>,
    pub exported: bool,
    pub readonly: bool,
}

/// The `set` options.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Opts {
    pub errexit: bool,
    pub xtrace: bool,
    pub pipefail: bool,
    pub nounset: bool,
    pub noglob: bool,
    pub allexport: bool,
    pub verbose: bool,
}

impl Opts {
    /// Set a one-letter option (`e`, `x`, `u`, `f`, `a`, `v`); false when unknown.
    pub fn set_short(&mut self, c: char, on: bool) -> bool {
        match c {
            'e' => self.errexit = on,
            'x' => self.xtrace = on,
            'u' => self.nounset = on,
            'f' => self.noglob = on,
            'a' => self.allexport = on,
            'v' => self.verbose = on,
            'h' | 'm' | 'b' | 'C' | 'n' | 'i' | 's' => {}
            _ => return false,
        }
        true
    }

    /// Set an option by its `-o` name; false when unknown.
    pub fn set_long(&mut self, name: &str, on: bool) -> bool {
        match name {
            "errexit" => self.errexit = on,
            "xtrace" => self.xtrace = on,
            "pipefail" => self.pipefail = on,
            "nounset" => self.nounset = on,
            "noglob" => self.noglob = on,
            "allexport" => self.allexport = on,
            "verbose" => self.verbose = on,
            "noclobber"
            | "monitor"
            | "notify"
            | "ignoreeof"
            | "vi"
            | "emacs"
            | "posix"
            | "hashall"
            | "interactive-comments"
            | "nolog" => {}
            _ => return false,
        }
        true
    }

    /// `$-`: the letters of the options that are on.
    pub fn letters(&self) -> String {
        let mut s = String::new();
        for (on, c) in [
            (self.allexport, 'a'),
            (self.errexit, 'e'),
            (self.noglob, 'f'),
            (self.nounset, 'u'),
            (self.verbose, 'v'),
            (self.xtrace, 'x'),
        ] {
            if on {
                s.push(c);
            }
        }
        s
    }
}

/// The state of one shell that lasts between runs: a terminal session, or one RUN step.
#[derive(Clone, Debug)]
pub struct Shell {
    pub voice: Voice,
    pub limits: Limits,
    pub opts: Opts,
    pub(crate) vars: Map<String, Var>,
    pub(crate) cwd: String,
    pub(crate) functions: Map<String, Rc<ast::Compound>>,
    pub(crate) positional: Vec<String>,
    pub(crate) status: i32,
    /// Lines already run in this session (interactive dash counts lines across inputs).
    pub(crate) line_offset: usize,
    pub(crate) pid: u32,
    pub(crate) last_bg: Option<u32>,
    pub(crate) bg_count: u32,
    /// Set when a run ended with `exit` (or `set -e`).
    pub(crate) exited: bool,
    /// `trap` actions by condition (`EXIT`, `INT`, …); only `EXIT` ever fires here.
    pub(crate) traps: Map<String, String>,
}

/// `pairs` sorted by name, a name given twice keeping its last value (as setting them in
/// order does).
fn last_wins<V>(pairs: impl IntoIterator<Item = (String, V)>) -> Vec<(String, V)> {
    let mut pairs: Vec<(String, V)> = pairs.into_iter().collect();
    crate::sort::sort_by(&mut pairs, |a, b| a.0.cmp(&b.0));
    let mut out: Vec<(String, V)> = Vec::with_capacity(pairs.len());
    for (k, v) in pairs {
        match out.last_mut() {
            Some(last) if last.0 == k => last.1 = v,
            _ => out.push((k, v)),
        }
    }
    out
}

/// An environment from `NAME`, value pairs, a name given twice keeping its last value; built
/// in one go rather than name by name.
pub fn environment<K: Into<String>, V: Into<String>>(
    pairs: impl IntoIterator<Item = (K, V)>,
) -> Map<String, String> {
    last_wins(pairs.into_iter().map(|(k, v)| (k.into(), v.into())))
        .into_iter()
        .collect()
}

impl Shell {
    /// A shell of `flavour` called `name` (`sh`, `/bin/sh`, `bash`), in `/`, with no variables.
    pub fn new(flavour: Flavour, name: &str, invoked: Invoked) -> Shell {
        Shell {
            voice: Voice {
                flavour,
                name: name.to_string(),
                invoked,
            },
            limits: Limits::default(),
            opts: Opts::default(),
            vars: Map::new(),
            cwd: "/".to_string(),
            functions: Map::new(),
            positional: Vec::new(),
            status: 0,
            line_offset: 0,
            pid: 1,
            last_bg: None,
            bg_count: 0,
            exited: false,
            traps: Map::new(),
        }
    }

    /// The shell Docker starts for RUN and shell-form CMD: `/bin/sh -c`.
    pub fn docker_run(flavour: Flavour) -> Shell {
        let name = match flavour {
            Flavour::Bash => "/bin/bash",
            _ => "/bin/sh",
        };
        Shell::new(flavour, name, Invoked::Command)
    }

    /// Import an environment (all exported).
    pub fn with_env<K: Into<String>, V: Into<String>>(
        mut self,
        env: impl IntoIterator<Item = (K, V)>,
    ) -> Shell {
        let exported = |value: V| Var {
            value: Some(value.into()),
            exported: true,
            readonly: false,
        };
        if self.vars.is_empty() {
            // A fresh shell: sort the names once and build the table in one go (setting a
            // long environment name by name would cost a search for each).
            let pairs = env.into_iter().map(|(k, v)| (k.into(), v));
            self.vars = last_wins(pairs)
                .into_iter()
                .map(|(k, v)| (k, exported(v)))
                .collect();
            return self;
        }
        for (k, value) in env {
            // As `export` does, without copying the name a second time.
            let v = self.vars.entry(k.into()).or_default();
            v.exported = true;
            v.value = Some(value.into());
        }
        self
    }

    /// Start in `dir` (absolute; also sets `PWD`).
    pub fn with_cwd(mut self, dir: &str) -> Shell {
        self.cwd = absolute("/", dir);
        let cwd = self.cwd.clone();
        self.export("PWD", Some(cwd));
        self
    }

    pub fn with_limits(mut self, limits: Limits) -> Shell {
        self.limits = limits;
        self
    }

    /// The positional parameters `$1`, `$2`, ….
    pub fn with_args(mut self, args: Vec<String>) -> Shell {
        self.positional = args;
        self
    }

    /// The simulated process id shown by `$$`.
    pub fn with_pid(mut self, pid: u32) -> Shell {
        self.pid = pid;
        self
    }

    pub fn cwd(&self) -> &str {
        &self.cwd
    }

    pub fn set_cwd(&mut self, dir: &str) {
        self.cwd = absolute("/", dir);
    }

    /// The value of a variable, if set.
    pub fn var(&self, name: &str) -> Option<&str> {
        self.vars.get(name).and_then(|v| v.value.as_deref())
    }

    /// Set a shell variable (not exported unless it already was).
    pub fn set_var(&mut self, name: &str, value: &str) {
        self.vars.entry(name.to_string()).or_default().value = Some(value.to_string());
    }

    /// Mark a variable exported, optionally giving it a value.
    pub fn export(&mut self, name: &str, value: Option<String>) {
        let v = self.vars.entry(name.to_string()).or_default();
        v.exported = true;
        if value.is_some() {
            v.value = value;
        }
    }

    pub fn unset(&mut self, name: &str) {
        self.vars.remove(name);
    }

    /// The exported variables with values, as programs see them.
    pub fn env(&self) -> Map<String, String> {
        self.vars
            .iter()
            .filter(|(_, v)| v.exported)
            .filter_map(|(k, v)| v.value.clone().map(|val| (k.clone(), val)))
            .collect()
    }

    /// `$?`: the status of the last command.
    pub fn status(&self) -> i32 {
        self.status
    }

    /// Set `$?` (a program that held the terminal has ended with this status).
    pub fn set_status(&mut self, status: i32) {
        self.status = status;
    }

    /// Whether a function of this name is defined.
    pub fn has_function(&self, name: &str) -> bool {
        self.functions.contains_key(name)
    }

    /// Parse and run `script` with `stdin` as standard input.
    pub fn run<M: Machine + ?Sized>(
        &mut self,
        machine: &mut M,
        programs: &Registry<M>,
        script: &str,
        stdin: &[u8],
    ) -> Outcome {
        let mut ctx = Ctx::new(self.limits);
        let mut output = Output::new();
        let status = self.run_nested(
            machine,
            programs,
            &mut ctx,
            script,
            stdin.to_vec(),
            &mut output,
        );
        let stopped = ctx.stop_reason();
        if let Some(why) = stopped {
            let msg = format!("{}: {}\n", self.voice.name, why.message(&self.limits));
            output.push(Stream::Stderr, msg.as_bytes());
        }
        let exited = self.exited;
        self.exited = false;
        Outcome {
            status: if stopped.is_some() {
                STOPPED_STATUS
            } else {
                status
            },
            output,
            exited,
            stopped,
        }
    }

    /// Run a command given as words, without a shell (Docker's exec form: `RUN ["a", "b"]`).
    /// `Err` carries why the program could not be found, so the caller can word the error.
    pub fn exec<M: Machine + ?Sized>(
        &mut self,
        machine: &mut M,
        programs: &Registry<M>,
        argv: &[String],
        stdin: &[u8],
    ) -> Result<Outcome, Lookup> {
        let path_var = self.var("PATH").unwrap_or("").to_string();
        let env = self.env();
        self.exec_with(machine, programs, argv, stdin, &path_var, env)
    }

    /// [`Shell::exec`] for a shell that is not used after (a RUN step's), with `env` (see
    /// [`environment`]) as the program's environment and this shell's own exported variables
    /// (`PWD` from [`Shell::with_cwd`]) over it: the environment is built once, for the
    /// program, instead of being set in the shell name by name and copied out again.
    pub fn exec_in_env<M: Machine + ?Sized>(
        mut self,
        machine: &mut M,
        programs: &Registry<M>,
        argv: &[String],
        stdin: &[u8],
        mut env: Map<String, String>,
    ) -> Result<Outcome, Lookup> {
        for (k, v) in std::mem::take(&mut self.vars) {
            if let (true, Some(value)) = (v.exported, v.value) {
                env.insert(k, value);
            }
        }
        let path_var = env.get("PATH").cloned().unwrap_or_default();
        self.exec_with(machine, programs, argv, stdin, &path_var, env)
    }

    fn exec_with<M: Machine + ?Sized>(
        &mut self,
        machine: &mut M,
        programs: &Registry<M>,
        argv: &[String],
        stdin: &[u8],
        path_var: &str,
        env: Map<String, String>,
    ) -> Result<Outcome, Lookup> {
        let Some(name) = argv.first() else {
            return Err(Lookup::NotFound);
        };
        let path = match lookup(machine.fs(), name, path_var, &self.cwd) {
            Lookup::Found(p) => p,
            other => return Err(other),
        };
        let mut ctx = Ctx::new(self.limits);
        let (spawned, mut output) = spawn::spawn(
            machine,
            programs,
            &mut ctx,
            env,
            &self.cwd,
            &path,
            argv,
            stdin,
            self.voice.flavour,
        );
        let status = match spawned {
            spawn::Spawned::Ran(status) => status,
            spawn::Spawned::BadInterpreter(_) => return Err(Lookup::NotFound),
            spawn::Spawned::NoProgram => return Err(Lookup::NotExecutable(path)),
        };
        let stopped = ctx.stop_reason();
        if let Some(why) = stopped {
            let msg = format!("{}: {}\n", self.voice.name, why.message(&self.limits));
            output.push(Stream::Stderr, msg.as_bytes());
        }
        Ok(Outcome {
            status: if stopped.is_some() {
                STOPPED_STATUS
            } else {
                status
            },
            output,
            exited: false,
            stopped,
        })
    }

    /// Run inside an existing budget (for child shells). Does not print limit messages.
    pub(crate) fn run_nested<M: Machine + ?Sized>(
        &mut self,
        machine: &mut M,
        programs: &Registry<M>,
        ctx: &mut Ctx,
        script: &str,
        stdin: Vec<u8>,
        output: &mut Output,
    ) -> i32 {
        let lines = script.matches('\n').count() + 1;
        let list = match parse_dialect(script, self.voice.flavour == Flavour::Bash) {
            Ok(l) => l,
            Err(e) => {
                let mut e = e;
                e.line += self.line_offset;
                output.push(Stream::Stderr, self.voice.syntax_error(&e).as_bytes());
                if self.voice.invoked == Invoked::Interactive {
                    self.line_offset += lines;
                }
                self.status = 2;
                return 2;
            }
        };
        let fds = Fds::terminal(stdin);
        let r = {
            let mut ex = Exec::new(self, machine, programs, ctx, fds, output);
            ex.run_list(&list)
        };
        if self.voice.invoked == Invoked::Interactive {
            self.line_offset += lines;
        }
        let status = match r {
            Ok(s) => s,
            Err(Ctl::Exit(s)) => {
                self.exited = true;
                s
            }
            Err(Ctl::Fatal(s)) | Err(Ctl::Return(s)) => s,
            Err(Ctl::Break(_)) | Err(Ctl::Continue(_)) => self.status,
            Err(Ctl::Stop) => STOPPED_STATUS,
        };
        self.status = status;
        // The EXIT trap runs when the shell ends: after a script, or after `exit` at a prompt.
        let ending = self.exited || self.voice.invoked != Invoked::Interactive;
        if ending && !ctx.stopped() {
            if let Some(action) = self.traps.remove("EXIT") {
                if let Ok(list) = parse_dialect(&action, self.voice.flavour == Flavour::Bash) {
                    let fds = Fds::terminal(Vec::new());
                    let mut ex = Exec::new(self, machine, programs, ctx, fds, output);
                    let _ = ex.run_list(&list);
                }
                self.status = status;
            }
        }
        status
    }
}
