//! The Dockerfile front end: BuildKit conformance, golden cases, and property tests.

mod cli;
mod conformance;
mod props;
mod suite;
