//! The simulated internet, all compiled in: the Docker Hub catalog, package indexes and git repositories.
