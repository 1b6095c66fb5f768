//! `docker ps` / `docker container ls`: the containers in docker's table (newest first), with
//! `-a`, `-q`, `-n`, `-l`, `--no-trunc`, `--format` and `-f` filters on status, name, id and
//! exit code.

use super::template::{self, Value};
use super::{Args, Flag, Parsed, Spec};
use crate::runtime::{Container, State};
use crate::sh::Invocation;
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "container ls",
    usage: "[OPTIONS]",
    short: "List containers",
    aliases: &["container list", "container ps", "ps"],
    flags: &[
        Flag::bool(
            "all",
            Some('a'),
            "Show all containers (default shows just running)",
        ),
        Flag::value(
            "filter",
            Some('f'),
            "filter",
            "Filter output based on conditions provided",
        ),
        Flag::value("format", None, "string", super::images::FORMAT_HELP),
        Flag::value(
            "last",
            Some('n'),
            "int",
            "Show n last created containers (includes all states)",
        )
        .with_default("-1"),
        Flag::bool(
            "latest",
            Some('l'),
            "Show the latest created container (includes all states)",
        ),
        Flag::bool("no-trunc", None, "Don't truncate output"),
        Flag::bool("quiet", Some('q'), "Only display container IDs"),
    ],
    args: Args::None,
    interspersed: true,
    run,
};

/// Docker's `Ellipsis`: at most `n` characters, the last one `…` when cut.
pub fn ellipsis(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
    t.push('…');
    t
}

