//! The command specs of the `docker` client and their flag parser, which follows pflag (the
//! library docker uses): `--name value`, `--name=value`, `-t value`, `-tvalue`, bundled booleans
//! (`-it`), `--` to end the flags, and pflag's exact error texts.

/// What a flag takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A boolean: `--rm`, `--rm=false`.
    Bool,
    /// A value, with the type name `--help` shows (`string`, `list`, `filter`, `int`, …).
    Value(&'static str),
}

/// One flag of a command.
#[derive(Clone, Copy, Debug)]
pub struct Flag {
    pub long: &'static str,
    pub short: Option<char>,
    pub kind: Kind,
    pub help: &'static str,
    /// The default `--help` shows as `(default …)` (already quoted as docker quotes it), or "".
    pub default: &'static str,
}

impl Flag {
    /// A boolean flag.
    pub const fn bool(long: &'static str, short: Option<char>, help: &'static str) -> Flag {
        Flag {
            long,
            short,
            kind: Kind::Bool,
            help,
            default: "",
        }
    }

    /// A flag with a value of type `ty`.
    pub const fn value(
        long: &'static str,
        short: Option<char>,
        ty: &'static str,
        help: &'static str,
    ) -> Flag {
        Flag {
            long,
            short,
            kind: Kind::Value(ty),
            help,
            default: "",
        }
    }

    /// The same flag with a default shown in `--help`.
    pub const fn with_default(mut self, default: &'static str) -> Flag {
        self.default = default;
        self
    }
}

/// How many arguments a command takes, with cobra's checks as docker words them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Args {
    Any,
    None,
    Exact(usize),
    Min(usize),
    Max(usize),
    Range(usize, usize),
}

/// One `docker` subcommand: its canonical path, usage, aliases, flags and the function that runs it.
#[derive(Clone, Copy)]
pub struct Spec {
    /// The canonical path after `docker` (`image ls`, `run`).
    pub path: &'static str,
    /// What follows the command path on the usage line (`[OPTIONS] [REPOSITORY[:TAG]]`).
    pub usage: &'static str,
    /// The one-line description.
    pub short: &'static str,
    /// Other full paths that run the same command (`image list`, `images`).
    pub aliases: &'static [&'static str],
    pub flags: &'static [Flag],
    pub args: Args,
    /// Flags may follow arguments (`false` for `run` and `exec`: the command's own words follow
    /// the image or container).
    pub interspersed: bool,
    pub run: super::RunFn,
}

/// The flags and arguments of one command line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// Flags in the order given, by long name; booleans carry "true" or "false".
    pub flags: Vec<(&'static str, String)>,
    pub args: Vec<String>,
    /// `-h`/`--help` was given.
    pub help: bool,
}

impl Parsed {
    /// A boolean flag's last value (false when absent).
    pub fn on(&self, long: &str) -> bool {
        self.last(long).map(|v| v == "true").unwrap_or(false)
    }

    /// Whether a flag was given at all.
    pub fn has(&self, long: &str) -> bool {
        self.flags.iter().any(|(n, _)| *n == long)
    }

