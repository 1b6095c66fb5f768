//! Starting program files as child processes: registered programs, `#!` interpreters, plain
//! shell scripts, and the shells themselves (`sh`, `dash`, `ash`, `bash` as programs).

use crate::map::Map;
use std::rc::Rc;

use super::exec::Ctx;
use super::flavour::{Flavour, Invoked};
use super::io::Output;
use super::program::{
    absolute, resolve_links, FsView, Invocation, Kind, Machine, Program, Registry,
};
use super::{Shell, Var};

/// How starting a program file went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Spawned {
    /// It ran and exited with this status.
    Ran(i32),
    /// Its `#!` line names an interpreter that does not exist (the kernel's `ENOENT`).
    BadInterpreter(String),
    /// A simulated binary with no program behind it.
    NoProgram,
}

/// Run the program file at `path` as a child process would: resolve what implements it (a
/// registered program, a `#!` interpreter, or a plain shell script run by a shell of
/// `flavour`) and collect its output. The environment is the child's own, as after `fork`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn spawn<M: Machine + ?Sized>(
    m: &mut M,
    reg: &Registry<M>,
    ctx: &mut Ctx,
    env: Map<String, String>,
    cwd: &str,
    path: &str,
    argv: &[String],
    stdin: &[u8],
    flavour: Flavour,
) -> (Spawned, Output) {
    let mut output = Output::new();
    if ctx.enter().is_err() {
        return (Spawned::Ran(STOPPED), output);
    }
    let r = spawn_inner(
        m,
        reg,
        ctx,
        env,
        cwd,
        path,
        argv,
        stdin,
        flavour,
        &mut output,
    );
    ctx.leave();
    (r, output)
}

const STOPPED: i32 = super::STOPPED_STATUS;

#[allow(clippy::too_many_arguments)]
fn spawn_inner<M: Machine + ?Sized>(
    m: &mut M,
    reg: &Registry<M>,
    ctx: &mut Ctx,
    env: Map<String, String>,
    cwd: &str,
    path: &str,
    argv: &[String],
    stdin: &[u8],
    flavour: Flavour,
    output: &mut Output,
) -> Spawned {
    let real = resolve_links(m.fs(), path);
    let real_name = real.rsplit('/').next().unwrap_or("").to_string();
    let called = argv
        .first()
        .map(|a| a.rsplit('/').next().unwrap_or(a).to_string())
        .unwrap_or_default();
    let program = if real_name == "busybox" && called != "busybox" {
        match called.as_str() {
            "sh" | "ash" => Some(Rc::new(ShellProgram {
                flavour: Flavour::Busybox,
            }) as Rc<dyn Program<M>>),
            _ => reg.get(&called),
        }
    } else {
        reg.get(&real_name).or_else(|| reg.get(&called))
    };
    if let Some(p) = program {
        return Spawned::Ran(run_in_invocation(
            &*p,
            m,
            reg,
            ctx,
            env,
            cwd,
            path,
            argv.to_vec(),
            stdin,
            output,
        ));
    }
    // No program behind the file: a script with `#!`, a plain shell script, or nothing.
    let body = m.fs().read_file(&real).unwrap_or_default();
    if let Some(rest) = body.strip_prefix(b"#!") {
        let first = rest.split(|&b| b == b'\n').next().unwrap_or(&[]);
        // Like the kernel: blanks around the interpreter go, a carriage return stays.
        let first = String::from_utf8_lossy(first);
        let first = first.trim_matches([' ', '\t']);
        let mut it = first.splitn(2, [' ', '\t']);
        let interp = it.next().unwrap_or("").to_string();
        let arg = it
            .next()
            .map(|s| s.trim_matches([' ', '\t']).to_string())
            .filter(|s| !s.is_empty());
        let mut new_argv = vec![interp.clone()];
        new_argv.extend(arg);
        new_argv.push(path.to_string());
        new_argv.extend(argv.iter().skip(1).cloned());
        let interp_path = absolute(cwd, &interp);
        return match m.fs().metadata(&interp_path) {
            Some(meta) if meta.kind != Kind::Dir && !interp.is_empty() => {
                let (st, out) = spawn(
                    m,
                    reg,
                    ctx,
                    env,
                    cwd,
                    &interp_path,
                    &new_argv,
                    stdin,
                    flavour,
                );
                output.extend(&out);
                st
            }
            _ => Spawned::BadInterpreter(interp),
        };
    }
    let looks_like_text =
        std::str::from_utf8(&body).is_ok() && !body.contains(&0) && !body.starts_with(b"\x7fELF");
    if looks_like_text {
        let mut new_argv = vec!["sh".to_string(), path.to_string()];
        new_argv.extend(argv.iter().skip(1).cloned());
        let shell = ShellProgram { flavour };
        return Spawned::Ran(run_in_invocation(
            &shell, m, reg, ctx, env, cwd, path, new_argv, stdin, output,
        ));
    }
    Spawned::NoProgram
}

