//! Typed instructions: the second layer over the tree, grouped into build stages, with
//! BuildKit's instruction-stage checks and exact error texts.

use super::reference;
use super::{Flag, Instruction, Keyword, Parse, Token};
use crate::diag::Diagnostic;
use crate::text::Span;
use serde::Serialize;

/// A command in shell form (one string for the current SHELL) or exec form (argv).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum CommandLine {
    /// Shell form: run through the stage's shell (`/bin/sh -c` unless SHELL changed it).
    Shell(String),
    /// Exec form: the JSON array elements.
    Exec(Vec<String>),
}

/// A `key=value` pair of ENV or LABEL, as written (quotes not yet removed).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct KeyValue {
    /// The key as written.
    pub key: Token,
    /// The value as written.
    pub value: Token,
    /// Whether the legacy `KEY value` form was used.
    pub legacy: bool,
}

/// One ARG declaration: `NAME` or `NAME=default`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ArgDecl {
    /// The name as written.
    pub name: String,
    /// The default as written (unexpanded), if any.
    pub default: Option<String>,
    /// Where the word is.
    pub span: Span,
}

/// COPY or ADD.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CopyArgs {
    /// Sources as written (unexpanded); a `<<NAME` source is the heredoc of that name.
    pub sources: Vec<Token>,
    /// The destination as written.
    pub dest: Token,
    /// `--from` (COPY only): a stage name, a stage index, or an image.
    pub from: Option<String>,
    /// `--chown`.
    pub chown: Option<String>,
    /// `--chmod`.
    pub chmod: Option<String>,
    /// `--link`.
    pub link: bool,
    /// `--parents` (COPY).
    pub parents: bool,
    /// `--exclude` patterns.
    pub exclude: Vec<String>,
    /// `--checksum` (ADD).
    pub checksum: Option<String>,
    /// `--keep-git-dir` (ADD).
    pub keep_git_dir: bool,
}

/// HEALTHCHECK settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum Health {
    /// `HEALTHCHECK NONE`: disable the inherited check.
    None,
    /// `HEALTHCHECK [flags] CMD ...`.
    Check {
        /// `["CMD-SHELL", cmd]` for shell form, `["CMD", args...]` for exec form.
        test: Vec<String>,
        /// `--interval` in milliseconds (0: default).
        interval_ms: u64,
        /// `--timeout` in milliseconds (0: default).
        timeout_ms: u64,
        /// `--start-period` in milliseconds (0: default).
        start_period_ms: u64,
        /// `--start-interval` in milliseconds (0: default).
        start_interval_ms: u64,
        /// `--retries` (0: default).
        retries: u64,
    },
}

/// What a typed instruction does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum CommandKind {
    /// RUN with its `--mount`, `--network` and `--security` values.
    Run {
        /// The command.
        cmd: CommandLine,
        /// `--mount` values, unparsed.
        mounts: Vec<String>,
        /// `--network`.
        network: Option<String>,
        /// `--security`.
        security: Option<String>,
    },
    /// CMD.
    Cmd(CommandLine),
    /// ENTRYPOINT.
    Entrypoint(CommandLine),
    /// SHELL.
    Shell(Vec<String>),
    /// ENV pairs.
    Env(Vec<KeyValue>),
    /// LABEL pairs.
    Label(Vec<KeyValue>),
    /// ARG declarations.
    Arg(Vec<ArgDecl>),
    /// COPY.
    Copy(CopyArgs),
    /// ADD.
    Add(CopyArgs),
    /// WORKDIR path as written.
    Workdir(String),
    /// USER as written.
    User(String),
    /// STOPSIGNAL as written.
    Stopsignal(String),
    /// MAINTAINER.
    Maintainer(String),
    /// EXPOSE items as written (sorted, as BuildKit does).
    Expose(Vec<String>),
    /// VOLUME paths as written.
    Volume(Vec<String>),
    /// HEALTHCHECK.
    Healthcheck(Health),
    /// ONBUILD: the trigger's text, run in builds based on this image.
    Onbuild(String),
}

