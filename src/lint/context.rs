//! What every rule reads: the instructions in order with their stage, each RUN parsed by the
//! shell parser once, the stages with their names, bases and OS family, and span helpers.

use super::shell::Script;
use crate::dockerfile::ignore::Ignore;
use crate::dockerfile::{reference, File, Instruction, Keyword, Parse, Token};
use crate::internet::hub::{self, OsFamily};
use crate::text::{LineIndex, Span};

/// The package world of a base image, as far as the linter needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// Debian or Ubuntu: apt-get and dpkg.
    Debian,
    /// Alpine: apk.
    Alpine,
    /// Red Hat and friends: yum, dnf, microdnf.
    Rpm,
    /// openSUSE and SLES: zypper.
    Suse,
    /// No package manager at all (scratch, busybox, distroless).
    Bare,
    /// Not known.
    Unknown,
}

impl Family {
    /// A short human name.
    pub fn name(self) -> &'static str {
        match self {
            Family::Debian => "Debian/Ubuntu",
            Family::Alpine => "Alpine",
            Family::Rpm => "Red Hat-family",
            Family::Suse => "SUSE",
            Family::Bare => "package-manager-less",
            Family::Unknown => "unknown",
        }
    }
}

/// An instruction in the file, with its stage and, for RUN, the parsed command.
#[derive(Debug)]
pub struct Node<'a> {
    /// The instruction (for ONBUILD: the ONBUILD itself; see [`Node::run`]).
    pub ins: &'a Instruction,
    /// The stage it belongs to (None before the first FROM; a FROM belongs to its own stage).
    pub stage: Option<usize>,
    /// For RUN and ONBUILD RUN: the command through the shell parser.
    pub script: Option<Script>,
}

impl<'a> Node<'a> {
    /// The instruction that does the work: the trigger of an ONBUILD, else the instruction.
    pub fn effective(&self) -> &'a Instruction {
        match (&self.ins.kind, &self.ins.trigger) {
            (Keyword::Onbuild, Some(t)) => t,
            _ => self.ins,
        }
    }

    /// The first line.
    pub fn line(&self) -> usize {
        self.ins.start_line
    }

    /// The span of the instruction without its line ending (keyword to end of arguments).
    pub fn span(&self) -> Span {
        Span::new(
            self.ins.keyword.span.start,
            self.ins.rest.end.max(self.ins.keyword.span.end),
        )
    }

    /// Whether this is an ONBUILD.
    pub fn is_onbuild(&self) -> bool {
        self.ins.kind == Keyword::Onbuild
    }
}

/// A build stage.
#[derive(Debug)]
pub struct StageInfo<'a> {
    /// Position, from 0.
    pub index: usize,
    /// The FROM instruction.
    pub from: &'a Instruction,
    /// Index of the FROM in [`Ctx::nodes`].
    pub node: usize,
    /// One past the last node of the stage.
    pub end: usize,
    /// The base as written (`python:3`, `$BASE`, `builder`).
    pub image: &'a Token,
    /// The `AS` name as written.
    pub name: Option<&'a Token>,
    /// The earlier stage this one is built on, when the base names one.
    pub parent: Option<usize>,
    /// The package world of the base, through parent stages.
    pub family: Family,
    /// The catalog's image for the base (through parent stages), when it knows it.
    pub catalog: Option<&'static hub::Image>,
}

impl StageInfo<'_> {
    /// The name, lower-cased.
    pub fn name_lower(&self) -> Option<String> {
        self.name.map(|t| t.text.to_lowercase())
    }
}

/// The linter's view of one Dockerfile.
pub struct Ctx<'a> {
    /// The source text.
    pub src: &'a str,
    /// The lossless tree.
    pub file: &'a File,
    /// Every instruction, in order.
    pub nodes: Vec<Node<'a>>,
    /// Every stage, in order.
    pub stages: Vec<StageInfo<'a>>,
    /// Line starts.
    pub lines: LineIndex,
    /// The build context's `.dockerignore`, when known.
    pub dockerignore: Option<&'a Ignore>,
    /// The parser's warnings (NoEmptyContinuation comes from there).
    pub parse_warnings: &'a [crate::diag::Diagnostic],
    /// The ARGs before the first FROM, with their defaults as written.
    pub meta_args: Vec<(String, Option<String>)>,
}

