//! The builtins: `cd`, `export`, `set`, `exit`, `echo`, `read`, `.`, `eval`, `exec` and the rest.

use super::exec::{Ctl, Exec, R};
use super::flavour::Flavour;
use super::io::Fd;
use super::program::{absolute, lookup, FsView, Kind, Lookup, Machine};

/// POSIX special builtins: assignments before them stay, errors in them end the script.
pub(crate) fn is_special(name: &str) -> bool {
    matches!(
        name,
        ":" | "."
            | "break"
            | "continue"
            | "eval"
            | "exec"
            | "exit"
            | "export"
            | "readonly"
            | "return"
            | "set"
            | "shift"
            | "unset"
            | "trap"
            | "times"
    )
}

/// Regular builtins of the flavour (dash has no `source` or `let`).
pub(crate) fn is_builtin(name: &str, flavour: Flavour) -> bool {
    match name {
        "true" | "false" | "echo" | "printf" | "cd" | "pwd" | "test" | "[" | "read" | "local"
        | "type" | "command" | "umask" | "wait" | "hash" | "alias" | "unalias" | "ulimit" => true,
        "source" => flavour != Flavour::Dash,
        "let" => flavour == Flavour::Bash,
        _ => false,
    }
}

impl<'a, M: Machine + ?Sized> Exec<'a, M> {
    /// Run a builtin; `None` when `argv[0]` is not one.
    pub(crate) fn run_builtin(&mut self, argv: &[String]) -> Option<R<i32>> {
        let name = argv.first()?.as_str();
        let args = &argv[1..];
        Some(match name {
            ":" | "true" => Ok(0),
            "false" => Ok(1),
            "echo" => self.b_echo(args),
            "printf" => self.b_printf(args),
            "pwd" => {
                let cwd = self.sh.cwd.clone();
                self.out_str(&format!("{cwd}\n")).map(|_| 0)
            }
            "cd" => self.b_cd(args),
            "export" | "readonly" => self.b_export(name, args),
            "unset" => {
                let funcs = args.first().is_some_and(|a| a == "-f");
                for a in args.iter().filter(|a| !a.starts_with('-')) {
                    if funcs {
                        self.sh.functions.remove(a);
                    } else {
                        self.sh.vars.remove(a);
                    }
                }
                Ok(0)
            }
            "set" => self.b_set(args),
            "exit" => self.b_exit(args),
            "return" => {
                let n = match args.first().map(|a| a.parse::<i32>()) {
                    Some(Ok(n)) => n & 0xff,
                    _ => self.sh.status,
                };
                if self.funcs > 0 || self.sourcing > 0 {
                    Err(Ctl::Return(n))
                } else if self.voice().flavour == Flavour::Bash {
                    self.builtin_err(
                        "return",
                        "can only `return' from a function or sourced script",
                    )
                    .map(|_| 1)
                } else {
                    Err(Ctl::Exit(n))
                }
            }
            "break" | "continue" => {
                let n = args
                    .first()
                    .and_then(|a| a.parse::<u32>().ok())
                    .unwrap_or(1)
                    .max(1);
                if self.loops == 0 {
                    return Some(Ok(0));
                }
                let n = n.min(self.loops);
                Err(if name == "break" {
                    Ctl::Break(n)
                } else {
                    Ctl::Continue(n)
                })
            }
            "shift" => {
                let n = args
                    .first()
                    .and_then(|a| a.parse::<usize>().ok())
                    .unwrap_or(1);
                if n > self.sh.positional.len() {
                    let r = self.builtin_err("shift", "can't shift that many");
                    return Some(r.and(Err(Ctl::Fatal(2))));
                }
                self.sh.positional.drain(..n);
                Ok(0)
            }
            "eval" => {
                let text = args.join(" ");
                self.eval_text(&text)
            }
            "." | "source" => self.b_source(name, args),
            "exec" => self.b_exec(args),
            "test" | "[" => self.b_test(name, args),
            "read" => self.b_read(args),
            "local" => {
                for a in args {
                    let (n, v) = match a.split_once('=') {
                        Some((n, v)) => (n.to_string(), Some(v.to_string())),
                        None => (a.clone(), None),
                    };
                    let old = self.sh.vars.get(&n).cloned();
                    if let Some(frame) = self.locals.last_mut() {
                        frame.push((n.clone(), old));
                    }
                    if let Some(v) = v {
                        if let Err(e) = self.set_var(&n, v) {
                            return Some(Err(e));
                        }
                    }
                }
                Ok(0)
            }
            "type" | "command" => self.b_type(name, args),
            "let" => {
                let mut last = 0;
                for a in args {
                    match self.arith(a) {
                        Ok(v) => last = v,
                        Err(e) => return Some(Err(e)),
                    }
                }
                Ok(i32::from(last == 0))
            }
            "trap" => self.b_trap(args),
            "umask" if args.is_empty() => self.out_str("0022\n").map(|_| 0),
            "umask" | "wait" | "hash" | "alias" | "unalias" | "ulimit" | "times" => Ok(0),
            _ => return None,
        })
    }

