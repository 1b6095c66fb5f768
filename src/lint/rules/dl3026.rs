//! DL3026: FROM an untrusted registry (only with a configured list of trusted registries).
use super::prelude::*;

super::rule!(Hadolint, "DL3026", Error, "Use only an allowed registry in FROM",
    what: "With a list of trusted registries configured, flags a FROM image from any other registry. The playground has no such list, so the rule never fires here.",
    why: "Teams that mirror or vet their base images want every build to pull from those mirrors, never straight from the internet.",
    fix: "FROM randomuser/python:3  →  FROM registry.example.com/python:3.12",
    config: true);

fn check(_: &Ctx, _: &mut Out) {}
