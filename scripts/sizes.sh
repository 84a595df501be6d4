#!/usr/bin/env bash
# Prints the size of what a reader downloads: raw and gzip -9 bytes per file.
set -euo pipefail
cd "$(dirname "$0")/.."
printf '%-36s %10s %10s\n' file raw gzip
total_raw=0; total_gz=0
for f in dist/h200-map.js dist/pkg/*.js dist/pkg/*.wasm dist/pkg/*/*.js dist/pkg/*/*.wasm assets/world.geo data/h200.json; do
  [ -f "$f" ] || continue
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  printf '%-36s %10d %10d\n' "$f" "$raw" "$gz"
  case "$f" in dist/*) total_raw=$((total_raw+raw)); total_gz=$((total_gz+gz));; esac
done
printf '%-36s %10d %10d\n' "total downloaded (dist)" "$total_raw" "$total_gz"
echo "(assets/world.geo and data/h200.json are embedded in the .wasm; listed for reference)"