    /// `trap ACTION COND…` (`-` resets, no arguments lists the traps).
    fn b_trap(&mut self, args: &[String]) -> R<i32> {
        let Some(action) = args.first() else {
            let mut text = String::new();
            for (cond, action) in &self.sh.traps {
                text.push_str(&format!(
                    "trap -- '{}' {cond}\n",
                    action.replace('\'', "'\\''")
                ));
            }
            return self.out_str(&text).map(|_| 0);
        };
        for cond in &args[1..] {
            let cond = match cond.trim_start_matches("SIG") {
                "0" => "EXIT",
                c => c,
            }
            .to_string();
            if action == "-" {
                self.sh.traps.remove(&cond);
            } else {
                self.sh.traps.insert(cond, action.clone());
            }
        }
        Ok(0)
    }

    fn b_echo(&mut self, args: &[String]) -> R<i32> {
        let flavour = self.voice().flavour;
        let mut newline = true;
        let mut escapes = flavour == Flavour::Dash;
        let mut i = 0;
        while let Some(a) = args.get(i) {
            let is_opt = a.len() > 1
                && a.starts_with('-')
                && a[1..].chars().all(|c| match flavour {
                    Flavour::Dash => c == 'n',
                    _ => matches!(c, 'n' | 'e' | 'E'),
                });
            if !is_opt {
                break;
            }
            for c in a[1..].chars() {
                match c {
                    'n' => newline = false,
                    'e' => escapes = true,
                    _ => escapes = false,
                }
            }
            i += 1;
            if flavour == Flavour::Dash {
                break;
            }
        }
        let mut out = String::new();
        for (k, a) in args[i..].iter().enumerate() {
            if k > 0 {
                out.push(' ');
            }
            if escapes {
                let (s, stop) = super::printf::escapes(a, true);
                out.push_str(&s);
                if stop {
                    return self.out_str(&out).map(|_| 0);
                }
            } else {
                out.push_str(a);
            }
        }
        if newline {
            out.push('\n');
        }
        self.out_str(&out).map(|_| 0)
    }

    fn b_printf(&mut self, args: &[String]) -> R<i32> {
        let Some(fmt) = args.first() else {
            let msg = match self.voice().flavour {
                Flavour::Bash => "usage: printf [-v var] format [arguments]",
                _ => "usage: printf format [arg ...]",
            };
            self.builtin_err("printf", msg)?;
            return Ok(2);
        };
        let (text, errors) = super::printf::format(fmt, &args[1..]);
        self.out_str(&text)?;
        let failed = !errors.is_empty();
        for e in errors {
            self.builtin_err("printf", &e)?;
        }
        Ok(i32::from(failed))
    }

