#!/usr/bin/env bash
# npm start: install what is missing, build every package, serve the app with its SQLite store.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# Vite 7 (the client build) needs Node 20.19 or later; say so before a long install fails obscurely.
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
  echo "OrgCanvas needs Node 20.19 or later; this is Node $(node --version). Install a newer Node and run npm start again." >&2
  exit 1
fi
bash scripts/install.sh
echo "Building..."
# Only what serving needs: the other packages are TypeScript source bundled into these two.
bash scripts/pnpm.sh --filter @orgcanvas/client --filter @orgcanvas/server --workspace-concurrency=1 build
exec node server/dist/main.js
