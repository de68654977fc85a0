#!/usr/bin/env bash
# Brings what the test suite needs on a fresh machine: the npm dependencies (which include
# Node 24 in node_modules/.bin), a Java runtime for the HTML checker (vnu-jar), PostgreSQL's
# server binaries (the tests start their own server, scripts/lib/postgres-server.ts) and a
# Chromium for Playwright. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# Installs Debian package $1, needed for $2, when running as root with apt-get; otherwise says
# that $3 is needed and how to get it ($4: another way, optional), and stops.
install_or_explain() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "· installing Debian's $1 for $2"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
  else
    echo "$3 is needed for $2: install it (Debian/Ubuntu: sudo apt-get install $1)${4:+ $4}." >&2
    exit 1
  fi
}

# Before npm ci: vnu-jar's install script downloads a Java runtime when it finds none.
command -v java >/dev/null || install_or_explain default-jre-headless 'the HTML validity test' 'Java 17 or newer'

if [ ! -x node_modules/.bin/node ] || [ ! -d node_modules/astro ]; then
  echo "· installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] ||
  install_or_explain chromium 'the browser tests' Chromium \
    'or point CHROMIUM_PATH at an existing Chromium or Chrome binary'

compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null ||
  install_or_explain postgresql 'the PostgreSQL storage tests' PostgreSQL