    fn b_cd(&mut self, args: &[String]) -> R<i32> {
        let args: Vec<&String> = args.iter().filter(|a| *a != "-L" && *a != "-P").collect();
        let mut print = false;
        let target = match args.first().map(|s| s.as_str()) {
            None | Some("~") => self.get_var("HOME").unwrap_or_else(|| "/".to_string()),
            Some("-") => {
                print = true;
                match self.get_var("OLDPWD") {
                    Some(o) => o,
                    None => {
                        let msg = match self.voice().flavour {
                            Flavour::Bash => "OLDPWD not set",
                            _ => "can't cd to -",
                        };
                        self.builtin_err("cd", msg)?;
                        return Ok(if self.voice().flavour == Flavour::Dash {
                            2
                        } else {
                            1
                        });
                    }
                }
            }
            Some(t) => t.to_string(),
        };
        let path = absolute(&self.sh.cwd, &target);
        let meta = self.m.fs().metadata(&path);
        if meta.map(|m| m.kind) != Some(Kind::Dir) {
            let why = if meta.is_some() {
                "Not a directory"
            } else {
                "No such file or directory"
            };
            let (msg, status) = match self.voice().flavour {
                Flavour::Dash => (format!("can't cd to {target}"), 2),
                Flavour::Busybox => (format!("can't cd to {target}: {why}"), 1),
                Flavour::Bash => (format!("{target}: {why}"), 1),
            };
            self.builtin_err("cd", &msg)?;
            return Ok(status);
        }
        let old = self.sh.cwd.clone();
        self.sh.cwd = path.clone();
        self.set_var("OLDPWD", old)?;
        self.set_var("PWD", path.clone())?;
        if print {
            self.out_str(&format!("{path}\n"))?;
        }
        Ok(0)
    }

