#!/usr/bin/env bash
# Release build of the widget into dist/ (trunk, offline, with the installed tools).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release --offline "$@"
node scripts/embed-dist.mjs   # content-hashed pkg/<hash>/, table pages, manifest
bash scripts/sizes.sh && bash scripts/size-report.sh   # WARNING on a >10 % size regression