#[allow(clippy::too_many_arguments)]
fn run_in_invocation<M: Machine + ?Sized>(
    p: &dyn Program<M>,
    m: &mut M,
    reg: &Registry<M>,
    ctx: &mut Ctx,
    env: Map<String, String>,
    cwd: &str,
    path: &str,
    argv: Vec<String>,
    stdin: &[u8],
    output: &mut Output,
) -> i32 {
    let mut inv = Invocation {
        argv,
        env,
        cwd: cwd.to_string(),
        stdin: stdin.to_vec(),
        path: path.to_string(),
        machine: m,
        output: Output::new(),
        ctx,
        registry: reg,
    };
    let status = p.run(&mut inv);
    output.extend(&inv.output);
    status & 0xff
}

/// `sh`, `dash`, `ash` and `bash` as programs: `-c 'script' [name args…]`, a script file, or
/// commands on standard input.
pub(crate) struct ShellProgram {
    pub(crate) flavour: Flavour,
}

impl ShellProgram {
    /// Set a `-o` option as this flavour can (dash has no `pipefail`).
    fn set_option(&self, opts: &mut super::Opts, name: &str, on: bool) -> bool {
        !(self.flavour == Flavour::Dash && name == "pipefail") && opts.set_long(name, on)
    }

    fn bad_option(&self, argv0: &str, flag: &str, name: &str) -> String {
        match self.flavour {
            Flavour::Dash => format!("{argv0}: 0: Illegal option {flag} {name}\n"),
            Flavour::Busybox => format!("{argv0}: {flag}: invalid option -- {name}\n"),
            Flavour::Bash => format!("{argv0}: {name}: invalid option name\n"),
        }
    }
}

impl<M: Machine + ?Sized> Program<M> for ShellProgram {
    fn run(&self, inv: &mut Invocation<'_, M>) -> i32 {
        let argv0 = inv.argv.first().cloned().unwrap_or_else(|| "sh".into());
        let args: Vec<String> = inv.args().to_vec();
        let mut opts = super::Opts::default();
        let mut i = 0;
        let mut want_c = false;
        while i < args.len() {
            let a = &args[i];
            if a == "-c" {
                want_c = true;
                i += 1;
                continue;
            }
            if a == "-o" || a == "+o" {
                if let Some(name) = args.get(i + 1) {
                    if !self.set_option(&mut opts, name, a == "-o") {
                        inv.err(self.bad_option(&argv0, a, name));
                        return 2;
                    }
                }
                i += 2;
                continue;
            }
            if a == "--" {
                i += 1;
                break;
            }
            if a.len() > 1 && (a.starts_with('-') || a.starts_with('+')) && a != "-" {
                let on = a.starts_with('-');
                let mut takes = 0;
                for c in a[1..].chars() {
                    if c == 'c' {
                        want_c = true;
                    } else if c == 'o' {
                        takes += 1;
                        if let Some(name) = args.get(i + takes) {
                            if !self.set_option(&mut opts, name, on) {
                                inv.err(self.bad_option(&argv0, "-o", name));
                                return 2;
                            }
                        }
                    } else {
                        opts.set_short(c, on);
                    }
                }
                i += 1 + takes;
                continue;
            }
            break;
        }
        let rest = &args[i.min(args.len())..];
        let (script, name, positional, invoked) = if want_c {
            let Some(text) = rest.first() else {
                inv.err(format!("{argv0}: -c requires an argument\n"));
                return 2;
            };
            let name = rest.get(1).cloned().unwrap_or(argv0.clone());
            let pos = rest.get(2..).map(|s| s.to_vec()).unwrap_or_default();
            (text.clone(), name, pos, Invoked::Command)
        } else if let Some(file) = rest.first() {
            let p = absolute(&inv.cwd, file);
            match inv.machine.fs().read_file(&p) {
                Ok(b) => (
                    String::from_utf8_lossy(&b).into_owned(),
                    file.clone(),
                    rest[1..].to_vec(),
                    Invoked::Script(file.clone()),
                ),
                Err(e) => {
                    let msg = match self.flavour {
                        Flavour::Dash => format!("{argv0}: 0: cannot open {file}: No such file\n"),
                        Flavour::Busybox => {
                            format!("{argv0}: can't open '{file}': {}\n", e.describe())
                        }
                        Flavour::Bash => format!("{argv0}: {file}: {}\n", e.describe()),
                    };
                    inv.err(msg);
                    return 127;
                }
            }
        } else {
            let text = String::from_utf8_lossy(&inv.stdin).into_owned();
            (text, argv0.clone(), Vec::new(), Invoked::Command)
        };
        let mut sh = Shell::new(self.flavour, &name, invoked);
        sh.opts = opts;
        sh.positional = positional;
        sh.cwd = inv.cwd.clone();
        // The environment becomes the shell's variables; nothing reads it from `inv` after.
        // In one go: the environment is already in name order.
        sh.vars = std::mem::take(&mut inv.env)
            .into_iter()
            .map(|(k, v)| {
                let var = Var {
                    value: Some(v),
                    exported: true,
                    readonly: false,
                };
                (k, var)
            })
            .collect();
        // Like dash and bash at startup: PWD names the directory the shell starts in.
        sh.export("PWD", Some(inv.cwd.clone()));
        sh.pid = 40 + inv.ctx.depth as u32;
        let stdin = if want_c || !rest.is_empty() {
            std::mem::take(&mut inv.stdin)
        } else {
            Vec::new()
        };
        let mut out = Output::new();
        let status = sh.run_nested(inv.machine, inv.registry, inv.ctx, &script, stdin, &mut out);
        inv.output.extend(&out);
        status
    }
}