    fn b_export(&mut self, name: &str, args: &[String]) -> R<i32> {
        let readonly = name == "readonly";
        let names: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
        if names.is_empty() {
            let mut text = String::new();
            for (k, v) in &self.sh.vars {
                if (readonly && !v.readonly) || (!readonly && !v.exported) {
                    continue;
                }
                let val = v.value.clone();
                text.push_str(&match (self.voice().flavour, val) {
                    (Flavour::Bash, Some(val)) => format!(
                        "declare -{} {k}=\"{}\"\n",
                        if readonly { "r" } else { "x" },
                        val.replace('\\', "\\\\").replace('"', "\\\"")
                    ),
                    (Flavour::Bash, None) => {
                        format!("declare -{} {k}\n", if readonly { "r" } else { "x" })
                    }
                    (_, Some(val)) => format!("{name} {k}='{}'\n", val.replace('\'', "'\\''")),
                    (_, None) => format!("{name} {k}\n"),
                });
            }
            self.out_str(&text)?;
            return Ok(0);
        }
        for a in names {
            let (n, v) = match a.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (a.as_str(), None),
            };
            if !super::parser::is_name(n) {
                let msg = match self.voice().flavour {
                    Flavour::Bash => format!("`{a}': not a valid identifier"),
                    _ => format!("bad variable name: {n}"),
                };
                self.builtin_err(name, &msg)?;
                return Err(Ctl::Fatal(if self.voice().flavour == Flavour::Bash {
                    1
                } else {
                    2
                }));
            }
            if let Some(v) = v {
                self.set_var(n, v)?;
            }
            let var = self.sh.vars.entry(n.to_string()).or_default();
            if readonly {
                var.readonly = true;
            } else {
                var.exported = true;
            }
        }
        Ok(0)
    }

    fn b_set(&mut self, args: &[String]) -> R<i32> {
        if args.is_empty() {
            let mut text = String::new();
            for (k, v) in &self.sh.vars {
                if let Some(val) = &v.value {
                    text.push_str(&format!("{k}='{}'\n", val.replace('\'', "'\\''")));
                }
            }
            self.out_str(&text)?;
            return Ok(0);
        }
        let mut i = 0;
        while i < args.len() {
            let a = &args[i];
            if a == "--" {
                self.sh.positional = args[i + 1..].to_vec();
                return Ok(0);
            }
            if a == "-o" || a == "+o" {
                let on = a == "-o";
                let Some(opt) = args.get(i + 1) else {
                    let mut text = String::new();
                    let o = self.sh.opts;
                    for (n, v) in [
                        ("errexit", o.errexit),
                        ("noglob", o.noglob),
                        ("nounset", o.nounset),
                        ("pipefail", o.pipefail),
                        ("xtrace", o.xtrace),
                    ] {
                        text.push_str(&format!("{n:<16}{}\n", if v { "on" } else { "off" }));
                    }
                    self.out_str(&text)?;
                    return Ok(0);
                };
                let known = !(opt == "pipefail" && self.voice().flavour == Flavour::Dash)
                    && self.sh.opts.set_long(opt, on);
                if !known {
                    let msg = match self.voice().flavour {
                        Flavour::Bash => format!("{opt}: invalid option name"),
                        _ => format!("Illegal option {a} {opt}"),
                    };
                    self.builtin_err("set", &msg)?;
                    return match self.voice().flavour {
                        Flavour::Bash => Ok(1),
                        _ => Err(Ctl::Fatal(2)),
                    };
                }
                i += 2;
                continue;
            }
            if (a.starts_with('-') || a.starts_with('+')) && a.len() > 1 {
                let on = a.starts_with('-');
                let mut takes = 0;
                for c in a[1..].chars() {
                    if c == 'o' {
                        // `set -euo pipefail`: each `o` takes the next word as an option name.
                        takes += 1;
                        let Some(opt) = args.get(i + takes) else {
                            break;
                        };
                        let known = !(opt == "pipefail" && self.voice().flavour == Flavour::Dash)
                            && self.sh.opts.set_long(opt, on);
                        if !known {
                            let msg = match self.voice().flavour {
                                Flavour::Bash => format!("{opt}: invalid option name"),
                                _ => format!("Illegal option -o {opt}"),
                            };
                            self.builtin_err("set", &msg)?;
                            return match self.voice().flavour {
                                Flavour::Bash => Ok(1),
                                _ => Err(Ctl::Fatal(2)),
                            };
                        }
                        continue;
                    }
                    if !self.sh.opts.set_short(c, on) {
                        let msg = match self.voice().flavour {
                            Flavour::Bash => format!("-{c}: invalid option"),
                            _ => format!("Illegal option -{c}"),
                        };
                        self.builtin_err("set", &msg)?;
                        return match self.voice().flavour {
                            Flavour::Bash => Ok(2),
                            _ => Err(Ctl::Fatal(2)),
                        };
                    }
                }
                i += 1 + takes;
                continue;
            }
            if a == "-" {
                i += 1;
                continue;
            }
            self.sh.positional = args[i..].to_vec();
            return Ok(0);
        }
        Ok(0)
    }

    fn b_exit(&mut self, args: &[String]) -> R<i32> {
        // An interactive bash says goodbye on standard error.
        if self.voice().flavour == Flavour::Bash
            && self.voice().invoked == super::flavour::Invoked::Interactive
            && !self.in_subshell
        {
            self.err_str("exit\n")?;
        }
        let n = match args.first() {
            None => self.sh.status,
            Some(a) => match a.parse::<i64>() {
                Ok(n) => (n & 0xff) as i32,
                Err(_) => {
                    let msg = match self.voice().flavour {
                        Flavour::Bash => format!("{a}: numeric argument required"),
                        _ => format!("Illegal number: {a}"),
                    };
                    self.builtin_err("exit", &msg)?;
                    2
                }
            },
        };
        Err(Ctl::Exit(n))
    }

    /// Parse and run text in this shell (`eval`, `.`).
    pub(crate) fn eval_text(&mut self, text: &str) -> R<i32> {
        self.ctx.enter()?;
        let r = match super::parser::parse_dialect(text, self.voice().flavour == Flavour::Bash) {
            Ok(list) => {
                let line = self.line;
                let r = self.run_list(&list);
                self.line = line;
                r
            }
            Err(mut e) => {
                e.line = self.line;
                let msg = self.voice().syntax_error(&e);
                self.err_str(&msg).and(Err(Ctl::Fatal(2)))
            }
        };
        self.ctx.leave();
        r
    }

    fn b_source(&mut self, name: &str, args: &[String]) -> R<i32> {
        let Some(file) = args.first() else {
            self.builtin_err(name, "filename argument required")?;
            return Ok(2);
        };
        let path = if file.contains('/') {
            absolute(&self.sh.cwd, file)
        } else {
            let pv = self.get_var("PATH").unwrap_or_default();
            let fs = self.m.fs();
            let found = pv
                .split(':')
                .map(|d| absolute(&self.sh.cwd, &format!("{d}/{file}")))
                .find(|p| fs.metadata(p).is_some_and(|m| m.kind == Kind::File));
            found.unwrap_or_else(|| absolute(&self.sh.cwd, file))
        };
        let text = match self.m.fs().read_file(&path) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => {
                let line = self.line_no();
                let p = self.voice().prefix(line);
                let msg = match self.voice().flavour {
                    Flavour::Dash => format!("{p}{name}: cannot open {file}: No such file\n"),
                    Flavour::Busybox => {
                        format!("{p}{name}: can't open '{file}': {}\n", e.describe())
                    }
                    Flavour::Bash => format!("{p}{file}: {}\n", e.describe()),
                };
                self.err_str(&msg)?;
                return match self.voice().flavour {
                    Flavour::Bash => Ok(1),
                    _ => Err(Ctl::Fatal(2)),
                };
            }
        };
        let saved = (args.len() > 1)
            .then(|| std::mem::replace(&mut self.sh.positional, args[1..].to_vec()));
        self.sourcing += 1;
        let r = self.eval_text(&text);
        self.sourcing -= 1;
        if let Some(p) = saved {
            self.sh.positional = p;
        }
        match r {
            Err(Ctl::Return(s)) => Ok(s),
            other => other,
        }
    }

    fn b_exec(&mut self, args: &[String]) -> R<i32> {
        if args.is_empty() {
            self.keep_fds = true;
            return Ok(0);
        }
        let status = match self.run_builtin(args) {
            Some(r) => r?,
            None => self.run_program(args, Vec::new(), true)?,
        };
        Err(Ctl::Exit(status))
    }

    /// Run words as a command (no functions), as `exec` and `command` do.
    fn run_argv(&mut self, argv: &[String]) -> R<i32> {
        if let Some(r) = self.run_builtin(argv) {
            return r;
        }
        self.run_program(argv, Vec::new(), false)
    }

    fn b_test(&mut self, name: &str, args: &[String]) -> R<i32> {
        let mut args: Vec<String> = args.to_vec();
        if name == "[" {
            if args.last().map(String::as_str) != Some("]") {
                let msg = match self.voice().flavour {
                    Flavour::Bash => "missing `]'",
                    _ => "missing ]",
                };
                self.builtin_err("[", msg)?;
                return Ok(2);
            }
            args.pop();
        }
        let cwd = self.sh.cwd.clone();
        match super::test_cmd::test(&args, self.m.fs(), &cwd) {
            Ok(true) => Ok(0),
            Ok(false) => Ok(1),
            Err(e) => {
                let msg = e.render(self.voice().flavour);
                self.builtin_err(name, &msg)?;
                Ok(2)
            }
        }
    }

    fn b_read(&mut self, args: &[String]) -> R<i32> {
        let mut raw = false;
        let mut names = Vec::new();
        let mut i = 0;
        while i < args.len() {
            match args[i].as_str() {
                "-r" => raw = true,
                "-p" => {
                    if let Some(p) = args.get(i + 1) {
                        self.err_str(p)?;
                    }
                    i += 1;
                }
                s if s.starts_with('-') && s.len() > 1 => {}
                s => names.push(s.to_string()),
            }
            i += 1;
        }
        if names.is_empty() {
            names.push("REPLY".to_string());
        }
        let input = match self.fds.get(0) {
            Fd::In(inp) => inp.clone(),
            _ => return Ok(1),
        };
        let mut line = String::new();
        let mut complete = false;
        let mut any = false;
        while let Some((bytes, nl)) = input.read_line() {
            any = true;
            let text = String::from_utf8_lossy(&bytes).into_owned();
            if !raw && text.ends_with('\\') && nl {
                line.push_str(&text[..text.len() - 1]);
                continue;
            }
            line.push_str(&text);
            complete = nl;
            break;
        }
        if !raw {
            let mut out = String::new();
            let mut chars = line.chars();
            while let Some(c) = chars.next() {
                if c == '\\' {
                    if let Some(n) = chars.next() {
                        out.push(n);
                    }
                } else {
                    out.push(c);
                }
            }
            line = out;
        }
        let ifs = self.get_var("IFS").unwrap_or_else(|| " \t\n".to_string());
        let is_ws = |c: char| ifs.contains(c) && c.is_whitespace();
        let mut rest = line.trim_start_matches(is_ws).to_string();
        for (k, n) in names.iter().enumerate() {
            let value = if k + 1 == names.len() {
                let v = rest.trim_end_matches(is_ws).to_string();
                rest.clear();
                v
            } else {
                match rest.find(|c: char| ifs.contains(c)) {
                    Some(pos) => {
                        let v = rest[..pos].to_string();
                        let after = rest[pos..].chars().skip(1).collect::<String>();
                        rest = after.trim_start_matches(is_ws).to_string();
                        v
                    }
                    None => std::mem::take(&mut rest),
                }
            };
            self.set_var(n, value)?;
        }
        let _ = any;
        Ok(if complete { 0 } else { 1 })
    }

    fn b_type(&mut self, name: &str, args: &[String]) -> R<i32> {
        if name == "command" {
            let verbose = args.first().map(String::as_str);
            if !matches!(verbose, Some("-v") | Some("-V")) {
                let rest: Vec<String> = args.iter().skip_while(|a| *a == "-p").cloned().collect();
                if rest.is_empty() {
                    return Ok(0);
                }
                return self.run_argv(&rest);
            }
            let mut status = 0;
            for a in &args[1..] {
                match self.describe(a) {
                    Some((_, short)) => self.out_str(&format!("{short}\n"))?,
                    None => status = 127,
                }
            }
            return Ok(match (status, self.voice().flavour) {
                (0, _) => 0,
                (_, Flavour::Bash) => 1,
                _ => 127,
            });
        }
        let mut status = 0;
        for a in args {
            match self.describe(a) {
                Some((long, _)) => self.out_str(&format!("{long}\n"))?,
                None => {
                    let msg = match self.voice().flavour {
                        Flavour::Bash => format!(
                            "{}type: {a}: not found\n",
                            self.voice().prefix(self.line_no())
                        ),
                        _ => format!("{a}: not found\n"),
                    };
                    if self.voice().flavour == Flavour::Bash {
                        self.err_str(&msg)?;
                    } else {
                        self.out_str(&msg)?;
                    }
                    status = 1;
                }
            }
        }
        Ok(status)
    }

    /// How `type` and `command -v` describe a name: (long, short).
    fn describe(&self, name: &str) -> Option<(String, String)> {
        if self.sh.functions.contains_key(name) {
            return Some((format!("{name} is a shell function"), name.to_string()));
        }
        if is_special(name) {
            return Some((
                format!("{name} is a special shell builtin"),
                name.to_string(),
            ));
        }
        if is_builtin(name, self.voice().flavour) {
            return Some((format!("{name} is a shell builtin"), name.to_string()));
        }
        let pv = self.get_var("PATH").unwrap_or_default();
        match lookup(self.m.fs(), name, &pv, &self.sh.cwd) {
            Lookup::Found(p) => Some((format!("{name} is {p}"), p)),
            _ => None,
        }
    }
}
