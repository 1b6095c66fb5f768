//! `docker version`: the client and the simulated daemon, in docker's layout.

use super::{Args, Parsed, Spec, API_VERSION, CLIENT_COMMIT, CLIENT_VERSION};
use crate::sh::Invocation;
use crate::world::Host;

pub const SPEC: Spec = Spec {
    path: "version",
    usage: "[OPTIONS]",
    short: "Show the Docker version information",
    aliases: &[],
    flags: &[],
    args: Args::None,
    interspersed: true,
    run,
};

fn run(inv: &mut Invocation<'_, Host>, _: &Parsed) -> i32 {
    let built = "Wed Jan 22 13:41:48 2025";
    inv.out(format!(
        "Client:\n \
         Version:           {CLIENT_VERSION}\n \
         API version:       {API_VERSION}\n \
         Go version:        go1.22.11\n \
         Git commit:        {CLIENT_COMMIT}\n \
         Built:             {built}\n \
         OS/Arch:           linux/amd64\n \
         Context:           default\n\n\
         Server: layerlab (a simulated Docker Engine)\n \
         Engine:\n  \
         Version:          {CLIENT_VERSION}\n  \
         API version:      {API_VERSION} (minimum version 1.24)\n  \
         Go version:       go1.22.11\n  \
         Git commit:       4c9b3b0\n  \
         Built:            {built}\n  \
         OS/Arch:          linux/amd64\n  \
         Experimental:     false\n \
         containerd:\n  \
         Version:          1.7.25\n \
         runc:\n  \
         Version:          1.2.4\n"
    ));
    0
}