impl<'a> Ctx<'a> {
    /// Build the view.
    pub fn new(src: &'a str, parse: &'a Parse, dockerignore: Option<&'a Ignore>) -> Ctx<'a> {
        let file = &parse.file;
        let mut nodes = Vec::new();
        let mut stages: Vec<StageInfo<'a>> = Vec::new();
        for ins in file.instructions() {
            if ins.kind == Keyword::From {
                if let Some(s) = stages.last_mut() {
                    s.end = nodes.len();
                }
                let index = stages.len();
                if let Some(image) = ins.args.first() {
                    let name = (ins.args.len() >= 3).then(|| &ins.args[2]);
                    let lower = image.text.to_lowercase();
                    let parent = stages
                        .iter()
                        .position(|s| s.name.is_some_and(|n| n.text.to_lowercase() == lower));
                    let (family, catalog) = match parent {
                        Some(p) => (stages[p].family, stages[p].catalog),
                        None => (image_family(&image.text), catalog_image(&image.text)),
                    };
                    stages.push(StageInfo {
                        index,
                        from: ins,
                        node: nodes.len(),
                        end: nodes.len() + 1,
                        image,
                        name,
                        parent,
                        family,
                        catalog,
                    });
                }
            }
            let stage = stages.len().checked_sub(1);
            let eff = match (&ins.kind, &ins.trigger) {
                (Keyword::Onbuild, Some(t)) => &**t,
                _ => ins,
            };
            let script = (eff.kind == Keyword::Run).then(|| run_script(eff));
            nodes.push(Node { ins, stage, script });
        }
        if let Some(s) = stages.last_mut() {
            s.end = nodes.len();
        }
        let meta_args = nodes
            .iter()
            .take_while(|n| n.ins.kind != Keyword::From)
            .filter(|n| n.ins.kind == Keyword::Arg)
            .flat_map(|n| n.ins.args.iter())
            .map(|a| match a.text.split_once('=') {
                Some((k, v)) => (k.to_string(), Some(v.to_string())),
                None => (a.text.clone(), None),
            })
            .collect();
        Ctx {
            src,
            file,
            nodes,
            stages,
            lines: LineIndex::new(src),
            dockerignore,
            parse_warnings: &parse.diagnostics,
            meta_args,
        }
    }

    /// The nodes of a stage, its FROM first.
    pub fn stage_nodes(&self, stage: usize) -> &[Node<'a>] {
        match self.stages.get(stage) {
            Some(s) => self.nodes.get(s.node..s.end).unwrap_or(&[]),
            None => &[],
        }
    }

    /// Every RUN and ONBUILD RUN with its parsed command.
    pub fn runs(&self) -> impl Iterator<Item = (&Node<'a>, &Script)> {
        self.nodes
            .iter()
            .filter_map(|n| n.script.as_ref().map(|s| (n, s)))
    }

    /// The nodes whose effective instruction is `kind` (ONBUILD triggers included).
    pub fn of_kind(&self, kind: Keyword) -> impl Iterator<Item = &Node<'a>> {
        self.nodes
            .iter()
            .filter(move |n| n.effective().kind == kind)
    }

    /// The stage named `name` (case-insensitive) defined before stage `before`.
    pub fn earlier_stage(&self, name: &str, before: usize) -> Option<&StageInfo<'a>> {
        let lower = name.to_lowercase();
        self.stages
            .iter()
            .take(before)
            .find(|s| s.name.is_some_and(|n| n.text.to_lowercase() == lower))
    }

    /// The source offset of byte `at` of a token's text, for tokens whose text was joined
    /// across continuation lines; None when the text cannot be lined up with the source.
    pub fn source_offset(&self, token: &Token, at: usize) -> Option<usize> {
        let raw = self.src.get(token.span.start..token.span.end)?;
        if raw == token.text {
            return (at <= raw.len()).then_some(token.span.start + at);
        }
        // Walk both texts: the source has extra bytes (escape + newline, comment lines).
        let text = token.text.as_bytes();
        let rb = raw.as_bytes();
        let mut j = 0;
        for (i, &b) in text.iter().enumerate() {
            while j < rb.len() && rb[j] != b {
                j += 1;
            }
            if j >= rb.len() {
                return None;
            }
            if i == at {
                return Some(token.span.start + j);
            }
            j += 1;
        }
        (at == text.len()).then_some(token.span.start + j)
    }

    /// The source span of a piece of a RUN's script text (`None` for heredoc scripts or
    /// text that does not line up).
    pub fn script_span(&self, ins: &Instruction, piece: Span) -> Option<Span> {
        if ins.json || !ins.heredocs.is_empty() {
            return None;
        }
        let token = ins.args.first()?;
        let start = self.source_offset(token, piece.start)?;
        let end = self.source_offset(token, piece.end)?;
        Some(Span::new(start, end))
    }
}

