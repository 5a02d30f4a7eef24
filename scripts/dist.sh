#!/usr/bin/env bash
# Builds the release site into dist/: optimised wasm, content-hashed file names, relative URLs, so
# the folder can be copied to any static host and any sub-path; a strict Content-Security-Policy,
# a service worker for offline use, and dist/seams.html, the whole app in one file for file://.
#
#   ./scripts/dist.sh                   the standard rubric
#   ./scripts/dist.sh --rubric FILE     your organisation's rubric, checked first, then carried
#                                       inline by index.html and seams.html and copied to
#                                       dist/rubric.json (docs/deploy.md, "Your organisation's rubric")
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

rubric=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rubric)
      [ $# -ge 2 ] || { echo "--rubric needs a file" >&2; exit 2; }
      rubric=(--rubric "$(cd "$(dirname "$2")" && pwd)/$(basename "$2")")
      shift 2 ;;
    *) echo "unknown option: $1 (the only option is --rubric FILE)" >&2; exit 2 ;;
  esac
done

setup_build
cd "$ROOT"

if [ ${#rubric[@]} -gt 0 ]; then
  say "checking the rubric ${rubric[1]}"
  cargo run -q --locked -p seams-cli -- check-rubric "${rubric[1]}"
fi

say "building the release into dist/"
trunk build --release --offline
node scripts/postbuild.mjs dist "${rubric[@]}"
say "dist/ is ready:"
ls -l dist | sed 1d
