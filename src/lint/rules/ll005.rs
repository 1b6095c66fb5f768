//! LL005: a note on the first EXPOSE: it documents a port, it does not publish it.
use super::prelude::*;

super::rule!(Teaching, "LL005", Info, "EXPOSE does not publish the port",
    what: "Notes, once per Dockerfile, on the EXPOSE of the final stage that EXPOSE alone does not make the app reachable.",
    why: "Many first-timers expect EXPOSE 5000 to make http://localhost:5000 work. It only records the port in the image; the container is reachable from the host only when `docker run` publishes the port with `-p 5000:5000` (or `-P`).",
    fix: "EXPOSE 5000   (keep it)  +  docker run -p 5000:5000 my-image");

fn check(cx: &Ctx, out: &mut Out) {
    let Some(st) = cx.stages.last() else { return };
    if let Some(n) = cx.stage_nodes(st.index).iter().find(|n| n.ins.kind == Keyword::Expose) {
        let ports: Vec<&str> = n.ins.args.iter().map(|a| a.text.split('/').next().unwrap_or("")).collect();
        let p = ports.first().copied().unwrap_or("5000");
        out.report(
            n.line(),
            n.span(),
            format!("EXPOSE documents the port but does not publish it: run the container with -p {p}:{p} to reach it from the host"),
        );
    }
}