    /// The last value of a flag.
    pub fn last(&self, long: &str) -> Option<&str> {
        self.flags
            .iter()
            .rev()
            .find(|(n, _)| *n == long)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of a repeatable flag, in order.
    pub fn all(&self, long: &str) -> Vec<&str> {
        self.flags
            .iter()
            .filter(|(n, _)| *n == long)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// Parse a boolean as Go's `strconv.ParseBool` does.
fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

fn bad_bool(v: &str, flag: &str) -> String {
    format!("invalid argument \"{v}\" for \"{flag}\" flag: strconv.ParseBool: parsing \"{v}\": invalid syntax")
}

/// Parse `args` (after the command path) against `flags`. `Err` is pflag's message
/// (`unknown flag: --foo`), which the caller wraps with the usage line.
pub fn parse(flags: &[Flag], args: &[String], interspersed: bool) -> Result<Parsed, String> {
    let mut out = Parsed::default();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        i += 1;
        if a == "--" {
            out.args.extend(args[i..].iter().cloned());
            break;
        }
        if let Some(body) = a.strip_prefix("--").filter(|b| !b.is_empty()) {
            let (name, inline) = match body.split_once('=') {
                Some((n, v)) => (n, Some(v)),
                None => (body, None),
            };
            if name == "help" {
                out.help = true;
                continue;
            }
            let Some(f) = flags.iter().find(|f| f.long == name) else {
                return Err(format!("unknown flag: --{name}"));
            };
            match f.kind {
                Kind::Bool => {
                    let v = inline.unwrap_or("true");
                    let b = parse_bool(v).ok_or_else(|| bad_bool(v, &format!("--{name}")))?;
                    out.flags.push((f.long, b.to_string()));
                }
                Kind::Value(_) => {
                    let v = match inline {
                        Some(v) => v.to_string(),
                        None if i < args.len() => {
                            i += 1;
                            args[i - 1].clone()
                        }
                        None => return Err(format!("flag needs an argument: --{name}")),
                    };
                    out.flags.push((f.long, v));
                }
            }
            continue;
        }
        if let Some(body) = a.strip_prefix('-').filter(|b| !b.is_empty()) {
            let chars: Vec<char> = body.chars().collect();
            let mut j = 0;
            while j < chars.len() {
                let c = chars[j];
                j += 1;
                // `-h` is help, unless the command has a flag of its own for it (`run -h`).
                if c == 'h' && !flags.iter().any(|f| f.short == Some('h')) {
                    out.help = true;
                    continue;
                }
                let Some(f) = flags.iter().find(|f| f.short == Some(c)) else {
                    return Err(format!("unknown shorthand flag: '{c}' in -{body}"));
                };
                let rest: String = chars[j..].iter().collect();
                match f.kind {
                    Kind::Bool => {
                        if let Some(v) = rest.strip_prefix('=') {
                            let b = parse_bool(v)
                                .ok_or_else(|| bad_bool(v, &format!("-{c}, --{}", f.long)))?;
                            out.flags.push((f.long, b.to_string()));
                            break;
                        }
                        out.flags.push((f.long, "true".into()));
                    }
                    Kind::Value(_) => {
                        let v = if !rest.is_empty() {
                            rest.strip_prefix('=').unwrap_or(&rest).to_string()
                        } else if i < args.len() {
                            i += 1;
                            args[i - 1].clone()
                        } else {
                            return Err(format!("flag needs an argument: '{c}' in -{c}"));
                        };
                        out.flags.push((f.long, v));
                        break;
                    }
                }
            }
            continue;
        }
        out.args.push(a.clone());
        if !interspersed {
            out.args.extend(args[i..].iter().cloned());
            break;
        }
    }
    Ok(out)
}

/// pflag's flag table for `--help`: `  -a, --all             Show all …`, the help column two
/// spaces after the longest flag, wrapped at 79 columns as docker wraps it.
pub fn usages(flags: &[Flag]) -> String {
    let mut lines: Vec<(String, String)> = Vec::new();
    for f in flags {
        let mut left = match f.short {
            Some(c) => format!("  -{c}, --{}", f.long),
            None => format!("      --{}", f.long),
        };
        if let Kind::Value(ty) = f.kind {
            left.push(' ');
            left.push_str(ty);
        }
        let mut help = f.help.to_string();
        if !f.default.is_empty() {
            help.push_str(&format!(" (default {})", f.default));
        }
        lines.push((left, help));
    }
    let width = lines
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    let mut s = String::new();
    for (left, help) in lines {
        let pad = width - left.chars().count();
        s.push_str(&left);
        s.push_str(&" ".repeat(pad + 3));
        s.push_str(&wrap(&help, width + 3, 79));
        s.push('\n');
    }
    s
}

/// Wrap `text` to `cols` columns, continuation lines (and lines after a newline in the help
/// text) indented by `indent`, as pflag's `FlagUsagesWrapped` does: a line may run up to five
/// columns over rather than leave a short last word; with under 24 columns left the text is
/// not wrapped.
fn wrap(text: &str, indent: usize, cols: usize) -> String {
    let pad = format!("\n{}", " ".repeat(indent));
    let avail = cols.saturating_sub(indent);
    if avail < 24 {
        return text.replace('\n', &pad);
    }
    const SLOP: usize = 5;
    let width = avail - SLOP;
    let mut out = String::new();
    let mut rest = text;
    let mut first = true;
    while first || !rest.is_empty() {
        let (line, next) = wrap_n(width, SLOP, rest);
        if !first {
            out.push_str(&pad);
        }
        out.push_str(&line.replace('\n', &pad));
        rest = next;
        first = false;
    }
    out
}

/// pflag's `wrapN`: the text up to the last space or newline within `width` bytes, and the rest.
fn wrap_n(width: usize, slop: usize, s: &str) -> (&str, &str) {
    if width + slop > s.len() {
        return (s, "");
    }
    let mut cut = width;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &s[..cut];
    let Some(w) = head.rfind([' ', '\t', '\n']).filter(|w| *w > 0) else {
        return (s, "");
    };
    match head.rfind('\n') {
        Some(nl) if nl > 0 && nl < w => (&s[..nl], &s[nl + 1..]),
        _ => (&s[..w], &s[w + 1..]),
    }
}
