#!/usr/bin/env bash
# Runs the exact pnpm pinned in package.json's packageManager. A fresh machine has only Node and npm
# (corepack's signature check fails against this registry), so the pinned version is installed once
# with npm into .tools/ and used from there.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="$(node -p "require('$root/package.json').packageManager.split('@')[1]")"
tools="$root/.tools"
bin="$tools/node_modules/.bin/pnpm"
if [ ! -x "$bin" ] || [ "$("$bin" --version 2>/dev/null)" != "$version" ]; then
  echo "Fetching pnpm $version..." >&2
  npm install --silent --no-save --no-package-lock --prefix "$tools" "pnpm@$version" >&2
fi
# node-gyp builds better-sqlite3 against the headers Node ships in /usr/include/node.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then
  export npm_config_nodedir=/usr
fi
exec "$bin" "$@"
