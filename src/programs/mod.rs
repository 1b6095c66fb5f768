//! Simulated programs, one file each, behind the `sh::Program` trait, with output in the real tool's format.
//!
//! [`register`] puts every program into a [`Registry`]; each program is a plain function
//! `fn(&mut Invocation<'_, M>) -> i32` in a file named after it, registered under the file name
//! it answers to (a few answer to several: `grep` as `egrep` and `fgrep`, `apt-get` as `apt`, `pip` and
//! `python` under their versioned names). Code two or more programs share lives in a small module
//! of its own (`head_tail`, `cp_mv`, `chmod_chown`, `account_files`, and `pkg` and `net` for the
//! package managers and the network). A program tells GNU coreutils from busybox by the file it was
//! run from ([`tool`]): a link to `/bin/busybox` is busybox, anything else GNU. The helpers here
//! are shared by all programs: option parsing in GNU/busybox style (both permute, as `getopt_long`
//! does), the quoting GNU tools use in messages, `/etc/passwd` and `/etc/group`, calendar dates
//! from the simulated clock, the umask, and `ls -l` style sizes.

// Programs, one file each, named after the program (`true_` and `false_` because `true` and
// `false` are keywords).
mod addgroup;
mod adduser;
mod busybox;
mod cat;
mod chmod;
mod chown;
mod cp;
mod cut;
mod date;
mod du;
mod echo;
mod env;
mod false_;
mod find;
mod grep;
mod groupadd;
mod head;
mod hostname;
mod id;
mod ln;
mod ls;
mod mkdir;
mod mv;
mod pwd;
mod rm;
mod sleep;
mod sort;
mod stat;
mod tail;
mod tar;
mod touch;
mod tr;
mod true_;
mod uname;
mod uniq;
mod useradd;
mod wc;
mod which;
mod whoami;
mod xargs;
// What a few programs share, each file named after its users or its subject.
mod account_files;
mod chmod_chown;
mod cp_mv;
mod head_tail;
// Package managers and the network (apt-get, apk, pip, npm, python, git, curl, wget).
mod apk;
mod apt;
mod curl;
mod git;
pub mod net;
mod npm;
mod pip;
pub mod pkg;
mod python;
pub mod sandbox;
mod wget;

use crate::sh::{resolve_links, Invocation, Machine, Registry};
use crate::vfs::Fs as Vfs;

/// Register every simulated program. One line per program: to add one, add a line.
pub fn register<M: Machine + ?Sized + 'static>(r: &mut Registry<M>) {
    r.insert("busybox", busybox::busybox::<M>);
    r.insert("ls", ls::ls::<M>);
    r.insert("cat", cat::cat::<M>);
    r.insert("mkdir", mkdir::mkdir::<M>);
    r.insert("touch", touch::touch::<M>);
    r.insert("rm", rm::rm::<M>);
    r.insert("cp", cp::cp::<M>);
    r.insert("mv", mv::mv::<M>);
    r.insert("ln", ln::ln::<M>);
    r.insert("chmod", chmod::chmod::<M>);
    r.insert("chown", chown::chown::<M>);
    r.insert("pwd", pwd::pwd::<M>);
    r.insert("env", env::env::<M>);
    r.insert("which", which::which::<M>);
    r.insert("echo", echo::echo::<M>);
    r.insert("true", true_::true_::<M>);
    r.insert("false", false_::false_::<M>);
    r.insert("sleep", sleep::sleep::<M>);
    r.insert("date", date::date::<M>);
    r.insert("uname", uname::uname::<M>);
    r.insert("hostname", hostname::hostname::<M>);
    r.insert("head", head::head::<M>);
    r.insert("tail", tail::tail::<M>);
    r.insert("wc", wc::wc::<M>);
    r.insert("sort", sort::sort::<M>);
    r.insert("uniq", uniq::uniq::<M>);
    r.insert("cut", cut::cut::<M>);
    r.insert("tr", tr::tr::<M>);
    r.insert("grep", grep::grep::<M>);
    r.insert("egrep", grep::grep::<M>);
    r.insert("fgrep", grep::grep::<M>);
    r.insert("find", find::find::<M>);
    r.insert("xargs", xargs::xargs::<M>);
    r.insert("tar", tar::tar::<M>);
    r.insert("du", du::du::<M>);
    r.insert("stat", stat::stat::<M>);
    r.insert("useradd", useradd::useradd::<M>);
    r.insert("groupadd", groupadd::groupadd::<M>);
    r.insert("adduser", adduser::adduser::<M>);
    r.insert("addgroup", addgroup::addgroup::<M>);
    r.insert("id", id::id::<M>);
    r.insert("whoami", whoami::whoami::<M>);
    for name in ["apt-get", "apt"] {
        r.insert(name, apt::apt_get::<M>);
    }
    r.insert("apk", apk::apk::<M>);
    for name in [
        "pip", "pip2", "pip3", "pip2.7", "pip3.8", "pip3.11", "pip3.12",
    ] {
        r.insert(name, pip::pip::<M>);
    }
    for name in python::NAMES {
        r.insert(name, python::python::<M>);
    }
    r.insert("npm", npm::npm::<M>);
    r.insert("git", git::git::<M>);
    r.insert("curl", curl::curl::<M>);
    r.insert("wget", wget::wget::<M>);
}

