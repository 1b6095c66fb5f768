//! LL002: `COPY . .` before the dependency install, which re-installs on every code change.
use super::prelude::*;

super::rule!(Teaching, "LL002", Warning, "Copy the dependency list before the code",
    what: "Flags a COPY of the whole build context (`COPY . .`) that comes before the step installing dependencies (`pip install -r`, `npm install`/`npm ci`, `bundle install`, `go mod download`) in the same stage. The fix copies only the dependency list first and the rest after the install.",
    why: "Docker reuses a cached layer only while everything before it is unchanged. With `COPY . .` first, editing one line of app.py changes that layer, so the install below it runs again on every build and takes minutes instead of milliseconds. Copying requirements.txt alone first keeps the install cached until the dependencies really change.",
    fix: "COPY . .\nRUN pip install -r requirements.txt\n  →  COPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .");

/// The file an install step reads, and whether the step is one.
fn manifest(s: &Script) -> Option<String> {
    for c in &s.cmds {
        let pip = c.name == "pip" || c.name.starts_with("pip3") || c.name.starts_with("python");
        if pip && c.has_arg("install") {
            let i = c.args.iter().position(|a| a == "-r" || a == "--requirement")?;
            return c.args.get(i + 1).cloned();
        }
        if matches!(c.name.as_str(), "npm" | "yarn" | "pnpm")
            && c.operands(&[]).first().is_some_and(|s| matches!(*s, "install" | "ci" | "i"))
            && c.operands(&[]).len() == 1
        {
            return Some("package*.json".to_string());
        }
        if c.name == "bundle" && c.has_arg("install") {
            return Some("Gemfile Gemfile.lock".to_string());
        }
        if c.name == "go" && c.args.len() >= 2 && c.args[0] == "mod" && c.args[1] == "download" {
            return Some("go.mod go.sum".to_string());
        }
    }
    None
}

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let nodes = cx.stage_nodes(st.index);
        for (i, n) in nodes.iter().enumerate() {
            let ins = n.ins;
            if ins.kind != Keyword::Copy || ins.json || ins.flags.iter().any(|f| f.name() == "from") {
                continue;
            }
            let [src, dest] = ins.args.as_slice() else { continue };
            if !matches!(src.text.as_str(), "." | "./") {
                continue;
            }
            let Some((run, file)) = nodes[i + 1..]
                .iter()
                .find_map(|r| r.script.as_ref().filter(|_| r.ins.kind == Keyword::Run).and_then(|s| manifest(s).map(|m| (r, m))))
            else {
                continue;
            };
            // Several files (or a wildcard) need a destination folder written with `/`.
            let needs_slash = file.contains([' ', '*']) && !dest.text.ends_with('/');
            let line_end = cx.src[run.ins.span.start..run.ins.span.end].ends_with('\n');
            let after = if line_end { String::new() } else { "\n".to_string() };
            let fix = Fix {
                title: format!("copy {file} first, the rest after the install"),
                edits: vec![
                    crate::lint::Edit { span: src.span, replacement: file.clone() },
                    crate::lint::Edit {
                        span: Span::empty(dest.span.end),
                        replacement: if needs_slash { "/".to_string() } else { String::new() },
                    },
                    crate::lint::Edit {
                        span: Span::empty(run.ins.span.end),
                        replacement: format!("{after}COPY . {}\n", dest.text),
                    },
                ],
            };
            out.report_fix(
                n.line(),
                n.span(),
                format!(
                    "COPY . copies all your code before the install on line {}, so any code change re-runs the install; copy {file} first and the rest after it",
                    run.line()
                ),
                Some(fix),
            );
        }
    }
}
