#!/usr/bin/env bash
# Installs what is missing: the workspace's dependencies (pnpm through npx, native builds), and with
# --browser also Debian's Chromium and the CJK fonts the browser tests render Chinese with, and
# LibreOffice Impress and poppler's pdftotext, which the slide export tests open decks with.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ "${1:-}" = "--browser" ]; then
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
  command -v soffice >/dev/null || missing+=(libreoffice-impress)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  if ((${#missing[@]})); then
    echo "Installing ${missing[*]} from Debian (needed by the browser and slide tests)..."
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" fontconfig >/dev/null
  fi
fi

echo "Installing dependencies (pnpm, frozen lockfile)..."
bash scripts/pnpm.sh install --frozen-lockfile --prefer-offline --reporter=append-only | grep -v '^Progress' || true
test "${PIPESTATUS[0]}" -eq 0
