//! DL4001: both wget and curl are used.
use super::prelude::*;

super::rule!(Hadolint, "DL4001", Warning, "Either use wget or curl, not both",
    what: "Flags a RUN that uses wget or curl in a stage where the other tool has been used too (from the RUN where both have appeared).",
    why: "Both tools do the same job. Installing and using two of them makes the image larger and the Dockerfile harder to read.",
    fix: "RUN wget -q https://…  and  RUN curl -fsSL https://…  →  use curl for both");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let (mut wget, mut curl) = (false, false);
        for n in cx.stage_nodes(st.index) {
            let Some(s) = n.script.as_ref().filter(|_| n.ins.kind == Keyword::Run) else { continue };
            let (w, c) = (s.named("wget").next().is_some(), s.named("curl").next().is_some());
            wget |= w;
            curl |= c;
            if (w || c) && wget && curl {
                out.report(n.line(), n.span(), "Either use Wget or Curl but not both");
            }
        }
    }
}