/// A registry with the shells and every program.
pub fn registry<M: Machine + ?Sized + 'static>() -> Registry<M> {
    let mut r = Registry::new();
    register(&mut r);
    r
}

// ----- which implementation, and the program's voice -----

/// Which implementation a program imitates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tool {
    /// GNU coreutils and friends (Debian, Ubuntu).
    Gnu,
    /// busybox applets (Alpine, the busybox image).
    Busybox,
}

/// The implementation a program was run as: busybox when its file is a symlink to busybox
/// (Alpine) or has busybox's very content (the `busybox` image's hard links).
pub(crate) fn tool<M: Machine + ?Sized>(inv: &Invocation<'_, M>) -> Tool {
    let real = resolve_links(inv.fs(), &inv.path);
    if real.rsplit('/').next() == Some("busybox") || inv.path.ends_with("/busybox") {
        return Tool::Busybox;
    }
    let fs = inv.fs();
    match (fs.read_content("/bin/busybox"), fs.read_content(&real)) {
        (Ok(bb), Ok(me)) if bb == me => Tool::Busybox,
        _ => Tool::Gnu,
    }
}

/// The umask every simulated process runs with.
pub(crate) const UMASK: u32 = 0o022;

/// The busybox banner printed above a usage text.
pub(crate) const BUSYBOX_BANNER: &str =
    "BusyBox v1.36.1 (2024-06-10 07:11:47 UTC) multi-call binary.";

/// What a program needs to word its messages: its name, flavour and locale.
#[derive(Clone, Debug)]
pub(crate) struct Voice {
    /// The name messages start with: `argv[0]` as given for GNU, the applet name for busybox.
    pub name: String,
    pub tool: Tool,
    /// Whether the locale is UTF-8 (GNU then quotes some names with ‘curly quotes’).
    pub utf8: bool,
}

impl Voice {
    pub(crate) fn new<M: Machine + ?Sized>(inv: &Invocation<'_, M>) -> Voice {
        let tool = tool(inv);
        let name = match tool {
            Tool::Gnu => inv.argv.first().cloned().unwrap_or_default(),
            Tool::Busybox => inv.name().to_string(),
        };
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
            .iter()
            .filter_map(|k| inv.env.get(*k))
            .find(|v| !v.is_empty())
            .map(|v| v.to_ascii_lowercase())
            .unwrap_or_default();
        let utf8 = locale.contains("utf-8") || locale.contains("utf8");
        Voice { name, tool, utf8 }
    }

    pub(crate) fn gnu(&self) -> bool {
        self.tool == Tool::Gnu
    }

    /// GNU's `quote()`: ‘name’ in a UTF-8 locale, 'name' otherwise.
    pub(crate) fn q(&self, s: &str) -> String {
        if self.utf8 {
            format!("\u{2018}{s}\u{2019}")
        } else {
            format!("'{s}'")
        }
    }

    /// GNU's hint after a usage error.
    pub(crate) fn try_help(&self) -> String {
        format!("Try '{} --help' for more information.\n", self.name)
    }

    /// A usage error message: GNU adds the `--help` hint, busybox its usage text.
    pub(crate) fn usage_error(&self, msg: &str, usage: &str) -> String {
        match self.tool {
            Tool::Gnu => format!("{}: {msg}\n{}", self.name, self.try_help()),
            Tool::Busybox => format!("{}: {msg}\n{}", self.name, busybox_usage(usage)),
        }
    }

