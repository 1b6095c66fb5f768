//! `docker build` / `docker image build` / `docker builder build`: the flags mapped onto the
//! engine's [`BuildRequest`], the builder chosen from `DOCKER_BUILDKIT`, the tag checks each
//! builder's client makes before building, and the engine's transcript on the right stream.

use super::{flag_error, Args, Flag, Parsed, Spec};
use crate::dockerfile::reference;
use crate::engine::{BuildRequest, Builder, Progress};
use crate::sh::Invocation;
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "image build",
    usage: "[OPTIONS] PATH | URL | -",
    short: "Build an image from a Dockerfile",
    aliases: &["build", "builder build"],
    flags: &[
        Flag::value("build-arg", None, "stringArray", "Set build-time variables"),
        Flag::value(
            "file",
            Some('f'),
            "string",
            "Name of the Dockerfile (default: \"PATH/Dockerfile\")",
        ),
        Flag::bool("no-cache", None, "Do not use cache when building the image"),
        Flag::value(
            "progress",
            None,
            "string",
            "Set type of progress output (\"auto\", \"plain\", \"tty\", \"rawjson\"). Use plain to show container output",
        )
        .with_default("\"auto\""),
        Flag::bool("pull", None, "Always attempt to pull all referenced images"),
        Flag::bool(
            "quiet",
            Some('q'),
            "Suppress the build output and print image ID on success",
        ),
        Flag::value(
            "tag",
            Some('t'),
            "stringArray",
            "Name and optionally a tag (format: \"name:tag\")",
        ),
        Flag::value("target", None, "string", "Set the target build stage to build"),
    ],
    args: Args::Exact(1),
    interspersed: true,
    run,
};

/// What the client prints first when `DOCKER_BUILDKIT=0` turns BuildKit off.
pub const LEGACY_WARNING: &str = "DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n            environment-variable.\n\n";

/// Parse a boolean as Go's `strconv.ParseBool`.
fn go_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

/// How the command was typed (`build`, `image build`), for usage lines.
pub fn invoked_as(inv: &Invocation<'_, Host>, spec: &Spec) -> String {
    let args = inv.args();
    let names: Vec<&str> = std::iter::once(spec.path)
        .chain(spec.aliases.iter().copied())
        .collect();
    for (i, a) in args.iter().enumerate() {
        for n in &names {
            let mut words = n.split(' ');
            if words.next() == Some(a.as_str()) {
                match words.next() {
                    None => return a.clone(),
                    Some(w) if args.get(i + 1).map(String::as_str) == Some(w) => {
                        return n.to_string()
                    }
                    _ => {}
                }
            }
        }
    }
    spec.path.to_string()
}

/// buildx's complaint about a `-t` value, if any.
fn buildx_tag_error(tag: &str) -> Option<String> {
    if reference::parse_normalized(tag).is_ok() {
        return None;
    }
    let why = if tag.is_empty() {
        "invalid reference format".to_string()
    } else if reference::parse_normalized(&tag.to_lowercase()).is_ok() {
        "repository name must be lowercase".to_string()
    } else {
        "invalid reference format".to_string()
    };
    Some(format!("ERROR: invalid tag \"{tag}\": {why}\n"))
}

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let builder = match inv.env.get("DOCKER_BUILDKIT").map(String::as_str) {
        None | Some("") => Builder::BuildKit,
        Some(v) => match go_bool(v) {
            Some(true) => Builder::BuildKit,
            Some(false) => Builder::Legacy,
            None => {
                inv.err(format!(
                    "DOCKER_BUILDKIT environment variable expects boolean value: strconv.ParseBool: parsing \"{v}\": invalid syntax\n"
                ));
                return 1;
            }
        },
    };
    let invoked = invoked_as(inv, &SPEC);
    let tags: Vec<String> = p.all("tag").into_iter().map(String::from).collect();
    let progress = match builder {
        Builder::Legacy => {
            // The classic client checks `-t` while parsing flags, and has no `--progress`.
            if p.has("progress") {
                inv.err(flag_error("unknown flag: --progress", &SPEC, &invoked));
                return 125;
            }
            for t in &tags {
                if let Err(e) = reference::parse_normalized(t) {
                    let msg = format!("invalid argument \"{t}\" for \"-t, --tag\" flag: {e}");
                    inv.err(flag_error(&msg, &SPEC, &invoked));
                    return 125;
                }
            }
            Progress::Legacy
        }
        Builder::BuildKit => {
            let progress = match p.last("progress").unwrap_or("auto") {
                // The terminal is a tty: `auto` draws the live display, shown as its last frame.
                "auto" | "tty" => Progress::Tty,
                // No JSON stream is simulated; it is the same information as plain.
                "plain" | "rawjson" => Progress::Plain,
                other => {
                    inv.err(format!("ERROR: invalid progress mode {other:?}\n"));
                    return 1;
                }
            };
            for t in &tags {
                if let Some(e) = buildx_tag_error(t) {
                    inv.err(e);
                    return 1;
                }
            }
            progress
        }
    };
    let mut req = BuildRequest::new(&inv.cwd, &p.args[0]);
    req.file = p.last("file").map(String::from);
    req.tags = tags;
    req.target = p.last("target").filter(|t| !t.is_empty()).map(String::from);
    req.no_cache = p.on("no-cache");
    req.pull = p.on("pull");
    req.builder = builder;
    req.progress = progress;
    for a in p.all("build-arg") {
        match a.split_once('=') {
            Some((k, v)) => req.build_args.push((k.to_string(), v.to_string())),
            // A bare NAME takes its value from the client's environment, when set there.
            None => {
                if let Some(v) = inv.env.get(a) {
                    req.build_args.push((a.to_string(), v.clone()));
                }
            }
        }
    }
    if builder == Builder::Legacy {
        inv.err(LEGACY_WARNING);
    }
    let host = &mut *inv.machine;
    let outcome = host.daemon.engine.build(&host.fs, &req);
    let status = outcome.status();
    let quiet = p.on("quiet");
    match (&outcome.result, quiet) {
        (Ok(built), true) => inv.out(format!("{}\n", built.id)),
        (Err(_), true) => {
            // Quiet builds print only the error.
            let lines: Vec<&str> = outcome.transcript.lines().collect();
            let from = match builder {
                Builder::BuildKit => lines
                    .iter()
                    .rposition(|l| l.starts_with("ERROR"))
                    .unwrap_or(0),
                Builder::Legacy => lines.len().saturating_sub(1),
            };
            let mut e = lines[from..].join("\n");
            e.push('\n');
            inv.err(e);
        }
        (_, false) if builder == Builder::BuildKit => inv.err(&outcome.transcript),
        (Ok(_), false) => inv.out(&outcome.transcript),
        (Err(_), false) => {
            // The legacy client streams the build to stdout; the final error goes to stderr.
            let t = outcome.transcript.trim_end_matches('\n');
            match t.rsplit_once('\n') {
                Some((body, last)) => {
                    inv.out(format!("{body}\n"));
                    inv.err(format!("{last}\n"));
                }
                None => inv.err(format!("{t}\n")),
            }
        }
    }
    status
}

#[cfg(test)]
mod tests {
    use super::buildx_tag_error;

    #[test]
    fn buildx_words_tag_errors() {
        assert_eq!(buildx_tag_error("user/app"), None);
        assert_eq!(
            buildx_tag_error("User/App"),
            Some("ERROR: invalid tag \"User/App\": repository name must be lowercase\n".into())
        );
        assert_eq!(
            buildx_tag_error("a:b:c"),
            Some("ERROR: invalid tag \"a:b:c\": invalid reference format\n".into())
        );
    }
}
