//! The executor: runs the syntax tree over a machine — lists, pipelines, `set -e`, redirects,
//! functions, subshells, programs — within the step, output and nesting budget.

use crate::map::Map;
use std::rc::Rc;

use super::ast::*;
use super::flavour::{Flavour, Voice};
use super::io::{Fd, Fds, Input, Output, Sink, Stream};
use super::program::{absolute, lookup, FsError, FsView, Kind, Lookup, Machine, Registry};
use super::spawn::{spawn, Spawned};
use super::{Limit, Limits, Shell, Var};

/// Why execution is unwinding instead of going on to the next command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Ctl {
    Break(u32),
    Continue(u32),
    Return(i32),
    /// `exit`, or `set -e` after a failure.
    Exit(i32),
    /// A fatal shell error (bad substitution, `${x?}`): the script ends with this status.
    Fatal(i32),
    /// A limit was reached.
    Stop,
}

pub(crate) type R<T> = Result<T, Ctl>;

/// The budget shared by a run and every shell and program it starts.
#[derive(Debug)]
pub struct Ctx {
    pub(crate) limits: Limits,
    steps: u64,
    output: usize,
    pub(crate) depth: usize,
    stop: Option<Limit>,
}

impl Ctx {
    pub(crate) fn new(limits: Limits) -> Ctx {
        Ctx {
            limits,
            steps: 0,
            output: 0,
            depth: 0,
            stop: None,
        }
    }

    pub(crate) fn stopped(&self) -> bool {
        self.stop.is_some()
    }

    pub(crate) fn stop_reason(&self) -> Option<Limit> {
        self.stop
    }

    pub(crate) fn halt(&mut self, why: Limit) {
        if self.stop.is_none() {
            self.stop = Some(why);
        }
    }

    pub(crate) fn step(&mut self) -> R<()> {
        self.steps += 1;
        if self.steps > self.limits.max_steps {
            self.halt(Limit::Steps);
        }
        if self.stop.is_some() {
            return Err(Ctl::Stop);
        }
        Ok(())
    }

    pub(crate) fn output_room(&self) -> usize {
        self.limits.max_output.saturating_sub(self.output)
    }

    pub(crate) fn count_output(&mut self, n: usize) {
        self.output = self.output.saturating_add(n);
        if self.output > self.limits.max_output {
            self.halt(Limit::Output);
        }
    }

    pub(crate) fn enter(&mut self) -> R<()> {
        self.depth += 1;
        if self.depth > self.limits.max_depth {
            self.halt(Limit::Depth);
            return Err(Ctl::Stop);
        }
        Ok(())
    }

    pub(crate) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }
}

pub(crate) struct Exec<'a, M: Machine + ?Sized> {
    pub(crate) sh: &'a mut Shell,
    pub(crate) m: &'a mut M,
    pub(crate) reg: &'a Registry<M>,
    pub(crate) ctx: &'a mut Ctx,
    pub(crate) fds: Fds,
    pub(crate) out: &'a mut Output,
    /// Inside an `if`/`while` condition, a non-final part of `&&`/`||`, or after `!`.
    pub(crate) cond: usize,
    pub(crate) loops: u32,
    pub(crate) funcs: usize,
    pub(crate) line: usize,
    pub(crate) locals: Vec<Vec<(String, Option<Var>)>>,
    /// Depth of `.` files being read (where `return` is allowed).
    pub(crate) sourcing: usize,
    /// `exec` without a command: keep this command's redirects for the rest of the shell.
    pub(crate) keep_fds: bool,
    /// The status of the last command substitution (the status of `x=$(false)`).
    pub(crate) subst_status: Option<i32>,
    /// Running in a subshell (a copy of the shell).
    pub(crate) in_subshell: bool,
}

