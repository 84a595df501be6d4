# Sourced by the scripts: tool paths and trunk settings (never download, never phone home).
export PATH="$HOME/.cargo/bin:$(pwd)/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROMIUM=/usr/bin/chromium
