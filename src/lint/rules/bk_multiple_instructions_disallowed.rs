//! BuildKit's MultipleInstructionsDisallowed: several CMD, ENTRYPOINT or HEALTHCHECK in a stage.
use super::prelude::*;

super::rule!(Buildkit, "MultipleInstructionsDisallowed", Warning, "One CMD, ENTRYPOINT and HEALTHCHECK per stage",
    what: "Flags every CMD, ENTRYPOINT or HEALTHCHECK that a later one of the same kind in the same stage overrides.",
    why: "Only the last one takes effect. The earlier ones look like they do something and do not.",
    fix: "CMD [\"python\", \"./app.py\"]\nCMD [\"/bin/bash\", \"echo\", \"Hello World\"]  →  keep only the one you mean");

fn check(cx: &Ctx, out: &mut Out) {
    for st in &cx.stages {
        let nodes = cx.stage_nodes(st.index);
        for kind in [Keyword::Cmd, Keyword::Entrypoint, Keyword::Healthcheck] {
            let all: Vec<&Node> = nodes.iter().filter(|n| n.ins.kind == kind).collect();
            for n in all.iter().take(all.len().saturating_sub(1)) {
                out.report(n.line(), n.span(), format!("Multiple {} instructions should not be used in the same stage because only the last one will be used", kind.name()));
            }
        }
    }
}
