//! DL3040: no `dnf clean all` after dnf installs packages.
use super::prelude::*;
use super::util::{has_cache_mount, subcommand};

super::rule!(Hadolint, "DL3040", Warning, "Clean the dnf cache",
    what: "Flags a RUN with `dnf install` that does not also run `dnf clean all` (a cache mount on `/var/cache/dnf` also satisfies it).",
    why: "dnf keeps downloaded packages and metadata in `/var/cache/dnf`. Unless the same RUN cleans them, they ship in the layer and make the image larger for nothing.",
    fix: "RUN dnf install -y httpd  →  RUN dnf install -y httpd && dnf clean all");

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let tools: &[&str] = &["dnf", "microdnf"];
        let installs = s.cmds.iter().any(|c| tools.contains(&c.name.as_str()) && subcommand(c, &[]) == Some("install"));
        if !installs || has_cache_mount(n.effective(), "/var/cache/dnf") {
            continue;
        }
        let cleans = s.cmds.iter().any(|c| tools.contains(&c.name.as_str()) && c.has_arg("clean") && c.has_arg("all"))
            || s.named("rm").any(|c| c.args.iter().any(|a| a.starts_with("/var/cache/dnf")));
        if !cleans {
            let fix = cx.script_span(n.effective(), Span::empty(s.text.len()))
                .map(|at| Fix::one("clean the cache in the same RUN", at, " && dnf clean all"));
            out.report_fix(n.line(), n.span(), "`dnf clean all` missing after dnf command.", fix);
        }
    }
}
