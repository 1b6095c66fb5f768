//! The two output styles, rendered from the same events: the legacy builder's `Step 1/6 : …`
//! transcript and BuildKit's `--progress=plain` (and the last frame of its tty display).

use crate::map::Map;
use std::fmt::Write as _;

use super::events::{Event, Failure, StepInfo, StepKind};
use super::Progress;

/// A byte count as Docker prints it (go-units `HumanSize`: decimal units, four significant
/// digits): `512B`, `2.048kB`, `8.704kB`, `49.59MB`.
pub fn human_size(bytes: u64) -> String {
    human_size_precision(bytes, 4)
}

/// A size in decimal units with `sig` significant digits (go-units' `HumanSizeWithPrecision`):
/// `docker cp` uses 3 (`2.05kB`).
pub fn human_size_precision(bytes: u64, sig: i32) -> String {
    let units = ["B", "kB", "MB", "GB", "TB", "PB"];
    let mut v = bytes as f64;
    let mut i = 0;
    while v >= 1000.0 && i + 1 < units.len() {
        v /= 1000.0;
        i += 1;
    }
    format!("{}{}", significant(v, sig), units[i])
}

/// `%.<sig>g` for a value in [0, 1000).
fn significant(v: f64, sig: i32) -> String {
    if v == 0.0 {
        return "0".into();
    }
    let digits = (v.abs().log10().floor() as i32 + 1).max(1);
    let decimals = (sig - digits).max(0) as usize;
    let s = format!("{v:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

fn short(d: &crate::store::Digest) -> String {
    d.hex()[..12].to_string()
}

fn secs1(ms: u64) -> String {
    format!("{:.1}s", ms as f64 / 1000.0)
}

/// Render events in a style.
pub fn render(events: &[Event], style: Progress) -> String {
    match style {
        Progress::Legacy => legacy(events),
        Progress::Plain => plain(events),
        Progress::Tty => tty(events),
    }
}

fn legacy_failure(f: &Failure) -> String {
    match f {
        Failure::ContextMissing { path } => format!("unable to prepare context: path {path:?} not found"),
        Failure::ContextNotDirectory { absolute, .. } => {
            format!("unable to prepare context: context must be a directory: {absolute}")
        }
        Failure::DockerfileMissing { absolute, .. } => format!(
            "unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat {absolute}: no such file or directory"
        ),
        Failure::DockerfileEmpty { name } => {
            format!("Error response from daemon: the Dockerfile ({name}) cannot be empty")
        }
        Failure::Parse { message, .. } => format!("Error response from daemon: {message}"),
        Failure::TargetMissing { target } => {
            format!("Error response from daemon: failed to reach build target {target} in Dockerfile")
        }
        Failure::BadReference { message, .. } => message.clone(),
        Failure::NoRepository { repo, .. } => format!(
            "pull access denied for {repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"
        ),
        Failure::NoTag { reference, .. } => {
            format!("manifest for {reference} not found: manifest unknown: manifest unknown")
        }
        Failure::SourceMissing { path, .. } => format!(
            "COPY failed: file not found in build context or excluded by .dockerignore: stat {path}: file does not exist"
        ),
        Failure::CopyDestination => {
            "When using COPY with more than one source file, the destination must be a directory and end with a /".into()
        }
        Failure::CopyFrom { from } => format!("invalid from flag value {from}: pull access denied for {from}, repository does not exist or may require 'docker login'"),
        Failure::RunFailed { command, code, .. } => {
            format!("The command '{command}' returned a non-zero code: {code}")
        }
        Failure::RunStart { program, .. } => format!(
            "failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: \"{program}\": executable file not found in $PATH: unknown"
        ),
        Failure::Platform { platform, .. } => {
            format!("no matching manifest for {platform} in the manifest list entries")
        }
        Failure::UrlStatus { url, status, reason } => {
            format!("failed to GET {url} with status {status} {reason}")
        }
        Failure::UrlUnreachable { url, host } => {
            format!("Get \"{url}\": dial tcp: lookup {host}: no such host")
        }
        Failure::Instruction { message } | Failure::Other { message } => message.clone(),
    }
}

fn legacy(events: &[Event]) -> String {
    let mut out = String::new();
    let mut infos: Map<usize, &StepInfo> = Map::new();
    let mut pending_from = false;
    for (i, e) in events.iter().enumerate() {
        match e {
            Event::Context { tar_bytes, .. } => {
                let _ = writeln!(
                    out,
                    "Sending build context to Docker daemon  {}",
                    human_size(*tar_bytes)
                );
            }
            Event::StepStarted { step, info } => {
                infos.insert(*step, info);
                if !info.trigger {
                    let _ = writeln!(
                        out,
                        "Step {}/{} : {}",
                        info.legacy_no, info.legacy_total, info.text
                    );
                }
            }
            Event::Pulled {
                tag,
                path,
                digest,
                layers,
                reference,
                ..
            } => {
                let _ = writeln!(out, "{tag}: Pulling from {path}");
                for l in layers {
                    let _ = writeln!(out, "{}: Pull complete", short(&l.digest));
                }
                let _ = writeln!(out, "Digest: {digest}");
                let shown = if reference.contains(':') {
                    reference.clone()
                } else {
                    format!("{reference}:{tag}")
                };
                let _ = writeln!(out, "Status: Downloaded newer image for {shown}");
            }
            Event::Triggers { count, .. } => {
                pending_from = true;
                let s = if *count == 1 { "" } else { "s" };
                let _ = writeln!(out, "# Executing {count} build trigger{s}");
            }
            Event::Container { id, .. } => {
                let _ = writeln!(out, " ---> Running in {id}");
            }
            Event::Log { text, .. } => out.push_str(text),
            Event::Cached { .. } => out.push_str(" ---> Using cache\n"),
            Event::ContainerRemoved { id, .. } => {
                let _ = writeln!(out, " ---> Removed intermediate container {id}");
            }
            Event::StepFinished { step, image, .. } => {
                let info = infos.get(step);
                let is_trigger = info.is_some_and(|i| i.trigger);
                let next_triggers = matches!(events.get(i + 1), Some(Event::Triggers { .. }));
                if next_triggers {
                    continue;
                }
                if is_trigger {
                    let more = events[i + 1..].iter().find_map(|e| match e {
                        Event::StepStarted { info, .. } => Some(info.trigger),
                        _ => None,
                    });
                    if more == Some(true) {
                        continue;
                    }
                    pending_from = false;
                }
                let _ = writeln!(out, " ---> {}", short(image));
            }
            Event::StepFailed { failure, .. }
            | Event::Failed { failure }
            | Event::MetadataFailed { failure, .. } => {
                let _ = writeln!(out, "{}", legacy_failure(failure));
            }
            Event::Exported { image, tags, .. } => {
                let _ = writeln!(out, "Successfully built {}", short(image));
                for t in tags {
                    let _ = writeln!(out, "Successfully tagged {t}");
                }
            }
            Event::Metadata { .. } | Event::LoadContext { .. } => {}
        }
    }
    let _ = pending_from;
    out
}

/// BuildKit's messages: (on the vertex, at the end after `failed to solve: `).
fn buildkit_failure(f: &Failure) -> (String, String) {
    let same = |m: String| (m.clone(), m);
    match f {
        Failure::ContextMissing { path } | Failure::ContextNotDirectory { path, .. } => {
            same(format!("unable to prepare context: path {path:?} not found"))
        }
        Failure::DockerfileMissing { name, .. } => {
            same(format!("failed to read dockerfile: open {name}: no such file or directory"))
        }
        Failure::DockerfileEmpty { .. } => same("the Dockerfile cannot be empty".into()),
        Failure::Parse { message, .. } => same(message.clone()),
        Failure::TargetMissing { target } => same(format!("target stage {target:?} could not be found")),
        Failure::BadReference { reference, message } => {
            same(format!("failed to parse stage name {reference:?}: {message}"))
        }
        Failure::NoRepository { reference, full, .. } => {
            let m = "pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed";
            (m.to_string(), format!("{reference}: failed to resolve source metadata for {full}: {m}"))
        }
        Failure::NoTag { reference, full } => (
            format!("{full}: not found"),
            format!("{reference}: failed to resolve source metadata for {full}: {full}: not found"),
        ),
        Failure::SourceMissing { path, reference } => {
            let p = path.trim_start_matches("./").trim_start_matches('/');
            let m = format!("failed to calculate checksum of ref {reference}: \"/{p}\": not found");
            (m.clone(), format!("failed to compute cache key: {m}"))
        }
        Failure::CopyDestination => same(
            "When using COPY with more than one source file, the destination must be a directory and end with a /".into(),
        ),
        Failure::CopyFrom { from } => same(format!(
            "{from}: failed to resolve source metadata for docker.io/library/{from}:latest: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed"
        )),
        Failure::RunFailed { command, code, .. } => same(format!(
            "process \"{command}\" did not complete successfully: exit code: {code}"
        )),
        Failure::RunStart { command, program } => same(format!(
            "process \"{command}\" did not complete successfully: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: \"{program}\": executable file not found in $PATH: unknown"
        )),
        Failure::Platform {
            reference, full, ..
        } => same(format!(
            "{reference}: failed to resolve source metadata for {full}: no match for platform in manifest: not found"
        )),
        Failure::UrlStatus { status, .. } => same(format!(
            "failed to load cache key: invalid response status {status}"
        )),
        Failure::UrlUnreachable { url, host } => same(format!(
            "failed to load cache key: Get \"{url}\": dial tcp: lookup {host}: no such host"
        )),
        Failure::Instruction { message } | Failure::Other { message } => same(message.clone()),
    }
}

/// BuildKit's source frame: the lines of the failing instruction with context around them.
pub fn source_frame(name: &str, text: &str, start: usize, end: usize) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    if start < 1 || start > lines.len() {
        return String::new();
    }
    let (mut s, mut e) = (start, end.min(lines.len()));
    let pad = if e == s { 4 } else { 2 };
    let mut p = 0;
    while p < pad {
        if s > 1 {
            s -= 1;
            p += 1;
        }
        if e != lines.len() {
            e += 1;
            p += 1;
        }
        p += 1;
    }
    let mut out = format!("{name}:{start}\n--------------------\n");
    for i in s..=e {
        let mark = if i >= start && i <= end { ">>>" } else { "   " };
        let _ = writeln!(out, " {i:>3} | {mark} {}", lines[i - 1]);
    }
    out.push_str("--------------------\n");
    out
}

struct Plain {
    out: String,
    next: usize,
    ids: Map<usize, usize>,
    infos: Map<usize, StepInfo>,
    logs: Map<usize, Vec<String>>,
    ignore_done: bool,
    ignore_bytes: Option<u64>,
    dockerfile: String,
    text: String,
}

impl Plain {
    /// The next vertex number; a blank line separates it from what came before, as the
    /// plain printer does when it moves to another vertex.
    fn vertex(&mut self) -> usize {
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        self.next += 1;
        self.next
    }

    fn ignore(&mut self) {
        if self.ignore_done {
            return;
        }
        self.ignore_done = true;
        let n = self.vertex();
        let bytes = self.ignore_bytes.unwrap_or(2);
        let _ = write!(
            self.out,
            "#{n} [internal] load .dockerignore\n#{n} transferring context: {} done\n#{n} DONE 0.0s\n",
            human_size(bytes)
        );
    }

    fn final_error(&mut self, f: &Failure, lines: Option<(usize, usize)>) {
        if let Some((s, e)) = lines {
            let frame = source_frame(&self.dockerfile, &self.text, s, e);
            self.out.push_str(&frame);
        }
        let (_, end) = buildkit_failure(f);
        let prefix = match f {
            Failure::ContextMissing { .. } | Failure::ContextNotDirectory { .. } => "ERROR: ",
            _ => "ERROR: failed to build: failed to solve: ",
        };
        let _ = writeln!(self.out, "{prefix}{end}");
    }
}

fn plain(events: &[Event]) -> String {
    let mut p = Plain {
        out: String::new(),
        next: 0,
        ids: Map::new(),
        infos: Map::new(),
        logs: Map::new(),
        ignore_done: false,
        ignore_bytes: None,
        dockerfile: "Dockerfile".into(),
        text: String::new(),
    };
    let context_error = matches!(
        events.first(),
        Some(Event::Failed {
            failure: Failure::ContextMissing { .. } | Failure::ContextNotDirectory { .. }
        })
    );
    if !context_error {
        p.out
            .push_str("#0 building with \"default\" instance using docker driver\n");
    }
    for e in events {
        match e {
            Event::Context {
                dockerfile,
                text,
                ignore_bytes,
                ..
            } => {
                p.dockerfile = dockerfile.clone();
                p.text = text.to_string();
                p.ignore_bytes = *ignore_bytes;
                let n = p.vertex();
                let bytes = (text.len() as u64).max(2);
                let _ = write!(
                    p.out,
                    "#{n} [internal] load build definition from {dockerfile}\n#{n} transferring dockerfile: {} done\n#{n} DONE 0.0s\n",
                    human_size(bytes)
                );
            }
            Event::Metadata { reference, ms } => {
                let n = p.vertex();
                let _ = write!(
                    p.out,
                    "#{n} [internal] load metadata for {reference}\n#{n} DONE {}\n",
                    secs1(*ms)
                );
            }
            Event::MetadataFailed {
                reference,
                failure,
                line,
            } => {
                let n = p.vertex();
                let (v, _) = buildkit_failure(failure);
                let _ = write!(
                    p.out,
                    "#{n} [internal] load metadata for {reference}\n#{n} ERROR: {v}\n------\n > [internal] load metadata for {reference}:\n------\n"
                );
                p.final_error(failure, Some((*line, *line)));
            }
            Event::LoadContext { bytes } => {
                p.ignore();
                let n = p.vertex();
                let _ = write!(
                    p.out,
                    "#{n} [internal] load build context\n#{n} transferring context: {} done\n#{n} DONE 0.0s\n",
                    human_size(*bytes)
                );
            }
            Event::StepStarted { step, info } => {
                p.infos.insert(*step, info.clone());
                if !info.is_vertex() {
                    continue;
                }
                p.ignore();
                let n = p.vertex();
                p.ids.insert(*step, n);
                let _ = writeln!(p.out, "#{n} {}", info.vertex_name(&info.text));
            }
            Event::Pulled {
                step,
                layers,
                full,
                digest,
                ..
            } => {
                let Some(n) = p.ids.get(step).copied() else {
                    continue;
                };
                let _ = writeln!(p.out, "#{n} resolve {full}@{digest} done");
                for l in layers {
                    let size = human_size(l.compressed);
                    let _ = writeln!(
                        p.out,
                        "#{n} {} {size} / {size} {} done",
                        l.digest,
                        secs1(l.download_ms)
                    );
                }
                for l in layers {
                    let _ = writeln!(
                        p.out,
                        "#{n} extracting {} {} done",
                        l.digest,
                        secs1(l.extract_ms)
                    );
                }
            }
            Event::Log { step, at_ms, text } => {
                let Some(n) = p.ids.get(step).copied() else {
                    continue;
                };
                let line = format!(
                    "{:.3} {}",
                    *at_ms as f64 / 1000.0,
                    text.trim_end_matches('\n')
                );
                let _ = writeln!(p.out, "#{n} {line}");
                p.logs.entry(*step).or_default().push(line);
            }
            Event::Cached { step, .. } => {
                if let Some(n) = p.ids.get(step).copied() {
                    let _ = writeln!(p.out, "#{n} CACHED");
                    p.ids.remove(step);
                }
            }
            Event::StepFinished { step, ms, .. } => {
                if let Some(n) = p.ids.remove(step) {
                    let _ = writeln!(p.out, "#{n} DONE {}", secs1(*ms));
                }
            }
            Event::StepFailed { step, failure, .. } => {
                let info = p.infos.get(step).cloned();
                let n = match p.ids.get(step).copied() {
                    Some(n) => n,
                    None => {
                        p.ignore();
                        let n = p.vertex();
                        if let Some(i) = &info {
                            let _ = writeln!(p.out, "#{n} {}", i.vertex_name(&i.text));
                        }
                        n
                    }
                };
                let (v, _) = buildkit_failure(failure);
                let _ = writeln!(p.out, "#{n} ERROR: {v}");
                let name = info
                    .as_ref()
                    .map(|i| i.vertex_name(&i.text))
                    .unwrap_or_default();
                let _ = writeln!(p.out, "------\n > {name}:");
                let logs = p.logs.get(step).cloned().unwrap_or_default();
                for l in logs.iter().skip(logs.len().saturating_sub(10)) {
                    let _ = writeln!(p.out, "{l}");
                }
                p.out.push_str("------\n");
                let lines = info.and_then(|i| i.lines);
                p.final_error(failure, lines);
            }
            Event::Failed { failure } => {
                if let Failure::DockerfileMissing { name, .. } = failure {
                    let n = p.vertex();
                    let _ = write!(
                        p.out,
                        "#{n} [internal] load build definition from {name}\n#{n} transferring dockerfile: 2B done\n#{n} DONE 0.0s\n"
                    );
                }
                let lines = match failure {
                    Failure::Parse { line, .. } if *line > 0 => Some((*line, *line)),
                    _ => None,
                };
                p.final_error(failure, lines);
            }
            Event::Exported {
                image,
                names,
                ms,
                reused,
                ..
            } => {
                p.ignore();
                let n = p.vertex();
                let _ = writeln!(p.out, "#{n} exporting to image");
                if *reused {
                    let _ = writeln!(p.out, "#{n} exporting layers done");
                } else {
                    let _ = writeln!(p.out, "#{n} exporting layers {} done", secs1(ms * 3 / 4));
                }
                let _ = writeln!(p.out, "#{n} writing image {image} done");
                for name in names {
                    let _ = writeln!(p.out, "#{n} naming to {name} done");
                }
                let _ = writeln!(p.out, "#{n} DONE {}", secs1(*ms));
            }
            Event::Triggers { .. } | Event::Container { .. } | Event::ContainerRemoved { .. } => {}
        }
    }
    p.out
}

/// The tty display's last frame (80 columns).
fn tty(events: &[Event]) -> String {
    // A context that cannot be prepared fails before the display starts: one line.
    if let Some(Event::Failed {
        failure: f @ (Failure::ContextMissing { .. } | Failure::ContextNotDirectory { .. }),
    }) = events.first()
    {
        return format!("ERROR: {}\n", buildkit_failure(f).1);
    }
    let width: usize = 80;
    let mut rows: Vec<(String, u64)> = Vec::new();
    let mut total_ms = 0;
    let mut infos: Map<usize, (usize, StepInfo, bool)> = Map::new();
    let mut failed = None;
    let mut ignore: Option<Option<u64>> = None;
    // The Dockerfile, each step's log lines, and the step that failed, for the error box that
    // follows the frame as it does in BuildKit's display.
    let mut dockerfile = ("Dockerfile".to_string(), String::new());
    let mut logs: Map<usize, Vec<String>> = Map::new();
    let mut failed_step: Option<usize> = None;
    for e in events {
        if !matches!(e, Event::Context { .. } | Event::Metadata { .. }) {
            if let Some(bytes) = ignore.take() {
                rows.push(("[internal] load .dockerignore".into(), 0));
                rows.push((
                    format!(
                        "=> transferring context: {}",
                        human_size(bytes.unwrap_or(2))
                    ),
                    0,
                ));
            }
        }
        match e {
            Event::Context {
                dockerfile: name,
                text,
                ignore_bytes,
                ..
            } => {
                dockerfile = (name.clone(), text.to_string());
                rows.push((format!("[internal] load build definition from {name}"), 0));
                rows.push((
                    format!(
                        "=> transferring dockerfile: {}",
                        human_size((text.len() as u64).max(2))
                    ),
                    0,
                ));
                ignore = Some(*ignore_bytes);
            }
            Event::Metadata { reference, ms } => {
                total_ms += ms;
                rows.push((format!("[internal] load metadata for {reference}"), *ms));
            }
            Event::LoadContext { bytes } => {
                rows.push(("[internal] load build context".into(), 0));
                rows.push((
                    format!("=> transferring context: {}", human_size(*bytes)),
                    0,
                ));
            }
            Event::StepStarted { step, info } if info.is_vertex() => {
                infos.insert(*step, (rows.len(), info.clone(), false));
                rows.push((info.vertex_name(&info.text), 0));
            }
            Event::Cached { step, .. } => {
                if let Some((r, _, c)) = infos.get_mut(step) {
                    *c = true;
                    rows[*r].0 = format!("CACHED {}", rows[*r].0);
                }
            }
            Event::StepFinished { step, ms, .. } => {
                total_ms += ms;
                if let Some((r, _, _)) = infos.get(step) {
                    rows[*r].1 = *ms;
                }
            }
            Event::Log { step, at_ms, text } => {
                logs.entry(*step).or_default().push(format!(
                    "{:.3} {}",
                    *at_ms as f64 / 1000.0,
                    text.trim_end_matches('\n')
                ));
            }
            Event::StepFailed { step, ms, failure } => {
                total_ms += ms;
                failed_step = Some(*step);
                if let Some((r, _, _)) = infos.get(step) {
                    rows[*r].0 = format!("ERROR {}", rows[*r].0);
                    rows[*r].1 = *ms;
                }
                failed = Some(failure.clone());
            }
            Event::Failed { failure } | Event::MetadataFailed { failure, .. } => {
                failed = Some(failure.clone())
            }
            Event::Exported {
                image, names, ms, ..
            } => {
                total_ms += ms;
                rows.push(("exporting to image".into(), *ms));
                rows.push(("=> exporting layers".into(), ms * 3 / 4));
                rows.push((format!("=> writing image {image}"), 0));
                for n in names {
                    rows.push((format!("=> naming to {n}"), 0));
                }
            }
            _ => {}
        }
    }
    let done = rows.len();
    let state = if failed.is_some() {
        "ERROR"
    } else {
        "FINISHED"
    };
    let vertices = rows.iter().filter(|(t, _)| !t.starts_with("=>")).count();
    let head = format!(
        "[+] Building {} ({vertices}/{vertices}) {state}",
        secs1(total_ms)
    );
    let tail = "docker:default";
    let gap = width.saturating_sub(head.len() + tail.len()).max(1);
    let mut out = format!("{head}{}{tail}\n", " ".repeat(gap));
    let _ = done;
    for (text, ms) in rows {
        let left = format!(" => {text}");
        let right = secs1(ms);
        let room = width - right.len() - 1;
        let left: String = if left.chars().count() > room {
            left.chars().take(room).collect()
        } else {
            left
        };
        let pad = width - left.chars().count() - right.len();
        let _ = writeln!(out, "{left}{}{right}", " ".repeat(pad.max(1)));
    }
    if let Some(f) = failed {
        if let Some((_, info, _)) = failed_step.and_then(|s| infos.get(&s)) {
            let _ = writeln!(out, "------\n > {}:", info.vertex_name(&info.text));
            let step_logs = failed_step
                .and_then(|s| logs.get(&s))
                .cloned()
                .unwrap_or_default();
            for l in step_logs.iter().skip(step_logs.len().saturating_sub(10)) {
                let _ = writeln!(out, "{l}");
            }
            out.push_str("------\n");
            if let Some((s, e)) = info.lines {
                out.push_str(&source_frame(&dockerfile.0, &dockerfile.1, s, e));
            }
        }
        let (_, end) = buildkit_failure(&f);
        // As in plain output, context errors come before any solve.
        let prefix = match f {
            Failure::ContextMissing { .. } | Failure::ContextNotDirectory { .. } => "ERROR: ",
            _ => "ERROR: failed to build: failed to solve: ",
        };
        let _ = writeln!(out, "{prefix}{end}");
    }
    let _ = StepKind::Run;
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_as_go_units_prints_them() {
        assert_eq!(human_size(2), "2B");
        assert_eq!(human_size(512), "512B");
        assert_eq!(human_size(2048), "2.048kB");
        assert_eq!(human_size(8704), "8.704kB");
        assert_eq!(human_size(10240), "10.24kB");
        assert_eq!(human_size(100_000), "100kB");
        assert_eq!(human_size(49_590_000), "49.59MB");
    }

    #[test]
    fn frame_pads_like_buildkit() {
        let text = "FROM ubuntu\nRUN apk add x\nCMD [\"sh\"]\n";
        let f = source_frame("Dockerfile", text, 2, 2);
        assert_eq!(
            f,
            "Dockerfile:2\n--------------------\n   1 |     FROM ubuntu\n   2 | >>> RUN apk add x\n   3 |     CMD [\"sh\"]\n   4 |     \n--------------------\n"
        );
        assert_eq!(source_frame("Dockerfile", text, 9, 9), "");
    }
}
