//! `docker tag` / `docker image tag`: point a new name at an image, with the client's reference
//! checks worded as docker words them.

use super::images::{lookup, no_such_image};
use super::{Args, Parsed, Spec};
use crate::dockerfile::reference;
use crate::sh::Invocation;
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "image tag",
    usage: "SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]",
    short: "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE",
    aliases: &["tag"],
    flags: &[],
    args: Args::Exact(2),
    interspersed: true,
    run,
};

/// The store key of a tag reference: `user/app:latest`, or the error docker's client gives.
pub fn tag_key(target: &str) -> Result<String, String> {
    let r = reference::parse_normalized(target).map_err(|e| {
        format!("Error parsing reference: \"{target}\" is not a valid repository/tag: {e}")
    })?;
    if r.digest.is_some() {
        return Err("refusing to create a tag with a digest reference".into());
    }
    Ok(format!(
        "{}:{}",
        r.familiar_name(),
        r.tag_or_latest().unwrap_or("latest")
    ))
}

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let (source, target) = (&p.args[0], &p.args[1]);
    let hex = source.strip_prefix("sha256:").unwrap_or(source);
    let valid_source = reference::parse_normalized(source).is_ok()
        || (hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()));
    if !valid_source {
        let e = reference::parse_normalized(source)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        inv.err(format!(
            "Error parsing reference: \"{source}\" is not a valid repository/tag: {e}\n"
        ));
        return 1;
    }
    let key = match tag_key(target) {
        Ok(k) => k,
        Err(e) => {
            inv.err(format!("{e}\n"));
            return 1;
        }
    };
    let store = &mut inv.machine.daemon.engine.store;
    let Some(id) = lookup(store, source) else {
        inv.err(no_such_image(source));
        return 1;
    };
    match store.tag(&key, &id) {
        Ok(_) => 0,
        Err(e) => {
            inv.err(format!("Error response from daemon: {e}\n"));
            1
        }
    }
}
