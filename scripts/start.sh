#!/usr/bin/env bash
# npm start: install what is missing, build every package, serve the app with its SQLite store.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/install.sh
echo "Building..."
# Only what serving needs: the other packages are TypeScript source bundled into these two.
bash scripts/pnpm.sh --filter @orgcanvas/client --filter @orgcanvas/server --workspace-concurrency=1 build
exec node server/dist/main.js
