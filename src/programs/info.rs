//! Small programs about the process and the machine: `busybox` (applet dispatch), `pwd`, `env`,
//! `which`, `/bin/echo`, `true`, `false`, `sleep`, `date`, `uname` and `hostname`.

use super::{busybox_usage, now_secs, parse_opts, tm, OptSpec, Tool, Voice, MONTHS, WEEKDAYS};
use crate::sh::{Invocation, Lookup, Machine};

/// The kernel a container sees (the host's; here a Docker Desktop style VM).
const KERNEL_RELEASE: &str = "6.10.4-linuxkit";
const KERNEL_VERSION: &str = "#1 SMP PREEMPT_DYNAMIC Mon Aug 12 08:48:58 UTC 2024";
const MACHINE: &str = "x86_64";

/// `busybox APPLET ARGS…` runs the applet; `busybox` alone prints its usage.
pub(crate) fn busybox<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let Some(applet) = inv.args().first().cloned() else {
        inv.out(format!(
            "{}\n\nUsage: busybox [function [arguments]...]\n   or: busybox --list\n   or: function [arguments]...\n",
            super::BUSYBOX_BANNER
        ));
        return 0;
    };
    let name = applet.rsplit('/').next().unwrap_or(&applet).to_string();
    if name == "busybox" {
        return 0;
    }
    let Some(program) = inv.registry.get(&name) else {
        inv.err(format!("{name}: applet not found\n"));
        return 127;
    };
    let shifted = inv.argv[1..].to_vec();
    let saved = std::mem::replace(&mut inv.argv, shifted);
    let status = program.run(inv);
    inv.argv = saved;
    status
}

pub(crate) fn pwd<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let logical = inv.args().iter().any(|a| a == "-L");
    let cwd = if logical {
        inv.cwd.clone()
    } else {
        inv.fs()
            .canonicalize(&inv.cwd)
            .unwrap_or_else(|_| inv.cwd.clone())
    };
    if let Some(bad) = inv
        .args()
        .iter()
        .find(|a| a.starts_with('-') && *a != "-L" && *a != "-P")
    {
        let c = bad.chars().nth(1).unwrap_or('-');
        inv.err(v.opt_error(&super::OptError::Invalid(c), "pwd"));
        return 1;
    }
    inv.out(format!("{cwd}\n"));
    0
}

pub(crate) fn env<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let args: Vec<String> = inv.args().to_vec();
    let mut i = 0;
    let mut clear = false;
    let mut unset = Vec::new();
    while i < args.len() {
        let a = &args[i];
        if a == "-i" || a == "-" || a == "--ignore-environment" {
            clear = true;
        } else if a == "-u" || a == "--unset" {
            i += 1;
            match args.get(i) {
                Some(n) => unset.push(n.clone()),
                None => {
                    inv.err(v.opt_error(
                        &super::OptError::NeedsArg('u'),
                        "env [-i] [-u NAME] [-] [NAME=VALUE]... [PROG ARGS]",
                    ));
                    return 125;
                }
            }
        } else if let Some(n) = a.strip_prefix("-u").filter(|n| !n.is_empty()) {
            unset.push(n.to_string());
        } else if a == "--" {
            i += 1;
            break;
        } else if a.starts_with('-') && a.len() > 1 {
            let c = a.chars().nth(1).unwrap_or('-');
            let e = if a.starts_with("--") {
                super::OptError::Unrecognized(a.clone())
            } else {
                super::OptError::Invalid(c)
            };
            inv.err(v.opt_error(&e, "env [-i] [-u NAME] [-] [NAME=VALUE]... [PROG ARGS]"));
            return 125;
        } else {
            break;
        }
        i += 1;
    }
    if clear {
        inv.env.clear();
    }
    for n in unset {
        inv.env.remove(&n);
    }
    while let Some(a) = args.get(i) {
        match a.split_once('=') {
            Some((k, val)) if !k.is_empty() => {
                inv.env.insert(k.to_string(), val.to_string());
                i += 1;
            }
            _ => break,
        }
    }
    let command = &args[i.min(args.len())..];
    if command.is_empty() {
        let mut out = String::new();
        for (k, val) in &inv.env {
            out.push_str(&format!("{k}={val}\n"));
        }
        inv.out(out);
        return 0;
    }
    // With PATH removed, the C library searches its default path.
    let mut command = command.to_vec();
    if !inv.env.contains_key("PATH") && !command[0].contains('/') {
        if let Lookup::Found(p) =
            crate::sh::lookup(inv.fs(), &command[0], "/bin:/usr/bin", &inv.cwd)
        {
            command[0] = p;
        }
    }
    let command = command.as_slice();
    let stdin = std::mem::take(&mut inv.stdin);
    match inv.spawn(command, &stdin) {
        Ok(status) => status,
        Err(l) => {
            let (why, status) = match l {
                Lookup::NotExecutable(_) | Lookup::IsDir(_) => ("Permission denied", 126),
                _ => ("No such file or directory", 127),
            };
            let name = &command[0];
            inv.err(match v.tool {
                Tool::Gnu => format!("{}: {}: {why}\n", v.name, v.q(name)),
                Tool::Busybox => format!("{}: can't execute '{name}': {why}\n", v.name),
            });
            status
        }
    }
}

