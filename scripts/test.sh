#!/usr/bin/env bash
# npm test: install what is missing (PostgreSQL and Redis too), then type-check, lint, format-check
# and run every unit, integration and browser test. Stops at the first failing step with a non-zero exit.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/install.sh --browser
# The scale-out tests run real PostgreSQL and Redis (Debian's packages), started on private ports.
bash scripts/services.sh install
step() { echo; echo "==> $*"; }
step "Type-check"
bash scripts/pnpm.sh -r --workspace-concurrency=1 typecheck
step "Lint"
bash scripts/pnpm.sh exec eslint . --max-warnings=0
step "Format check"
bash scripts/pnpm.sh exec prettier --check . --log-level=warn
step "Build the app (the browser tests run it; the type-check above already checked the rest)"
bash scripts/pnpm.sh --filter @orgcanvas/client --filter @orgcanvas/server --workspace-concurrency=1 build
step "Unit and integration tests"
bash scripts/pnpm.sh -r --workspace-concurrency=1 --filter '!@orgcanvas/e2e' test
step "Browser tests"
bash scripts/pnpm.sh --filter @orgcanvas/e2e test
echo; echo "All checks passed."
