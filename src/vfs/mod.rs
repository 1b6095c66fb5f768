//! The in-memory filesystem: files, directories and symlinks with metadata, overlays of layers,
//! whiteouts, diffs, and snapshots that turn into layer tars.
