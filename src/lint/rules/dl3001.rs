//! DL3001: interactive or system tools that make no sense in a build step.
use super::prelude::*;

super::rule!(Hadolint, "DL3001", Info, "Tool makes no sense in a build",
    what: "Flags RUN commands that call interactive or machine-management tools: ssh, vim, shutdown, service, ps, free, top, kill, mount, ifconfig.",
    why: "A build step has no terminal, no running services and no other processes to look at. These tools either hang, do nothing useful, or only make sense in a running container.",
    fix: "RUN service nginx start  →  CMD [\"nginx\", \"-g\", \"daemon off;\"]");

const TOOLS: &[&str] = &["free", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim", "ifconfig"];

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        if s.cmds.iter().any(|c| TOOLS.contains(&c.name.as_str())) {
            out.report(n.line(), n.span(), "For some bash commands it makes no sense running them in a Docker container like `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`");
        }
    }
}
