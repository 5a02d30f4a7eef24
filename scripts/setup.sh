#!/usr/bin/env bash
# Installs whatever is missing to build and test Seams, and does nothing when it is all there.
#
#   scripts/setup.sh            everything: build tools and the browser-test tools
#   scripts/setup.sh build      only what a build needs (wasm target, Trunk, wasm-bindgen, wasm-opt)
#
# Sourced by the other scripts, it also puts the project's tools first on PATH.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# The project's tools win over anything else on PATH: in particular npm's wasm-opt must shadow an
# older system one, whose output Chromium rejects at start-up.
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# The wasm-bindgen version is whatever Cargo.lock pins; the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_target() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
    say "installing Trunk $TRUNK_VERSION (about 12 minutes on a fresh machine)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  local want
  want="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $want" ] \
    || ! command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
    say "installing wasm-bindgen-cli $want (about 5 minutes on a fresh machine)"
    # Not --locked: the CLI's own lock file names a crate version some registry mirrors lack.
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

ensure_npm_packages() {
  # package-lock.json is the truth; reinstall when it changed since the last install.
  if [ ! -f "$ROOT/node_modules/.package-lock.json" ] \
    || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "installing npm packages (wasm-opt, Playwright core, axe-core)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    return
  fi
  local sudo=""
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
    else
      echo "Chromium is missing and this user cannot install it: install the Debian packages" >&2
      echo "'chromium' and 'chromium-driver' (or your system's equivalent) and run again." >&2
      exit 1
    fi
  fi
  say "installing Chromium and ChromeDriver from the system's packages"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
}

setup_build() {
  ensure_wasm_target
  ensure_npm_packages
  ensure_wasm_bindgen
  ensure_trunk
}

setup_all() {
  setup_build
  ensure_chromium
}

# Run as a command (not sourced): do the set-up asked for.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-all}" in
    build) setup_build ;;
    all) setup_all ;;
    *) echo "usage: scripts/setup.sh [all|build]" >&2; exit 2 ;;
  esac
  say "ready"
fi
