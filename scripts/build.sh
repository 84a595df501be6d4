#!/usr/bin/env bash
# Release build of the widget into dist/ (trunk, offline, with the installed tools).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
# Validate the dataset first: a bad dataset stops here with its errors, before trunk
# replaces dist/ (the previous good build stays served).
cargo run -q --offline --bin h200-data -- check data/h200.json
trunk build --release --offline "$@"
node scripts/minify-glue.mjs dist/pkg/h200-map.js   # the wasm-bindgen glue (before it is hashed)
node scripts/embed-dist.mjs   # content-hashed pkg/<hash>/, table pages, manifest
node scripts/snapshot.mjs   # pkg/<hash>/snapshot.<lang>.html + h200-map.css, the loader's measured heights
node scripts/minify-glue.mjs dist/h200-map.js   # the loader, once its @build: lines are written
node scripts/precompress.mjs dist   # FILE.br (brotli q11) and FILE.gz (gzip -9) beside each file
bash scripts/sizes.sh
if [ -f scripts/size-report.sh ]; then bash scripts/size-report.sh; fi   # WARNING on a >10 % size regression
