#!/usr/bin/env bash
# Sets up the tools, builds the widget and serves the demo article on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
source scripts/env.sh
exec node scripts/serve.mjs "${PORT:-8080}"
