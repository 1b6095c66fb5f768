//! DL3032: no `yum clean all` after yum installs packages.
use super::prelude::*;
use super::util::{has_cache_mount, subcommand};

super::rule!(Hadolint, "DL3032", Warning, "Clean the yum cache",
    what: "Flags a RUN with `yum install` that does not also run `yum clean all` (a cache mount on `/var/cache/yum` also satisfies it).",
    why: "yum keeps downloaded packages and metadata in `/var/cache/yum`. Unless the same RUN cleans them, they ship in the layer and make the image larger for nothing.",
    fix: "RUN yum install -y httpd  →  RUN yum install -y httpd && yum clean all");

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let tools: &[&str] = &["yum"];
        let installs = s.cmds.iter().any(|c| tools.contains(&c.name.as_str()) && subcommand(c, &[]) == Some("install"));
        if !installs || has_cache_mount(n.effective(), "/var/cache/yum") {
            continue;
        }
        let cleans = s.cmds.iter().any(|c| tools.contains(&c.name.as_str()) && c.has_arg("clean") && c.has_arg("all"))
            || s.named("rm").any(|c| c.args.iter().any(|a| a.starts_with("/var/cache/yum")));
        if !cleans {
            let fix = cx.script_span(n.effective(), Span::empty(s.text.len()))
                .map(|at| Fix::one("clean the cache in the same RUN", at, " && yum clean all"));
            out.report_fix(n.line(), n.span(), "`yum clean all` missing after yum command.", fix);
        }
    }
}