/// A typed instruction with a pointer back to the tree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Command {
    /// The instruction's span in the source.
    pub span: Span,
    /// Its first line (from 1).
    pub line: usize,
    /// Its logical text, as BuildKit prints in build output.
    pub original: String,
    /// What it does.
    pub kind: CommandKind,
}

/// A build stage: a FROM and the commands up to the next FROM.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Stage {
    /// Position, from 0.
    pub index: usize,
    /// `AS name`, lower-cased.
    pub name: Option<String>,
    /// The image (or earlier stage) as written, unexpanded.
    pub base: Token,
    /// `--platform`, unexpanded.
    pub platform: Option<String>,
    /// The FROM line (from 1).
    pub line: usize,
    /// The FROM instruction's span.
    pub span: Span,
    /// The commands of the stage.
    pub commands: Vec<Command>,
}

/// The typed view of a Dockerfile.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Dockerfile {
    /// ARGs before the first FROM (visible only to FROM lines).
    pub meta_args: Vec<ArgDecl>,
    /// The stages in order.
    pub stages: Vec<Stage>,
    /// Parser and instruction errors and warnings, parser stage first. BuildKit reports
    /// only the first error.
    pub diagnostics: Vec<Diagnostic>,
}

impl Dockerfile {
    /// The first error, as BuildKit would print it: instruction-stage errors carry
    /// `dockerfile parse error on line N: ` in front.
    pub fn first_error(&self) -> Option<&Diagnostic> {
        self.diagnostics.iter().find(|d| d.is_error())
    }

    /// The stage with this name (case-insensitive) or index.
    pub fn stage(&self, name_or_index: &str) -> Option<&Stage> {
        let lower = name_or_index.to_lowercase();
        self.stages
            .iter()
            .find(|s| s.name.as_deref() == Some(lower.as_str()))
            .or_else(|| {
                name_or_index
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| self.stages.get(i))
            })
    }
}

/// The prefix BuildKit puts on instruction-stage errors.
pub fn line_prefix(line: usize) -> String {
    format!("dockerfile parse error on line {line}: ")
}

/// Levenshtein distance between two short strings.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The closest option within distance 2 (case-insensitive), if any.
pub fn suggest<'a>(word: &str, options: &[&'a str]) -> Option<&'a str> {
    let w = word.to_lowercase();
    if w.is_empty() {
        return None;
    }
    let wlen = w.chars().count();
    let mut best: Option<(usize, &str)> = None;
    for o in options {
        // The distance is at least the difference in length: skip hopeless options cheaply.
        if wlen.abs_diff(o.chars().count()) > 2 {
            continue;
        }
        let d = distance(&w, &o.to_lowercase());
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, o));
        }
    }
    best.filter(|(d, _)| *d <= 2).map(|(_, o)| o)
}

/// `unknown instruction: X` with a suggestion in the input's case.
pub fn unknown_instruction_message(word: &str) -> String {
    let names: Vec<&str> = Keyword::ALL.iter().map(|(n, _)| *n).collect();
    match suggest(word, &names) {
        Some(s) => {
            let s = if word.to_uppercase() == word {
                s.to_string()
            } else {
                s.to_lowercase()
            };
            format!("unknown instruction: {word} (did you mean {s}?)")
        }
        None => format!("unknown instruction: {word}"),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum FlagType {
    Str,
    Strings,
    Bool,
}

fn flag_spec(kind: Keyword) -> Option<&'static [(&'static str, FlagType)]> {
    use FlagType::*;
    Some(match kind {
        Keyword::From => &[("platform", Str)],
        Keyword::Run => &[
            ("mount", Strings),
            ("network", Str),
            ("security", Str),
            ("device", Strings),
        ],
        Keyword::Copy => &[
            ("from", Str),
            ("chown", Str),
            ("chmod", Str),
            ("link", Bool),
            ("exclude", Strings),
            ("parents", Bool),
        ],
        Keyword::Add => &[
            ("chown", Str),
            ("chmod", Str),
            ("link", Bool),
            ("keep-git-dir", Bool),
            ("checksum", Str),
            ("exclude", Strings),
            ("unpack", Bool),
        ],
        Keyword::Healthcheck => &[
            ("interval", Str),
            ("timeout", Str),
            ("start-period", Str),
            ("start-interval", Str),
            ("retries", Str),
        ],
        Keyword::Arg | Keyword::Stopsignal => return None,
        _ => &[],
    })
}

