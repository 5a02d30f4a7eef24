#!/usr/bin/env bash
# Builds Seams and serves it locally with live reload; prints the address to open.
#   scripts/serve.sh [--port N]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_build
cd "$ROOT"

PORT=8080
if [ "${1:-}" = "--port" ] && [ -n "${2:-}" ]; then PORT="$2"; fi

say "serving Seams at http://127.0.0.1:$PORT/  (Ctrl+C stops it)"
exec trunk serve --offline --port "$PORT"
