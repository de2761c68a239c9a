#!/usr/bin/env bash
# npm run bench: timing goals live here, never in the tests.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/install.sh
bash scripts/pnpm.sh -r --if-present bench
