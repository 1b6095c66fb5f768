//! DL3008: `apt-get install` of packages without a pinned version.
use super::prelude::*;
use super::util::packages_after;

super::rule!(Hadolint, "DL3008", Warning, "Pin versions in apt-get install",
    what: "Flags `apt-get install` naming a package without `=version` (local `.deb` files and `pkg/release` are fine).",
    why: "Without a version the build installs whatever the mirror has today. Two builds of the same Dockerfile can then contain different software, and an upstream update can break your image without any change on your side.",
    fix: "apt-get install -y curl  →  apt-get install -y curl=7.88.1-10+deb12u8");

/// apt-get options that take a separate value.
pub const APT_VALUE_FLAGS: &[&str] = &["-o", "-t", "-c", "--option", "--target-release", "--config-file", "--default-release"];

fn check(cx: &Ctx, out: &mut Out) {
    for (n, s) in cx.runs() {
        let unpinned = s.named("apt-get").any(|c| {
            packages_after(c, &["install"], APT_VALUE_FLAGS)
                .iter()
                .any(|p| !(p.contains('=') || p.ends_with(".deb") || p.contains('/')))
        });
        if unpinned {
            out.report(n.line(), n.span(), "Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`");
        }
    }
}