pub(crate) fn which<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let args: Vec<String> = inv.args().to_vec();
    let all = args.iter().any(|a| a == "-a");
    let names: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    if names.is_empty() {
        return 1;
    }
    let path_var = inv.env.get("PATH").cloned().unwrap_or_default();
    let mut status = 0;
    for name in names {
        let mut found = false;
        if name.contains('/') {
            if let Lookup::Found(_) = inv.lookup(name) {
                inv.out(format!("{name}\n"));
                found = true;
            }
        } else {
            for dir in path_var.split(':') {
                let dir = if dir.is_empty() { "." } else { dir };
                let candidate = format!("{}/{name}", dir.trim_end_matches('/'));
                if let Lookup::Found(_) = crate::sh::lookup(inv.fs(), &candidate, "", &inv.cwd) {
                    inv.out(format!("{candidate}\n"));
                    found = true;
                    if !all {
                        break;
                    }
                }
            }
        }
        if !found {
            status = 1;
        }
    }
    status
}

pub(crate) fn echo<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let args: Vec<String> = inv.args().to_vec();
    let mut newline = true;
    let mut escapes = false;
    let mut i = 0;
    while let Some(a) = args.get(i) {
        if a.len() > 1 && a.starts_with('-') && a[1..].chars().all(|c| "neE".contains(c)) {
            for c in a[1..].chars() {
                match c {
                    'n' => newline = false,
                    'e' => escapes = true,
                    _ => escapes = false,
                }
            }
            i += 1;
        } else {
            break;
        }
    }
    let mut text = args[i.min(args.len())..].join(" ");
    if escapes {
        let (t, stop) = unescape(&text);
        text = t;
        if stop {
            inv.out(text);
            return 0;
        }
    }
    if newline {
        text.push('\n');
    }
    inv.out(text);
    0
}

/// Backslash escapes of `echo -e`; the flag says `\c` cut the output short.
fn unescape(s: &str) -> (String, bool) {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('a') => out.push('\u{7}'),
            Some('b') => out.push('\u{8}'),
            Some('e') => out.push('\u{1b}'),
            Some('f') => out.push('\u{c}'),
            Some('v') => out.push('\u{b}'),
            Some('\\') => out.push('\\'),
            Some('c') => return (out, true),
            Some('0') => {
                let mut n = 0u32;
                for _ in 0..3 {
                    match it.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            n = n * 8 + d;
                            it.next();
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(n).unwrap_or('?'));
            }
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    (out, false)
}

pub(crate) fn true_<M: Machine + ?Sized>(_inv: &mut Invocation<'_, M>) -> i32 {
    0
}

pub(crate) fn false_<M: Machine + ?Sized>(_inv: &mut Invocation<'_, M>) -> i32 {
    1
}

/// `sleep N[smhd]…`: lets simulated time pass.
pub(crate) fn sleep<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let usage = "sleep [N]...";
    let args: Vec<String> = inv.args().to_vec();
    if args.is_empty() {
        inv.err(match v.tool {
            Tool::Gnu => v.usage_error("missing operand", usage),
            Tool::Busybox => busybox_usage(usage),
        });
        return 1;
    }
    let mut total_ms: u64 = 0;
    let mut bad = false;
    for a in &args {
        if a.starts_with('-') && a.len() > 1 && !a[1..].starts_with(|c: char| c.is_ascii_digit()) {
            let c = a.chars().nth(1).unwrap_or('-');
            inv.err(v.opt_error(&super::OptError::Invalid(c), usage));
            return 1;
        }
        match parse_interval(a) {
            Some(ms) => total_ms = total_ms.saturating_add(ms),
            None => {
                bad = true;
                inv.err(match v.tool {
                    Tool::Gnu => format!("{}: invalid time interval {}\n", v.name, v.q(a)),
                    Tool::Busybox => format!("{}: invalid number '{a}'\n", v.name),
                });
                if v.tool == Tool::Busybox {
                    return 1;
                }
            }
        }
    }
    if bad {
        inv.err(v.try_help());
        return 1;
    }
    inv.machine.advance_ms(total_ms);
    0
}

