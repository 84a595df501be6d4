#!/usr/bin/env bash
# Bundle size report: raw / gzip / brotli of the loader, the glue and the wasm in dist/ (or
# the folder given), against bench/size-baseline.json; prints a "WARNING:" line for any
# artifact that grew more than 10 %. Never fails the build (SIZE_STRICT=1 makes it fail).
# Record a new baseline on purpose: bash scripts/size-report.sh dist --update
set -euo pipefail
cd "$(dirname "$0")/.."
node bench/sizes.mjs "$@"
