#!/usr/bin/env bash
# Dependency hygiene, offline: licenses, banned crates, sources (deny.toml).
# Installs cargo-deny when missing (a one-time ~10-minute build on 2 cores).
# Advisories need a network fetch of the advisory database: run
# `cargo deny check advisories` where the network is available.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-deny >/dev/null || cargo install cargo-deny --locked --no-default-features
cargo deny check licenses bans sources
