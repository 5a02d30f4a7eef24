#!/usr/bin/env bash
# Measures Seams against its budgets (README, "Budgets"): builds the release, runs the native
# engine benchmark, then scripts/bench.mjs in headless Chromium and Lighthouse. Writes
# bench-results/bench.json and bench-results/bench.md; exits 1 if a budget is missed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup_all
cd "$ROOT"
mkdir -p bench-results

say "release build"
trunk build --release --offline
node scripts/postbuild.mjs dist

say "engine benchmark (native, release)"
cargo bench --locked -p seams-engine --bench engine | tee bench-results/engine.txt

say "browser benchmark and Lighthouse"
exec env CHROME_PATH=/usr/bin/chromium node scripts/bench.mjs