    /// The message for an option error (`OptError`), for this flavour.
    pub(crate) fn opt_error(&self, e: &OptError, usage: &str) -> String {
        match self.tool {
            Tool::Gnu => {
                let msg = match e {
                    OptError::Invalid(c) => format!("invalid option -- '{c}'"),
                    OptError::Unrecognized(a) => format!("unrecognized option '{a}'"),
                    OptError::NeedsArg(c) => format!("option requires an argument -- '{c}'"),
                    OptError::LongNeedsArg(l) => format!("option '--{l}' requires an argument"),
                    OptError::LongNoArg(l) => format!("option '--{l}' doesn't allow an argument"),
                };
                format!("{}: {msg}\n{}", self.name, self.try_help())
            }
            Tool::Busybox => {
                let msg = match e {
                    OptError::Invalid(c) => format!("unrecognized option: {c}"),
                    OptError::Unrecognized(a) => {
                        format!("unrecognized option: {}", a.trim_start_matches("--"))
                    }
                    OptError::NeedsArg(c) => format!("option requires an argument: {c}"),
                    OptError::LongNeedsArg(l) => format!("option requires an argument: {l}"),
                    OptError::LongNoArg(l) => format!("option does not take an argument: {l}"),
                };
                format!("{}: {msg}\n{}", self.name, busybox_usage(usage))
            }
        }
    }
}

/// busybox's usage block: the banner and the usage line.
pub(crate) fn busybox_usage(usage: &str) -> String {
    format!("{BUSYBOX_BANNER}\n\nUsage: {usage}\n")
}

/// Quote a name as GNU tools do in most messages (`'x'`, always quoted, shell style).
pub(crate) fn shq(s: &str) -> String {
    if s.contains('\'') {
        if s.chars().any(|c| matches!(c, '"' | '$' | '`' | '\\' | '!')) {
            format!("'{}'", s.replace('\'', "'\\''"))
        } else {
            format!("\"{s}\"")
        }
    } else {
        format!("'{s}'")
    }
}

/// Quote a name only when the shell would need it (GNU's `quotef`, as `cat: x: …` uses).
pub(crate) fn shq_if_needed(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars().all(|c| {
            c.is_alphanumeric() || "%+,-./:=@_^".contains(c) || (c == '~' && !s.starts_with('~'))
        });
    if plain {
        s.to_string()
    } else {
        shq(s)
    }
}

// ----- options -----

/// A command line's options, as a program declares them.
pub(crate) struct OptSpec<'a> {
    /// Short options without a value.
    pub flags: &'a str,
    /// Short options that take a value (`-n 5`, `-n5`).
    pub valued: &'a str,
    /// Long options: name, the letter it stands for, and whether it takes a value.
    /// Long-only options use letters outside ASCII.
    pub long: &'a [(&'a str, char, bool)],
}

/// Why a command line's options are wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum OptError {
    Invalid(char),
    Unrecognized(String),
    NeedsArg(char),
    LongNeedsArg(String),
    LongNoArg(String),
}

/// Options and operands, in command-line order.
#[derive(Clone, Debug, Default)]
pub(crate) struct Parsed {
    pub opts: Vec<(char, Option<String>)>,
    pub operands: Vec<String>,
}

impl Parsed {
    pub(crate) fn has(&self, c: char) -> bool {
        self.opts.iter().any(|(o, _)| *o == c)
    }

    /// The last value given for an option.
    pub(crate) fn value(&self, c: char) -> Option<&str> {
        self.opts
            .iter()
            .rev()
            .find(|(o, _)| *o == c)
            .and_then(|(_, v)| v.as_deref())
    }
}

/// Parse `inv`'s options by `spec`; on a bad option, print the error in the program's voice
/// (with `usage` for busybox) and give `None`, after which the program exits with status 1.
pub(crate) fn parse_or_report<M: Machine + ?Sized>(
    inv: &mut Invocation<'_, M>,
    v: &Voice,
    spec: &OptSpec<'_>,
    usage: &str,
) -> Option<Parsed> {
    match parse_opts(inv.args(), spec, v.tool) {
        Ok(p) => Some(p),
        Err(e) => {
            inv.err(v.opt_error(&e, usage));
            None
        }
    }
}

