//! The container runtime: containers and their lifecycle, processes, logs, exit codes and port
//! bindings, and the HTTP path from the host's published ports to the servers inside.

use crate::programs::net::{HttpRequest, HttpResponse};
use crate::world::Host;

/// The daemon's containers.
#[derive(Debug, Default)]
pub struct Runtime {}

/// A request from the host to one of its own addresses (`curl localhost:8888`): the container
/// that publishes the port answers, or `None` when nothing listens there (connection refused).
pub fn http_from_host(host: &mut Host, req: &HttpRequest) -> Option<HttpResponse> {
    let _ = (host, req);
    None
}
