//! The executor: resolves base images (pulling catalog images into the store), runs each
//! stage's instructions with the cache, and exports the target stage as an image.

use crate::map::Set;
use std::sync::Arc;

use super::cache::{Entry, Explanation, Fingerprint, Miss};
use super::context::{self, Context};
use super::events::{Event, Failure, PulledLayer, StepInfo, StepKind};
use super::{BuildRequest, Builder, Built, Engine, StepReport};
use crate::dockerfile::instructions::{self, Command, CommandKind, CommandLine, CopyArgs, Stage};
use crate::dockerfile::scope::{self, StageScope, Vars};
use crate::dockerfile::{self, reference};
use crate::internet::clock::cost;
use crate::internet::hub;
use crate::internet::Rng;
use crate::programs::sandbox::{owner_ids, user_cred, Sandbox};
use crate::sh::{self, Flavour, Machine, Shell};
use crate::store::{
    format_time, Content, Digest, Empty, Entry as TarEntry, EntryKind, History, ImageConfig, Layer,
    Manifest, ManifestFormat,
};
use crate::text::LineIndex;
use crate::vfs::{layer_entries, path, Cred, Fs, FsLayer};

/// The state of a stage between steps.
#[derive(Clone, Debug)]
struct State {
    fs: Fs,
    layers: Vec<Arc<FsLayer>>,
    config: ImageConfig,
    key: Digest,
    scope: StageScope,
    /// The last step was rebuilt (so the next has a new parent).
    missed: bool,
}

/// What a step did when it ran.
struct Done {
    fs: Fs,
    layer: Option<Arc<FsLayer>>,
    config: ImageConfig,
}

pub(super) struct Run<'e> {
    eng: &'e mut Engine,
    req: &'e BuildRequest,
    pub events: Vec<Event>,
    pub reports: Vec<StepReport>,
    ctx: Option<Context>,
    steps: usize,
    escape: char,
    global: Vars,
    /// Final states of the stages built so far.
    stages: Vec<Option<State>>,
    lines: Option<LineIndex>,
    /// The here-documents of the step being run.
    heredocs: Vec<dockerfile::Heredoc>,
}

fn go_quote_list(v: &[String]) -> String {
    let parts: Vec<String> = v
        .iter()
        .map(|s| serde_json::to_string(s).unwrap_or_default())
        .collect();
    format!("[{}]", parts.join(" "))
}

/// A `time.Duration` as Go prints it (`30s`, `1m30s`, `500ms`, `0s`), from nanoseconds.
fn go_duration(ns: u64) -> String {
    if ns == 0 {
        return "0s".into();
    }
    if ns < 1_000_000_000 {
        return format!("{}ms", ns / 1_000_000);
    }
    let secs = ns / 1_000_000_000;
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let mut out = String::new();
    if h > 0 {
        out.push_str(&format!("{h}h"));
    }
    if h > 0 || m > 0 {
        out.push_str(&format!("{m}m"));
    }
    out.push_str(&format!("{s}s"));
    out
}

/// An int as Go's `%q` prints it: a quoted character (`'\x00'`, `'\x03'`).
fn go_char(n: u64) -> String {
    match char::from_u32(n as u32) {
        Some(c) if (' '..='~').contains(&c) && c != '\'' && c != '\\' => format!("'{c}'"),
        _ => format!("'\\x{n:02x}'"),
    }
}

fn json_list(v: &[String]) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

fn exposed_key(p: &str) -> String {
    if p.contains('/') {
        p.to_string()
    } else {
        format!("{p}/tcp")
    }
}

/// Put a catalog image into the engine's store: its layers unpacked from the skeleton files
/// (with package databases), its config and history. Returns the ID and the pulled layers.
pub(crate) fn install_hub_image(
    eng: &mut Engine,
    image: &'static hub::Image,
) -> Result<(Digest, Vec<PulledLayer>), Failure> {
    let mut fs = Fs::new();
    let created_ms = crate::internet::clock::parse_rfc3339(image.created).unwrap_or(0) as u64;
    fs.set_now(created_ms);
    let hub_layers: Vec<&'static hub::Layer> = image.layers().collect();
    let mut layers = Vec::new();
    let mut pulled = Vec::new();
    for (i, hl) in hub_layers.iter().enumerate() {
        let top = i + 1 == hub_layers.len();
        let cache_key: &'static str = if top { image.key } else { hl.key };
        let prev = fs.clone();
        for f in hl.files() {
            crate::programs::pkg::put_spec(&mut fs, f);
        }
        if !hl.packages.is_empty() || !hl.python.is_empty() {
            crate::programs::pkg::record_layers(&mut fs, image, i + 1);
        }
        if top {
            for d in ["/tmp", "/root"] {
                let _ = fs.mkdir_all(d, 0o755);
            }
            let _ = fs.chmod("/tmp", 0o1777);
        }
        let layer = match eng.hub_layers.get(cache_key) {
            Some(l) => l.clone(),
            None => {
                let (mut l, packed) =
                    FsLayer::pack(layer_entries(&prev, &fs)).map_err(|e| Failure::Other {
                        message: e.to_string(),
                    })?;
                l.layer.size = hl.size.max(l.layer.size);
                eng.store.blobs_mut().insert(packed.blob);
                let l = Arc::new(l);
                eng.hub_layers.insert(cache_key, l.clone());
                l
            }
        };
        if !eng.store.blobs().contains(&layer.layer.digest) {
            // Collected after its last image went: pack it again.
            if let Ok(p) = crate::store::pack(&layer.entries) {
                eng.store.blobs_mut().insert(p.blob);
            }
        }
        pulled.push(PulledLayer {
            digest: layer.layer.digest,
            compressed: hl.compressed,
            download_ms: cost::pull_download(&mut eng.rng, hl.compressed),
            extract_ms: cost::pull_extract(&mut eng.rng, hl.size),
        });
        layers.push(layer);
    }
    let mut config = ImageConfig::new();
    config.created = Some(image.created.to_string());
    let c = &image.config;
    config.config.env = c.env.iter().map(|s| s.to_string()).collect();
    config.config.cmd = c.cmd.iter().map(|s| s.to_string()).collect();
    config.config.entrypoint = c.entrypoint.iter().map(|s| s.to_string()).collect();
    config.config.working_dir = c.workdir.to_string();
    config.config.user = c.user.to_string();
    config.config.stop_signal = c.stop_signal.to_string();
    config.config.on_build = c.onbuild.iter().map(|s| s.to_string()).collect();
    for p in c.exposed_ports {
        config.config.exposed_ports.insert(exposed_key(p), Empty {});
    }
    for v in c.volumes {
        config.config.volumes.insert(v.to_string(), Empty {});
    }
    for (k, v) in c.labels {
        config.config.labels.insert(k.to_string(), v.to_string());
    }
    let mut li = layers.iter();
    for h in image.history {
        let hist = History {
            created: Some(image.created.to_string()),
            created_by: h.created_by().to_string(),
            ..History::default()
        };
        match h {
            hub::History::Layer(_) => {
                if let Some(l) = li.next() {
                    config.push_layer(l.layer.diff_id, hist);
                }
            }
            hub::History::Empty(_) => config.push_empty(hist),
        }
    }
    let store_layers: Vec<Layer> = layers.iter().map(|l| l.layer).collect();
    let id = eng
        .store
        .add(config, store_layers)
        .map_err(|e| Failure::Other {
            message: e.to_string(),
        })?;
    for l in &layers {
        eng.layers.insert(l.layer.diff_id, l.clone());
    }
    eng.rootfs.insert(id, fs);
    Ok((id, pulled))
}

/// Numbering of one stage's steps.
struct Plan {
    needed: bool,
    label: Option<String>,
    total: usize,
}

