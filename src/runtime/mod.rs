//! The container runtime: the models of the server processes containers run (`apps`).
pub mod apps;
