//! Build events: the one stream the executor emits and both output styles (and the UI) read.

use std::sync::Arc;

use super::cache::Explanation;
use crate::store::Digest;

/// What kind of instruction a step runs (for the renderers and the UI's icons).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind {
    /// `FROM`: the base image (or an earlier stage, or `scratch`).
    From,
    /// `RUN`: a container ran a command.
    Run,
    /// `COPY` or `ADD`: files went into a layer.
    Copy,
    /// `WORKDIR`: a directory was made (BuildKit shows it as a step).
    Workdir,
    /// Everything else: only the image config changes.
    Metadata,
}

/// Where a step sits in the build, as each builder numbers it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepInfo {
    /// BuildKit's stage label: the stage name, `stage-N` for an unnamed stage of a
    /// multi-stage file, or nothing in a single-stage file.
    pub stage: Option<String>,
    /// BuildKit's `[i/n]` position within the stage (FROM is 1), 0 for a metadata step.
    pub index: usize,
    /// BuildKit's `n`: FROM plus the RUN, COPY, ADD and WORKDIR steps of the stage.
    pub total: usize,
    /// The legacy builder's `Step n/N` (every instruction counts), 0 for an ONBUILD trigger.
    pub legacy_no: usize,
    /// The legacy builder's `N`.
    pub legacy_total: usize,
    /// The instruction as the builders print it (`WORKDIR /usr/src/app`).
    pub text: String,
    /// What it does.
    pub kind: StepKind,
    /// Whether the stage is needed for the target (BuildKit skips the others; the legacy
    /// builder builds every stage up to the target).
    pub needed: bool,
    /// An ONBUILD trigger of the base image, run right after FROM.
    pub trigger: bool,
    /// The Dockerfile lines the instruction covers (for error frames), when it has any.
    pub lines: Option<(usize, usize)>,
}

impl StepInfo {
    /// The BuildKit vertex name: `[2/4] WORKDIR /usr/src/app`, `[builder 1/3] FROM …`.
    pub fn vertex_name(&self, text: &str) -> String {
        match &self.stage {
            Some(s) => format!("[{s} {}/{}] {text}", self.index, self.total),
            None => format!("[{}/{}] {text}", self.index, self.total),
        }
    }

    /// Whether BuildKit shows this step as a vertex of its own.
    pub fn is_vertex(&self) -> bool {
        self.needed && self.kind != StepKind::Metadata
    }
}

/// One layer of a pull, as the progress lines show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PulledLayer {
    /// The blob digest.
    pub digest: Digest,
    /// Compressed bytes downloaded.
    pub compressed: u64,
    /// Simulated milliseconds the download took.
    pub download_ms: u64,
    /// Simulated milliseconds the extraction took.
    pub extract_ms: u64,
}

/// Why a build stopped. The renderers word each the way its builder does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The context path does not exist.
    ContextMissing { path: String },
    /// The context path is a file (`docker build Dockerfile`).
    ContextNotDirectory { path: String, absolute: String },
    /// No Dockerfile where the build looked for it.
    DockerfileMissing { name: String, absolute: String },
    /// The Dockerfile exists but is empty.
    DockerfileEmpty { name: String },
    /// The front end rejected the Dockerfile (first error; `line` from 1, 0 when none).
    Parse { message: String, line: usize },
    /// `--target` names no stage.
    TargetMissing { target: String },
    /// The base image reference is invalid.
    BadReference { reference: String, message: String },
    /// No such repository on the hub.
    NoRepository {
        reference: String,
        full: String,
        repo: String,
    },
    /// The repository has no such tag (or the tag was removed).
    NoTag { reference: String, full: String },
    /// `FROM --platform=…` asks for a platform the simulated hub does not have (every
    /// catalog image is linux/amd64 only).
    Platform {
        reference: String,
        full: String,
        platform: String,
    },
    /// A COPY/ADD source is not in the context (missing or excluded by .dockerignore).
    SourceMissing { path: String, reference: String },
    /// Several sources but the destination is not a directory ending in `/`.
    CopyDestination,
    /// A COPY --from stage or image that is not there.
    CopyFrom { from: String },
    /// A RUN command exited non-zero (`command` as `/bin/sh -c …` or the exec words).
    RunFailed {
        command: String,
        json_command: String,
        code: i32,
    },
    /// The command's program could not be started (exec form or no shell in the image).
    RunStart { command: String, program: String },
    /// `ADD <url>` got an HTTP status other than 200.
    UrlStatus {
        url: String,
        status: u16,
        reason: String,
    },
    /// `ADD <url>`: the host does not resolve or refuses.
    UrlUnreachable { url: String, host: String },
    /// A variable expansion or flag value was invalid.
    Instruction { message: String },
    /// Anything else, with one text for both builders.
    Other { message: String },
}

/// One event of a build, in the order it happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// The client read the Dockerfile and collected the context.
    Context {
        /// The Dockerfile name as the build prints it (`Dockerfile`, `docker/app.Dockerfile`).
        dockerfile: String,
        /// The Dockerfile text (for error frames).
        text: Arc<str>,
        /// Bytes of the `.dockerignore`, when there is one.
        ignore_bytes: Option<u64>,
        /// Bytes of the context tar the legacy client sends.
        tar_bytes: u64,
        /// Bytes of file content BuildKit transfers.
        transfer_bytes: u64,
    },
    /// BuildKit resolved a base image's metadata.
    Metadata { reference: String, ms: u64 },
    /// BuildKit could not resolve a base image; the build stops. `line` is the FROM line.
    MetadataFailed {
        reference: String,
        failure: Failure,
        line: usize,
    },
    /// BuildKit loaded the build context (before the first step that copies from it).
    LoadContext { bytes: u64 },
    /// A step began.
    StepStarted { step: usize, info: StepInfo },
    /// The base image was pulled from the hub.
    Pulled {
        step: usize,
        /// As written on the FROM line after expansion (`python:3`).
        reference: String,
        /// The tag pulled.
        tag: String,
        /// The repository path on the registry (`library/python`).
        path: String,
        /// The full name (`docker.io/library/python:3`).
        full: String,
        /// The manifest digest.
        digest: Digest,
        layers: Vec<PulledLayer>,
    },
    /// The base image's ONBUILD triggers are about to run.
    Triggers { step: usize, count: usize },
    /// The legacy builder started a container for the step.
    Container { step: usize, id: String },
    /// A line of the step's output (with its newline), `at_ms` after the step started.
    Log {
        step: usize,
        at_ms: u64,
        text: String,
    },
    /// The step's result came from the cache.
    Cached { step: usize, build: u32 },
    /// The legacy builder removed the step's container.
    ContainerRemoved { step: usize, id: String },
    /// The step finished: with the legacy builder the intermediate image it produced (its
    /// config's ID), with BuildKit the step's cache key (BuildKit has no intermediate images);
    /// its simulated duration; and why it ran or was cached.
    StepFinished {
        step: usize,
        image: Digest,
        ms: u64,
        explanation: Explanation,
    },
    /// The step failed; the build stops.
    StepFailed {
        step: usize,
        ms: u64,
        failure: Failure,
    },
    /// The build failed outside a step (context, parse, target).
    Failed { failure: Failure },
    /// The image was written and named.
    Exported {
        image: Digest,
        /// Full names (`docker.io/library/catnip:latest`).
        names: Vec<String>,
        /// Familiar names (`catnip:latest`).
        tags: Vec<String>,
        ms: u64,
        /// Whether every layer was already there (BuildKit then prints `exporting layers done`).
        reused: bool,
    },
}
