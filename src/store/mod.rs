//! Content-addressed storage: sha256 digests, deterministic tar layers, gzip blobs, OCI config and
//! manifest JSON, and a blob store with reference counting and garbage collection.
