#!/usr/bin/env bash
# Builds the release site into dist/: optimised wasm, content-hashed file names, relative URLs, so
# the folder can be copied to any static host and any sub-path; a strict Content-Security-Policy,
# a service worker for offline use, and dist/seams.html, the whole app in one file for file://.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_build
cd "$ROOT"

say "building the release into dist/"
trunk build --release --offline
node scripts/postbuild.mjs dist
say "dist/ is ready:"
ls -l dist | sed 1d