/// The script of a RUN: exec form as one command; a bare `<<EOF` runs the heredoc body; other
/// heredocs are appended so the shell parser sees them where the shell would.
fn run_script(ins: &Instruction) -> Script {
    if ins.json {
        let argv: Vec<String> = ins.args.iter().map(|a| a.text.clone()).collect();
        return Script::exec(&argv);
    }
    let text = ins
        .args
        .iter()
        .map(|a| a.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    if ins.heredocs.is_empty() {
        return Script::parse(text);
    }
    let bare = text.trim();
    if bare.starts_with("<<") && !bare.contains(char::is_whitespace) {
        if let Some(h) = ins.heredocs.first() {
            return Script::parse(h.chomped());
        }
    }
    let mut full = text;
    full.push('\n');
    for h in &ins.heredocs {
        full.push_str(&h.content);
        full.push_str(&h.name);
        full.push('\n');
    }
    Script::parse(full)
}

/// The catalog's image for a FROM text (retired tags included), if the catalog has it.
pub fn catalog_image(image: &str) -> Option<&'static hub::Image> {
    if image.contains('$') {
        return None;
    }
    let r = reference::parse_normalized(&image.to_lowercase()).ok()?;
    let tag = r.tag.clone().unwrap_or_else(|| "latest".to_string());
    hub::repo(&r.familiar_name()).and_then(|repo| repo.tag(&tag))
}

/// The package world of an image, from the catalog, or guessed from its name and tag.
pub fn image_family(image: &str) -> Family {
    if image == "scratch" {
        return Family::Bare;
    }
    if image.contains('$') {
        return Family::Unknown;
    }
    let lower = image.to_lowercase();
    let (name, tag) = match reference::parse_normalized(&lower) {
        Ok(r) => (
            r.familiar_name(),
            r.tag.clone().unwrap_or_else(|| "latest".to_string()),
        ),
        Err(_) => return Family::Unknown,
    };
    if let Some(img) =
        hub::image(&name, &tag).or_else(|| hub::repo(&name).and_then(|r| r.tag(&tag)))
    {
        return match img.os.family {
            OsFamily::Debian | OsFamily::Ubuntu => Family::Debian,
            OsFamily::Alpine => Family::Alpine,
            OsFamily::OracleLinux => Family::Rpm,
            OsFamily::Busybox | OsFamily::Scratch => Family::Bare,
        };
    }
    guess_family(&name, &tag)
}

/// A guess from the name and tag alone, for images the catalog does not know.
fn guess_family(name: &str, tag: &str) -> Family {
    let last = name.rsplit('/').next().unwrap_or(name);
    let has = |w: &str| tag.split(['-', '.', '_']).any(|p| p.starts_with(w));
    if last == "alpine" || has("alpine") {
        return Family::Alpine;
    }
    if matches!(last, "ubuntu" | "debian")
        || [
            "bookworm", "bullseye", "buster", "stretch", "trixie", "jammy", "focal", "noble",
            "bionic", "slim",
        ]
        .iter()
        .any(|w| has(w))
    {
        return Family::Debian;
    }
    if matches!(
        last,
        "centos"
            | "fedora"
            | "rockylinux"
            | "almalinux"
            | "oraclelinux"
            | "amazonlinux"
            | "ubi"
            | "ubi8"
            | "ubi9"
            | "ubi-minimal"
            | "rhel"
    ) {
        return Family::Rpm;
    }
    if last.starts_with("opensuse") || last == "sles" || last == "leap" || last == "tumbleweed" {
        return Family::Suse;
    }
    if matches!(last, "busybox" | "hello-world" | "scratch") || name.contains("distroless") {
        return Family::Bare;
    }
    Family::Unknown
}
