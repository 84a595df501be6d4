#!/usr/bin/env bash
# The benchmark of issues 7 and 13, in one command: builds the widget (trunk release, offline,
# into bench/dist-widget/ so dist/ is left alone), the D3 baseline (esbuild) and the static SVG
# baseline (our renderer, `h200-data render`), serves the three pages on 127.0.0.1
# (precompressed brotli/gzip) and measures them in headless Chromium (RUNS loads of each,
# interleaved, without and with 4x CPU throttling), then Lighthouse 12 (mobile) LH_RUNS times
# on each page. Prints the goals of issue 13 with PASS/FAIL and writes bench/RESULTS.md; then
# the bundle size report against bench/size-baseline.json.
#
#   ./scripts/bench.sh                 (about 8-10 minutes on 2 cores with a warm cargo cache)
#   RUNS=5 ./scripts/bench.sh          (quick look; the issue asks for >= 15)
#   LH_RUNS=0 ./scripts/bench.sh       (no Lighthouse; default 3 runs per page)
#   BENCH_SKIP_BUILD=1 ./scripts/bench.sh   (reuse bench/dist-widget/)
#   BENCH_REF=HEAD ./scripts/bench.sh  (build a clean snapshot of a commit, not the working tree
#                                       that others may be editing; shares target/ for deps)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
for tool in trunk wasm-bindgen wasm-opt node; do
  command -v "$tool" >/dev/null || { echo "bench: $tool not found: run scripts/setup.sh" >&2; exit 1; }
done
[ -x node_modules/.bin/esbuild ] && [ -x node_modules/.bin/lighthouse ] || { echo "bench: npm packages missing: run scripts/setup.sh" >&2; exit 1; }
export RUNS=${RUNS:-15}

ROOT=$(pwd)
if [ -n "${BENCH_REF:-}" ]; then
  BENCH_REF=$(git rev-parse --short "$BENCH_REF")
  export BENCH_REF
  export BENCH_SRC=$ROOT/bench/src-snapshot
  rm -rf "$BENCH_SRC" && mkdir -p "$BENCH_SRC"
  git archive "$BENCH_REF" | tar -x -C "$BENCH_SRC"
  export CARGO_TARGET_DIR=$ROOT/target/bench-snapshot
  echo "== snapshot of commit $BENCH_REF in bench/src-snapshot/"
fi
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "== widget: trunk build --release (into bench/dist-widget/)"
  t0=$(date +%s)
  (cd "${BENCH_SRC:-$ROOT}" && trunk build --release --offline --dist "$ROOT/bench/dist-widget")
  echo "   built in $(( $(date +%s) - t0 )) s"
fi
echo "== baselines (D3 with esbuild, static SVG) and pages"
node bench/build.mjs bench/dist-widget
echo "== benchmark: $RUNS runs per page and CPU setting"
node bench/run.mjs
echo "== bundle size"
node bench/sizes.mjs bench/dist/widget   # as shipped: the glue minified
