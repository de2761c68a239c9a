#!/usr/bin/env bash
# Installs what is missing: the workspace's dependencies (pnpm through npx, native builds), and with
# --browser also Debian's Chromium and the CJK fonts the browser tests render Chinese with, and
# LibreOffice Impress and poppler's pdftotext, which the slide export tests open decks with.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ "${1:-}" = "--browser" ]; then
  missing=()
  lean=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  # Not `fc-list | grep -q`: under pipefail, grep's early exit makes fc-list fail and the fonts look missing.
  fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || missing+=(fonts-noto-cjk)
  # LibreOffice's recommended packages (Java, a desktop) are not needed to convert a deck to PDF.
  command -v soffice >/dev/null || lean+=(libreoffice-impress)
  command -v pdftotext >/dev/null || lean+=(poppler-utils)
  if ((${#missing[@]} + ${#lean[@]})); then
    echo "Installing ${missing[*]} ${lean[*]} from Debian (needed by the browser and slide tests)..."
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    if ((${#missing[@]})); then
      DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" fontconfig >/dev/null
    fi
    if ((${#lean[@]})); then
      DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null
    fi
  fi
fi

echo "Installing dependencies (pnpm, frozen lockfile)..."
bash scripts/pnpm.sh install --frozen-lockfile --prefer-offline --reporter=append-only | grep -v '^Progress' || true
test "${PIPESTATUS[0]}" -eq 0