/// `1.5`, `2m`, `1h`, `inf` (taken as a day) in milliseconds.
fn parse_interval(a: &str) -> Option<u64> {
    if a == "inf" || a == "infinity" {
        return Some(86_400_000);
    }
    let (num, mult) = match a.chars().last()? {
        's' => (&a[..a.len() - 1], 1.0),
        'm' => (&a[..a.len() - 1], 60.0),
        'h' => (&a[..a.len() - 1], 3600.0),
        'd' => (&a[..a.len() - 1], 86_400.0),
        _ => (a, 1.0),
    };
    if num.is_empty() || !num.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    let secs: f64 = num.parse().ok()?;
    let ms = secs * mult * 1000.0;
    if !ms.is_finite() || ms < 0.0 {
        return None;
    }
    Some(ms.min(1e15) as u64)
}

pub(crate) fn date<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let usage = "date [OPTIONS] [+FMT] [[-s] TIME]";
    let spec = OptSpec {
        flags: "uRI",
        valued: "d",
        long: &[
            ("utc", 'u', false),
            ("universal", 'u', false),
            ("rfc-email", 'R', false),
            ("iso-8601", 'I', false),
            ("date", 'd', true),
        ],
    };
    let p = match parse_opts(inv.args(), &spec, v.tool) {
        Ok(p) => p,
        Err(e) => {
            inv.err(v.opt_error(&e, usage));
            return 1;
        }
    };
    let mut secs = now_secs(inv) as i64;
    if let Some(d) = p.value('d') {
        match d.strip_prefix('@').and_then(|n| n.parse::<i64>().ok()) {
            Some(n) => secs = n,
            None if d == "now" || d.is_empty() => {}
            None => {
                inv.err(match v.tool {
                    Tool::Gnu => format!("{}: invalid date {}\n", v.name, v.q(d)),
                    Tool::Busybox => format!("{}: invalid date '{d}'\n", v.name),
                });
                return 1;
            }
        }
    }
    let format = match p.operands.first() {
        Some(f) if f.starts_with('+') => f[1..].to_string(),
        Some(other) => {
            inv.err(match v.tool {
                Tool::Gnu => format!("{}: invalid date {}\n", v.name, v.q(other)),
                Tool::Busybox => format!("{}: invalid date '{other}'\n", v.name),
            });
            return 1;
        }
        None if p.has('R') => "%a, %d %b %Y %H:%M:%S %z".to_string(),
        None if p.has('I') => "%Y-%m-%d".to_string(),
        None => "%a %b %e %H:%M:%S %Z %Y".to_string(),
    };
    inv.out(format!("{}\n", strftime(&format, secs)));
    0
}

/// The `strftime` conversions `date +FORMAT` is used with, in UTC.
pub(crate) fn strftime(fmt: &str, secs: i64) -> String {
    const LONG_DAYS: [&str; 7] = [
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
    ];
    const LONG_MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let t = tm(secs);
    let mut out = String::new();
    let mut it = fmt.chars();
    while let Some(c) = it.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(k) = it.next() else {
            out.push('%');
            break;
        };
        let hour12 = if t.hour % 12 == 0 { 12 } else { t.hour % 12 };
        let s = match k {
            'a' => WEEKDAYS[t.wday as usize].to_string(),
            'A' => LONG_DAYS[t.wday as usize].to_string(),
            'b' | 'h' => MONTHS[(t.month - 1) as usize].to_string(),
            'B' => LONG_MONTHS[(t.month - 1) as usize].to_string(),
            'c' => strftime("%a %b %e %H:%M:%S %Y", secs),
            'C' => format!("{:02}", t.year / 100),
            'd' => format!("{:02}", t.day),
            'D' => strftime("%m/%d/%y", secs),
            'e' => format!("{:>2}", t.day),
            'F' => strftime("%Y-%m-%d", secs),
            'H' => format!("{:02}", t.hour),
            'I' => format!("{hour12:02}"),
            'j' => format!("{:03}", t.yday + 1),
            'k' => format!("{:>2}", t.hour),
            'l' => format!("{hour12:>2}"),
            'm' => format!("{:02}", t.month),
            'M' => format!("{:02}", t.min),
            'n' => "\n".to_string(),
            'N' => "000000000".to_string(),
            'p' => if t.hour < 12 { "AM" } else { "PM" }.to_string(),
            'P' => if t.hour < 12 { "am" } else { "pm" }.to_string(),
            'r' => strftime("%I:%M:%S %p", secs),
            'R' => strftime("%H:%M", secs),
            's' => secs.to_string(),
            'S' => format!("{:02}", t.sec),
            't' => "\t".to_string(),
            'T' => strftime("%H:%M:%S", secs),
            'u' => (if t.wday == 0 { 7 } else { t.wday }).to_string(),
            'w' => t.wday.to_string(),
            'x' => strftime("%m/%d/%y", secs),
            'X' => strftime("%H:%M:%S", secs),
            'y' => format!("{:02}", t.year % 100),
            'Y' => t.year.to_string(),
            'z' => "+0000".to_string(),
            'Z' => "UTC".to_string(),
            '%' => "%".to_string(),
            other => format!("%{other}"),
        };
        out.push_str(&s);
    }
    out
}