/// Parse options the way `getopt_long` does in glibc and musl alike: options may follow
/// operands, `--` ends the options, `-` alone is an operand. (`_tool` is kept so a program
/// can ask for its implementation's rules should they ever differ.)
pub(crate) fn parse_opts(
    args: &[String],
    spec: &OptSpec<'_>,
    _tool: Tool,
) -> Result<Parsed, OptError> {
    let mut p = Parsed::default();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        i += 1;
        if a == "--" {
            p.operands.extend(args[i..].iter().cloned());
            break;
        }
        if let Some(body) = a.strip_prefix("--") {
            let (name, inline) = match body.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (body, None),
            };
            let exact = spec.long.iter().find(|(l, _, _)| *l == name);
            let found = match exact {
                Some(x) => Some(x),
                None => {
                    let mut hits = spec.long.iter().filter(|(l, _, _)| l.starts_with(name));
                    match (hits.next(), hits.next()) {
                        (Some(x), None) => Some(x),
                        _ => None,
                    }
                }
            };
            let Some(&(lname, c, takes)) = found else {
                return Err(OptError::Unrecognized(a.clone()));
            };
            if takes {
                let v = match inline {
                    Some(v) => v,
                    None => match args.get(i) {
                        Some(v) => {
                            i += 1;
                            v.clone()
                        }
                        None => return Err(OptError::LongNeedsArg(lname.to_string())),
                    },
                };
                p.opts.push((c, Some(v)));
            } else {
                if inline.is_some() {
                    return Err(OptError::LongNoArg(lname.to_string()));
                }
                p.opts.push((c, None));
            }
            continue;
        }
        if a.len() > 1 && a.starts_with('-') {
            let chars: Vec<char> = a.chars().skip(1).collect();
            let mut k = 0;
            while k < chars.len() {
                let c = chars[k];
                k += 1;
                if spec.valued.contains(c) {
                    let rest: String = chars[k..].iter().collect();
                    let v = if !rest.is_empty() {
                        rest
                    } else {
                        match args.get(i) {
                            Some(v) => {
                                i += 1;
                                v.clone()
                            }
                            None => return Err(OptError::NeedsArg(c)),
                        }
                    };
                    p.opts.push((c, Some(v)));
                    break;
                } else if spec.flags.contains(c) {
                    p.opts.push((c, None));
                } else {
                    return Err(OptError::Invalid(c));
                }
            }
            continue;
        }
        p.operands.push(a.clone());
    }
    Ok(p)
}

// ----- accounts -----

/// One line of `/etc/passwd`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct User {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
    pub gecos: String,
    pub home: String,
    pub shell: String,
}

/// One line of `/etc/group`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Group {
    pub name: String,
    pub gid: u32,
    pub members: Vec<String>,
}

/// The users and groups of a machine, read from its files.
#[derive(Clone, Debug, Default)]
pub(crate) struct Accounts {
    pub users: Vec<User>,
    pub groups: Vec<Group>,
}

impl Accounts {
    pub(crate) fn load(fs: &Vfs) -> Accounts {
        let passwd = fs.read_string("/etc/passwd").unwrap_or_default();
        let group = fs.read_string("/etc/group").unwrap_or_default();
        let users = passwd
            .lines()
            .filter_map(|l| {
                let f: Vec<&str> = l.split(':').collect();
                if f.len() < 7 {
                    return None;
                }
                Some(User {
                    name: f[0].to_string(),
                    uid: f[2].parse().ok()?,
                    gid: f[3].parse().ok()?,
                    gecos: f[4].to_string(),
                    home: f[5].to_string(),
                    shell: f[6].to_string(),
                })
            })
            .collect();
        let groups = group
            .lines()
            .filter_map(|l| {
                let f: Vec<&str> = l.split(':').collect();
                if f.len() < 4 {
                    return None;
                }
                Some(Group {
                    name: f[0].to_string(),
                    gid: f[2].parse().ok()?,
                    members: f[3]
                        .split(',')
                        .filter(|m| !m.is_empty())
                        .map(String::from)
                        .collect(),
                })
            })
            .collect();
        Accounts { users, groups }
    }

    pub(crate) fn user_by_uid(&self, uid: u32) -> Option<&User> {
        self.users.iter().find(|u| u.uid == uid)
    }

    pub(crate) fn user_by_name(&self, name: &str) -> Option<&User> {
        self.users.iter().find(|u| u.name == name)
    }

    pub(crate) fn group_by_gid(&self, gid: u32) -> Option<&Group> {
        self.groups.iter().find(|g| g.gid == gid)
    }

    pub(crate) fn group_by_name(&self, name: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.name == name)
    }

    /// The user's name, or the number when there is none (as `ls -l` shows it).
    pub(crate) fn user_name(&self, uid: u32) -> String {
        self.user_by_uid(uid)
            .map(|u| u.name.clone())
            .unwrap_or_else(|| uid.to_string())
    }

    pub(crate) fn group_name(&self, gid: u32) -> String {
        self.group_by_gid(gid)
            .map(|g| g.name.clone())
            .unwrap_or_else(|| gid.to_string())
    }
}

