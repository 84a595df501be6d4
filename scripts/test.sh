#!/usr/bin/env bash
# Sets up the tools and runs every check and test: formatting, clippy (native and wasm32),
# native cargo tests, browser component tests (wasm-bindgen-test in headless Chromium),
# a release build with trunk, and the end-to-end tests on the demo article (Playwright).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format and lint"
cargo fmt --all -- --check
cargo clippy --all-targets --offline -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --test web --offline -- -D warnings

step "native tests (core, dataset, geometry, CLI)"
# --include-ignored: the geometry pipeline test needs the npm inputs setup.sh installed.
cargo test --offline -- --include-ignored

step "browser component tests (wasm-bindgen-test, headless Chromium)"
cargo test --offline --target wasm32-unknown-unknown --test web

step "release build (trunk)"
bash scripts/build.sh

step "end-to-end tests (Chromium via Playwright; embed tests also in Firefox ESR and WebKitGTK via WebDriver)"
node --test --test-concurrency=1 tests/e2e/
