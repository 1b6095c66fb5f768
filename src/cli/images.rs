//! `docker images` / `docker image ls`: the classic table (`REPOSITORY  TAG  IMAGE ID  CREATED
//! SIZE`), `-a`, `-q`, `--digests`, `--no-trunc`, `--filter`, `--format`; and the image
//! look-ups the other image commands share (name or ID to image, docker's "No such image").

use super::template::{self, Value};
use super::{flag_error, Args, Flag, Parsed, Spec};
use crate::dockerfile::reference;
use crate::internet::clock::{human_duration, parse_rfc3339};
use crate::internet::hub::human_size;
use crate::sh::Invocation;
use crate::store::{Digest, Image, ImageStore};
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "image ls",
    usage: "[OPTIONS] [REPOSITORY[:TAG]]",
    short: "List images",
    aliases: &["image list", "images"],
    flags: &[
        Flag::bool(
            "all",
            Some('a'),
            "Show all images (default hides intermediate images)",
        ),
        Flag::bool("digests", None, "Show digests"),
        Flag::value(
            "filter",
            Some('f'),
            "filter",
            "Filter output based on conditions provided",
        ),
        Flag::value("format", None, "string", FORMAT_HELP),
        Flag::bool("no-trunc", None, "Don't truncate output"),
        Flag::bool("quiet", Some('q'), "Only show image IDs"),
    ],
    args: Args::Max(1),
    interspersed: true,
    run,
};

/// docker's help text for `--format` on list commands.
pub const FORMAT_HELP: &str = "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates";

/// The commands `docker images ls` and the like are mistaken for.
const IMAGE_SUBCOMMANDS: &[&str] = &[
    "build", "history", "import", "inspect", "list", "load", "ls", "prune", "pull", "push", "rm",
    "save", "tag",
];

/// The image a name or ID refers to, looked up as the daemon does: a reference (`catnip`,
/// `user/app:1`, with `latest` by default) first, then an ID or unique ID prefix.
pub fn lookup(store: &ImageStore, name: &str) -> Option<Digest> {
    if let Ok(r) = reference::parse_normalized(name) {
        if r.digest.is_none() {
            let key = format!(
                "{}:{}",
                r.familiar_name(),
                r.tag_or_latest().unwrap_or("latest")
            );
            if let Some((_, d)) = store.tags().find(|(t, _)| *t == key) {
                return Some(*d);
            }
        }
    }
    store.resolve(name)
}

/// How the daemon names a missing image: `nope:latest` (a name gets `latest`).
pub fn missing_name(name: &str) -> String {
    match reference::parse_normalized(name) {
        Ok(r) if r.tag.is_none() && r.digest.is_none() => format!("{}:latest", r.familiar()),
        Ok(r) => r.familiar(),
        Err(_) => name.to_string(),
    }
}

/// `Error response from daemon: No such image: nope:latest`.
pub fn no_such_image(name: &str) -> String {
    format!(
        "Error response from daemon: No such image: {}\n",
        missing_name(name)
    )
}

/// Seconds since the Unix epoch of an image's `created`.
pub fn created_unix(img: &Image) -> i64 {
    img.config
        .created
        .as_deref()
        .and_then(parse_rfc3339)
        .unwrap_or(0)
}

/// `About a minute ago`, from the simulated clock.
pub fn since(now: i64, then: i64) -> String {
    format!("{} ago", human_duration(now - then))
}

/// docker's `CreatedAt`: `2024-09-20 10:00:00 +0000 UTC`.
pub fn created_at(rfc: &str) -> String {
    let t = rfc.trim_end_matches('Z');
    let (date, time) = t.split_once('T').unwrap_or((t, "00:00:00"));
    let time = time.split('.').next().unwrap_or(time);
    format!("{date} {time} +0000 UTC")
}

/// An untagged image that is the parent of another (a legacy builder's intermediate step):
/// `docker images` hides it without `-a`. BuildKit images have no parents.
pub fn is_intermediate(store: &ImageStore, img: &Image) -> bool {
    if !store.tags_of(&img.id).is_empty() {
        return false;
    }
    store
        .images()
        .any(|other| other.id != img.id && parent_of(store, other) == Some(img.id))
}

/// The image a legacy build step stacked on, if it is still stored: the one whose history is
/// this image's without its last step. BuildKit images have no parents.
pub fn parent_of(store: &ImageStore, img: &Image) -> Option<Digest> {
    let h = &img.config.history;
    if h.last()
        .is_some_and(|e| e.comment == "buildkit.dockerfile.v0")
    {
        return None;
    }
    let below = h.get(..h.len().checked_sub(1)?)?;
    store
        .images()
        .find(|p| p.id != img.id && p.config.history.as_slice() == below)
        .map(|p| p.id)
}

