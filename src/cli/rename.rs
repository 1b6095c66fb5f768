//! `docker rename` / `docker container rename`: give a container a new name, with docker's
//! errors for a missing container, a bad name and a name in use.

use super::{Args, Parsed, Spec};
use crate::sh::Invocation;
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "container rename",
    usage: "CONTAINER NEW_NAME",
    short: "Rename a container",
    aliases: &["rename"],
    flags: &[],
    args: Args::Exact(2),
    interspersed: true,
    run,
};

fn run(inv: &mut Invocation<'_, Host>, p: &Parsed) -> i32 {
    let (old, new) = (p.args[0].clone(), p.args[1].clone());
    let rt = &mut inv.machine.daemon.runtime;
    let new = new.strip_prefix('/').unwrap_or(&new).to_string();
    let err = match rt.find(&old) {
        Err(_) => Some(format!("No such container: {old}")),
        Ok(_) if new.trim().is_empty() => {
            Some("Error when allocating new name: Invalid container name (), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed".to_string())
        }
        Ok(_) if !crate::runtime::valid_name(&new) => Some(format!(
            "Error when allocating new name: Invalid container name ({new}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed"
        )),
        Ok(i) => match rt.containers().iter().find(|c| c.name == new) {
            Some(other) if rt.get(i).is_some_and(|c| c.id == other.id) => {
                Some("Renaming a container with the same name as its current name".to_string())
            }
            Some(other) => Some(format!(
                "Error when allocating new name: Conflict. The container name \"/{new}\" is already in use by container \"{}\". You have to remove (or rename) that container to be able to reuse that name.",
                other.id
            )),
            None => {
                rt.rename(i, &new);
                None
            }
        },
    };
    match err {
        Some(e) => {
            inv.err(format!("Error response from daemon: {e}\n"));
            1
        }
        None => 0,
    }
}
