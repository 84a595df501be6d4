#!/usr/bin/env bash
# Size exploration: builds the wasm under several [profile.release] settings (through
# CARGO_PROFILE_RELEASE_* variables, so Cargo.toml is not touched) and runs wasm-opt at
# several levels on each, then prints raw / gzip -9 / brotli q11 sizes of the final
# _bg.wasm. The choice of profile and wasm-opt level is made on the COMPRESSED sizes.
#
#   bash bench/size-matrix.sh [SRC_DIR]        (default: this checkout)
#   PROFILES="z:fat:1 s:fat:1" LEVELS="0 z s" bash bench/size-matrix.sh /tmp/snapshot
#
# PROFILES: opt-level:lto:codegen-units triples. LEVELS: wasm-opt -O levels, 0 = no wasm-opt.
# Outputs go to bench/matrix/ (gitignored); a name-section build for twiggy is kept as
# bench/matrix/<profile>/names.wasm (wasm-bindgen output before wasm-opt).
# Slow: one cargo build per profile (~1 min on 2 cores) and binaryen.js takes 20-60 s per level.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
source scripts/env.sh
SRC=$(cd "${1:-.}" && pwd)
OUT=$REPO/bench/matrix
PROFILES=${PROFILES:-"z:fat:1 s:fat:1 3:fat:1 z:thin:1 z:false:16"}
LEVELS=${LEVELS:-"0 z s 2 3"}
TARGET_DIR=${CARGO_TARGET_DIR_MATRIX:-$SRC/target/size-matrix}
mkdir -p "$OUT"
size() { node -e '
  const z = require("zlib"), b = require("fs").readFileSync(process.argv[1]);
  const br = z.brotliCompressSync(b, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11, [z.constants.BROTLI_PARAM_SIZE_HINT]: b.length } });
  console.log(b.length, br.length);' "$1" | { read -r raw br; echo "$raw $(gzip -9 -n -c "$1" | wc -c) $br"; }; }
printf '%-16s %-14s %10s %10s %10s %8s\n' profile wasm-opt raw gzip brotli secs | tee "$OUT/matrix.txt"
for p in $PROFILES; do
  IFS=: read -r opt lto cgu <<<"$p"
  dir=$OUT/opt$opt-lto$lto-cgu$cgu
  mkdir -p "$dir"
  (cd "$SRC" && CARGO_TARGET_DIR=$TARGET_DIR/$opt-$lto-$cgu \
    CARGO_PROFILE_RELEASE_OPT_LEVEL=$opt CARGO_PROFILE_RELEASE_LTO=$lto \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=$cgu CARGO_PROFILE_RELEASE_PANIC=abort \
    cargo build --release --offline --lib --target wasm32-unknown-unknown -q)
  wasm-bindgen --target web --no-typescript --out-name h200-map --out-dir "$dir/bg" \
    "$TARGET_DIR/$opt-$lto-$cgu/wasm32-unknown-unknown/release/h200_map.wasm"
  cp "$dir/bg/h200-map_bg.wasm" "$dir/names.wasm"
  for l in $LEVELS; do
    t0=$(date +%s)
    if [ "$l" = 0 ]; then
      # no wasm-opt: what ships is wasm-bindgen's output (with its name section)
      cp "$dir/names.wasm" "$dir/O0.wasm"
    else
      wasm-opt "-O$l" "$dir/names.wasm" -o "$dir/O$l.wasm"
    fi
    read -r raw gz br < <(size "$dir/O$l.wasm")
    printf '%-16s %-14s %10d %10d %10d %8d\n' "$opt/$lto/$cgu" "-O$l" "$raw" "$gz" "$br" $(( $(date +%s) - t0 )) | tee -a "$OUT/matrix.txt"
  done
done
