//! LL010: CMD or ENTRYPOINT uses a path under a folder that differs from where COPY put the app.
use super::prelude::*;

super::rule!(Teaching, "LL010", Warning, "Start command points at a folder nothing was copied to",
    what: "Flags an absolute path in CMD or ENTRYPOINT (also in `VAR=/path` assignments) whose folder was never a COPY/ADD destination or WORKDIR, when a destination with a very similar name exists, such as COPY to /opt/sour_code and ENTRYPOINT using /opt/source_code.",
    why: "A typo between the COPY destination and the start command builds fine and fails only when the container starts, with \"No such file or directory\". The build gives no hint, so the mistake is hard to spot.",
    fix: "COPY . /opt/sour_code\nENTRYPOINT FLASK_APP=/opt/source_code/app.py flask run  →  COPY . /opt/source_code");

fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()]
}

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let nodes = cx.stage_nodes(st.index);
        let mut dests: Vec<String> = Vec::new();
        for n in nodes {
            let ins = n.ins;
            let d = match ins.kind {
                Keyword::Copy | Keyword::Add => ins.args.last().map(|t| t.text.clone()),
                Keyword::Workdir => ins.args.first().map(|t| t.text.clone()),
                _ => None,
            };
            if let Some(d) = d.filter(|d| d.starts_with('/')) {
                dests.push(d.trim_end_matches('/').to_string());
            }
        }
        for n in nodes.iter().filter(|n| matches!(n.ins.kind, Keyword::Cmd | Keyword::Entrypoint)) {
            let words = if n.ins.json {
                n.ins.args.iter().map(|a| a.text.clone()).collect()
            } else {
                let text = n.ins.args.iter().map(|a| a.text.as_str()).collect::<Vec<_>>().join(" ");
                let s = Script::parse(&text);
                let mut w: Vec<String> = s.cmds.iter().flat_map(|c| std::iter::once(c.name.clone()).chain(c.args.iter().cloned())).collect();
                // Assignments before the command (`FLASK_APP=/path flask run`) carry paths too.
                w.extend(text.split_whitespace().filter_map(|t| t.split_once('=').map(|(_, v)| v.to_string())));
                w
            };
            for w in words.iter().filter_map(|w| w.split_once('=').map(|(_, v)| v.to_string()).or(Some(w.clone()))) {
                if !w.starts_with('/') || w.starts_with("/bin/") || w.starts_with("/usr/bin/") || w.starts_with("/usr/local/bin/") {
                    continue;
                }
                if dests.iter().any(|d| w == *d || w.starts_with(&format!("{d}/")) || d.is_empty()) {
                    continue;
                }
                // Compare with each destination over the same number of path components.
                let close = dests.iter().find(|d| {
                    let depth = d.matches('/').count();
                    let prefix: String = w.split_inclusive('/').take(depth + 1).collect::<String>();
                    let prefix = prefix.trim_end_matches('/');
                    let dist = distance(prefix, d);
                    dist > 0 && dist <= 3
                });
                if let Some(d) = close {
                    out.report(
                        n.line(),
                        n.span(),
                        format!("{w} is not under any folder this stage copies to; did you mean {d}? (the build succeeds, but the container fails to start)"),
                    );
                    break;
                }
            }
        }
    }
}