/// The host name: `/etc/hostname` (Docker writes the container's), else `localhost`.
pub(crate) fn host_name<M: Machine + ?Sized>(inv: &Invocation<'_, M>) -> String {
    inv.fs()
        .read_string("/etc/hostname")
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "localhost".to_string())
}

pub(crate) fn uname<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let usage = "uname [-amnrspvio]";
    let spec = OptSpec {
        flags: "asnrvmpio",
        valued: "",
        long: &[
            ("all", 'a', false),
            ("kernel-name", 's', false),
            ("nodename", 'n', false),
            ("kernel-release", 'r', false),
            ("kernel-version", 'v', false),
            ("machine", 'm', false),
            ("processor", 'p', false),
            ("hardware-platform", 'i', false),
            ("operating-system", 'o', false),
        ],
    };
    let p = match parse_opts(inv.args(), &spec, v.tool) {
        Ok(p) => p,
        Err(e) => {
            inv.err(v.opt_error(&e, usage));
            return 1;
        }
    };
    if let Some(extra) = p.operands.first() {
        inv.err(match v.tool {
            Tool::Gnu => v.usage_error(&format!("extra operand {}", super::shq(extra)), usage),
            Tool::Busybox => busybox_usage(usage),
        });
        return 1;
    }
    let host = host_name(inv);
    let os = if v.gnu() { "GNU/Linux" } else { "Linux" };
    let all = p.has('a');
    let mut want: Vec<char> = p.opts.iter().map(|(c, _)| *c).collect();
    if want.is_empty() {
        want.push('s');
    }
    let mut parts = Vec::new();
    for (c, value) in [
        ('s', "Linux"),
        ('n', host.as_str()),
        ('r', KERNEL_RELEASE),
        ('v', KERNEL_VERSION),
        ('m', MACHINE),
        ('p', "unknown"),
        ('i', "unknown"),
        ('o', os),
    ] {
        let asked = want.contains(&c);
        // -a leaves out what is unknown.
        let by_all = all && !(value == "unknown" && matches!(c, 'p' | 'i'));
        if asked || by_all {
            parts.push(value.to_string());
        }
    }
    inv.out(format!("{}\n", parts.join(" ")));
    0
}

pub(crate) fn hostname<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) -> i32 {
    let v = Voice::new(inv);
    let args: Vec<String> = inv.args().to_vec();
    let host = host_name(inv);
    match args.first().map(String::as_str) {
        None | Some("-f") | Some("--fqdn") | Some("--long") => {
            inv.out(format!("{host}\n"));
            0
        }
        Some("-s") | Some("--short") => {
            let short = host.split('.').next().unwrap_or(&host).to_string();
            inv.out(format!("{short}\n"));
            0
        }
        Some("-i") | Some("--ip-address") | Some("-I") | Some("--all-ip-addresses") => {
            let ip = if args[0] == "-I" || args[0] == "--all-ip-addresses" {
                "172.17.0.2 \n"
            } else {
                "172.17.0.2\n"
            };
            inv.out(ip);
            0
        }
        Some(a) if a.starts_with('-') => {
            let c = a.chars().nth(1).unwrap_or('-');
            inv.err(v.opt_error(
                &super::OptError::Invalid(c),
                "hostname [-sfi] [HOSTNAME | -F FILE]",
            ));
            1
        }
        Some(_) => {
            inv.err(match v.tool {
                Tool::Gnu => format!("{}: you must be root to change the host name\n", v.name),
                Tool::Busybox => format!("{}: sethostname: Operation not permitted\n", v.name),
            });
            1
        }
    }
}
