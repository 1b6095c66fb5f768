//! DL3046: `useradd` with a high UID and without `-l`.
use super::prelude::*;

super::rule!(Hadolint, "DL3046", Warning, "useradd with a high UID needs -l",
    what: "Flags `useradd -u UID` with a large UID but without `-l` (`--no-log-init`).",
    why: "useradd reserves space for the user in the lastlog and faillog files, which are indexed by UID. A UID in the millions makes a sparse file of gigabytes that Docker stores in full in the layer.",
    fix: "RUN useradd -u 123456 app  →  RUN useradd -l -u 123456 app");

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let bad = s.named("useradd").any(|c| {
            if c.has_any(&["-l", "--no-log-init"]) || c.has_short('l') {
                return false;
            }
            let mut uid = None;
            for (i, a) in c.args.iter().enumerate() {
                if a == "-u" || a == "--uid" {
                    uid = c.args.get(i + 1).map(String::as_str);
                } else if let Some(v) = a.strip_prefix("--uid=") {
                    uid = Some(v);
                } else if let Some(v) = a.strip_prefix("-u").filter(|v| !v.is_empty() && !a.starts_with("--")) {
                    uid = Some(v);
                }
            }
            uid.is_some_and(|u| u.len() > 5 && u.bytes().all(|b| b.is_ascii_digit()))
        });
        if bad {
            out.report(n.line(), n.span(), "`useradd` without flag `-l` and high UID will result in excessively large Image.");
        }
    }
}
