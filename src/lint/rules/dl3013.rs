//! DL3013: `pip install` of packages without pinned versions.
use super::prelude::*;
use super::util::pip_installs;
use crate::lint::shell::operands;

super::rule!(Hadolint, "DL3013", Warning, "Pin versions in pip",
    what: "Flags `pip install NAME` where a package has no version specifier. A requirements file (`-r`), a constraints file, local paths, wheels, archives and VCS URLs are fine.",
    why: "An unpinned package resolves to the newest release at build time. Flask 3 removed things Flask 1 tutorials rely on: an unpinned install can turn a working tutorial into a broken one overnight.",
    fix: "RUN pip install flask  →  RUN pip install flask==3.0.3   (or pin them all in requirements.txt)");

const VALUE_FLAGS: &[&str] = &[
    "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url",
    "--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--src",
    "--platform", "--python-version", "--implementation", "--abi", "--trusted-host",
    "--cache-dir", "--progress-bar", "--upgrade-strategy", "--only-binary", "--no-binary",
    "--global-option", "--install-option", "--log", "--proxy", "--retries", "--timeout",
    "--exists-action", "--cert", "--client-cert", "--report",
];

/// Whether a pip requirement is pinned (or not a registry name at all).
pub fn pinned(p: &str) -> bool {
    let p = super::util::unquote(p);
    ["==", ">=", "<=", "~=", "!=", "<", ">", "@"].iter().any(|s| p.contains(s))
        || p.contains('/')
        || p.starts_with('.')
        || p.starts_with('$')
        || [".whl", ".tar.gz", ".zip", ".tgz"].iter().any(|e| p.ends_with(e))
}

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let bad = pip_installs(s)
            .iter()
            .any(|(c, i)| operands(&c.args[i + 1..], VALUE_FLAGS).any(|p| !pinned(p)));
        if bad {
            out.report(n.line(), n.span(), "Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`");
        }
    }
}
