//! `xargs`: build command lines from standard input (`-n`, `-I`, `-0`, `-r`, `-t`).

use super::{parse_opts, OptSpec, Tool, Voice};
use crate::sh::{Invocation, Lookup, Machine};

const USAGE: &str = "xargs [OPTIONS] [PROG ARGS]";

/// Split input into items the way xargs does: blanks separate, quotes and backslashes group.
fn items(input: &str) -> Result<Vec<String>, char> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut have = false;
    let mut it = input.chars();
    while let Some(c) = it.next() {
        match c {
            '\'' | '"' => {
                have = true;
                loop {
                    match it.next() {
                        Some(q) if q == c => break,
                        Some('\n') | None => return Err(c),
                        Some(x) => cur.push(x),
                    }
                }
            }
            '\\' => {
                have = true;
                if let Some(x) = it.next() {
                    cur.push(x);
                }
            }
            c if c.is_whitespace() => {
                if have {
                    out.push(std::mem::take(&mut cur));
                    have = false;
                }
            }
            c => {
                have = true;
                cur.push(c);
            }
        }
    }
    if have {
        out.push(cur);
    }
    Ok(out)
}

pub(crate) fn xargs<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    // Options end at the command.
    let args: Vec<String> = inv.args().to_vec();
    let mut split = 0;
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if !a.starts_with('-') || a == "-" {
            break;
        }
        if a == "--" {
            i += 1;
            split = i;
            break;
        }
        // Options with a separate value.
        if matches!(a.as_str(), "-n" | "-I" | "-d" | "-L" | "-s" | "-P" | "-E") {
            i += 1;
        }
        i += 1;
        split = i;
    }
    let split = split.min(args.len());
    let spec = OptSpec {
        flags: "0rtpx",
        valued: "nIdLsPE",
        long: &[
            ("null", '0', false),
            ("no-run-if-empty", 'r', false),
            ("verbose", 't', false),
            ("max-args", 'n', true),
            ("replace", 'I', true),
            ("delimiter", 'd', true),
            ("max-lines", 'L', true),
        ],
    };
    let p = match parse_opts(&args[..split], &spec, v.tool) {
        Ok(p) => p,
        Err(e) => {
            inv.err(v.opt_error(&e, USAGE));
            return 1;
        }
    };
    let mut cmd: Vec<String> = args[split..].to_vec();
    cmd.splice(0..0, p.operands.iter().cloned());
    if cmd.is_empty() {
        cmd.push("echo".to_string());
    }
    let input = String::from_utf8_lossy(&inv.stdin).into_owned();
    let replace = p.value('I').map(String::from);
    let list: Vec<String> = if p.has('0') {
        input
            .split('\0')
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect()
    } else if let Some(d) = p.value('d') {
        let d = if d == "\\n" {
            '\n'
        } else {
            d.chars().next().unwrap_or('\n')
        };
        input
            .split(d)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect()
    } else if replace.is_some() {
        input
            .lines()
            .map(|l| l.trim_start().to_string())
            .filter(|l| !l.is_empty())
            .collect()
    } else {
        match items(&input) {
            Ok(x) => x,
            Err(q) => {
                let kind = if q == '\'' { "single" } else { "double" };
                inv.err(match v.tool {
                    Tool::Gnu => format!("{}: unmatched {kind} quote; by default quotes are special to xargs unless you use the -0 option\n", v.name),
                    Tool::Busybox => format!("{}: unmatched {kind} quote\n", v.name),
                });
                return 1;
            }
        }
    };
    // busybox and `-r` skip the run when there is no input.
    if list.is_empty() && (p.has('r') || v.tool == Tool::Busybox) {
        return 0;
    }
    let per = p
        .value('n')
        .or(p.value('L'))
        .and_then(|n| n.parse::<usize>().ok())
        .filter(|n| *n > 0);
    let mut runs: Vec<Vec<String>> = Vec::new();
    if let Some(r) = &replace {
        for item in &list {
            runs.push(cmd.iter().map(|a| a.replace(r.as_str(), item)).collect());
        }
    } else if let Some(n) = per {
        for chunk in list.chunks(n) {
            let mut c = cmd.clone();
            c.extend(chunk.iter().cloned());
            runs.push(c);
        }
    } else {
        let mut c = cmd.clone();
        c.extend(list.iter().cloned());
        runs.push(c);
    }
    let mut status = 0;
    for argv in runs {
        if p.has('t') {
            inv.err(format!("{}\n", argv.join(" ")));
        }
        match inv.spawn(&argv, b"") {
            Ok(0) => {}
            Ok(255) => {
                inv.err(format!(
                    "{}: {}: exited with status 255; aborting\n",
                    v.name, argv[0]
                ));
                return 124;
            }
            Ok(_) => status = 123,
            Err(l) => {
                let (why, code) = match l {
                    Lookup::NotExecutable(_) | Lookup::IsDir(_) => ("Permission denied", 126),
                    _ => ("No such file or directory", 127),
                };
                inv.err(match v.tool {
                    Tool::Gnu => format!("{}: {}: {why}\n", v.name, argv[0]),
                    Tool::Busybox => format!("{}: can't execute '{}': {why}\n", v.name, argv[0]),
                });
                return code;
            }
        }
        if inv.stopped() {
            break;
        }
    }
    status
}