impl<'a, M: Machine + ?Sized> Exec<'a, M> {
    pub(crate) fn new(
        sh: &'a mut Shell,
        m: &'a mut M,
        reg: &'a Registry<M>,
        ctx: &'a mut Ctx,
        fds: Fds,
        out: &'a mut Output,
    ) -> Exec<'a, M> {
        Exec {
            sh,
            m,
            reg,
            ctx,
            fds,
            out,
            cond: 0,
            loops: 0,
            funcs: 0,
            line: 1,
            locals: Vec::new(),
            sourcing: 0,
            keep_fds: false,
            subst_status: None,
            in_subshell: false,
        }
    }

    pub(crate) fn voice(&self) -> &Voice {
        &self.sh.voice
    }

    pub(crate) fn line_no(&self) -> usize {
        self.line + self.sh.line_offset
    }

    // ----- output -----

    pub(crate) fn write_fd(&mut self, fd: u32, bytes: &[u8]) -> R<()> {
        if bytes.is_empty() {
            return Ok(());
        }
        let room = self.ctx.output_room();
        let bytes = &bytes[..bytes.len().min(room)];
        match self.fds.get(fd).clone() {
            Fd::Out(Sink::Terminal(s)) => self.out.push(s, bytes),
            Fd::Out(Sink::Null) | Fd::Closed | Fd::In(_) => {}
            Fd::Out(Sink::File(path)) => {
                let _ = self.m.fs_mut().write_file(&path, bytes, true);
            }
            Fd::Out(Sink::Buffer(b)) => b.borrow_mut().extend_from_slice(bytes),
        }
        self.ctx.count_output(bytes.len().max(1));
        if self.ctx.stopped() {
            return Err(Ctl::Stop);
        }
        Ok(())
    }

    pub(crate) fn out_str(&mut self, s: &str) -> R<()> {
        self.write_fd(1, s.as_bytes())
    }

    pub(crate) fn err_str(&mut self, s: &str) -> R<()> {
        self.write_fd(2, s.as_bytes())
    }

    /// Print a builtin's error in the flavour's format.
    pub(crate) fn builtin_err(&mut self, name: &str, msg: &str) -> R<()> {
        let text = self.voice().builtin(self.line_no(), name, msg);
        self.err_str(&text)
    }

    // ----- variables -----

    pub(crate) fn get_var(&self, name: &str) -> Option<String> {
        self.sh.vars.get(name).and_then(|v| v.value.clone())
    }

    pub(crate) fn set_var(&mut self, name: &str, value: String) -> R<()> {
        if value.len() > self.ctx.limits.max_output {
            self.ctx.halt(Limit::Output);
            return Err(Ctl::Stop);
        }
        if self.sh.vars.get(name).is_some_and(|v| v.readonly) {
            let msg = format!("{name}: is read only");
            let line = self.line_no();
            let text = match self.voice().flavour {
                Flavour::Bash => {
                    format!("{}{name}: readonly variable\n", self.voice().prefix(line))
                }
                _ => format!("{}{msg}\n", self.voice().prefix(line)),
            };
            self.err_str(&text)?;
            return Err(Ctl::Fatal(2));
        }
        let exported = self.sh.opts.allexport;
        let v = self.sh.vars.entry(name.to_string()).or_default();
        v.value = Some(value);
        v.exported |= exported;
        Ok(())
    }

    /// The exported environment handed to programs.
    pub(crate) fn env(&self) -> Map<String, String> {
        self.sh.env()
    }

    // ----- running -----

    pub(crate) fn run_list(&mut self, list: &List) -> R<i32> {
        let mut status = 0;
        for item in &list.items {
            status = self.run_and_or(&item.and_or)?;
            if item.background {
                self.sh.last_bg = Some(self.sh.pid + 1 + self.sh.bg_count);
                self.sh.bg_count += 1;
                status = 0;
                self.sh.status = 0;
            }
        }
        Ok(status)
    }

    fn run_and_or(&mut self, ao: &AndOr) -> R<i32> {
        let total = 1 + ao.rest.len();
        let mut idx = 0;
        let mut status = self.run_pipeline_checked(&ao.first, idx + 1 < total)?;
        for (conn, pipe) in &ao.rest {
            idx += 1;
            let go = match conn {
                Connector::And => status == 0,
                Connector::Or => status != 0,
            };
            if go {
                status = self.run_pipeline_checked(pipe, idx + 1 < total)?;
            }
        }
        Ok(status)
    }

    /// Run a pipeline; unless it is a condition (`not_last`, `!`, or inside `if`), a failure
    /// under `set -e` ends the shell.
    fn run_pipeline_checked(&mut self, p: &Pipeline, not_last: bool) -> R<i32> {
        let guarded = not_last || p.bang;
        if guarded {
            self.cond += 1;
        }
        let r = self.run_pipeline(p);
        if guarded {
            self.cond -= 1;
        }
        let status = r?;
        self.sh.status = status;
        if status != 0 && !guarded && self.cond == 0 && self.sh.opts.errexit {
            return Err(Ctl::Exit(status));
        }
        Ok(status)
    }

    fn run_pipeline(&mut self, p: &Pipeline) -> R<i32> {
        let status = if p.commands.len() == 1 {
            self.run_command(&p.commands[0])?
        } else {
            let n = p.commands.len();
            let mut input: Option<Input> = None;
            let mut statuses = Vec::with_capacity(n);
            for (i, cmd) in p.commands.iter().enumerate() {
                let mut fds = self.fds.clone();
                if let Some(inp) = input.take() {
                    fds.set(0, Fd::In(inp));
                }
                let buf = Rc::new(std::cell::RefCell::new(Vec::new()));
                if i + 1 < n {
                    fds.set(1, Fd::Out(Sink::Buffer(Rc::clone(&buf))));
                }
                let st = self.subshell(fds, |x| x.run_command(cmd))?;
                statuses.push(st);
                if i + 1 < n {
                    let bytes = std::mem::take(&mut *buf.borrow_mut());
                    input = Some(Input::new(bytes));
                }
            }
            let last = statuses.last().copied().unwrap_or(0);
            if self.sh.opts.pipefail {
                statuses
                    .iter()
                    .rev()
                    .copied()
                    .find(|s| *s != 0)
                    .unwrap_or(0)
            } else {
                last
            }
        };
        Ok(if p.bang {
            i32::from(status == 0)
        } else {
            status
        })
    }

    /// Run `f` in a copy of the shell (a subshell): variable and directory changes are lost,
    /// `exit` leaves only the copy. Filesystem changes stay.
    pub(crate) fn subshell(&mut self, fds: Fds, f: impl FnOnce(&mut Exec<M>) -> R<i32>) -> R<i32> {
        self.ctx.enter()?;
        let mut copy = self.sh.clone();
        let r = {
            let mut child = Exec::new(&mut copy, self.m, self.reg, self.ctx, fds, self.out);
            child.cond = self.cond;
            child.line = self.line;
            child.in_subshell = true;
            f(&mut child)
        };
        self.ctx.leave();
        match r {
            Ok(s) => Ok(s),
            Err(Ctl::Exit(s)) | Err(Ctl::Fatal(s)) | Err(Ctl::Return(s)) => Ok(s),
            Err(Ctl::Break(_)) | Err(Ctl::Continue(_)) => Ok(0),
            Err(Ctl::Stop) => Err(Ctl::Stop),
        }
    }

    fn run_command(&mut self, cmd: &Command) -> R<i32> {
        match cmd {
            Command::Simple(sc) => self.run_simple(sc),
            Command::Compound(c, redirs) => {
                let saved = self.fds.clone();
                if let Err(status) = self.apply_redirects(redirs)? {
                    self.fds = saved;
                    return Ok(status);
                }
                let r = self.run_compound(c);
                self.fds = saved;
                r
            }
            Command::FunctionDef { name, body, .. } => {
                self.sh.functions.insert(name.clone(), Rc::clone(body));
                Ok(0)
            }
        }
    }

    fn run_compound(&mut self, c: &Compound) -> R<i32> {
        match c {
            Compound::Brace(list) => self.run_list(list),
            Compound::Subshell(list) => {
                let fds = self.fds.clone();
                self.subshell(fds, |x| x.run_list(list))
            }
            Compound::If {
                branches,
                otherwise,
            } => {
                for (cond, body) in branches {
                    self.cond += 1;
                    let r = self.run_list(cond);
                    self.cond -= 1;
                    if r? == 0 {
                        return self.run_list(body);
                    }
                }
                match otherwise {
                    Some(body) => self.run_list(body),
                    None => Ok(0),
                }
            }
            Compound::For { var, words, body } => {
                let items = match words {
                    Some(ws) => self.expand_words(ws)?,
                    None => self.sh.positional.clone(),
                };
                let mut status = 0;
                self.loops += 1;
                let r = (|| {
                    for item in items {
                        self.ctx.step()?;
                        self.set_var(var, item)?;
                        match self.run_list(body) {
                            Ok(s) => status = s,
                            Err(Ctl::Break(n)) => {
                                if n > 1 {
                                    return Err(Ctl::Break(n - 1));
                                }
                                break;
                            }
                            Err(Ctl::Continue(n)) => {
                                if n > 1 {
                                    return Err(Ctl::Continue(n - 1));
                                }
                            }
                            Err(e) => return Err(e),
                        }
                    }
                    Ok(status)
                })();
                self.loops -= 1;
                r
            }
            Compound::Loop { until, cond, body } => {
                let mut status = 0;
                self.loops += 1;
                let r = (|| loop {
                    self.ctx.step()?;
                    self.cond += 1;
                    let c = self.run_list(cond);
                    self.cond -= 1;
                    let c = match c {
                        Ok(c) => c,
                        Err(Ctl::Break(n)) if n <= 1 => return Ok(status),
                        Err(e) => return Err(e),
                    };
                    if (c == 0) == *until {
                        return Ok(status);
                    }
                    match self.run_list(body) {
                        Ok(s) => status = s,
                        Err(Ctl::Break(n)) => {
                            if n > 1 {
                                return Err(Ctl::Break(n - 1));
                            }
                            return Ok(status);
                        }
                        Err(Ctl::Continue(n)) => {
                            if n > 1 {
                                return Err(Ctl::Continue(n - 1));
                            }
                        }
                        Err(e) => return Err(e),
                    }
                })();
                self.loops -= 1;
                r
            }
            Compound::Arith(expr) => {
                let text = self.expand_heredoc(expr)?;
                if self.sh.opts.xtrace {
                    self.err_str(&format!("+ (( {} ))\n", text.trim()))?;
                }
                Ok(i32::from(self.arith(&text)? == 0))
            }
            Compound::ArithFor {
                init,
                cond,
                step,
                body,
            } => {
                let text = self.expand_heredoc(init)?;
                self.arith(&text)?;
                let mut status = 0;
                self.loops += 1;
                let r = (|| loop {
                    self.ctx.step()?;
                    let c = self.expand_heredoc(cond)?;
                    if !c.trim().is_empty() && self.arith(&c)? == 0 {
                        return Ok(status);
                    }
                    match self.run_list(body) {
                        Ok(s) => status = s,
                        Err(Ctl::Break(n)) => {
                            if n > 1 {
                                return Err(Ctl::Break(n - 1));
                            }
                            return Ok(status);
                        }
                        Err(Ctl::Continue(n)) if n > 1 => return Err(Ctl::Continue(n - 1)),
                        Err(Ctl::Continue(_)) => {}
                        Err(e) => return Err(e),
                    }
                    let s = self.expand_heredoc(step)?;
                    self.arith(&s)?;
                })();
                self.loops -= 1;
                r
            }
            Compound::Case { word, arms } => {
                let subject: Vec<char> = self.expand_single(word)?.chars().collect();
                for arm in arms {
                    for pat in &arm.patterns {
                        let p = self.expand_pattern(pat)?;
                        if super::pattern::matches(&p, &subject) {
                            return self.run_list(&arm.body);
                        }
                    }
                }
                Ok(0)
            }
        }
    }

    fn run_simple(&mut self, sc: &SimpleCommand) -> R<i32> {
        self.ctx.step()?;
        self.line = sc.line;
        self.subst_status = None;
        if self.voice().flavour == Flavour::Bash
            && sc.words.first().and_then(Word::as_plain) == Some("[[")
        {
            return self.double_bracket(&sc.words);
        }
        let argv = self.expand_words(&sc.words)?;
        let mut assigns = Vec::with_capacity(sc.assigns.len());
        for a in &sc.assigns {
            let v = self.expand_assign(&a.value)?;
            assigns.push((a.name.clone(), v));
        }
        if self.sh.opts.xtrace {
            let mut line = self.get_var("PS4").unwrap_or_else(|| "+ ".to_string());
            let mut first = true;
            for (n, v) in &assigns {
                if !first {
                    line.push(' ');
                }
                first = false;
                line.push_str(&format!("{n}={}", self.trace_quote(v)));
            }
            for w in &argv {
                if !first {
                    line.push(' ');
                }
                first = false;
                line.push_str(&self.trace_quote(w));
            }
            line.push('\n');
            self.err_str(&line)?;
        }
        if argv.is_empty() {
            // Assignments only (and perhaps redirects): they stay in the shell.
            let saved = self.fds.clone();
            let r = self.apply_redirects(&sc.redirects)?;
            self.fds = saved;
            if let Err(status) = r {
                return Ok(status);
            }
            for (n, v) in assigns {
                self.set_var(&n, v)?;
            }
            // The status is that of the last command substitution, if there was one.
            return Ok(self.subst_status.take().unwrap_or(0));
        }
        let saved = self.fds.clone();
        match self.apply_redirects(&sc.redirects) {
            Ok(Ok(())) => {}
            Ok(Err(status)) => {
                self.fds = saved;
                return Ok(status);
            }
            Err(e) => {
                self.fds = saved;
                return Err(e);
            }
        }
        let r = self.dispatch(&argv, assigns);
        if self.keep_fds {
            self.keep_fds = false;
        } else {
            self.fds = saved;
        }
        r
    }

    /// bash's `[[ … ]]`: no field splitting or globbing; the right side of `==`/`!=` is a
    /// pattern unless quoted.
    fn double_bracket(&mut self, words: &[Word]) -> R<i32> {
        let inner = &words[1..words.len().saturating_sub(1).max(1)];
        let mut args = Vec::with_capacity(inner.len());
        for w in inner {
            let text = self.expand_single(w)?;
            let pattern = self.expand_pattern(w)?;
            let op = w.as_plain().map(str::to_string);
            args.push(super::test_cmd::Arg { text, pattern, op });
        }
        if self.sh.opts.xtrace {
            let shown: Vec<String> = args.iter().map(|a| self.trace_quote(&a.text)).collect();
            let line = format!("+ [[ {} ]]\n", shown.join(" "));
            self.err_str(&line)?;
        }
        let cwd = self.sh.cwd.clone();
        match super::test_cmd::double_bracket(&args, self.m.fs(), &cwd) {
            Ok(true) => Ok(0),
            Ok(false) => Ok(1),
            Err(e) => {
                let msg = format!(
                    "{}conditional expression: {}\n",
                    self.voice().prefix(self.line_no()),
                    e.render(Flavour::Bash)
                );
                self.err_str(&msg)?;
                Ok(2)
            }
        }
    }

    /// Quote a word for a `set -x` trace line the way the flavour does.
    fn trace_quote(&self, w: &str) -> String {
        let plain = !w.is_empty()
            && w.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_./=:,+@%^".contains(c));
        if plain || self.voice().flavour == Flavour::Dash {
            w.to_string()
        } else {
            format!("'{}'", w.replace('\'', "'\\''"))
        }
    }

    fn dispatch(&mut self, argv: &[String], assigns: Vec<(String, String)>) -> R<i32> {
        let name = argv[0].as_str();
        if let Some(body) = self.sh.functions.get(name).cloned() {
            return self.with_temp_vars(assigns, |x| x.call_function(&body, argv));
        }
        if super::builtins::is_special(name) {
            for (n, v) in assigns {
                self.set_var(&n, v)?;
            }
            return self.run_builtin(argv).unwrap_or(Ok(0));
        }
        if super::builtins::is_builtin(name, self.voice().flavour) {
            return self.with_temp_vars(assigns, |x| x.run_builtin(argv).unwrap_or(Ok(0)));
        }
        self.run_program(argv, assigns, false)
    }

    fn with_temp_vars(
        &mut self,
        assigns: Vec<(String, String)>,
        f: impl FnOnce(&mut Self) -> R<i32>,
    ) -> R<i32> {
        let mut saved = Vec::new();
        for (n, v) in assigns {
            saved.push((n.clone(), self.sh.vars.get(&n).cloned()));
            self.set_var(&n, v)?;
            if let Some(var) = self.sh.vars.get_mut(&n) {
                var.exported = true;
            }
        }
        let r = f(self);
        for (n, old) in saved.into_iter().rev() {
            match old {
                Some(v) => {
                    self.sh.vars.insert(n, v);
                }
                None => {
                    self.sh.vars.remove(&n);
                }
            }
        }
        r
    }

    fn call_function(&mut self, body: &Compound, argv: &[String]) -> R<i32> {
        self.ctx.step()?;
        self.ctx.enter()?;
        let saved = std::mem::replace(&mut self.sh.positional, argv[1..].to_vec());
        self.funcs += 1;
        self.locals.push(Vec::new());
        let loops = std::mem::replace(&mut self.loops, 0);
        let r = self.run_compound(body);
        self.loops = loops;
        if let Some(frame) = self.locals.pop() {
            for (n, old) in frame.into_iter().rev() {
                match old {
                    Some(v) => {
                        self.sh.vars.insert(n, v);
                    }
                    None => {
                        self.sh.vars.remove(&n);
                    }
                }
            }
        }
        self.funcs -= 1;
        self.sh.positional = saved;
        self.ctx.leave();
        match r {
            Err(Ctl::Return(s)) => Ok(s),
            other => other,
        }
    }

    /// Find and run a program file.
    pub(crate) fn run_program(
        &mut self,
        argv: &[String],
        assigns: Vec<(String, String)>,
        via_exec: bool,
    ) -> R<i32> {
        let name = &argv[0];
        let path_var = self.get_var("PATH").unwrap_or_default();
        let found = lookup(self.m.fs(), name, &path_var, &self.sh.cwd);
        let line = self.line_no();
        let path = match found {
            Lookup::Found(p) => p,
            Lookup::NotFound => {
                let msg = if via_exec {
                    self.voice().exec_not_found(line, name)
                } else {
                    self.voice().not_found(line, name)
                };
                self.err_str(&msg)?;
                return Ok(127);
            }
            Lookup::NotExecutable(_) => {
                let msg = self.voice().cannot_execute(line, name, false);
                self.err_str(&msg)?;
                return Ok(126);
            }
            Lookup::IsDir(_) => {
                let msg = self.voice().cannot_execute(line, name, true);
                self.err_str(&msg)?;
                return Ok(126);
            }
        };
        let mut env = self.env();
        for (n, v) in assigns {
            env.insert(n, v);
        }
        let cwd = self.sh.cwd.clone();
        if self.m.serve(argv, &env, &cwd) {
            return Err(Ctl::Exit(0));
        }
        let stdin = self.fds.stdin().read_all();
        let flavour = self.voice().flavour;
        let (spawned, output) = spawn(
            self.m, self.reg, self.ctx, env, &cwd, &path, argv, &stdin, flavour,
        );
        for (stream, bytes) in output.chunks() {
            let fd = match stream {
                Stream::Stdout => 1,
                Stream::Stderr => 2,
            };
            self.write_fd(fd, bytes)?;
        }
        if self.ctx.stopped() {
            return Err(Ctl::Stop);
        }
        match spawned {
            Spawned::Ran(status) => Ok(status),
            Spawned::BadInterpreter(interp) => {
                let msg = self.voice().bad_interpreter(line, name, &interp);
                self.err_str(&msg)?;
                Ok(if flavour == Flavour::Bash { 126 } else { 127 })
            }
            Spawned::NoProgram => {
                let msg = format!(
                    "{}{name}: cannot run: this simulated file has no program behind it\n",
                    self.voice().prefix(line)
                );
                self.err_str(&msg)?;
                Ok(126)
            }
        }
    }

    // ----- redirects -----

    /// Apply redirects to the current descriptors. `Ok(Err(status))` when one failed (the
    /// message is already printed).
    pub(crate) fn apply_redirects(&mut self, redirs: &[Redirect]) -> R<Result<(), i32>> {
        for r in redirs {
            let fd = r.fd();
            if let RedirOp::HereDoc { .. } = r.op {
                let body = self.expand_heredoc(&r.target)?;
                self.fds.set(fd, Fd::In(Input::new(body.into_bytes())));
                continue;
            }
            let target = self.expand_single(&r.target)?;
            let line = self.line_no();
            match r.op {
                RedirOp::DupIn | RedirOp::DupOut => {
                    if target == "-" {
                        self.fds.set(fd, Fd::Closed);
                    } else if let Ok(src) = target.parse::<u32>() {
                        if src > 9 || matches!(self.fds.get(src), Fd::Closed) {
                            let msg = format!(
                                "{}{target}: Bad file descriptor\n",
                                self.voice().prefix(line)
                            );
                            self.err_str(&msg)?;
                            return Ok(Err(self.voice().redirect_status()));
                        }
                        let v = self.fds.get(src).clone();
                        self.fds.set(fd, v);
                    } else {
                        let msg = match self.voice().flavour {
                            Flavour::Bash => format!(
                                "{}{target}: ambiguous redirect\n",
                                self.voice().prefix(line)
                            ),
                            _ => format!(
                                "{}Syntax error: Bad fd number\n",
                                self.voice().prefix(line)
                            ),
                        };
                        self.err_str(&msg)?;
                        return Ok(Err(2));
                    }
                }
                RedirOp::In | RedirOp::ReadWrite => {
                    let path = absolute(&self.sh.cwd, &target);
                    if path == "/dev/null" {
                        self.fds.set(fd, Fd::In(Input::new(Vec::new())));
                        continue;
                    }
                    if path == "/dev/stdin" {
                        continue;
                    }
                    match self.m.fs().read_file(&path) {
                        Ok(bytes) => self.fds.set(fd, Fd::In(Input::new(bytes))),
                        Err(FsError::NotFound) if r.op == RedirOp::ReadWrite => {
                            if let Err(e) = self.m.fs_mut().write_file(&path, b"", true) {
                                let msg = self.voice().cannot_create(line, &target, &e);
                                self.err_str(&msg)?;
                                return Ok(Err(self.voice().redirect_status()));
                            }
                            self.fds.set(fd, Fd::In(Input::new(Vec::new())));
                        }
                        Err(e) => {
                            let msg = self.voice().cannot_open(line, &target, &e);
                            self.err_str(&msg)?;
                            return Ok(Err(self.voice().redirect_status()));
                        }
                    }
                }
                RedirOp::Out | RedirOp::Clobber | RedirOp::Append => {
                    let path = absolute(&self.sh.cwd, &target);
                    let sink = match path.as_str() {
                        "/dev/null" => Some(Fd::Out(Sink::Null)),
                        "/dev/stdout" => Some(self.fds.get(1).clone()),
                        "/dev/stderr" => Some(self.fds.get(2).clone()),
                        "/dev/tty" => Some(Fd::Out(Sink::Terminal(Stream::Stdout))),
                        _ => None,
                    };
                    if let Some(s) = sink {
                        self.fds.set(fd, s);
                        continue;
                    }
                    let append = r.op == RedirOp::Append;
                    let res = match self.m.fs().metadata(&path) {
                        Some(m) if m.kind == Kind::Dir => Err(FsError::IsADirectory),
                        _ => self.m.fs_mut().write_file(&path, b"", append),
                    };
                    if let Err(e) = res {
                        let msg = self.voice().cannot_create(line, &target, &e);
                        self.err_str(&msg)?;
                        return Ok(Err(self.voice().redirect_status()));
                    }
                    self.fds.set(fd, Fd::Out(Sink::File(path)));
                }
                RedirOp::HereDoc { .. } => {}
            }
        }
        Ok(Ok(()))
    }
}