/// Go's `path.Match` for `*` and `?` (a `*` does not cross `/`) and `[…]` classes. Failed
/// positions are remembered, so no pattern takes more than length × length steps.
pub fn glob(pattern: &str, name: &str) -> bool {
    struct M<'a> {
        p: &'a [char],
        n: &'a [char],
        failed: std::collections::HashSet<(usize, usize)>,
    }
    impl M<'_> {
        fn go(&mut self, pi: usize, ni: usize) -> bool {
            if self.failed.contains(&(pi, ni)) {
                return false;
            }
            let ok = self.step(pi, ni);
            if !ok {
                self.failed.insert((pi, ni));
            }
            ok
        }

        fn step(&mut self, pi: usize, ni: usize) -> bool {
            let (p, n) = (self.p, self.n);
            let Some(&pc) = p.get(pi) else {
                return ni == n.len();
            };
            let c = n.get(ni).copied();
            match pc {
                '*' => {
                    let mut j = ni;
                    loop {
                        if self.go(pi + 1, j) {
                            return true;
                        }
                        match n.get(j) {
                            Some('/') | None => return false,
                            Some(_) => j += 1,
                        }
                    }
                }
                '?' => c.is_some_and(|c| c != '/') && self.go(pi + 1, ni + 1),
                '[' => {
                    let Some(close) = p[pi + 1..].iter().position(|x| *x == ']') else {
                        return false;
                    };
                    let mut class = &p[pi + 1..pi + 1 + close];
                    let neg = class.first() == Some(&'^');
                    if neg {
                        class = &class[1..];
                    }
                    let Some(c) = c else {
                        return false;
                    };
                    let mut hit = false;
                    let mut i = 0;
                    while i < class.len() {
                        if i + 2 < class.len() && class[i + 1] == '-' {
                            hit |= class[i] <= c && c <= class[i + 2];
                            i += 3;
                        } else {
                            hit |= class[i] == c;
                            i += 1;
                        }
                    }
                    hit != neg && self.go(pi + close + 2, ni + 1)
                }
                '\\' if pi + 1 < p.len() => c == Some(p[pi + 1]) && self.go(pi + 2, ni + 1),
                pc => c == Some(pc) && self.go(pi + 1, ni + 1),
            }
        }
    }
    let p: Vec<char> = pattern.chars().take(256).collect();
    let n: Vec<char> = name.chars().take(1024).collect();
    M {
        p: &p,
        n: &n,
        failed: Default::default(),
    }
    .go(0, 0)
}

/// One row of `docker images`.
struct Row {
    repo: String,
    tag: String,
    digest: String,
    img: Digest,
    created: i64,
    created_rfc: String,
    size: u64,
}

/// The `--filter` values, checked as the daemon checks them.
struct Filters {
    dangling: Option<bool>,
    references: Vec<String>,
}

fn filters(values: &[&str]) -> Result<Filters, String> {
    let mut f = Filters {
        dangling: None,
        references: Vec::new(),
    };
    for v in values {
        let Some((k, val)) = v.split_once('=') else {
            return Err(format!(
                "invalid argument \"{v}\" for \"-f, --filter\" flag: bad format of filter (expected name=value)"
            ));
        };
        match k.to_lowercase().as_str() {
            "dangling" => match val {
                "true" | "1" => f.dangling = Some(true),
                "false" | "0" => f.dangling = Some(false),
                _ => {
                    return Err(format!(
                        "Error response from daemon: Invalid filter 'dangling={val}'"
                    ))
                }
            },
            "reference" => f.references.push(val.to_string()),
            "label" | "before" | "since" | "until" => {}
            _ => return Err(format!("Error response from daemon: invalid filter '{k}'")),
        }
    }
    Ok(f)
}