impl<'e> Run<'e> {
    pub(super) fn new(eng: &'e mut Engine, req: &'e BuildRequest) -> Run<'e> {
        Run {
            eng,
            req,
            events: Vec::new(),
            reports: Vec::new(),
            ctx: None,
            steps: 0,
            escape: '\\',
            global: Vars::default(),
            stages: Vec::new(),
            lines: None,
            heredocs: Vec::new(),
        }
    }

    fn legacy(&self) -> bool {
        self.req.builder == Builder::Legacy
    }

    fn fail(&mut self, failure: Failure) -> Result<Built, Failure> {
        self.events.push(Event::Failed {
            failure: failure.clone(),
        });
        Err(failure)
    }

    fn line_range(&self, c: &Command) -> Option<(usize, usize)> {
        let idx = self.lines.as_ref()?;
        // Borrowed: a copy of the Dockerfile per step would grow with its length.
        let text = &self.ctx.as_ref()?.dockerfile;
        let start = idx.line_of(c.span.start) + 1;
        let end_off = text[..c.span.end.min(text.len())].trim_end().len();
        let end = idx.line_of(end_off.max(c.span.start)) + 1;
        Some((start, end.max(start)))
    }

    pub(super) fn build(&mut self, host: &Fs) -> Result<Built, Failure> {
        let ctx = match context::collect(
            host,
            &self.req.cwd,
            &self.req.context,
            self.req.file.as_deref(),
        ) {
            Ok(c) => c,
            Err(f) => return self.fail(f),
        };
        self.events.push(Event::Context {
            dockerfile: ctx.dockerfile_name.clone(),
            text: ctx.dockerfile.clone(),
            ignore_bytes: ctx.ignore.as_ref().map(|(_, n)| *n),
            tar_bytes: ctx.tar_bytes,
            transfer_bytes: ctx.transfer_bytes,
        });
        let text = ctx.dockerfile.clone();
        self.lines = Some(LineIndex::new(&text));
        let name = ctx.dockerfile_name.clone();
        self.ctx = Some(ctx);
        if text.is_empty() {
            return self.fail(Failure::DockerfileEmpty { name });
        }
        let parsed = dockerfile::parse(&text);
        let df = instructions::check(&text, &parsed);
        let legacy_ref_error =
            |d: &crate::diag::Diagnostic| d.message.starts_with("failed to parse stage name");
        if let Some(d) = df
            .first_error()
            .filter(|d| !(self.legacy() && legacy_ref_error(d)))
        {
            let line = self
                .lines
                .as_ref()
                .map(|i| i.line_of(d.span().start.min(text.len())) + 1)
                .unwrap_or(0);
            let line = if d.message.contains("no instructions") {
                0
            } else {
                line
            };
            return self.fail(Failure::Parse {
                message: d.message.clone(),
                line,
            });
        }
        self.escape = parsed.file.escape;
        if df.stages.is_empty() {
            return self.fail(Failure::Parse {
                message: "no build stage in current context".into(),
                line: 0,
            });
        }
        let target = match &self.req.target {
            Some(t) => match df.stage(t) {
                Some(s) => s.index,
                None => {
                    return self.fail(Failure::TargetMissing { target: t.clone() });
                }
            },
            None => df.stages.len().saturating_sub(1),
        };
        let platform: Vec<(String, String)> = [
            ("TARGETPLATFORM", "linux/amd64"),
            ("TARGETOS", "linux"),
            ("TARGETARCH", "amd64"),
            ("TARGETVARIANT", ""),
            ("BUILDPLATFORM", "linux/amd64"),
            ("BUILDOS", "linux"),
            ("BUILDARCH", "amd64"),
            ("BUILDVARIANT", ""),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        self.global = match scope::global_scope(
            &df.meta_args,
            &self.req.build_args,
            &platform,
            self.escape,
        ) {
            Ok(g) => g,
            Err(e) => {
                return self.fail(Failure::Instruction {
                    message: e.to_string(),
                })
            }
        };
        let stages: Vec<Stage> =
            df.stages[..=target.min(df.stages.len().saturating_sub(1))].to_vec();
        if stages.is_empty() {
            return self.fail(Failure::Parse {
                message: "file with no instructions".into(),
                line: 0,
            });
        }
        // Which stages the target needs (BuildKit builds only those).
        let needed = self.needed_stages(&stages, target);
        let multi = df.stages.len() > 1;
        let mut bases = Vec::new();
        for s in &stages {
            bases.push(self.base_name(s, &stages));
        }
        let mut plans = Vec::new();
        for (i, s) in stages.iter().enumerate() {
            let triggers = match &bases[i] {
                Base::Image(r) => self.peek_triggers(r),
                _ => 0,
            };
            let steps = s
                .commands
                .iter()
                .filter(|c| {
                    matches!(
                        c.kind,
                        CommandKind::Run { .. }
                            | CommandKind::Copy(_)
                            | CommandKind::Add(_)
                            | CommandKind::Workdir(_)
                    )
                })
                .count();
            plans.push(Plan {
                needed: needed.contains(&i),
                label: if multi {
                    Some(s.name.clone().unwrap_or_else(|| format!("stage-{i}")))
                } else {
                    None
                },
                total: 1 + steps + triggers,
            });
        }
        // The legacy builder counts (and prints) the ARGs before the first FROM as steps.
        let legacy_total: usize =
            df.meta_args.len() + stages.iter().map(|s| 1 + s.commands.len()).sum::<usize>();
        if !self.legacy() {
            let mut seen = Set::new();
            for (i, b) in bases.iter().enumerate() {
                if let (Base::Image(r), true) = (b, plans[i].needed) {
                    let full = reference::parse_normalized(r)
                        .map(|x| x.full())
                        .unwrap_or(r.clone());
                    if seen.insert(full.clone()) {
                        let local = self.local_image(r).is_some() && !self.req.pull;
                        let ms = if local {
                            self.eng.rng.range(0, 40)
                        } else {
                            self.eng.rng.range(300, 1400)
                        };
                        self.eng.clock.advance(ms);
                        let platform = stages[i].platform.as_ref().map(|p| {
                            StageScope::expand_from(p, &self.global, self.escape)
                                .unwrap_or_else(|_| p.clone())
                        });
                        let bad_platform = platform.filter(|p| {
                            !matches!(p.as_str(), "linux/amd64" | "linux/x86_64" | "amd64")
                        });
                        if let Some(p) = bad_platform {
                            let f = match reference::parse_normalized(r) {
                                Ok(rf) => Failure::Platform {
                                    reference: format!(
                                        "{}:{}",
                                        rf.familiar_name(),
                                        rf.tag_or_latest().unwrap_or("latest")
                                    ),
                                    full: rf.full(),
                                    platform: p,
                                },
                                Err(e) => Failure::BadReference {
                                    reference: r.clone(),
                                    message: e.to_string(),
                                },
                            };
                            self.events.push(Event::MetadataFailed {
                                reference: full,
                                failure: f.clone(),
                                line: stages[i].line,
                            });
                            return Err(f);
                        }
                        if !local {
                            if let Some(f) = unresolvable(r) {
                                let line = stages[i].line;
                                self.events.push(Event::MetadataFailed {
                                    reference: full,
                                    failure: f.clone(),
                                    line,
                                });
                                return Err(f);
                            }
                        }
                        self.events.push(Event::Metadata {
                            reference: full,
                            ms,
                        });
                    }
                }
            }
        }
        self.stages = vec![None; stages.len()];
        let mut legacy_no = 0;
        let mut starts: Vec<Option<(State, usize)>> = vec![None; stages.len()];
        let uses_context = stages.iter().enumerate().any(|(i, s)| {
            plans[i].needed
                && s.commands.iter().any(|c| match &c.kind {
                    CommandKind::Copy(a) | CommandKind::Add(a) => {
                        a.from.is_none()
                            && a.sources.iter().any(|s| {
                                !s.text.starts_with("http://")
                                    && !s.text.starts_with("https://")
                                    && !s.text.starts_with("<<")
                            })
                    }
                    _ => false,
                })
        });
        if self.legacy() {
            for a in &df.meta_args {
                legacy_no += 1;
                let text = match &a.default {
                    Some(d) => format!("ARG {}={d}", a.name),
                    None => format!("ARG {}", a.name),
                };
                let step = self.steps;
                self.steps += 1;
                self.events.push(Event::StepStarted {
                    step,
                    info: StepInfo {
                        stage: None,
                        index: 0,
                        total: 0,
                        legacy_no,
                        legacy_total,
                        text,
                        kind: StepKind::Metadata,
                        needed: false,
                        trigger: false,
                        lines: None,
                    },
                });
            }
            for (i, s) in stages.iter().enumerate() {
                legacy_no += 1;
                let st = self.start_stage(i, s, &bases[i], &plans[i], legacy_no, legacy_total)?;
                let (state, index) = self.run_triggers(st, &plans[i], i)?;
                let end =
                    self.run_commands(i, s, state, &plans[i], index, &mut legacy_no, legacy_total)?;
                self.stages[i] = Some(end);
            }
        } else {
            for (i, s) in stages.iter().enumerate() {
                if !plans[i].needed || matches!(bases[i], Base::Stage(_)) {
                    continue;
                }
                let st = self.start_stage(i, s, &bases[i], &plans[i], 0, legacy_total)?;
                starts[i] = Some((st, 1));
            }
            if uses_context {
                let bytes = self.ctx.as_ref().map_or(0, |c| c.transfer_bytes);
                self.events.push(Event::LoadContext { bytes });
            }
            for (i, s) in stages.iter().enumerate() {
                if !plans[i].needed {
                    continue;
                }
                let st = match starts[i].take() {
                    Some((st, _)) => st,
                    None => self.start_stage(i, s, &bases[i], &plans[i], 0, legacy_total)?,
                };
                let (state, index) = self.run_triggers(st, &plans[i], i)?;
                let end =
                    self.run_commands(i, s, state, &plans[i], index, &mut legacy_no, legacy_total)?;
                self.stages[i] = Some(end);
            }
        }
        let Some(Some(last)) = self.stages.get(target.min(self.stages.len() - 1)).cloned() else {
            return self.fail(Failure::Other {
                message: "target stage was not built".into(),
            });
        };
        self.export(last)
    }

    fn needed_stages(&self, stages: &[Stage], target: usize) -> Set<usize> {
        let mut need = Set::new();
        let mut todo = vec![target];
        let find = |name: &str| -> Option<usize> {
            let lower = name.to_lowercase();
            stages
                .iter()
                .find(|s| s.name.as_deref() == Some(lower.as_str()))
                .map(|s| s.index)
                .or_else(|| name.parse::<usize>().ok().filter(|i| *i < stages.len()))
        };
        while let Some(i) = todo.pop() {
            if !need.insert(i) {
                continue;
            }
            let Some(s) = stages.get(i) else { continue };
            let base = StageScope::expand_from(&s.base.text, &self.global, self.escape)
                .unwrap_or_default();
            if let Some(j) = find(&base).filter(|j| *j < i) {
                todo.push(j);
            }
            for c in &s.commands {
                if let CommandKind::Copy(a) | CommandKind::Add(a) = &c.kind {
                    if let Some(f) = &a.from {
                        if let Some(j) = find(f).filter(|j| *j < i) {
                            todo.push(j);
                        }
                    }
                }
            }
        }
        need
    }

    fn base_name(&self, s: &Stage, stages: &[Stage]) -> Base {
        let base = StageScope::expand_from(&s.base.text, &self.global, self.escape)
            .unwrap_or_else(|_| s.base.text.clone());
        let lower = base.to_lowercase();
        if let Some(p) = stages[..s.index]
            .iter()
            .find(|p| p.name.as_deref() == Some(lower.as_str()))
        {
            return Base::Stage(p.index);
        }
        if lower == "scratch" {
            return Base::Scratch;
        }
        Base::Image(base)
    }

    /// The local image a `FROM` or `COPY --from` reference names: a tagged image, or (for
    /// BuildKit) a base its build cache holds from an earlier build.
    fn local_image(&self, r: &str) -> Option<Digest> {
        let rf = reference::parse_normalized(r).ok()?;
        let tag = rf.tag_or_latest().unwrap_or("latest").to_string();
        let familiar = format!("{}:{tag}", rf.familiar_name());
        let store = &self.eng.store;
        store
            .resolve(&familiar)
            .or_else(|| store.held(&familiar).filter(|_| !self.legacy()))
    }

    /// Keep a base image this build pulled: the legacy builder tags it, so `docker images`
    /// lists it; BuildKit keeps it in its build cache, out of the list.
    fn keep_base(&mut self, familiar: &str, id: &Digest) {
        let _ = if self.legacy() {
            self.eng.store.tag(familiar, id).map(|_| ())
        } else {
            self.eng.store.hold(familiar, id)
        };
    }

    fn peek_triggers(&self, r: &str) -> usize {
        if !self.req.pull {
            if let Some(id) = self.local_image(r) {
                return self
                    .eng
                    .store
                    .get(&id)
                    .map_or(0, |i| i.config.config.on_build.len());
            }
        }
        let Ok(rf) = reference::parse_normalized(r) else {
            return 0;
        };
        let tag = rf.tag_or_latest().unwrap_or("latest").to_string();
        match hub::lookup(&rf.familiar_name(), &tag) {
            hub::Lookup::Found(i) => i.config.onbuild.len(),
            _ => 0,
        }
    }

    fn new_step(&mut self, info: StepInfo) -> usize {
        let step = self.steps;
        self.steps += 1;
        self.events.push(Event::StepStarted {
            step,
            info: info.clone(),
        });
        step
    }

    fn container_id(&mut self) -> String {
        self.eng.rng.hex(12)
    }

    fn start_stage(
        &mut self,
        i: usize,
        s: &Stage,
        base: &Base,
        plan: &Plan,
        legacy_no: usize,
        legacy_total: usize,
    ) -> Result<State, Failure> {
        let text = match base {
            Base::Image(r) => {
                let full = reference::parse_normalized(r)
                    .map(|x| x.full())
                    .unwrap_or(r.clone());
                if self.legacy() {
                    s.base.text.clone()
                } else {
                    full
                }
            }
            _ => s.base.text.clone(),
        };
        let original = {
            let ctx = self
                .ctx
                .as_ref()
                .map(|c| c.dockerfile.clone())
                .unwrap_or_default();
            let t = ctx
                .get(s.span.start..s.span.end)
                .unwrap_or("")
                .trim_end()
                .to_string();
            t.lines().next().unwrap_or("").to_string()
        };
        let info = StepInfo {
            stage: plan.label.clone(),
            index: 1,
            total: plan.total,
            legacy_no,
            legacy_total,
            text: if self.legacy() {
                original
            } else {
                format!("FROM {text}")
            },
            kind: StepKind::From,
            needed: plan.needed && !matches!(base, Base::Stage(_) | Base::Scratch),
            trigger: false,
            lines: self.lines.as_ref().map(|idx| {
                let l = idx.line_of(s.span.start) + 1;
                (l, l)
            }),
        };
        let step = self.steps;
        self.steps += 1;
        let mut info = info;
        let start = self.eng.clock.millis();
        let prefix = if self.legacy() { "legacy" } else { "buildkit" };
        let (state, explanation) = match base {
            Base::Scratch => {
                self.events.push(Event::StepStarted {
                    step,
                    info: info.clone(),
                });
                let config = ImageConfig::new();
                let st = State {
                    fs: Fs::new(),
                    layers: Vec::new(),
                    config,
                    key: Digest::of(format!("{prefix} scratch").as_bytes()),
                    scope: StageScope::default(),
                    missed: false,
                };
                (
                    st,
                    Explanation::Base {
                        reference: "scratch".into(),
                        pulled: false,
                    },
                )
            }
            Base::Stage(j) => {
                self.events.push(Event::StepStarted {
                    step,
                    info: info.clone(),
                });
                let Some(Some(prev)) = self.stages.get(*j).cloned() else {
                    return Err(self.step_failed(
                        step,
                        Failure::Other {
                            message: format!("stage {j} was not built"),
                        },
                    ));
                };
                let mut st = prev;
                st.scope = StageScope::from_image(&env_pairs(&st.config));
                st.missed = false;
                (
                    st,
                    Explanation::Base {
                        reference: format!("stage {}", s.base.text),
                        pulled: false,
                    },
                )
            }
            Base::Image(r) => {
                let rf = match reference::parse_normalized(r) {
                    Ok(x) => x,
                    Err(e) => {
                        self.events.push(Event::StepStarted {
                            step,
                            info: info.clone(),
                        });
                        return Err(self.step_failed(
                            step,
                            Failure::BadReference {
                                reference: r.clone(),
                                message: e.to_string(),
                            },
                        ));
                    }
                };
                let tag = rf.tag_or_latest().unwrap_or("latest").to_string();
                let familiar = format!("{}:{tag}", rf.familiar_name());
                if let Some(p) = &s.platform {
                    let p = StageScope::expand_from(p, &self.global, self.escape)
                        .unwrap_or_else(|_| p.clone());
                    if !matches!(p.as_str(), "linux/amd64" | "linux/x86_64" | "amd64") {
                        self.events.push(Event::StepStarted {
                            step,
                            info: info.clone(),
                        });
                        return Err(self.step_failed(
                            step,
                            Failure::Platform {
                                reference: familiar,
                                full: rf.full(),
                                platform: p,
                            },
                        ));
                    }
                }
                let mut pull_event = None;
                let id = match self.local_image(r).filter(|_| !self.req.pull) {
                    Some(id) => id,
                    None => {
                        let found = if rf.domain == reference::DEFAULT_DOMAIN {
                            hub::lookup(&rf.familiar_name(), &tag)
                        } else {
                            hub::Lookup::NoRepo
                        };
                        let failure = match found {
                            hub::Lookup::Found(img) => match install_hub_image(self.eng, img) {
                                Ok((id, layers)) => {
                                    self.keep_base(&familiar, &id);
                                    let digest = self.manifest_digest(&id);
                                    let ms: u64 =
                                        layers.iter().map(|l| l.download_ms + l.extract_ms).sum();
                                    pull_event = Some((
                                        Event::Pulled {
                                            step,
                                            reference: r.clone(),
                                            tag: tag.clone(),
                                            path: rf.path.clone(),
                                            full: rf.full(),
                                            digest,
                                            layers,
                                        },
                                        ms,
                                    ));
                                    None
                                }
                                Err(f) => Some(f),
                            },
                            hub::Lookup::Retired(_) | hub::Lookup::NoTag => Some(Failure::NoTag {
                                reference: familiar.clone(),
                                full: rf.full(),
                            }),
                            hub::Lookup::NoRepo => Some(Failure::NoRepository {
                                reference: r.clone(),
                                full: rf.full(),
                                repo: rf.familiar_name(),
                            }),
                        };
                        if let Some(f) = failure {
                            self.events.push(Event::StepStarted {
                                step,
                                info: info.clone(),
                            });
                            return Err(self.step_failed(step, f));
                        }
                        match self.local_image(r) {
                            Some(id) => id,
                            None => {
                                self.events.push(Event::StepStarted {
                                    step,
                                    info: info.clone(),
                                });
                                return Err(self.step_failed(
                                    step,
                                    Failure::Other {
                                        message: "image vanished".into(),
                                    },
                                ));
                            }
                        }
                    }
                };
                let digest = self.manifest_digest(&id);
                if !self.legacy() {
                    info.text = format!("FROM {}@{digest}", rf.full());
                }
                self.events.push(Event::StepStarted {
                    step,
                    info: info.clone(),
                });
                let pulled = pull_event.is_some();
                if let Some((ev, ms)) = pull_event {
                    self.events.push(ev);
                    self.eng.clock.advance(ms);
                }
                let Some(img) = self.eng.store.get(&id).cloned() else {
                    return Err(self.step_failed(
                        step,
                        Failure::Other {
                            message: "image vanished".into(),
                        },
                    ));
                };
                let fs = self.image_fs(&id);
                let layers = img
                    .layers
                    .iter()
                    .filter_map(|l| self.eng.layers.get(&l.diff_id).cloned())
                    .collect();
                let st = State {
                    fs,
                    layers,
                    scope: StageScope::from_image(&env_pairs(&img.config)),
                    config: img.config.clone(),
                    key: Digest::of(format!("{prefix} {id}").as_bytes()),
                    missed: false,
                };
                let _ = i;
                (
                    st,
                    Explanation::Base {
                        reference: familiar,
                        pulled,
                    },
                )
            }
        };
        let id = state.config.id();
        let ms = self.eng.clock.millis() - start;
        self.events.push(Event::StepFinished {
            step,
            image: id,
            ms,
            explanation: explanation.clone(),
        });
        self.reports.push(StepReport { info, explanation });
        Ok(state)
    }

    fn image_fs(&mut self, id: &Digest) -> Fs {
        if let Some(fs) = self.eng.rootfs.get(id) {
            return fs.clone();
        }
        let mut fs = Fs::new();
        if let Some(img) = self.eng.store.get(id) {
            for l in &img.layers {
                if let Some(fl) = self.eng.layers.get(&l.diff_id) {
                    let _ = fs.apply_entries(&fl.entries);
                }
            }
        }
        self.eng.rootfs.insert(*id, fs.clone());
        fs
    }

    fn manifest_digest(&self, id: &Digest) -> Digest {
        match self.eng.store.get(id) {
            Some(img) => Manifest::new(
                ManifestFormat::Docker,
                img.config_json.as_bytes(),
                &img.layers,
            )
            .digest(),
            None => *id,
        }
    }

    fn step_failed(&mut self, step: usize, failure: Failure) -> Failure {
        self.events.push(Event::StepFailed {
            step,
            ms: 0,
            failure: failure.clone(),
        });
        failure
    }

    fn run_triggers(
        &mut self,
        mut st: State,
        plan: &Plan,
        stage: usize,
    ) -> Result<(State, usize), Failure> {
        let triggers = std::mem::take(&mut st.config.config.on_build);
        if triggers.is_empty() {
            return Ok((st, 2));
        }
        let last = self.steps.saturating_sub(1);
        self.events.push(Event::Triggers {
            step: last,
            count: triggers.len(),
        });
        let mut index = 2;
        for t in &triggers {
            let src = format!("FROM scratch\n{t}\n");
            let p = dockerfile::parse(&src);
            let df = instructions::check(&src, &p);
            let Some(cmd) = df.stages.first().and_then(|s| s.commands.first()).cloned() else {
                return Err(Failure::Parse {
                    message: format!("invalid ONBUILD trigger: {t}"),
                    line: 0,
                });
            };
            let info = StepInfo {
                stage: plan.label.clone(),
                index,
                total: plan.total,
                legacy_no: 0,
                legacy_total: 0,
                text: format!("ONBUILD {}", cmd.original),
                kind: kind_of(&cmd.kind),
                needed: plan.needed,
                trigger: true,
                lines: None,
            };
            index += 1;
            st = self.step(stage, &cmd, st, info)?;
        }
        Ok((st, index))
    }

    #[allow(clippy::too_many_arguments)]
    fn run_commands(
        &mut self,
        stage: usize,
        s: &Stage,
        mut st: State,
        plan: &Plan,
        mut index: usize,
        legacy_no: &mut usize,
        legacy_total: usize,
    ) -> Result<State, Failure> {
        if !self.legacy() {
            *legacy_no += 1;
        }
        for c in &s.commands {
            *legacy_no += 1;
            let kind = kind_of(&c.kind);
            let info = StepInfo {
                stage: plan.label.clone(),
                index: if kind == StepKind::Metadata { 0 } else { index },
                total: plan.total,
                legacy_no: *legacy_no,
                legacy_total,
                text: c.original.clone(),
                kind,
                needed: plan.needed,
                trigger: false,
                lines: self.line_range(c),
            };
            if kind != StepKind::Metadata {
                index += 1;
            }
            st = self.step(stage, c, st, info)?;
        }
        Ok(st)
    }

    /// One instruction: compute its effect on the scope and config, its fingerprint, then
    /// take it from the cache or run it.
    fn step(
        &mut self,
        _stage: usize,
        c: &Command,
        mut st: State,
        info: StepInfo,
    ) -> Result<State, Failure> {
        let step = self.new_step(info.clone());
        let start = self.eng.clock.millis();
        let esc = self.escape;
        let legacy = self.legacy();
        // Scope changes are pure; apply them first.
        let scope_err = match &c.kind {
            CommandKind::Arg(decls) => st
                .scope
                .declare_args(decls, &self.global, &self.req.build_args, esc)
                .err(),
            CommandKind::Env(pairs) => st.scope.set_env(pairs, esc).err(),
            _ => None,
        };
        if let Some(e) = scope_err {
            return Err(self.step_failed(
                step,
                Failure::Instruction {
                    message: e.to_string(),
                },
            ));
        }
        let mut fp = Fingerprint {
            text: c.original.clone(),
            source: c.original.clone(),
            vars: st.scope.args.pairs().to_vec(),
            ..Fingerprint::default()
        };
        let mut copy_plan = None;
        self.heredocs = self.heredocs_of(c, info.trigger);
        for d in &self.heredocs {
            fp.extra.push_str(&format!("<<{}\n{}", d.name, d.content));
        }
        match &c.kind {
            CommandKind::Run { .. } => {
                fp.args = st
                    .scope
                    .args
                    .pairs()
                    .iter()
                    .filter(|(k, _)| st.scope.env.get(k).is_none())
                    .cloned()
                    .collect();
            }
            CommandKind::Copy(a) | CommandKind::Add(a) => {
                let is_add = matches!(c.kind, CommandKind::Add(_));
                match self.plan_copy(a, &st, is_add) {
                    Ok(p) => {
                        fp.files = p.sums.clone();
                        fp.extra.push_str(&p.flags_key);
                        copy_plan = Some(p);
                    }
                    Err(f) => return Err(self.step_failed(step, f)),
                }
            }
            _ => {
                if let Ok(t) = st.scope.expand(&c.original, esc) {
                    if matches!(
                        c.kind,
                        CommandKind::Workdir(_)
                            | CommandKind::User(_)
                            | CommandKind::Label(_)
                            | CommandKind::Expose(_)
                            | CommandKind::Volume(_)
                            | CommandKind::Stopsignal(_)
                    ) {
                        fp.text = t;
                    }
                }
            }
        }
        let key = fp.key(&st.key);
        let build = self.eng.builds;
        let hit = if self.req.no_cache {
            None
        } else {
            self.eng.cache.lookup(&key, build)
        };
        let explanation;
        if let Some(e) = hit {
            explanation = Explanation::Hit { build: e.build };
            self.events.push(Event::Cached {
                step,
                build: e.build,
            });
            st.fs = e.fs;
            match e.layer {
                Some(l) => {
                    st.config.push_layer(l.layer.diff_id, e.history.clone());
                    st.layers.push(l);
                }
                None => st.config.push_empty(e.history.clone()),
            }
            st.config.config = e.container;
            st.config.author = e.author;
            st.config.created = e.history.created.clone();
            st.missed = false;
        } else {
            let why = if self.req.no_cache {
                Miss::NoCache
            } else {
                self.eng.cache.explain_miss(&st.key, &fp, st.missed)
            };
            explanation = Explanation::Miss(why);
            let container = matches!(
                info.kind,
                StepKind::Run | StepKind::Metadata | StepKind::Workdir
            );
            let cid = if legacy && container {
                let id = self.container_id();
                self.events.push(Event::Container {
                    step,
                    id: id.clone(),
                });
                Some(id)
            } else {
                None
            };
            // Move the config through the step: cloning it (its history grows with every
            // step) would make long Dockerfiles quadratic.
            let config = std::mem::take(&mut st.config);
            let done = match self.execute(step, c, &st, config, copy_plan) {
                Ok(d) => d,
                Err(f) => {
                    let ms = self.eng.clock.millis() - start;
                    self.events.push(Event::StepFailed {
                        step,
                        ms,
                        failure: f.clone(),
                    });
                    // The failed step ran (it was not cached): report why.
                    self.reports.push(StepReport {
                        info,
                        explanation: explanation.clone(),
                    });
                    return Err(f);
                }
            };
            if let Some(id) = cid {
                self.events.push(Event::ContainerRemoved { step, id });
            }
            let entry = Entry {
                build,
                last_used: build,
                parent: st.key,
                fingerprint: fp,
                fs: done.fs.clone(),
                layer: done.layer.clone(),
                container: done.config.config.clone(),
                author: done.config.author.clone(),
                history: done.config.history.last().cloned().unwrap_or_default(),
            };
            self.eng
                .cache
                .insert(key, entry, self.eng.store.blobs_mut());
            st.fs = done.fs;
            if let Some(l) = done.layer {
                self.eng.layers.insert(l.layer.diff_id, l.clone());
                st.layers.push(l);
            }
            st.config = done.config;
            st.missed = true;
        }
        st.key = key;
        let ms = self.eng.clock.millis() - start;
        // Only the legacy builder shows intermediate images; hashing the whole config at
        // every step would make long Dockerfiles quadratic for BuildKit.
        let image = if legacy { st.config.id() } else { key };
        self.events.push(Event::StepFinished {
            step,
            image,
            ms,
            explanation: explanation.clone(),
        });
        self.reports.push(StepReport { info, explanation });
        Ok(st)
    }

    fn history(&self, created_by: String, ms: u64) -> History {
        History {
            created: Some(format_time(ms)),
            created_by,
            comment: if self.legacy() {
                String::new()
            } else {
                "buildkit.dockerfile.v0".into()
            },
            ..History::default()
        }
    }

    /// Run an instruction that missed the cache.
    fn execute(
        &mut self,
        step: usize,
        c: &Command,
        st: &State,
        config: ImageConfig,
        copy: Option<CopyPlan>,
    ) -> Result<Done, Failure> {
        let esc = self.escape;
        let legacy = self.legacy();
        let mut config = config;
        let mut fs = st.fs.clone();
        let expand = |s: &str| {
            st.scope.expand(s, esc).map_err(|e| Failure::Instruction {
                message: e.to_string(),
            })
        };
        let nop = |t: &str| format!("/bin/sh -c #(nop)  {t}");
        let created_by;
        let mut makes_layer = false;
        match &c.kind {
            CommandKind::Run { cmd, .. } => {
                let ms0 = self.eng.rng.range(150, 400);
                self.eng.clock.advance(ms0);
                let shell = if config.config.shell.is_empty() {
                    vec!["/bin/sh".to_string(), "-c".to_string()]
                } else {
                    config.config.shell.clone()
                };
                let argv: Vec<String> = match cmd {
                    CommandLine::Shell(s) => {
                        let mut v = shell.clone();
                        let docs = &self.heredocs;
                        let only = s.trim().trim_start_matches("<<").trim_start_matches('-');
                        let only = only.trim_matches(|c| c == '"' || c == '\'');
                        if docs.len() == 1 && s.trim().starts_with("<<") && only == docs[0].name {
                            // `RUN <<EOF`: the here-document is the script.
                            v.push(docs[0].chomped());
                        } else if !docs.is_empty() {
                            // Here-documents feed the command, as in a shell script.
                            let mut script = s.clone();
                            for d in docs {
                                script.push('\n');
                                script.push_str(&d.content);
                                script.push_str(&d.name);
                            }
                            v.push(script);
                        } else {
                            v.push(s.clone());
                        }
                        v
                    }
                    CommandLine::Exec(v) => v.clone(),
                };
                let shown = argv.join(" ");
                let args: Vec<(String, String)> = st
                    .scope
                    .args
                    .pairs()
                    .iter()
                    .filter(|(k, _)| st.scope.env.get(k).is_none())
                    .cloned()
                    .collect();
                let prefix = if args.is_empty() {
                    String::new()
                } else {
                    let kv: Vec<String> = args.iter().map(|(k, v)| format!("{k}={v}")).collect();
                    format!("|{} {} ", args.len(), kv.join(" "))
                };
                created_by = if legacy {
                    format!("{prefix}{shown}")
                } else {
                    format!("RUN {prefix}{shown} # buildkit")
                };
                // ENV and ARG values, then a default PATH if neither set one.
                let default_path = st
                    .scope
                    .lookup("PATH")
                    .is_none()
                    .then_some(("PATH", hub::DEFAULT_PATH));
                let env = st.scope.run_env().chain(default_path);
                let cwd = if config.config.working_dir.is_empty() {
                    "/".to_string()
                } else {
                    config.config.working_dir.clone()
                };
                let cred = user_cred(&fs, &config.config.user);
                fs.set_now(self.eng.clock.millis() / 1000);
                fs.set_cred(cred);
                let flavour = sh::shell_flavour(&fs, "/bin/sh").unwrap_or(Flavour::Dash);
                let seed = self.eng.rng.next_u64();
                let mut m = Sandbox {
                    fs,
                    now: self.eng.clock.millis(),
                    rng: Rng::new(seed),
                };
                let registry = crate::programs::registry::<dyn Machine>();
                let shell_state = Shell::docker_run(flavour).with_cwd(&cwd);
                let t0 = m.now;
                let outcome = shell_state.exec_in_env::<dyn Machine>(
                    &mut m,
                    &registry,
                    &argv,
                    b"",
                    sh::environment(env),
                );
                let elapsed = m.now.saturating_sub(t0);
                self.eng.clock.advance(elapsed);
                let mut ran_fs = m.fs;
                ran_fs.set_cred(Cred::default());
                match outcome {
                    Ok(out) => {
                        let text = out.output.text();
                        let lines: Vec<&str> = text.split_inclusive('\n').collect();
                        let n = lines.len().max(1) as u64;
                        for (i, l) in lines.iter().enumerate() {
                            let at = ms0 / 2 + elapsed * (i as u64 + 1) / n;
                            let mut t = l.to_string();
                            if !t.ends_with('\n') {
                                t.push('\n');
                            }
                            self.events.push(Event::Log {
                                step,
                                at_ms: at,
                                text: t,
                            });
                        }
                        if out.status != 0 {
                            return Err(Failure::RunFailed {
                                command: shown,
                                json_command: json_list(&argv),
                                code: out.status,
                            });
                        }
                    }
                    Err(_) => {
                        return Err(Failure::RunStart {
                            command: shown,
                            program: argv.first().cloned().unwrap_or_default(),
                        })
                    }
                }
                fs = ran_fs;
                makes_layer = true;
            }
            CommandKind::Copy(a) | CommandKind::Add(a) => {
                let Some(plan) = copy else {
                    return Err(Failure::Other {
                        message: "copy plan missing".into(),
                    });
                };
                let bytes: u64 = plan.entries.iter().map(|e| e.size()).sum();
                let ms = cost::copy(&mut self.eng.rng, bytes);
                self.eng.clock.advance(ms);
                for d in &plan.mkdirs {
                    let _ = fs.mkdir_all(d, 0o755);
                }
                fs.apply_entries(&plan.entries)
                    .map_err(|e| Failure::Other {
                        message: e.to_string(),
                    })?;
                let word = if matches!(c.kind, CommandKind::Add(_)) {
                    "ADD"
                } else {
                    "COPY"
                };
                created_by = if legacy {
                    format!(
                        "/bin/sh -c #(nop) {word} {}:{} in {} ",
                        plan.what,
                        plan.digest.hex(),
                        plan.dest_shown
                    )
                } else {
                    let _ = a;
                    format!("{} # buildkit", c.original)
                };
                makes_layer = true;
            }
            CommandKind::Workdir(w) => {
                let w = expand(w)?;
                let base = if config.config.working_dir.is_empty() {
                    "/".to_string()
                } else {
                    config.config.working_dir.clone()
                };
                let dir = path::normalize(&path::join(&base, &w));
                config.config.working_dir = dir.clone();
                let ms = self.eng.rng.range(20, 80);
                self.eng.clock.advance(ms);
                fs.set_now(self.eng.clock.millis() / 1000);
                if !fs.is_dir(&dir) {
                    let _ = fs.mkdir_all(&dir, 0o755);
                }
                created_by = if legacy {
                    format!("/bin/sh -c #(nop) WORKDIR {dir}")
                } else {
                    format!("WORKDIR {dir}")
                };
                makes_layer = true;
            }
            other => {
                let ms = cost::copy(&mut self.eng.rng, 0);
                self.eng.clock.advance(ms);
                let bk = self.metadata(other, &mut config, st)?;
                created_by = if legacy {
                    // The legacy builder writes EXPOSE as the port list, the rest as BuildKit does.
                    match bk.strip_prefix("EXPOSE map[") {
                        Some(rest) => {
                            let ports: Vec<&str> = rest
                                .trim_end_matches(']')
                                .split(' ')
                                .map(|p| p.trim_end_matches(":{}"))
                                .collect();
                            nop(&format!("EXPOSE {}", ports.join(" ")))
                        }
                        None => nop(&bk),
                    }
                } else {
                    bk
                };
            }
        }
        let now = self.eng.clock.millis();
        let hist = self.history(created_by, now);
        config.created = hist.created.clone();
        let mut layer = None;
        if makes_layer {
            let entries = layer_entries(&st.fs, &fs);
            if entries.is_empty() {
                config.push_empty(hist);
            } else {
                let (l, packed) = FsLayer::pack(entries).map_err(|e| Failure::Other {
                    message: e.to_string(),
                })?;
                self.eng.store.blobs_mut().insert(packed.blob);
                config.push_layer(l.layer.diff_id, hist);
                layer = Some(Arc::new(l));
            }
        } else {
            config.push_empty(hist);
        }
        let _ = step;
        Ok(Done { fs, layer, config })
    }

    /// Apply a metadata instruction to the config; returns BuildKit's `created_by`.
    fn metadata(
        &mut self,
        kind: &CommandKind,
        config: &mut ImageConfig,
        st: &State,
    ) -> Result<String, Failure> {
        let esc = self.escape;
        let expand = |s: &str| {
            st.scope.expand(s, esc).map_err(|e| Failure::Instruction {
                message: e.to_string(),
            })
        };
        let cmdline = |c: &CommandLine, shell: &[String]| -> Vec<String> {
            match c {
                CommandLine::Exec(v) => v.clone(),
                CommandLine::Shell(s) => {
                    let mut v = if shell.is_empty() {
                        vec!["/bin/sh".to_string(), "-c".to_string()]
                    } else {
                        shell.to_vec()
                    };
                    v.push(s.clone());
                    v
                }
            }
        };
        Ok(match kind {
            CommandKind::Env(pairs) => {
                // The scope already holds the new values (applied before the cache lookup).
                let mut parts = Vec::new();
                for p in pairs {
                    let k = expand(&p.key.text)?;
                    if let Some(v) = st.scope.env.get(&k) {
                        config.config.set_env(&k, v);
                        parts.push(format!("{k}={v}"));
                    }
                }
                format!("ENV {}", parts.join(" "))
            }
            CommandKind::Arg(decls) => {
                let parts: Vec<String> = decls
                    .iter()
                    .map(|d| match &d.default {
                        Some(v) => format!("{}={v}", d.name),
                        None => d.name.clone(),
                    })
                    .collect();
                format!("ARG {}", parts.join(" "))
            }
            CommandKind::Cmd(c) => {
                config.config.cmd = cmdline(c, &config.config.shell);
                format!("CMD {}", go_quote_list(&config.config.cmd))
            }
            CommandKind::Entrypoint(c) => {
                config.config.entrypoint = cmdline(c, &config.config.shell);
                config.config.cmd.clear();
                format!("ENTRYPOINT {}", go_quote_list(&config.config.entrypoint))
            }
            CommandKind::Shell(v) => {
                config.config.shell = v.clone();
                format!("SHELL {}", go_quote_list(v))
            }
            CommandKind::Label(pairs) => {
                let mut parts = Vec::new();
                for p in pairs {
                    let k = expand(&p.key.text)?;
                    let v = expand(&p.value.text)?;
                    parts.push(format!("{k}={v}"));
                    config.config.labels.insert(k, v);
                }
                format!("LABEL {}", parts.join(" "))
            }
            CommandKind::User(u) => {
                let u = expand(u)?;
                config.config.user = u.clone();
                format!("USER {u}")
            }
            CommandKind::Stopsignal(s) => {
                let s = expand(s)?;
                config.config.stop_signal = s.clone();
                format!("STOPSIGNAL {s}")
            }
            CommandKind::Maintainer(m) => {
                config.author = m.clone();
                format!("MAINTAINER {m}")
            }
            CommandKind::Expose(ports) => {
                let mut keys = Vec::new();
                for p in ports {
                    let p = expand(p)?;
                    for w in p.split_whitespace() {
                        let k = exposed_key(w);
                        config.config.exposed_ports.insert(k.clone(), Empty {});
                        keys.push(format!("{k}:{{}}"));
                    }
                }
                format!("EXPOSE map[{}]", keys.join(" "))
            }
            CommandKind::Volume(vols) => {
                let mut out = Vec::new();
                for v in vols {
                    let v = expand(v)?;
                    config.config.volumes.insert(v.clone(), Empty {});
                    out.push(v);
                }
                format!("VOLUME [{}]", out.join(" "))
            }
            CommandKind::Onbuild(t) => {
                config.config.on_build.push(t.clone());
                format!("ONBUILD {t}")
            }
            CommandKind::Healthcheck(h) => {
                match h {
                    instructions::Health::None => {
                        config.config.healthcheck = Some(crate::store::Healthcheck {
                            test: vec!["NONE".into()],
                            ..Default::default()
                        })
                    }
                    instructions::Health::Check {
                        test,
                        interval_ms,
                        timeout_ms,
                        start_period_ms,
                        start_interval_ms,
                        retries,
                    } => {
                        config.config.healthcheck = Some(crate::store::Healthcheck {
                            test: test.clone(),
                            interval: interval_ms * 1_000_000,
                            timeout: timeout_ms * 1_000_000,
                            start_period: start_period_ms * 1_000_000,
                            start_interval: start_interval_ms * 1_000_000,
                            retries: *retries,
                        })
                    }
                }
                match &config.config.healthcheck {
                    Some(h) => format!(
                        "HEALTHCHECK &{{{} {:?} {:?} {:?} {:?} {}}}",
                        go_quote_list(&h.test),
                        go_duration(h.interval),
                        go_duration(h.timeout),
                        go_duration(h.start_period),
                        go_duration(h.start_interval),
                        go_char(h.retries)
                    ),
                    None => "HEALTHCHECK".to_string(),
                }
            }
            _ => String::new(),
        })
    }

    /// Resolve a COPY/ADD: its source files, their checksums and the entries to write.
    fn plan_copy(&mut self, a: &CopyArgs, st: &State, is_add: bool) -> Result<CopyPlan, Failure> {
        let esc = self.escape;
        let expand = |s: &str| {
            st.scope.expand(s, esc).map_err(|e| Failure::Instruction {
                message: e.to_string(),
            })
        };
        let src_fs: Fs = match &a.from {
            None => self.ctx.as_ref().map(|c| c.fs.clone()).unwrap_or_default(),
            Some(f) => {
                let f = expand(f)?;
                let lower = f.to_lowercase();
                let idx = self
                    .stages
                    .iter()
                    .enumerate()
                    .find(|(i, _)| Some(*i).map(|i| i.to_string()) == Some(f.clone()))
                    .map(|(i, _)| i);
                let by_name = self.stage_index_by_name(&lower);
                match by_name.or(idx) {
                    Some(i) => match self.stages.get(i).cloned().flatten() {
                        Some(s) => s.fs,
                        None => return Err(Failure::CopyFrom { from: f }),
                    },
                    None => match self.local_image(&f) {
                        Some(id) => self.image_fs(&id),
                        None => {
                            let rf = reference::parse_normalized(&f)
                                .map_err(|_| Failure::CopyFrom { from: f.clone() })?;
                            let tag = rf.tag_or_latest().unwrap_or("latest").to_string();
                            match hub::lookup(&rf.familiar_name(), &tag) {
                                hub::Lookup::Found(img) => {
                                    let (id, _) = install_hub_image(self.eng, img)?;
                                    self.keep_base(&format!("{}:{tag}", rf.familiar_name()), &id);
                                    self.image_fs(&id)
                                }
                                _ => return Err(Failure::CopyFrom { from: f }),
                            }
                        }
                    },
                }
            }
        };
        let from_context = a.from.is_none();
        let workdir = if st.config.config.working_dir.is_empty() {
            "/".to_string()
        } else {
            st.config.config.working_dir.clone()
        };
        let dest_raw = expand(&a.dest.text)?;
        let dest_dir_form = dest_raw.ends_with('/') || dest_raw == "." || dest_raw.ends_with("/.");
        let dest = path::normalize(&path::join(&workdir, &dest_raw));
        let (uid, gid) = match &a.chown {
            Some(c) => {
                let c = expand(c)?;
                owner_ids(&st.fs, &c)
            }
            None => (0, 0),
        };
        let chmod = match &a.chmod {
            Some(m) => {
                let m = expand(m)?;
                Some(
                    u32::from_str_radix(&m, 8).map_err(|_| Failure::Instruction {
                        message: format!("invalid chmod parameter: {m}"),
                    })?,
                )
            }
            None => None,
        };
        let excludes: Vec<crate::dockerfile::ignore::Ignore> = a
            .exclude
            .iter()
            .map(|p| crate::dockerfile::ignore::Ignore::parse(p))
            .collect();
        // Expand the sources (wildcards against the source tree).
        let mut sources: Vec<String> = Vec::new();
        let mut heredocs: Vec<(String, String)> = Vec::new();
        let mut urls: Vec<(String, String, Vec<u8>)> = Vec::new();
        for s in &a.sources {
            if let Some(name) = s.text.strip_prefix("<<") {
                let name = name
                    .trim_start_matches('-')
                    .trim_matches(|c| c == '"' || c == '\'');
                heredocs.push((name.to_string(), String::new()));
                continue;
            }
            let raw = expand(&s.text)?;
            if is_add && raw.starts_with("git@") {
                return Err(Failure::Other {
                    message: format!("ADD from a git repository is not simulated: {raw}"),
                });
            }
            if is_add && (raw.starts_with("http://") || raw.starts_with("https://")) {
                let host = raw
                    .split("://")
                    .nth(1)
                    .and_then(|r| r.split(['/', ':', '?']).next())
                    .unwrap_or("")
                    .to_string();
                match crate::programs::net::fetch(&raw) {
                    crate::programs::net::Reply::Response(r) if r.status == 200 => {
                        let tail = raw.split('?').next().unwrap_or("").trim_end_matches('/');
                        let name = tail
                            .rsplit('/')
                            .next()
                            .filter(|n| !n.contains("//") && !n.is_empty() && *n != host)
                            .unwrap_or("__unnamed__");
                        urls.push((raw.clone(), name.to_string(), r.body));
                    }
                    crate::programs::net::Reply::Response(r) => {
                        return Err(Failure::UrlStatus {
                            url: raw.clone(),
                            status: r.status,
                            reason: r.reason,
                        })
                    }
                    _ => {
                        return Err(Failure::UrlUnreachable {
                            url: raw.clone(),
                            host,
                        })
                    }
                }
                continue;
            }
            let clean = path::normalize(&format!("/{raw}"));
            let rel = clean.trim_start_matches('/').to_string();
            if rel.contains(['*', '?', '[']) {
                let pat = crate::dockerfile::ignore::Ignore::parse(&format!("/{rel}"));
                let all = src_fs.walk_tree("/").unwrap_or_default();
                let mut found = false;
                for (p, _) in all {
                    let r = p.trim_start_matches('/');
                    if !r.is_empty() && pat.patterns.iter().any(|x| x.matches_exactly(r)) {
                        sources.push(r.to_string());
                        found = true;
                    }
                }
                if !found {
                    return Err(Failure::SourceMissing {
                        path: raw.clone(),
                        reference: self.ref_id(from_context),
                    });
                }
            } else if src_fs.lstat(&clean).is_err() {
                return Err(Failure::SourceMissing {
                    path: raw.clone(),
                    reference: self.ref_id(from_context),
                });
            } else {
                sources.push(rel);
            }
        }
        let total_sources = sources.len() + heredocs.len() + urls.len();
        if total_sources > 1 && !dest_dir_form {
            return Err(Failure::CopyDestination);
        }
        let mut entries: Vec<TarEntry> = Vec::new();
        let mut mkdirs = Vec::new();
        let mut sums = Vec::new();
        let dest_rel = dest.trim_start_matches('/').to_string();
        let join_rel = |a: &str, b: &str| -> String {
            match (a.is_empty(), b.is_empty()) {
                (true, _) => b.to_string(),
                (_, true) => a.to_string(),
                _ => format!("{a}/{b}"),
            }
        };
        let mut what = "file";
        for src in &sources {
            let st_src = src_fs.stat(&format!("/{src}")).ok();
            let is_dir = st_src.as_ref().is_some_and(|s| s.is_dir());
            let target_rel = if is_dir {
                if a.parents {
                    join_rel(&dest_rel, src)
                } else {
                    dest_rel.clone()
                }
            } else if a.parents {
                join_rel(&dest_rel, src)
            } else if dest_dir_form || st.fs.is_dir(&dest) {
                join_rel(&dest_rel, path::file_name(&format!("/{src}")))
            } else {
                dest_rel.clone()
            };
            let local_tar = is_add && !is_dir && {
                let body = src_fs.read(&format!("/{src}")).unwrap_or_default();
                let name = src.to_lowercase();
                name.ends_with(".tar")
                    || name.ends_with(".tar.gz")
                    || name.ends_with(".tgz")
                    || crate::store::is_gzip(&body)
            };
            if local_tar {
                let body = src_fs.read(&format!("/{src}")).unwrap_or_default();
                if let Ok(list) = crate::store::read_layer(&body) {
                    mkdirs.push(format!("/{dest_rel}"));
                    sums.push((src.clone(), Digest::of(&body)));
                    for mut e in list {
                        e.path = join_rel(&dest_rel, &e.path);
                        entries.push(e);
                    }
                    what = "file";
                    continue;
                }
            }
            if is_dir {
                what = "dir";
                mkdirs.push(format!("/{target_rel}"));
            }
            let list = src_fs
                .subtree_entries(&format!("/{src}"), "")
                .unwrap_or_default();
            for mut e in list {
                let srcpath = if is_dir {
                    join_rel(src, &e.path)
                } else {
                    src.clone()
                };
                if excludes
                    .iter()
                    .any(|x| x.matches(&srcpath) || (is_dir && x.matches(&e.path)))
                {
                    continue;
                }
                e.path = if is_dir {
                    join_rel(&target_rel, &e.path)
                } else {
                    target_rel.clone()
                };
                if a.chown.is_some() {
                    e.uid = uid;
                    e.gid = gid;
                } else if from_context {
                    e.uid = 0;
                    e.gid = 0;
                }
                if let Some(m) = chmod {
                    e.mode = m;
                }
                let mut h = format!("{:o} {} {} ", e.mode, e.uid, e.gid);
                if let EntryKind::File(c) = &e.kind {
                    h.push_str(&format!("{} {}", c.size(), Digest::of(c.body())));
                } else if let EntryKind::Symlink(t) = &e.kind {
                    h.push_str(t);
                }
                sums.push((srcpath, Digest::of(h.as_bytes())));
                entries.push(e);
            }
        }
        for (url, name, body) in &urls {
            // ADD of a URL: the file gets mode 0600 unless --chmod says otherwise.
            let rel = if dest_dir_form {
                join_rel(&dest_rel, name)
            } else {
                dest_rel.clone()
            };
            let e = TarEntry::new(&rel, EntryKind::File(Content::bytes(body.clone())))
                .with_mode(chmod.unwrap_or(0o600))
                .with_owner(uid, gid);
            sums.push((url.clone(), Digest::of(body)));
            entries.push(e);
        }
        for (name, _) in &heredocs {
            let content = self
                .heredocs
                .iter()
                .find(|d| d.name == *name)
                .map(|d| {
                    if d.expand {
                        // Variables expand; quotes and escapes stay as written.
                        let lexer = crate::dockerfile::words::Lexer {
                            raw_quotes: true,
                            raw_escapes: true,
                            ..crate::dockerfile::words::Lexer::new(esc)
                        };
                        lexer
                            .process_word(&d.chomped(), &st.scope)
                            .map(|e| e.value)
                            .unwrap_or_else(|_| d.chomped())
                    } else {
                        d.chomped()
                    }
                })
                .unwrap_or_default();
            let rel = if dest_dir_form {
                join_rel(&dest_rel, name)
            } else {
                dest_rel.clone()
            };
            let e = TarEntry::new(&rel, EntryKind::File(Content::bytes(content.into_bytes())))
                .with_owner(uid, gid);
            sums.push((format!("<<{name}"), Digest::of(rel.as_bytes())));
            entries.push(e);
        }
        if sources.len() > 1 {
            what = "multi";
        }
        crate::sort::sort(&mut sums);
        let mut h = String::new();
        for (p, d) in &sums {
            h.push_str(&format!("{p} {d}\n"));
        }
        let flags_key = format!(
            "chown={:?} chmod={:?} dest={dest}",
            a.chown.as_ref().map(|_| (uid, gid)),
            chmod
        );
        Ok(CopyPlan {
            entries,
            mkdirs,
            sums,
            digest: Digest::of(h.as_bytes()),
            what,
            dest_shown: if dest_dir_form && !dest.ends_with('/') {
                format!("{dest}/")
            } else {
                dest
            },
            flags_key,
        })
    }

    /// The here-documents of a command of the main Dockerfile, read again from its text
    /// (the typed command keeps only the `<<NAME` words).
    fn heredocs_of(&self, c: &Command, trigger: bool) -> Vec<dockerfile::Heredoc> {
        if trigger {
            return Vec::new();
        }
        let Some(slice) = self
            .ctx
            .as_ref()
            .and_then(|x| x.dockerfile.get(c.span.start..c.span.end))
        else {
            return Vec::new();
        };
        if !slice.contains("<<") {
            return Vec::new();
        }
        let p = dockerfile::parse(slice);
        let docs = p
            .file
            .instructions()
            .next()
            .map(|i| i.heredocs.clone())
            .unwrap_or_default();
        docs
    }

    fn stage_index_by_name(&self, lower: &str) -> Option<usize> {
        let text = self.ctx.as_ref()?.dockerfile.clone();
        let p = dockerfile::parse(&text);
        let df = instructions::check(&text, &p);
        df.stages
            .iter()
            .find(|s| s.name.as_deref() == Some(lower))
            .map(|s| s.index)
    }

    /// A BuildKit cache ref as the docker driver names them (`moby::<25 base-36 chars>`).
    fn ref_id(&mut self, _ctx: bool) -> String {
        const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
        let id: String = (0..25)
            .map(|_| ALPHABET[self.eng.rng.below(36) as usize] as char)
            .collect();
        format!("moby::{id}")
    }

    fn export(&mut self, last: State) -> Result<Built, Failure> {
        let config = last.config.clone();
        let layers: Vec<Layer> = last.layers.iter().map(|l| l.layer).collect();
        for l in &last.layers {
            if !self.eng.store.blobs().contains(&l.layer.digest) {
                if let Ok(p) = crate::store::pack(&l.entries) {
                    self.eng.store.blobs_mut().insert(p.blob);
                }
            }
        }
        let existed = self.eng.store.get(&config.id()).is_some();
        let id = match self.eng.store.add(config, layers) {
            Ok(id) => id,
            Err(e) => {
                return self.fail(Failure::Other {
                    message: e.to_string(),
                })
            }
        };
        self.eng.rootfs.insert(id, last.fs.clone());
        let mut tags = Vec::new();
        let mut names = Vec::new();
        let mut dangling = Vec::new();
        for t in &self.req.tags {
            let Ok(rf) = reference::parse_normalized(t) else {
                continue;
            };
            let familiar = format!(
                "{}:{}",
                rf.familiar_name(),
                rf.tag_or_latest().unwrap_or("latest")
            );
            if let Ok(Some(prev)) = self.eng.store.tag(&familiar, &id) {
                if self.eng.store.tags_of(&prev).is_empty() && !dangling.contains(&prev) {
                    dangling.push(prev);
                }
            }
            names.push(rf.full());
            tags.push(familiar);
        }
        let ms = if existed {
            self.eng.rng.range(5, 30)
        } else {
            self.eng.rng.range(60, 400)
        };
        self.eng.clock.advance(ms);
        self.events.push(Event::Exported {
            image: id,
            names,
            tags: tags.clone(),
            ms,
            reused: existed,
        });
        Ok(Built { id, tags, dangling })
    }
}

