//! LL003: a package manager that does not exist in the base image (`apk` on Debian, …).
use super::prelude::*;

super::rule!(Teaching, "LL003", Error, "Package manager does not match the base image",
    what: "Flags apt-get/apt on Alpine, apk on Debian or Ubuntu, and yum/dnf/zypper on either. The base image's family comes from the image catalog, or from its name and tag when the catalog does not know it.",
    why: "Each distribution has its own package manager and its own package names. Alpine has no apt-get and Debian has no apk, so the RUN fails with \"not found\". Mixing up tutorials written for different base images is the usual cause.",
    fix: "FROM python:3.12-alpine\nRUN apt-get install -y gcc  →  RUN apk add --no-cache gcc");

fn owner(tool: &str) -> Option<Family> {
    Some(match tool {
        "apt-get" | "apt" | "dpkg" => Family::Debian,
        "apk" => Family::Alpine,
        "yum" | "dnf" | "microdnf" | "rpm" => Family::Rpm,
        "zypper" => Family::Suse,
        _ => return None,
    })
}

fn advice(family: Family) -> &'static str {
    match family {
        Family::Debian => "use apt-get",
        Family::Alpine => "use apk add --no-cache",
        Family::Rpm => "use dnf or yum",
        Family::Suse => "use zypper",
        _ => "pick a base image that has a package manager",
    }
}

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let Some(st) = n.stage.and_then(|i| cx.stages.get(i)) else { continue };
        if matches!(st.family, Family::Unknown) {
            continue;
        }
        let Some(c) = s.cmds.iter().find(|c| owner(&c.name).is_some_and(|f| f != st.family)) else { continue };
        let tool_family = owner(&c.name).unwrap_or(Family::Unknown);
        out.report(
            n.line(),
            n.span(),
            format!(
                "`{}` is the {} package manager, but {} is {}: this RUN fails with \"{}: not found\"; {}",
                c.name,
                tool_family.name(),
                st.image.text,
                match st.family {
                    Family::Bare => "an image without a package manager".to_string(),
                    f => format!("{}-based", f.name()),
                },
                c.name,
                advice(st.family)
            ),
        );
    }
}
