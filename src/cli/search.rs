//! `docker search`: the simulated hub's repositories whose name or description contains the
//! term — the catalog's and the ones pushed in this session (no stars, no description) — in
//! docker 27's table `NAME  DESCRIPTION  STARS  OFFICIAL` (the AUTOMATED column went in 25),
//! descriptions cut to 45 characters with `…` unless `--no-trunc`.
//!
//! As the daemon does: `--limit` (1 to 100, default 25) cuts the hub's answer, then the
//! filters `is-official`, `stars` and the deprecated `is-automated` (which never matches) apply.

use super::template::{write_list, Value};
use super::{flag_error, Args, Flag, Parsed, Spec};
use crate::internet::hub;
use crate::sh::Invocation;
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "search",
    usage: "[OPTIONS] TERM",
    short: "Search Docker Hub for images",
    aliases: &[],
    flags: &[
        Flag::value(
            "filter",
            Some('f'),
            "filter",
            "Filter output based on conditions provided",
        ),
        Flag::value(
            "format",
            None,
            "string",
            "Pretty-print search using a Go template",
        ),
        Flag::value("limit", None, "int", "Max number of search results"),
        Flag::bool("no-trunc", None, "Don't truncate output"),
    ],
    args: Args::Exact(1),
    interspersed: true,
    run,
};

const DEFAULT_LIMIT: usize = 25;
const TABLE: &str = "table {{.Name}}\t{{.Description}}\t{{.StarCount}}\t{{.IsOfficial}}";

/// One result row.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Row {
    name: String,
    description: String,
    stars: u32,
    official: bool,
}

/// The hub's answer for `term`: exact name first, then official repositories, then by stars.
fn results(host: &Host, term: &str) -> Vec<Row> {
    let t = term.to_ascii_lowercase();
    let mut rows: Vec<Row> = hub::search(&t, usize::MAX)
        .into_iter()
        .map(|r| Row {
            name: r.name.to_string(),
            description: r.description.to_string(),
            stars: r.stars,
            official: r.official,
        })
        .collect();
    for (path, _) in host.daemon.registry.repos() {
        let name = path.strip_prefix("library/").unwrap_or(path);
        if !t.is_empty() && name.contains(&t) && !rows.iter().any(|r| r.name == name) {
            rows.push(Row {
                name: name.to_string(),
                description: String::new(),
                stars: 0,
                official: false,
            });
        }
    }
    crate::sort::sort_by(&mut rows, |a, b| {
        (a.name != t)
            .cmp(&(b.name != t))
            .then(b.official.cmp(&a.official))
            .then(b.stars.cmp(&a.stars))
            .then(a.name.cmp(&b.name))
    });
    rows
}

