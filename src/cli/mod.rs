//! The `docker` client: finds the subcommand (with docker's management-command aliases), parses
//! its flags, prints `--help`, and words errors as docker does. One subcommand a file.
//!
//! A subcommand is a [`Spec`] (its path, usage line, aliases, flags, argument count) and a
//! [`RunFn`] that gets the host's [`Invocation`] — the daemon is `inv.machine.daemon`, the
//! learner's files `inv.machine.fs` — and the [`Parsed`] flags. To add one, write its file with
//! a `pub const SPEC: Spec` and list it in [`COMMANDS`].
//!
//! Error conventions (docker CLI 27): a flag error prints `unknown flag: --foo`, a blank line,
//! `Usage:  docker run [OPTIONS] …`, a blank line and `Run 'docker run --help' for more
//! information`, status 125; a wrong argument count prints cobra's `"docker tag" requires
//! exactly 2 arguments.` block, status 1; a daemon error prints `Error response from daemon: …`,
//! status 1 (`docker run` prefixes `docker: ` and uses 125).

mod build;
mod builder_prune;
pub mod flags;
mod history;
pub mod images;
mod info;
mod inspect;
pub mod login;
mod logout;
mod prune;
pub mod pull;
mod push;
mod rmi;
mod search;
mod system_df;
mod system_prune;
pub mod table;
mod tag;
pub mod template;
mod version;

mod container_inspect;
mod container_prune;
mod cp;
mod diff;
mod exec;
mod kill;
mod logs;
mod port;
mod ps;
mod rename;
mod restart;
mod rm;
mod run;
mod start;
mod stop;

pub use flags::{Args, Flag, Kind, Parsed, Spec};

use crate::sh::Invocation;
use crate::world::Host;

