//! DL3061: an instruction before the first FROM (other than ARG).
use super::prelude::*;

super::rule!(Hadolint, "DL3061", Error, "Dockerfile must begin with FROM or ARG",
    what: "Flags instructions before the first FROM, other than ARG.",
    why: "Until FROM there is no image to work on, so Docker rejects RUN, COPY and the rest there. Only ARGs for the FROM line may come first.",
    fix: "RUN pip install flask\nFROM python:3.12  →  FROM python:3.12\nRUN pip install flask");

fn check(cx: &Ctx, out: &mut Out) {
    for n in cx.nodes.iter().take_while(|n| n.ins.kind != Keyword::From) {
        if n.ins.kind != Keyword::Arg {
            out.report(n.line(), n.span(), "Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.");
        }
    }
}