/// Go's `strconv.Quote` for the text docker shows (printable characters kept).
pub fn go_quote(s: &str) -> String {
    let mut q = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            '\t' => q.push_str("\\t"),
            '\r' => q.push_str("\\r"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => q.push_str(&format!("\\x{:02x}", c as u32)),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

struct Filters {
    status: Vec<String>,
    name: Vec<String>,
    id: Vec<String>,
    exited: Vec<i32>,
}

fn parse_filters(p: &Parsed) -> Result<Filters, String> {
    let mut f = Filters {
        status: Vec::new(),
        name: Vec::new(),
        id: Vec::new(),
        exited: Vec::new(),
    };
    for raw in p.all("filter") {
        let Some((k, v)) = raw.split_once('=') else {
            return Err("bad format of filter (expected name=value)".to_string());
        };
        let k = k.trim().to_ascii_lowercase();
        let v = v.trim().to_string();
        match k.as_str() {
            "status" => {
                if !matches!(
                    v.as_str(),
                    "created"
                        | "restarting"
                        | "running"
                        | "removing"
                        | "paused"
                        | "exited"
                        | "dead"
                ) {
                    return Err(format!(
                        "Error response from daemon: invalid filter 'status={v}'"
                    ));
                }
                f.status.push(v);
            }
            "name" => f.name.push(v),
            "id" => f.id.push(v),
            "exited" => match v.parse() {
                Ok(n) => f.exited.push(n),
                Err(_) => {
                    return Err(format!(
                        "Error response from daemon: invalid filter 'exited={v}'"
                    ))
                }
            },
            other => {
                return Err(format!(
                    "Error response from daemon: invalid filter '{other}'"
                ))
            }
        }
    }
    Ok(f)
}

fn keep(f: &Filters, c: &Container) -> bool {
    (f.status.is_empty() || f.status.iter().any(|s| s == c.state.word()))
        && (f.name.is_empty() || f.name.iter().any(|n| c.name.contains(n.as_str())))
        && (f.id.is_empty() || f.id.iter().any(|n| c.id.starts_with(n.as_str())))
        && (f.exited.is_empty() || (c.state == State::Exited && f.exited.contains(&c.exit_code)))
}

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let filters = match parse_filters(p) {
        Ok(f) => f,
        Err(e) => {
            inv.err(format!("{e}\n"));
            return 1;
        }
    };
    let last: i64 = match p.last("last").map(|v| v.parse::<i64>()) {
        None => -1,
        Some(Ok(n)) => n,
        Some(Err(_)) => {
            let v = p.last("last").unwrap_or("");
            inv.err(format!(
                "invalid argument \"{v}\" for \"-n, --last\" flag: strconv.ParseInt: parsing \"{v}\": invalid syntax\nSee 'docker ps --help'.\n"
            ));
            return 125;
        }
    };
    let last = if p.on("latest") { 1 } else { last };
    inv.machine.daemon.reap();
    let now = inv.machine.daemon.engine.clock.millis();
    let trunc = !p.on("no-trunc");
    let all = p.on("all") || last > 0 || !filters.status.is_empty() || !filters.exited.is_empty();
    let rt = &inv.machine.daemon.runtime;
    let mut list: Vec<&Container> = rt
        .containers()
        .iter()
        .rev()
        .filter(|c| all || c.state == State::Running)
        .filter(|c| keep(&filters, c))
        .collect();
    if last > 0 {
        list.truncate(last as usize);
    }
    let host: &Host = inv.machine;
    let items: Vec<Value> = list
        .iter()
        .map(|c| {
            let image = if trunc {
                image_column(c, super::run::local_image(host, &c.config.image))
            } else {
                c.config.image.clone()
            };
            let cmd = c.command_line();
            let cmd = if trunc { ellipsis(&cmd, 20) } else { cmd };
            let created = crate::internet::clock::rfc3339((c.created_ms / 1000) as i64);
            let created_at = format!(
                "{} +0000 UTC",
                created.trim_end_matches('Z').replacen('T', " ", 1)
            );
            Value::Struct(
                "*formatter.ContainerContext",
                vec![
                    ("Command", Value::str(go_quote(&cmd))),
                    ("CreatedAt", Value::str(created_at)),
                    (
                        "ID",
                        Value::str(if trunc {
                            c.short_id().to_string()
                        } else {
                            c.id.clone()
                        }),
                    ),
                    ("Image", Value::str(image)),
                    ("Labels", Value::str("")),
                    ("LocalVolumes", Value::str("0")),
                    ("Mounts", Value::str("")),
                    ("Names", Value::str(c.name.clone())),
                    ("Networks", Value::str("bridge")),
                    ("Ports", Value::str(c.ports_text())),
                    (
                        "RunningFor",
                        Value::str(format!(
                            "{} ago",
                            crate::internet::clock::human_duration(
                                (now.saturating_sub(c.created_ms) / 1000) as i64
                            )
                        )),
                    ),
                    ("State", Value::str(c.state.word())),
                    ("Status", Value::str(c.status_text(now))),
                ],
            )
        })
        .collect();
    let format = match p.last("format").filter(|f| !f.is_empty()) {
        None | Some("table") if p.on("quiet") => "{{.ID}}",
        None | Some("table") => DEFAULT_FORMAT,
        // `-q` wins over a custom template, as docker's formatter does.
        Some(_) if p.on("quiet") => "{{.ID}}",
        Some(f) => f,
    };
    match template::write_list(format, &items, &titles()) {
        Ok(out) => {
            inv.out(out);
            0
        }
        Err(e) => {
            inv.err(format!("{e}\n"));
            1
        }
    }
}

/// The table `docker ps` prints unless told otherwise.
const DEFAULT_FORMAT: &str =
    "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}";

/// The column titles a table template's header shows.
fn titles() -> Value {
    let pairs = [
        ("ID", "CONTAINER ID"),
        ("Image", "IMAGE"),
        ("Command", "COMMAND"),
        ("CreatedAt", "CREATED AT"),
        ("RunningFor", "CREATED"),
        ("Ports", "PORTS"),
        ("State", "STATE"),
        ("Status", "STATUS"),
        ("Names", "NAMES"),
        ("Labels", "LABELS"),
        ("Mounts", "MOUNTS"),
        ("Networks", "NETWORKS"),
        ("LocalVolumes", "LOCAL VOLUMES"),
    ];
    Value::titles(&pairs)
}

/// The IMAGE column: the name as given while it still names the container's image, else the
/// short image ID (after a rebuild moved the tag).
fn image_column(c: &Container, current: Option<crate::store::Digest>) -> String {
    let by_id = c.config.image_id.hex().starts_with(
        c.config
            .image
            .strip_prefix("sha256:")
            .unwrap_or(&c.config.image),
    );
    match current {
        Some(d) if d == c.config.image_id && !by_id => c.config.image.clone(),
        _ => c.config.image_id.hex()[..12].to_string(),
    }
}