// ----- time -----

pub(crate) const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
pub(crate) const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/// A UTC calendar time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tm {
    pub year: i64,
    /// 1–12.
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub min: u32,
    pub sec: u32,
    /// 0 = Sunday.
    pub wday: u32,
    /// 0-based day of the year.
    pub yday: u32,
}

/// Seconds since the Unix epoch to a UTC calendar time.
pub(crate) fn tm(secs: i64) -> Tm {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400) as u32;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const CUM: [u32; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let yday = CUM[(month - 1) as usize] + day - 1 + u32::from(leap && month > 2);
    Tm {
        year,
        month,
        day,
        hour: rem / 3600,
        min: rem / 60 % 60,
        sec: rem % 60,
        wday: (days + 4).rem_euclid(7) as u32,
        yday,
    }
}

/// The time column of `ls -l`: `Sep 20 10:00` within six months, `Sep 20  2023` otherwise.
pub(crate) fn ls_time(mtime: u64, now: u64) -> String {
    let t = tm(mtime as i64);
    let month = MONTHS[(t.month - 1) as usize];
    let six_months = 31_556_952 / 2;
    let recent = mtime <= now && now - mtime < six_months;
    if recent {
        format!("{month} {:>2} {:02}:{:02}", t.day, t.hour, t.min)
    } else {
        format!("{month} {:>2}  {}", t.day, t.year)
    }
}

/// The simulated time in seconds.
pub(crate) fn now_secs<M: Machine + ?Sized>(inv: &Invocation<'_, M>) -> u64 {
    inv.machine.now_ms() / 1000
}

/// Stamp filesystem changes with the machine's clock (never moving the stamp backwards).
pub(crate) fn sync_clock<M: Machine + ?Sized>(inv: &mut Invocation<'_, M>) {
    let now = now_secs(inv);
    if now > inv.fs().now() {
        inv.fs_mut().set_now(now);
    }
}

// ----- sizes -----

/// A size as `ls -h`/`du -h` print it: `12`, `4.0K`, `13K`, `1.5M` (rounded up).
pub(crate) fn human(n: u64) -> String {
    if n < 1024 {
        return n.to_string();
    }
    let units = ['K', 'M', 'G', 'T', 'P'];
    let mut v = n as f64;
    for u in units {
        v /= 1024.0;
        if v < 1024.0 || u == 'P' {
            if v < 10.0 {
                let tenths = (v * 10.0).ceil();
                if tenths >= 100.0 {
                    return format!("10{u}");
                }
                return format!("{:.1}{u}", tenths / 10.0);
            }
            let whole = v.ceil();
            if whole >= 1024.0 && u != 'P' {
                continue;
            }
            return format!("{}{u}", whole as u64);
        }
    }
    n.to_string()
}

/// Disk use in 1 KiB blocks, as a 4 KiB-block filesystem reports it.
pub(crate) fn blocks_kib(st: &crate::vfs::Stat) -> u64 {
    match st.kind {
        crate::vfs::Kind::Dir => 4,
        crate::vfs::Kind::Symlink => 0,
        crate::vfs::Kind::File => st.size.div_ceil(4096) * 4,
    }
}

// ----- input -----

/// The bytes of an input operand: `-` is standard input.
pub(crate) fn read_input<M: Machine + ?Sized>(
    inv: &Invocation<'_, M>,
    operand: &str,
) -> Result<Vec<u8>, crate::vfs::FsError> {
    if operand == "-" {
        return Ok(inv.stdin.clone());
    }
    let p = path_of(inv, operand);
    inv.fs().read(&p)
}

/// An operand as a path for the filesystem: joined onto the working directory, with `.`, `..`
/// and a trailing `/` kept so the filesystem resolves them physically.
pub(crate) fn path_of<M: Machine + ?Sized>(inv: &Invocation<'_, M>, operand: &str) -> String {
    crate::vfs::path::join(&inv.cwd, operand)
}

/// Lines of a text, each without its newline (a last line without one still counts).
pub(crate) fn lines_of(data: &[u8]) -> Vec<&[u8]> {
    let mut v: Vec<&[u8]> = data.split(|&b| b == b'\n').collect();
    if data.ends_with(b"\n") || data.is_empty() {
        v.pop();
    }
    v
}
