//! The container runtime: containers and their lifecycle, processes, logs, exit codes and port
//! bindings, and the HTTP path from the host's published ports to the servers inside.

pub mod apps;

use crate::programs::net::{HttpRequest, HttpResponse};
use crate::store::Digest;
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

impl Runtime {
    /// Short IDs (12 hex) of the containers, running or stopped, created from image `image`,
    /// running ones first: what `docker rmi` refuses over and `system df` counts as active.
    /// The runtime holds no containers yet, so no image is in use.
    pub fn containers_using(&self, image: &Digest) -> Vec<String> {
        let _ = image;
        Vec::new()
    }

    /// Short IDs of the running containers created from image `image`.
    pub fn running_using(&self, image: &Digest) -> Vec<String> {
        let _ = image;
        Vec::new()
    }

    /// How many containers there are: (running, paused, stopped), for `docker info`.
    pub fn container_counts(&self) -> (usize, usize, usize) {
        (0, 0, 0)
    }
}
