#!/usr/bin/env bash
# npm run bench: timing goals live here, never in the tests. Builds the app (the server and browser
# figures run it) and the bench, then runs every figure of the performance issue (up to 20 minutes).
# BENCH_OUT=file writes the results as JSON; BENCH_ONLY=key,key runs some figures; BENCH_RUNS=n (≥ 5).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/install.sh --browser
echo "==> Build the app and the bench"
bash scripts/pnpm.sh --filter @orgcanvas/client --filter @orgcanvas/server --filter @orgcanvas/bench \
  --workspace-concurrency=1 build
echo "==> Bench"
if [ -n "${BENCH_OUT:-}" ]; then BENCH_OUT="$(cd "$(dirname "$BENCH_OUT")" && pwd)/$(basename "$BENCH_OUT")"; fi
export BENCH_OUT
bash scripts/pnpm.sh --filter @orgcanvas/bench run bench
echo "==> Soak: 50 editors and 20 viewers on 10 scenarios, reconnects and a restart (SOAK_SECONDS, default 120)"
bash scripts/pnpm.sh --filter @orgcanvas/server run bench
