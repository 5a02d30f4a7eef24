#!/usr/bin/env bash
# Builds the release site into dist/: optimised wasm, content-hashed file names, relative URLs, so
# the folder can be copied to any static host and any sub-path.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_build
cd "$ROOT"

say "building the release into dist/"
trunk build --release --offline
say "dist/ is ready:"
ls -l dist | sed 1d