/// Parsed flag values: name → values (one per occurrence; booleans as "true"/"false").
struct Flags(Vec<(&'static str, String)>);

impl Flags {
    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
    fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
            .collect()
    }
    fn bool(&self, name: &str) -> bool {
        self.get(name) == Some("true")
    }
}

fn parse_flags(kind: Keyword, flags: &[Flag]) -> Result<Flags, String> {
    let Some(spec) = flag_spec(kind) else {
        return Ok(Flags(Vec::new()));
    };
    let mut out: Vec<(&'static str, String)> = Vec::new();
    for f in flags {
        let name = f.name();
        let Some(&(sname, ty)) = spec.iter().find(|(n, _)| *n == name) else {
            let names: Vec<&str> = spec.iter().map(|(n, _)| *n).collect();
            return Err(match suggest(name, &names) {
                Some(s) => format!("unknown flag: --{name} (did you mean {s}?)"),
                None => format!("unknown flag: --{name}"),
            });
        };
        if ty != FlagType::Strings && out.iter().any(|(n, _)| *n == sname) {
            return Err(format!("duplicate flag specified: --{name}"));
        }
        let value = match (ty, f.value()) {
            (FlagType::Bool, None) => "true".to_string(),
            (FlagType::Bool, Some("")) => return Err(format!("missing a value on flag: --{name}")),
            (FlagType::Bool, Some(v)) => match v.to_lowercase().as_str() {
                "true" => "true".to_string(),
                "false" => "false".to_string(),
                _ => {
                    return Err(format!(
                        "expecting boolean value for flag --{name}, not: {v}"
                    ))
                }
            },
            (_, None) => return Err(format!("missing a value on flag: --{name}")),
            (_, Some(v)) => v.to_string(),
        };
        out.push((sname, value));
    }
    Ok(Flags(out))
}

/// Parse a Go duration (`1m30s`, `500ms`, `0`) into milliseconds.
pub fn parse_duration_ms(s: &str) -> Result<u64, String> {
    let bad = || format!("time: invalid duration {}", super::dump::go_quote(s));
    let mut rest = s.strip_prefix(['+', '-']).unwrap_or(s);
    let negative = s.starts_with('-');
    if rest == "0" {
        return Ok(0);
    }
    if rest.is_empty() {
        return Err(bad());
    }
    let mut total_ns: f64 = 0.0;
    while !rest.is_empty() {
        let num_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        let num = &rest[..num_len];
        if num.is_empty() || num == "." {
            return Err(bad());
        }
        let value: f64 = num.parse().map_err(|_| bad())?;
        rest = &rest[num_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let unit = &rest[..unit_len];
        rest = &rest[unit_len..];
        let scale = match unit {
            "" => {
                return Err(format!(
                    "time: missing unit in duration {}",
                    super::dump::go_quote(s)
                ))
            }
            "ns" => 1.0,
            "us" | "µs" | "μs" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "m" => 60e9,
            "h" => 3600e9,
            _ => {
                return Err(format!(
                    "time: unknown unit {} in duration {}",
                    super::dump::go_quote(unit),
                    super::dump::go_quote(s)
                ))
            }
        };
        total_ns += value * scale;
    }
    if negative {
        // Negative durations are below the 1ms minimum; the caller reports that.
        return Ok(0);
    }
    Ok((total_ns / 1e6) as u64 + u64::from(total_ns > 0.0 && total_ns < 1e6))
}

fn command_line(ins: &Instruction) -> CommandLine {
    if ins.json {
        CommandLine::Exec(ins.args.iter().map(|a| a.text.clone()).collect())
    } else {
        CommandLine::Shell(ins.args.first().map(|a| a.text.clone()).unwrap_or_default())
    }
}

fn key_values(ins: &Instruction) -> Vec<KeyValue> {
    ins.args
        .chunks(3)
        .filter(|c| c.len() == 3)
        .map(|c| KeyValue {
            key: c[0].clone(),
            value: c[1].clone(),
            legacy: c[2].text.is_empty(),
        })
        .collect()
}

fn arg_decls(ins: &Instruction) -> Vec<ArgDecl> {
    ins.args
        .iter()
        .map(|a| match a.text.split_once('=') {
            Some((k, v)) => ArgDecl {
                name: k.to_string(),
                default: Some(v.to_string()),
                span: a.span,
            },
            None => ArgDecl {
                name: a.text.clone(),
                default: None,
                span: a.span,
            },
        })
        .collect()
}

fn is_valid_stage_name(name: &str) -> bool {
    let mut cs = name.chars();
    cs.next().is_some_and(|c| c.is_ascii_lowercase())
        && cs.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
}

fn health(ins: &Instruction, flags: &Flags) -> Result<Health, String> {
    let Some(typ) = ins.args.first() else {
        return Err("HEALTHCHECK requires an argument".to_string());
    };
    match typ.text.to_uppercase().as_str() {
        "NONE" => {
            if ins.args.len() > 1 {
                return Err("HEALTHCHECK NONE takes no arguments".to_string());
            }
            Ok(Health::None)
        }
        "CMD" => {
            let rest = &ins.args[1..];
            if rest.is_empty() || (!ins.json && rest.iter().all(|a| a.text.is_empty())) {
                return Err("Missing command after HEALTHCHECK CMD".to_string());
            }
            let test = if ins.json {
                std::iter::once("CMD".to_string())
                    .chain(rest.iter().map(|a| a.text.clone()))
                    .collect()
            } else {
                vec!["CMD-SHELL".to_string(), rest[0].text.clone()]
            };
            let dur = |n: &str| -> Result<u64, String> {
                match flags.get(n) {
                    None | Some("") => Ok(0),
                    Some(v) => {
                        let ms = parse_duration_ms(v)?;
                        if ms == 0 && v.trim_start_matches(['+', '-']) != "0" {
                            return Err(format!(
                                "Interval {} cannot be less than 1ms",
                                super::dump::go_quote(n)
                            ));
                        }
                        Ok(ms)
                    }
                }
            };
            let retries = match flags.get("retries") {
                None | Some("") => 0,
                Some(v) => {
                    let n: i64 = v.parse().map_err(|_| {
                        format!(
                            "strconv.ParseInt: parsing {}: invalid syntax",
                            super::dump::go_quote(v)
                        )
                    })?;
                    if n < 0 {
                        return Err(format!("--retries cannot be negative ({n})"));
                    }
                    n as u64
                }
            };
            Ok(Health::Check {
                test,
                interval_ms: dur("interval")?,
                timeout_ms: dur("timeout")?,
                start_period_ms: dur("start-period")?,
                start_interval_ms: dur("start-interval")?,
                retries,
            })
        }
        other => Err(format!(
            "Unknown type {} in HEALTHCHECK (try CMD)",
            super::dump::go_quote(other)
        )),
    }
}

fn copy_args(ins: &Instruction, flags: &Flags, name: &str) -> Result<CopyArgs, String> {
    if ins.args.len() < 2 {
        return Err(format!(
            "{name} requires at least two arguments, but only one was provided. Destination could not be determined"
        ));
    }
    let dest = ins.args[ins.args.len() - 1].clone();
    if !ins.heredocs.is_empty()
        && super::heredoc::parse_marker(&dest.text)
            .ok()
            .flatten()
            .is_some()
    {
        return Err(format!("{name} cannot accept a heredoc as a destination"));
    }
    if let Some(c) = flags.get("chmod") {
        let ok = !c.is_empty()
            && !c.contains('$')
            && u32::from_str_radix(c, 8)
                .map(|v| v <= 0o7777)
                .unwrap_or(false);
        if !ok && !c.contains('$') {
            return Err(format!(
                "invalid chmod parameter: '{c}'. it should be octal string and between 0 and 07777"
            ));
        }
    }
    Ok(CopyArgs {
        sources: ins.args[..ins.args.len() - 1].to_vec(),
        dest,
        from: flags.get("from").map(str::to_string),
        chown: flags.get("chown").map(str::to_string),
        chmod: flags.get("chmod").map(str::to_string),
        link: flags.bool("link"),
        parents: flags.bool("parents"),
        exclude: flags.all("exclude"),
        checksum: flags.get("checksum").map(str::to_string),
        keep_git_dir: flags.bool("keep-git-dir"),
    })
}

fn one_arg(ins: &Instruction, name: &str) -> Result<String, String> {
    match ins.args.first() {
        Some(a) if !a.text.is_empty() && ins.args.len() == 1 => Ok(a.text.clone()),
        _ => Err(format!("{name} requires exactly one argument")),
    }
}

/// Type one instruction (FROM is handled by the caller).
fn command(ins: &Instruction) -> Result<CommandKind, String> {
    if ins.kind == Keyword::Unknown {
        return Err(unknown_instruction_message(&ins.keyword.text));
    }
    let flags = parse_flags(ins.kind, &ins.flags)?;
    let name = ins.kind.name();
    Ok(match ins.kind {
        Keyword::Run => {
            if ins.args.is_empty() && ins.heredocs.is_empty() {
                return Err("RUN requires at least one argument".to_string());
            }
            let network = flags.get("network").map(str::to_string);
            if let Some(n) = &network {
                if !matches!(n.as_str(), "default" | "none" | "host") {
                    return Err(format!("invalid network mode {}", super::dump::go_quote(n)));
                }
            }
            let security = flags.get("security").map(str::to_string);
            if let Some(s) = &security {
                if !matches!(s.as_str(), "sandbox" | "insecure") {
                    return Err(format!(
                        "security mode {} not supported",
                        super::dump::go_quote(s)
                    ));
                }
            }
            CommandKind::Run {
                cmd: command_line(ins),
                mounts: flags.all("mount"),
                network,
                security,
            }
        }
        Keyword::Cmd => CommandKind::Cmd(command_line(ins)),
        Keyword::Entrypoint => CommandKind::Entrypoint(command_line(ins)),
        Keyword::Shell => {
            if !ins.json {
                return Err("SHELL requires the arguments to be in JSON form".to_string());
            }
            if ins.args.is_empty() {
                return Err("SHELL requires at least one argument".to_string());
            }
            CommandKind::Shell(ins.args.iter().map(|a| a.text.clone()).collect())
        }
        Keyword::Env | Keyword::Label => {
            if ins.args.is_empty() {
                return Err(format!("{name} requires at least one argument"));
            }
            let kv = key_values(ins);
            if kv.iter().any(|p| p.key.text.is_empty()) {
                return Err(format!("{name} names can not be blank"));
            }
            if ins.kind == Keyword::Env {
                CommandKind::Env(kv)
            } else {
                CommandKind::Label(kv)
            }
        }
        Keyword::Arg => {
            if ins.args.is_empty() {
                return Err("ARG requires at least one argument".to_string());
            }
            let decls = arg_decls(ins);
            if decls.iter().any(|d| d.name.is_empty()) {
                return Err("ARG names can not be blank".to_string());
            }
            CommandKind::Arg(decls)
        }
        Keyword::Copy => CommandKind::Copy(copy_args(ins, &flags, "COPY")?),
        Keyword::Add => CommandKind::Add(copy_args(ins, &flags, "ADD")?),
        Keyword::Workdir => CommandKind::Workdir(one_arg(ins, name)?),
        Keyword::User => CommandKind::User(one_arg(ins, name)?),
        Keyword::Stopsignal => CommandKind::Stopsignal(one_arg(ins, name)?),
        Keyword::Maintainer => CommandKind::Maintainer(one_arg(ins, name)?),
        Keyword::Expose => {
            if ins.args.is_empty() {
                return Err("EXPOSE requires at least one argument".to_string());
            }
            let mut ports: Vec<String> = ins.args.iter().map(|a| a.text.clone()).collect();
            crate::sort::sort(&mut ports);
            CommandKind::Expose(ports)
        }
        Keyword::Volume => {
            if ins.args.is_empty() {
                return Err("VOLUME requires at least one argument".to_string());
            }
            if ins.args.iter().any(|a| a.text.trim().is_empty()) {
                return Err("VOLUME specified can not be an empty string".to_string());
            }
            CommandKind::Volume(ins.args.iter().map(|a| a.text.clone()).collect())
        }
        Keyword::Healthcheck => CommandKind::Healthcheck(health(ins, &flags)?),
        Keyword::Onbuild => {
            let Some(t) = &ins.trigger else {
                return Err("ONBUILD requires at least one argument".to_string());
            };
            match t.kind {
                Keyword::Onbuild => {
                    return Err("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed".to_string())
                }
                Keyword::From | Keyword::Maintainer => {
                    return Err(format!(
                        "{} isn't allowed as an ONBUILD trigger",
                        t.kind.name()
                    ))
                }
                _ => {}
            }
            CommandKind::Onbuild(t.original.clone())
        }
        Keyword::From | Keyword::Unknown => {
            return Err(unknown_instruction_message(&ins.keyword.text))
        }
    })
}

/// Type every instruction of a parsed file and apply the stage rules.
pub fn check(src: &str, parse: &Parse) -> Dockerfile {
    let mut df = Dockerfile::default();
    if src.is_empty() {
        // Rejected before the parser runs.
        df.diagnostics.push(Diagnostic::error(
            "parse",
            "the Dockerfile cannot be empty",
            Span::empty(0),
        ));
        return df;
    }
    df.diagnostics = parse.diagnostics.clone();
    let stage_names = parse_stage_names(parse);
    let mut saw_from = false;
    for ins in parse.file.instructions() {
        if ins.error.is_some() {
            continue;
        }
        let span = Span::new(
            ins.keyword.span.start,
            ins.rest.end.max(ins.keyword.span.end),
        );
        let err = |code: &str, msg: String| Diagnostic::error(code, msg, span);
        if ins.kind == Keyword::From {
            saw_from = true;
            match stage_from(ins, df.stages.len()) {
                Ok(stage) => {
                    if let Some(d) = base_reference_error(&stage, &df.stages, &df.meta_args, span) {
                        df.diagnostics.push(d);
                    }
                    df.stages.push(stage);
                }
                Err(m) => df.diagnostics.push(err("instruction", m)),
            }
            continue;
        }
        match command(ins) {
            Err(m) => df.diagnostics.push(err("instruction", m)),
            Ok(kind) => {
                let cmd = Command {
                    span: ins.span,
                    line: ins.start_line,
                    original: ins.original.clone(),
                    kind,
                };
                if let Some(stage) = df.stages.last_mut() {
                    if let CommandKind::Copy(c) = &cmd.kind {
                        if let Some(m) = copy_from_error(c, stage, &stage_names) {
                            df.diagnostics.push(err("instruction", m));
                        }
                    }
                    stage.commands.push(cmd);
                } else if let CommandKind::Arg(decls) = cmd.kind {
                    df.meta_args.extend(decls);
                } else {
                    df.diagnostics.push(Diagnostic::error(
                        "stage",
                        "no build stage in current context",
                        span,
                    ));
                }
            }
        }
    }
    if !saw_from && parse.first_error().is_none() && df.first_error().is_none() {
        df.diagnostics.push(Diagnostic::error(
            "stage",
            "dockerfile contains no stages to build",
            Span::empty(src.len()),
        ));
    }
    df
}

/// Every named stage in the file with its index, names lower-cased (for forward references).
fn parse_stage_names(parse: &Parse) -> Vec<(usize, String)> {
    parse
        .file
        .instructions()
        .filter(|i| i.kind == Keyword::From)
        .enumerate()
        .filter(|(_, i)| i.args.len() == 3)
        .map(|(n, i)| (n, i.args[2].text.to_lowercase()))
        .collect()
}

fn stage_from(ins: &Instruction, index: usize) -> Result<Stage, String> {
    let flags = parse_flags(Keyword::From, &ins.flags)?;
    let n = ins.args.len();
    if !(n == 1 || (n == 3 && ins.args[1].text.eq_ignore_ascii_case("as"))) {
        return Err("FROM requires either one or three arguments".to_string());
    }
    let name = if n == 3 {
        let written = &ins.args[2].text;
        let lower = written.to_lowercase();
        if !is_valid_stage_name(&lower) {
            return Err(format!(
                "invalid name for build stage: {}, name can't start with a number or contain symbols",
                super::dump::go_quote(written)
            ));
        }
        Some(lower)
    } else {
        None
    };
    Ok(Stage {
        index,
        name,
        base: ins.args[0].clone(),
        platform: flags.get("platform").map(str::to_string),
        line: ins.start_line,
        span: ins.span,
        commands: Vec::new(),
    })
}

/// The reference error a build would hit for this FROM, when its image is known without
/// expansion and it is not an earlier stage.
fn base_reference_error(
    stage: &Stage,
    earlier: &[Stage],
    _meta: &[ArgDecl],
    span: Span,
) -> Option<Diagnostic> {
    let image = &stage.base.text;
    if image.contains('$')
        || image == "scratch"
        || earlier
            .iter()
            .any(|s| s.name.as_deref() == Some(image.as_str()))
    {
        return None;
    }
    let e = reference::parse_normalized(image).err()?;
    Some(Diagnostic::error(
        "reference",
        format!(
            "failed to parse stage name {}: {e}",
            super::dump::go_quote(image)
        ),
        span,
    ))
}

fn copy_from_error(c: &CopyArgs, current: &Stage, all_names: &[(usize, String)]) -> Option<String> {
    let from = c.from.as_deref()?;
    if from.contains('$') {
        return Some(
            "variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround"
                .to_string(),
        );
    }
    let lower = from.to_lowercase();
    if let Ok(i) = from.parse::<usize>() {
        if i >= current.index {
            return Some(format!("invalid stage index {i}"));
        }
        return None;
    }
    if current.name.as_deref() == Some(lower.as_str()) {
        return Some(format!("circular dependency detected on stage: {lower}"));
    }
    if let Some((pos, _)) = all_names.iter().find(|(_, n)| *n == lower) {
        if *pos >= current.index {
            let cur = current
                .name
                .clone()
                .unwrap_or_else(|| current.index.to_string());
            return Some(format!(
                "cannot copy from stage {}, it needs to be defined before current stage {}",
                super::dump::go_quote(&lower),
                super::dump::go_quote(&cur)
            ));
        }
        return None;
    }
    match reference::parse_normalized(from) {
        Ok(_) => None,
        Err(e) => Some(format!("invalid from flag value {from}: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        assert_eq!(
            unknown_instruction_message("FORM"),
            "unknown instruction: FORM (did you mean FROM?)"
        );
        assert_eq!(
            unknown_instruction_message("runn"),
            "unknown instruction: runn (did you mean run?)"
        );
        assert_eq!(
            unknown_instruction_message("XYZZY"),
            "unknown instruction: XYZZY"
        );
        assert_eq!(parse_duration_ms("1m30s"), Ok(90_000));
        assert!(parse_duration_ms("30").is_err());
    }
}