/// Where a stage starts.
#[derive(Clone, Debug)]
enum Base {
    Scratch,
    Stage(usize),
    Image(String),
}

/// A resolved COPY/ADD.
struct CopyPlan {
    entries: Vec<TarEntry>,
    mkdirs: Vec<String>,
    sums: Vec<(String, Digest)>,
    digest: Digest,
    what: &'static str,
    dest_shown: String,
    flags_key: String,
}

/// Why a base image cannot be pulled from the hub, if it cannot.
fn unresolvable(r: &str) -> Option<Failure> {
    let rf = reference::parse_normalized(r).ok()?;
    let tag = rf.tag_or_latest().unwrap_or("latest").to_string();
    let familiar = format!("{}:{tag}", rf.familiar_name());
    let found = if rf.domain == reference::DEFAULT_DOMAIN {
        hub::lookup(&rf.familiar_name(), &tag)
    } else {
        hub::Lookup::NoRepo
    };
    match found {
        hub::Lookup::Found(_) => None,
        hub::Lookup::Retired(_) | hub::Lookup::NoTag => Some(Failure::NoTag {
            reference: familiar,
            full: rf.full(),
        }),
        hub::Lookup::NoRepo => Some(Failure::NoRepository {
            reference: r.to_string(),
            full: rf.full(),
            repo: rf.familiar_name(),
        }),
    }
}

fn kind_of(k: &CommandKind) -> StepKind {
    match k {
        CommandKind::Run { .. } => StepKind::Run,
        CommandKind::Copy(_) | CommandKind::Add(_) => StepKind::Copy,
        CommandKind::Workdir(_) => StepKind::Workdir,
        _ => StepKind::Metadata,
    }
}

fn env_pairs(c: &ImageConfig) -> Vec<(String, String)> {
    c.config
        .env
        .iter()
        .filter_map(|kv| {
            kv.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
        })
        .collect()
}
