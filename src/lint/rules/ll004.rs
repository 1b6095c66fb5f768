//! LL004: EXPOSE does not match the port the app listens on.
use super::prelude::*;

super::rule!(Teaching, "LL004", Warning, "EXPOSE does not match the app's port",
    what: "Flags a stage whose CMD or ENTRYPOINT starts a server on a known port (flask run: 5000 unless --port/-p says otherwise; gunicorn -b; uvicorn --port; python -m http.server) that no EXPOSE lists.",
    why: "EXPOSE is documentation: it tells `docker run -P` and readers which port the app uses. Listing the wrong one sends people to a port where nothing answers. It never publishes anything by itself; you still need `docker run -p HOST:CONTAINER`.",
    fix: "EXPOSE 80\nCMD [\"flask\", \"run\", \"--host=0.0.0.0\"]  →  EXPOSE 5000");

/// The port a start command listens on, when it can be told from the words.
pub fn app_port(words: &[String]) -> Option<u32> {
    let name = words.iter().position(|w| !w.contains('=') || w.starts_with('-'))?;
    let w = &words[name..];
    let flag = |names: &[&str]| -> Option<String> {
        for (i, a) in w.iter().enumerate() {
            for n in names {
                if a == n {
                    return w.get(i + 1).cloned();
                }
                if let Some(v) = a.strip_prefix(&format!("{n}=")) {
                    return Some(v.to_string());
                }
            }
        }
        None
    };
    let base = w.first()?.rsplit('/').next()?.to_string();
    let port = |s: String| s.rsplit(':').next().and_then(|p| p.parse::<u32>().ok());
    match base.as_str() {
        "flask" if w.get(1).is_some_and(|a| a == "run") => {
            flag(&["--port", "-p"]).map_or(Some(5000), port)
        }
        "gunicorn" => flag(&["-b", "--bind"]).map_or(Some(8000), port),
        "uvicorn" => flag(&["--port"]).map_or(Some(8000), port),
        b if b.starts_with("python") && w.get(1).is_some_and(|a| a == "-m") && w.get(2).is_some_and(|a| a == "http.server") => {
            w.get(3).and_then(|p| p.parse().ok()).or(Some(8000))
        }
        _ => None,
    }
}

/// The words of a CMD or ENTRYPOINT (shell form split by the shell parser).
pub fn start_words(ins: &Instruction) -> Vec<String> {
    if ins.json {
        return ins.args.iter().map(|a| a.text.clone()).collect();
    }
    let text = ins.args.iter().map(|a| a.text.as_str()).collect::<Vec<_>>().join(" ");
    let s = Script::parse(&text);
    match s.cmds.first() {
        Some(c) => std::iter::once(c.name.clone()).chain(c.args.iter().cloned()).collect(),
        None => Vec::new(),
    }
}

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let nodes = cx.stage_nodes(st.index);
        let exposes: Vec<&Node> = nodes.iter().filter(|n| n.ins.kind == Keyword::Expose).collect();
        let Some(first) = exposes.first() else { continue };
        let start = nodes.iter().rev().find(|n| matches!(n.ins.kind, Keyword::Cmd | Keyword::Entrypoint));
        let Some(start) = start else { continue };
        let Some(port) = app_port(&start_words(start.ins)) else { continue };
        let listed = exposes.iter().flat_map(|n| n.ins.args.iter()).any(|a| {
            a.text.split('/').next().and_then(|p| p.parse::<u32>().ok()) == Some(port)
        });
        if !listed {
            out.report(
                first.line(),
                first.span(),
                format!(
                    "the app started on line {} listens on port {port}, but EXPOSE does not list it; EXPOSE only documents the port, publish it with docker run -p {port}:{port}",
                    start.line()
                ),
            );
        }
    }
}