/// The function that runs a subcommand; returns the exit status.
pub type RunFn = fn(&mut Invocation<'_, Host>, &Parsed) -> i32;

/// The client version this simulation imitates.
pub const CLIENT_VERSION: &str = "27.5.1";
/// The git commit `docker --version` shows for it.
pub const CLIENT_COMMIT: &str = "9f9e405";
/// The daemon's API version.
pub const API_VERSION: &str = "1.47";

/// Every subcommand, in the order `docker --help` lists them within their group.
pub const COMMANDS: &[Spec] = &[
    version::SPEC,
    pull::SPEC,
    run::SPEC,
    exec::SPEC,
    ps::SPEC,
    container_inspect::SPEC,
    kill::SPEC,
    cp::SPEC,
    diff::SPEC,
    rename::SPEC,
    logs::SPEC,
    port::SPEC,
    restart::SPEC,
    rm::SPEC,
    start::SPEC,
    stop::SPEC,
    images::SPEC,
    build::SPEC,
    history::SPEC,
    inspect::SPEC,
    inspect::IMAGE_SPEC,
    tag::SPEC,
    rmi::SPEC,
    prune::SPEC,
    container_prune::SPEC,
    builder_prune::SPEC,
    system_df::SPEC,
    system_prune::SPEC,
    info::SPEC,
    push::SPEC,
    login::SPEC,
    logout::SPEC,
    search::SPEC,
];

/// Commands the real docker 27 client has that this one does not simulate. They get an honest
/// message instead of docker's "is not a docker command", which would tell a learner they do
/// not exist.
const NOT_SIMULATED: &[&str] = &[
    "attach",
    "commit",
    "create",
    "events",
    "export",
    "import",
    "load",
    "pause",
    "save",
    "stats",
    "top",
    "unpause",
    "update",
    "wait",
    "buildx",
    "checkpoint",
    "compose",
    "config",
    "context",
    "init",
    "manifest",
    "network",
    "node",
    "plugin",
    "scout",
    "secret",
    "service",
    "stack",
    "swarm",
    "trust",
    "volume",
    "builder du",
    "container attach",
    "container commit",
    "container create",
    "container export",
    "container pause",
    "container stats",
    "container top",
    "container unpause",
    "container update",
    "container wait",
    "image import",
    "image load",
    "image save",
    "system events",
];

/// The container `name` names (after reaping exited processes), or docker's "No such
/// container" error printed and `None`.
pub(crate) fn container_or_say(inv: &mut Invocation<'_, Host>, name: &str) -> Option<usize> {
    let d = &mut inv.machine.daemon;
    d.reap();
    match d.runtime.find(name) {
        Ok(i) if d.runtime.get(i).is_some() => Some(i),
        _ => {
            inv.err(format!(
                "Error response from daemon: No such container: {name}\n"
            ));
            None
        }
    }
}

/// A flag's long name and shorthand.
type FlagName = (&'static str, Option<char>);

/// Flags the real docker 27 client has that this one does not simulate, by command: (long
/// name, shorthand). Like [`NOT_SIMULATED`], they get an honest message rather than docker's
/// `unknown flag`.
const NOT_SIMULATED_FLAGS: &[(&str, &[FlagName])] = &[
    (
        "container run",
        &[
            ("volume", Some('v')),
            ("mount", None),
            ("restart", None),
            ("memory", Some('m')),
            ("cpus", None),
            ("network", None),
            ("env-file", None),
            ("label", Some('l')),
            ("add-host", None),
            ("platform", None),
            ("privileged", None),
            ("read-only", None),
            ("init", None),
            ("pull", None),
            ("link", None),
            ("dns", None),
            ("log-driver", None),
            ("stop-timeout", None),
            ("health-cmd", None),
            ("cap-add", None),
            ("gpus", None),
        ],
    ),
    (
        "container ls",
        &[("size", Some('s')), ("latest", Some('l'))],
    ),
    (
        "container logs",
        &[("since", None), ("until", None), ("details", None)],
    ),
    (
        "container exec",
        &[
            ("env-file", None),
            ("privileged", None),
            ("detach-keys", None),
        ],
    ),
    (
        "image build",
        &[
            ("label", None),
            ("platform", None),
            ("check", None),
            ("secret", None),
            ("ssh", None),
            ("network", None),
            ("add-host", None),
            ("cache-from", None),
            ("cache-to", None),
            ("output", Some('o')),
            ("iidfile", None),
            ("load", None),
            ("push", None),
        ],
    ),
];

/// The flag a parse error names, when it is one docker has and this simulation lacks.
fn flag_not_simulated(path: &str, error: &str) -> Option<String> {
    let (_, flags) = NOT_SIMULATED_FLAGS.iter().find(|(p, _)| *p == path)?;
    if let Some(name) = error.strip_prefix("unknown flag: --") {
        let name = name.split('=').next().unwrap_or(name);
        return flags
            .iter()
            .find(|(long, _)| *long == name)
            .map(|(long, _)| format!("--{long}"));
    }
    let c = error
        .strip_prefix("unknown shorthand flag: '")?
        .chars()
        .next()?;
    flags
        .iter()
        .find(|(_, short)| *short == Some(c))
        .map(|(long, _)| format!("-{c} (--{long})"))
}

/// What a learner sees for a real docker command this simulation does not have.
fn not_simulated(command: &str, help: &str) -> String {
    format!(
        "docker: '{command}' is a real docker command, but this simulated docker does not have it yet.\nSee '{help}' for the commands it has.\n"
    )
}

/// The management commands (`docker image …`) and their descriptions.
pub const MANAGEMENT: &[(&str, &str)] = &[
    ("builder", "Manage builds"),
    ("container", "Manage containers"),
    ("image", "Manage images"),
    ("system", "Manage Docker"),
];

/// The commands `docker --help` lists first, under "Common Commands".
const COMMON: &[&str] = &[
    "run", "exec", "ps", "build", "pull", "push", "images", "login", "logout", "search", "version",
    "info",
];

/// The global options docker accepts before the command (all but `--version` are accepted and
/// have no effect here).
const GLOBAL: &[Flag] = &[
    Flag::value(
        "config",
        None,
        "string",
        "Location of client config files",
    )
    .with_default("\"/home/learner/.docker\""),
    Flag::value(
        "context",
        Some('c'),
        "string",
        "Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with \"docker context use\")",
    ),
    Flag::bool("debug", Some('D'), "Enable debug mode"),
    Flag::value("host", Some('H'), "list", "Daemon socket to connect to"),
    Flag::value(
        "log-level",
        Some('l'),
        "string",
        "Set the logging level (\"debug\", \"info\", \"warn\", \"error\", \"fatal\")",
    )
    .with_default("\"info\""),
    Flag::bool("tls", None, "Use TLS; implied by --tlsverify"),
    Flag::bool("tlsverify", None, "Use TLS and verify the remote"),
    Flag::bool("version", Some('v'), "Print version information and quit"),
];

/// The `docker` program.
pub fn docker(inv: &mut Invocation<'_, Host>) -> i32 {
    let argv: Vec<String> = inv.args().to_vec();
    // Global flags stop at the first word that is not one (pflag without interspersing).
    let global = match flags::parse(GLOBAL, &argv, false) {
        Ok(p) => p,
        Err(e) => {
            inv.err(format!(
                "{e}\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information\n"
            ));
            return 125;
        }
    };
    if global.on("version") {
        inv.out(format!(
            "Docker version {CLIENT_VERSION}, build {CLIENT_COMMIT}\n"
        ));
        return 0;
    }
    let words = global.args;
    if words.is_empty() || global.help {
        let help = root_help();
        if words.is_empty() && !global.help {
            inv.err(help);
        } else {
            inv.out(help);
        }
        return 0;
    }
    if words[0] == "help" {
        return help_command(inv, &words[1..]);
    }
    // `docker image`, `docker image ls`, `docker images`.
    let (spec, path_len) = match find(&words) {
        Found::Command(spec, n) => (spec, n),
        Found::Management(group) => {
            if words.len() == 1 {
                inv.out(management_help(group));
                return 0;
            }
            let rest = &words[1];
            if rest == "--help" || rest == "-h" {
                inv.out(management_help(group));
                return 0;
            }
            if NOT_SIMULATED.contains(&format!("{group} {rest}").as_str()) {
                inv.err(not_simulated(
                    &format!("{group} {rest}"),
                    &format!("docker {group} --help"),
                ));
                return 1;
            }
            inv.err(format!(
                "docker: '{group} {rest}' is not a docker command.\nSee 'docker {group} --help'\n"
            ));
            return 1;
        }
        Found::Nothing if NOT_SIMULATED.contains(&words[0].as_str()) => {
            inv.err(not_simulated(&words[0], "docker --help"));
            return 1;
        }
        Found::Nothing => {
            inv.err(format!(
                "docker: '{}' is not a docker command.\nSee 'docker --help'\n",
                words[0]
            ));
            return 1;
        }
    };
    let invoked = words[..path_len].join(" ");
    let parsed = match flags::parse(spec.flags, &words[path_len..], spec.interspersed) {
        Ok(p) => p,
        Err(e) => {
            match flag_not_simulated(spec.path, &e) {
                Some(flag) => inv.err(format!(
                    "docker: {flag} is a real flag of 'docker {invoked}', but this simulated docker does not support it yet.\nSee 'docker {invoked} --help' for the flags it has.\n"
                )),
                None => inv.err(flag_error(&e, spec, &invoked)),
            }
            return 125;
        }
    };
    if parsed.help {
        inv.out(help(spec, &invoked));
        return 0;
    }
    if let Some(msg) = check_args(spec, &invoked, parsed.args.len()) {
        inv.err(msg);
        return 1;
    }
    (spec.run)(inv, &parsed)
}

enum Found {
    Command(&'static Spec, usize),
    Management(&'static str),
    Nothing,
}

/// The spec whose path or alias matches the first one or two words.
fn find(words: &[String]) -> Found {
    let two = words.get(..2).map(|w| w.join(" "));
    for spec in COMMANDS {
        let names = std::iter::once(spec.path).chain(spec.aliases.iter().copied());
        for name in names {
            let n = name.split(' ').count();
            let matches = match n {
                1 => words[0] == name,
                _ => two.as_deref() == Some(name),
            };
            if matches {
                return Found::Command(spec, n);
            }
        }
    }
    match MANAGEMENT.iter().find(|(g, _)| *g == words[0]) {
        Some((g, _)) => Found::Management(g),
        None => Found::Nothing,
    }
}

/// The usage line: `docker image ls [OPTIONS] [REPOSITORY[:TAG]]`.
pub fn use_line(spec: &Spec, invoked: &str) -> String {
    if spec.usage.is_empty() {
        format!("docker {invoked}")
    } else {
        format!("docker {invoked} {}", spec.usage)
    }
}

/// pflag's error, with the usage line and the pointer to `--help` (status 125).
pub fn flag_error(err: &str, spec: &Spec, invoked: &str) -> String {
    format!(
        "{err}\n\nUsage:  {}\n\nRun 'docker {invoked} --help' for more information\n",
        use_line(spec, invoked)
    )
}

/// A usage error as `docker run` words its own: `docker: …` and the pointer to `--help`.
pub fn run_error(err: &str, invoked: &str) -> String {
    format!("docker: {err}\n\nRun 'docker {invoked} --help' for more information\n")
}

/// cobra's argument-count messages, as docker words them.
fn check_args(spec: &Spec, invoked: &str, n: usize) -> Option<String> {
    let plural = |k: usize| if k == 1 { "argument" } else { "arguments" };
    let what = match spec.args {
        Args::Any => return None,
        Args::None if n == 0 => return None,
        Args::None => "accepts no arguments".to_string(),
        Args::Exact(k) if n == k => return None,
        Args::Exact(k) => format!("requires exactly {k} {}", plural(k)),
        Args::Min(k) if n >= k => return None,
        Args::Min(k) => format!("requires at least {k} {}", plural(k)),
        Args::Max(k) if n <= k => return None,
        Args::Max(k) => format!("accepts at most {k} {}", plural(k)),
        Args::Range(lo, hi) if n >= lo && n <= hi => return None,
        Args::Range(lo, hi) => format!("requires at least {lo} and at most {hi} {}", plural(hi)),
    };
    Some(format!(
        "\"docker {invoked}\" {what}.\nSee 'docker {invoked} --help'.\n\nUsage:  {}\n\n{}\n",
        use_line(spec, invoked),
        spec.short
    ))
}

/// A subcommand's `--help`.
pub fn help(spec: &Spec, invoked: &str) -> String {
    let mut s = format!("\nUsage:  {}\n\n{}\n", use_line(spec, invoked), spec.short);
    if !spec.aliases.is_empty() {
        let mut names = vec![format!("docker {}", spec.path)];
        names.extend(spec.aliases.iter().map(|a| format!("docker {a}")));
        s.push_str(&format!("\nAliases:\n  {}\n", names.join(", ")));
    }
    if !spec.flags.is_empty() {
        s.push_str("\nOptions:\n");
        s.push_str(&flags::usages(spec.flags));
    }
    s
}

/// `docker image --help`: the group's commands.
fn management_help(group: &str) -> String {
    let short = MANAGEMENT
        .iter()
        .find(|(g, _)| *g == group)
        .map(|(_, s)| *s)
        .unwrap_or("");
    let mut rows: Vec<(&str, &str)> = COMMANDS
        .iter()
        .filter_map(|c| {
            let names = std::iter::once(c.path).chain(c.aliases.iter().copied());
            names
                .filter_map(|n| n.strip_prefix(group).and_then(|r| r.strip_prefix(' ')))
                .next()
                .map(|sub| (sub, c.short))
        })
        .collect();
    crate::sort::sort(&mut rows);
    let width = rows.iter().map(|(n, _)| n.len()).max().unwrap_or(0).max(11);
    let mut s = format!("\nUsage:  docker {group} COMMAND\n\n{short}\n\nCommands:\n");
    for (n, d) in rows {
        s.push_str(&format!("  {n:<width$} {d}\n"));
    }
    s.push_str(&format!(
        "\nRun 'docker {group} COMMAND --help' for more information on a command.\n"
    ));
    s
}

/// `docker`, `docker --help`: the commands this simulation has, in docker's layout.
fn root_help() -> String {
    // A command is listed by its top-level name: its path, or a one-word alias (`images`).
    let top: Vec<(&str, &str)> = COMMANDS
        .iter()
        .filter_map(|c| {
            std::iter::once(c.path)
                .chain(c.aliases.iter().copied())
                .find(|n| !n.contains(' '))
                .map(|n| (n, c.short))
        })
        .collect();
    let width = 11;
    let mut s = String::from(
        "\nUsage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n",
    );
    let common: Vec<&(&str, &str)> = COMMON
        .iter()
        .filter_map(|n| top.iter().find(|c| c.0 == *n))
        .collect();
    if !common.is_empty() {
        s.push_str("\nCommon Commands:\n");
        for (n, d) in &common {
            s.push_str(&format!("  {n:<width$} {d}\n"));
        }
    }
    s.push_str("\nManagement Commands:\n");
    for (g, d) in MANAGEMENT {
        s.push_str(&format!("  {g:<width$} {d}\n"));
    }
    let mut rest: Vec<&(&str, &str)> = top.iter().filter(|c| !COMMON.contains(&c.0)).collect();
    crate::sort::sort(&mut rest);
    if !rest.is_empty() {
        s.push_str("\nCommands:\n");
        for (n, d) in rest {
            s.push_str(&format!("  {n:<width$} {d}\n"));
        }
    }
    s.push_str("\nGlobal Options:\n");
    s.push_str(&flags::usages(GLOBAL));
    s.push_str(
        "\nRun 'docker COMMAND --help' for more information on a command.\n\n\
         For more help on how to use Docker, head to https://docs.docker.com/go/guides/\n",
    );
    s
}

/// `docker help [COMMAND…]`.
fn help_command(inv: &mut Invocation<'_, Host>, words: &[String]) -> i32 {
    if words.is_empty() {
        inv.out(root_help());
        return 0;
    }
    match find(words) {
        Found::Command(spec, n) if n == words.len() => {
            let invoked = words[..n].join(" ");
            inv.out(help(spec, &invoked));
            0
        }
        Found::Management(g) if words.len() == 1 => {
            inv.out(management_help(g));
            0
        }
        _ => {
            inv.err(format!("unknown help topic: {}\n", words.join(" ")));
            1
        }
    }
}
