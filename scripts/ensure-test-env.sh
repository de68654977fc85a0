#!/usr/bin/env bash
# Brings what the test suite needs on a fresh machine: the npm dependencies (which include
# Node 24 in node_modules/.bin) and a Chromium for Playwright. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/node ] || [ ! -d node_modules/astro ]; then
  echo "· installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "· installing Debian's chromium for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is needed for the browser tests: install it (Debian/Ubuntu: sudo apt-get install chromium)" >&2
    echo "or point CHROMIUM_PATH at an existing Chromium or Chrome binary." >&2
    exit 1
  fi
fi