/// The column titles of the image table, by field.
fn titles() -> Value {
    Value::titles(&[
        ("Containers", "CONTAINERS"),
        ("CreatedAt", "CREATED AT"),
        ("CreatedSince", "CREATED"),
        ("Digest", "DIGEST"),
        ("ID", "IMAGE ID"),
        ("Repository", "REPOSITORY"),
        ("SharedSize", "SHARED SIZE"),
        ("Size", "SIZE"),
        ("Tag", "TAG"),
        ("UniqueSize", "UNIQUE SIZE"),
        ("VirtualSize", "VIRTUAL SIZE"),
    ])
}

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let f = match filters(&p.all("filter")) {
        Ok(f) => f,
        Err(e) if e.starts_with("invalid argument") => {
            inv.err(flag_error(&e, &SPEC, "image ls"));
            return 125;
        }
        Err(e) => {
            inv.err(format!("{e}\n"));
            return 1;
        }
    };
    let mut references = f.references.clone();
    let name_arg = p.args.first().cloned();
    if let Some(a) = &name_arg {
        references.push(a.clone());
    }
    let engine = &inv.machine.daemon.engine;
    let registry = &inv.machine.daemon.registry;
    let store = &engine.store;
    let now = engine.clock.unix();
    let all = p.on("all");
    let mut imgs: Vec<&Image> = store
        .images()
        .filter(|img| {
            let dangling = store.tags_of(&img.id).is_empty();
            if let Some(want) = f.dangling {
                if dangling != want {
                    return false;
                }
            }
            if !all && f.dangling.is_none() && is_intermediate(store, img) {
                return false;
            }
            true
        })
        .collect();
    crate::sort::sort_by(&mut imgs, |a, b| {
        created_unix(b).cmp(&created_unix(a)).then(a.id.cmp(&b.id))
    });
    let mut rows = Vec::new();
    for img in imgs {
        let tags = store.tags_of(&img.id);
        let created_rfc = img.config.created.clone().unwrap_or_default();
        let repo_digests = registry.repo_digests(&img.id);
        // A row shows the digest recorded for its repository on a pull or push.
        let digest_of = |repo: &str| {
            repo_digests
                .iter()
                .find_map(|r| r.split_once('@').filter(|(n, _)| *n == repo))
                .map_or("<none>".to_string(), |(_, d)| d.to_string())
        };
        let row = |repo: &str, tag: &str| Row {
            repo: repo.to_string(),
            tag: tag.to_string(),
            digest: digest_of(repo),
            img: img.id,
            created: created_unix(img),
            created_rfc: created_rfc.clone(),
            size: img.size(),
        };
        if tags.is_empty() {
            if references.is_empty() {
                rows.push(row("<none>", "<none>"));
            }
            continue;
        }
        for t in tags {
            let (repo, tag) = t.rsplit_once(':').unwrap_or((t, "latest"));
            let matches = references.iter().all(|pat| {
                // `catnip` matches the repository; `catnip:1` the tag too.
                if pat.contains(':') && !pat.ends_with(':') {
                    glob(pat, t)
                } else {
                    glob(pat, repo)
                }
            });
            if matches {
                rows.push(row(repo, tag));
            }
        }
    }
    let trunc = !p.on("no-trunc");
    let items: Vec<Value> = rows
        .iter()
        .map(|r| {
            let id = if trunc {
                r.img.short()
            } else {
                r.img.to_string()
            };
            let size = human_size(r.size);
            Value::Struct(
                "*formatter.imageContext",
                vec![
                    ("Containers", Value::str("N/A")),
                    ("CreatedAt", Value::str(created_at(&r.created_rfc))),
                    ("CreatedSince", Value::str(since(now, r.created))),
                    ("Digest", Value::str(&r.digest)),
                    ("ID", Value::str(id)),
                    ("Repository", Value::str(&r.repo)),
                    ("SharedSize", Value::str("N/A")),
                    ("Size", Value::str(&size)),
                    ("Tag", Value::str(&r.tag)),
                    ("UniqueSize", Value::str("N/A")),
                    ("VirtualSize", Value::str(&size)),
                ],
            )
        })
        .collect();
    let digests = p.on("digests");
    let format = match p.last("format").filter(|s| !s.is_empty()) {
        None | Some("table") if p.on("quiet") => "{{.ID}}".to_string(),
        None | Some("table") => default_format(digests).to_string(),
        Some(f) if f.starts_with("table") && digests && !f.contains("{{.Digest}}") => {
            f.replacen("{{.Tag}}", "{{.Tag}}\\t{{.Digest}}", 1)
        }
        Some(f) => f.to_string(),
    };
    match template::write_list(&format, &items, &titles()) {
        Ok(out) => inv.out(out),
        Err(e) => {
            inv.err(format!("{e}\n"));
            return 1;
        }
    }
    let called_as_images = inv.args().iter().find(|a| *a == "images" || *a == "image");
    if let (Some(name), true, Some("images")) = (
        &name_arg,
        items.is_empty(),
        called_as_images.map(String::as_str),
    ) {
        if IMAGE_SUBCOMMANDS.contains(&name.as_str()) {
            inv.err(format!(
                "\nNo images found matching \"{name}\": did you mean \"docker image {name}\"?\n"
            ));
        }
    }
    0
}

fn default_format(digests: bool) -> &'static str {
    if digests {
        "table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}"
    } else {
        "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}"
    }
}

#[cfg(test)]
mod tests {
    use super::glob;

    #[test]
    fn glob_is_go_path_match() {
        assert!(glob("catnip", "catnip"));
        assert!(glob("user/*", "user/catnip"));
        assert!(!glob("*", "user/catnip"));
        assert!(glob("py?hon", "python"));
        assert!(glob("[a-c]at", "cat"));
        assert!(!glob("ls", "catnip"));
        let stars = "*a".repeat(40) + "b";
        assert!(!glob(&stars, &"a".repeat(200)));
    }
}
