#!/usr/bin/env bash
# The whole test suite (README's second command, and CI): types, lint, unit and integration
# tests against real services, then the browser tests against the built production server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-test-env.sh
export PATH="$PWD/node_modules/.bin:$PATH" ASTRO_TELEMETRY_DISABLED=1

echo "· type-check"; astro check --minimumSeverity warning
echo "· lint"; biome ci .
# Built before the tests: integration tests run the real production server and its search documents.
echo "· production build"; sh scripts/build.sh --silent
echo "· unit and integration tests"; vitest run
echo "· browser tests"; playwright test
