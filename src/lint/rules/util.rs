//! Helpers several rules share: quotes, users, image tags, RUN flags, package arguments.

use super::prelude::*;

/// The text without one pair of surrounding quotes.
pub fn unquote(s: &str) -> &str {
    for q in ['"', '\''] {
        if s.len() >= 2 && s.starts_with(q) && s.ends_with(q) {
            return &s[1..s.len() - 1];
        }
    }
    s
}

/// Whether a USER value means root (`root`, `0`, `root:grp`, `0:0`).
pub fn is_root(user: &str) -> bool {
    let u = unquote(user.trim());
    let name = u.split(':').next().unwrap_or(u);
    name == "root" || name == "0"
}

/// The tag and digest of an image text, split the way Docker does (a `:` after the last `/`).
pub fn tag_of(image: &str) -> (Option<&str>, Option<&str>) {
    let (rest, digest) = match image.split_once('@') {
        Some((r, d)) => (r, Some(d)),
        None => (image, None),
    };
    // Like hadolint: everything after the first `:` is the tag, so a registry port
    // (`localhost:5000/app`) reads as a tag.
    (rest.split_once(':').map(|(_, t)| t), digest)
}

/// The values of a RUN's `--mount` flags.
pub fn mounts(ins: &Instruction) -> Vec<&str> {
    ins.flags
        .iter()
        .filter(|f| f.name() == "mount")
        .filter_map(|f| f.value())
        .collect()
}

/// Whether the RUN has a cache mount whose target starts with `dir`.
pub fn has_cache_mount(ins: &Instruction, dir: &str) -> bool {
    mounts(ins).iter().any(|m| {
        let mut cache = false;
        let mut target = "";
        for kv in m.split(',') {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            match k {
                "type" => cache = v == "cache",
                "target" | "dst" | "destination" => target = v,
                _ => {}
            }
        }
        cache && target.starts_with(dir)
    })
}

/// The packages of `<tool> … <sub> pkg…`: the operands after the subcommand.
pub fn packages_after<'c>(cmd: &'c Cmd, subs: &[&str], takes_value: &[&str]) -> Vec<&'c str> {
    let ops = cmd.operands(takes_value);
    match ops.iter().position(|o| subs.contains(o)) {
        Some(i) => ops[i + 1..].to_vec(),
        None => Vec::new(),
    }
}

/// The first operand, the subcommand (`install` in `apt-get -y install x`).
pub fn subcommand<'c>(cmd: &'c Cmd, takes_value: &[&str]) -> Option<&'c str> {
    crate::lint::shell::operands(&cmd.args, takes_value).next()
}

/// Where to insert a flag right after the subcommand word of `cmd` in the source, when the
/// RUN's text lines up with the source.
pub fn after_word(cx: &Ctx, ins: &Instruction, cmd: &Cmd, word: &str) -> Option<usize> {
    let i = cmd.args.iter().position(|a| a == word)?;
    let span = cmd.spans.get(i + 1)?;
    cx.script_span(ins, *span).map(|s| s.end)
}

/// The ENV names a stage has set up to node `upto` (through parent stages).
pub fn env_set_before(cx: &Ctx, stage: usize, upto: usize, name: &str) -> bool {
    let Some(st) = cx.stages.get(stage) else {
        return false;
    };
    let here = cx.nodes[st.node..upto.min(cx.nodes.len())]
        .iter()
        .any(|n| n.ins.kind == Keyword::Env && n.ins.args.chunks(3).any(|kv| kv[0].text == name));
    here || st
        .parent
        .is_some_and(|p| env_set_before(cx, p, cx.stages[p].end, name))
}

/// The `pip install` commands of a script: `pip`, `pip3`, `pip3.12`, and `python -m pip`, each
/// as the words after `install`... returned as (command, index of the `install` argument).
pub fn pip_installs(s: &Script) -> Vec<(&Cmd, usize)> {
    let mut out = Vec::new();
    for c in &s.cmds {
        let is_pip = c.name == "pip" || c.name.starts_with("pip3") || c.name == "pip2";
        let start = if is_pip {
            Some(0)
        } else if c.name.starts_with("python") {
            c.args
                .windows(2)
                .position(|w| w[0] == "-m" && w[1] == "pip")
                .map(|i| i + 2)
        } else {
            None
        };
        if let Some(start) = start {
            if let Some(i) = c.args.iter().skip(start).position(|a| !a.starts_with('-')) {
                if c.args[start + i] == "install" {
                    out.push((c, start + i));
                }
            }
        }
    }
    out
}

/// Whether an rpm package name carries a version (`httpd-2.4.57`) or is a file.
pub fn rpm_pinned(p: &str) -> bool {
    let b = p.as_bytes();
    p.ends_with(".rpm")
        || p.starts_with('$')
        || p.contains('/')
        || b.windows(2).any(|w| w[0] == b'-' && w[1].is_ascii_digit())
}

/// The package operands of `<tool> install …` for yum/dnf-style tools.
pub fn rpm_install_packages(c: &Cmd) -> Vec<&str> {
    packages_after(
        c,
        &["install", "groupinstall", "localinstall"],
        &[
            "--setopt",
            "--enablerepo",
            "--disablerepo",
            "--installroot",
            "--releasever",
            "-c",
            "--config",
        ],
    )
}