/// docker's `formatter.Ellipsis`: at most `max` characters, the last one `…` when cut.
fn ellipsis(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// The parsed `--filter` values: is-official, minimum stars, is-automated.
struct Filters {
    official: Option<bool>,
    stars: Option<i64>,
    automated: bool,
}

fn go_bool(v: &str) -> Option<bool> {
    match v {
        "1" | "t" | "T" | "true" | "TRUE" | "True" => Some(true),
        "0" | "f" | "F" | "false" | "FALSE" | "False" => Some(false),
        _ => None,
    }
}

/// The daemon's checks of the filters, with its error texts.
fn parse_filters(values: &[(String, String)]) -> Result<Filters, String> {
    let mut f = Filters {
        official: None,
        stars: None,
        automated: false,
    };
    for (k, _) in values {
        if !matches!(k.as_str(), "is-official" | "is-automated" | "stars") {
            return Err(format!("invalid filter '{k}'"));
        }
    }
    for (k, v) in values {
        match k.as_str() {
            "is-automated" => {
                f.automated = go_bool(v).ok_or_else(|| format!("invalid filter '{k}={v}'"))?
            }
            "is-official" => {
                f.official = Some(go_bool(v).ok_or_else(|| format!("invalid filter '{k}={v}'"))?)
            }
            _ => {
                let n: i64 = v.parse().map_err(|_| {
                    format!(
                        "invalid filter 'stars={v}': strconv.Atoi: parsing \"{v}\": invalid syntax"
                    )
                })?;
                f.stars = Some(f.stars.map_or(n, |s| s.max(n)));
            }
        }
    }
    Ok(f)
}

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let Some(term) = p.args.first() else {
        return 1;
    };
    // The client parses `--filter` and `--limit` as flag values (status 125 on a bad one).
    let mut filters = Vec::new();
    for v in p.all("filter") {
        match v.split_once('=') {
            Some((k, val)) => filters.push((k.trim().to_ascii_lowercase(), val.to_string())),
            None => {
                inv.err(flag_error(
                    &format!(
                        "invalid argument \"{v}\" for \"-f, --filter\" flag: bad format of filter (expected name=value)"
                    ),
                    &SPEC,
                    "search",
                ));
                return 125;
            }
        }
    }
    let limit = match p.last("limit") {
        None => 0,
        Some(v) => match v.parse::<i64>() {
            Ok(n) => n,
            Err(_) => {
                inv.err(flag_error(
                    &format!(
                        "invalid argument \"{v}\" for \"--limit\" flag: strconv.ParseInt: parsing \"{v}\": invalid syntax"
                    ),
                    &SPEC,
                    "search",
                ));
                return 125;
            }
        },
    };
    let daemon_error = |inv: &mut Invocation<'_, Host>, m: String| {
        inv.err(format!("Error response from daemon: {m}\n"));
        1
    };
    let f = match parse_filters(&filters) {
        Ok(f) => f,
        Err(m) => return daemon_error(inv, m),
    };
    // The client sends a limit only when it is positive.
    let limit = if limit > 0 {
        limit as usize
    } else {
        DEFAULT_LIMIT
    };
    if limit > 100 {
        return daemon_error(
            inv,
            format!("limit {limit} is outside the range of [1, 100]"),
        );
    }
    if term.contains("://") {
        return daemon_error(
            inv,
            format!("invalid repository name: repository name ({term}) should not have a scheme"),
        );
    }
    if let Some((index, _)) = term.split_once('/') {
        if index.contains(['.', ':']) || index == "localhost" {
            return daemon_error(
                inv,
                format!("Get \"https://{index}/v1/search?n={limit}&q={term}\": dial tcp: lookup {index}: no such host"),
            );
        }
    }
    let mut rows = results(inv.machine, term.strip_prefix("library/").unwrap_or(term));
    rows.truncate(limit);
    // No repository is an automated build any more.
    if f.automated {
        rows.clear();
    }
    let rows: Vec<Row> = rows
        .into_iter()
        .filter(|r| f.official.is_none_or(|o| o == r.official))
        .filter(|r| f.stars.is_none_or(|s| i64::from(r.stars) >= s))
        .collect();
    let format = match p.last("format") {
        None | Some("") | Some("table") => TABLE.to_string(),
        Some(s) => s.to_string(),
    };
    // `{{json .}}` shows the booleans as JSON does; the columns show `[OK]`.
    let json = format == "json" || format.contains("json .");
    let trunc = !p.on("no-trunc");
    let items: Vec<Value> = rows
        .iter()
        .map(|r| {
            let desc = r.description.replace(['\n', '\r'], " ");
            let desc = if trunc { ellipsis(&desc, 45) } else { desc };
            let official = match (r.official, json) {
                (true, true) => "true",
                (false, true) => "false",
                (true, false) => "[OK]",
                (false, false) => "",
            };
            Value::map(
                [
                    ("Name", Value::str(&r.name)),
                    ("Description", Value::str(desc)),
                    ("StarCount", Value::str(r.stars.to_string())),
                    ("IsOfficial", Value::str(official)),
                ]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v)),
            )
        })
        .collect();
    let titles = Value::map(
        [
            ("Name", "NAME"),
            ("Description", "DESCRIPTION"),
            ("StarCount", "STARS"),
            ("IsOfficial", "OFFICIAL"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), Value::str(v))),
    );
    match write_list(&format, &items, &titles) {
        Ok(s) => {
            inv.out(s);
            0
        }
        Err(e) => {
            inv.err(format!("{e}\n"));
            1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ellipsis;

    #[test]
    fn ellipsis_cuts_to_45() {
        let d = "MySQL is a widely used, open-source relational database";
        assert_eq!(
            ellipsis(d, 45),
            "MySQL is a widely used, open-source relation…"
        );
        assert_eq!(ellipsis("short", 45), "short");
    }
}
