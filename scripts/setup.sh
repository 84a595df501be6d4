#!/usr/bin/env bash
# Installs every tool the build and the tests need, idempotently, from the registries this
# project may reach (crates.io, npm, Debian). Safe to run again: each step checks first.
#
#   wasm32-unknown-unknown target   rustup
#   trunk 0.21.14                    cargo install --locked (0.22 needs rustc >= 1.96.1)
#   wasm-bindgen-cli = Cargo.lock    cargo install (no --locked: its lock pins a yanked crate)
#   wasm-opt (binaryen 132)          npm (Debian's binaryen 108 rejects current rustc output)
#   chromium + chromium-driver       apt (Debian)
#   firefox-esr, webkit2gtk-driver,  apt (Debian): the embed tests in Firefox ESR and WebKitGTK
#     xvfb                             (MiniBrowser needs an X display)
#   geckodriver 0.37.1               cargo install --locked (Firefox's WebDriver server)
#   playwright-core, axe-core, ...   npm ci (package-lock.json)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"   # where cargo install puts trunk, wasm-bindgen, geckodriver

TRUNK_VERSION=0.21.14
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# wasm-bindgen version pinned in Cargo.lock (the CLI must match it exactly).
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
[ -n "$WB_VERSION" ] || { echo "setup: cannot read the wasm-bindgen version from Cargo.lock" >&2; exit 1; }
grep -q "wasm_bindgen = \"$WB_VERSION\"" Trunk.toml || {
  echo "setup: Trunk.toml [tools] wasm_bindgen must be \"$WB_VERSION\" (the Cargo.lock version)" >&2; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 5 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSION" ]; then
  say "installing wasm-bindgen-cli $WB_VERSION"
  cargo install wasm-bindgen-cli --version "=$WB_VERSION" --force
fi

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -x /usr/bin/chromedriver ] || need_apt+=(chromium-driver)
# The embed tests' other engines (tests/e2e/embed-engines.test.mjs), through WebDriver:
# Firefox ESR (+ geckodriver below) and WebKitGTK (WebKitWebDriver + MiniBrowser, which
# needs an X display: Xvfb). Debian's packages; no test tool downloads a browser.
[ -x /usr/bin/firefox-esr ] || need_apt+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || need_apt+=(webkit2gtk-driver)
[ -x /usr/bin/Xvfb ] || need_apt+=(xvfb)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "installing ${need_apt[*]} (Debian)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}"
fi

# geckodriver (Firefox's WebDriver server) from crates.io; about 3 minutes on 2 cores.
GECKODRIVER_VERSION=0.37.1
if [ "$(geckodriver --version 2>/dev/null | awk 'NR==1{print $2}')" != "$GECKODRIVER_VERSION" ]; then
  say "installing geckodriver $GECKODRIVER_VERSION"
  cargo install --locked geckodriver --version "=$GECKODRIVER_VERSION"
fi

lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.h200-lock 2>/dev/null)" != "$lock_hash" ]; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
  echo "$lock_hash" > node_modules/.h200-lock
fi

# Fetch crates now so that later builds can run with --offline.
cargo fetch --quiet

say "ready: $(trunk --version), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}'), $(/usr/bin/chromium --version), $(/usr/bin/firefox-esr --version 2>/dev/null), $(geckodriver --version | awk 'NR==1'), WebKitGTK $(dpkg-query -W -f='${Version}' webkit2gtk-driver 2>/dev/null)"
