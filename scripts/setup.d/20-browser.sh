#!/usr/bin/env bash
# Web UI set-up (issue 4):
#  1. Debian's chromium for the Playwright browser tests (only when /usr/bin/chromium is missing;
#     Playwright's own browser download cannot work offline, so it is never used).
#  2. The front-end libraries from npm (frontend/package-lock.json), copied into the gitignored
#     src/warta/web/static/vendor/ folder that the pages load from.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Debian chromium" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi

VENDOR=src/warta/web/static/vendor
NM=frontend/node_modules
if [ ! -f "$NM/.package-lock.json" ] || [ frontend/package-lock.json -nt "$NM/.package-lock.json" ]; then
  echo "setup: npm ci (front-end libraries)" >&2
  # --ignore-scripts: none of our front-end packages needs an install script (swagger-ui-dist's
  # only one is a telemetry ping).
  (cd frontend && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

mkdir -p "$VENDOR"
cp "$NM/cytoscape/dist/cytoscape.min.js" "$VENDOR/"
cp "$NM/topojson-client/dist/topojson-client.min.js" "$VENDOR/"
cp "$NM/world-atlas/countries-110m.json" "$VENDOR/"
cp "$NM/swagger-ui-dist/swagger-ui-bundle.js" "$NM/swagger-ui-dist/swagger-ui.css" "$VENDOR/"
for pkg in cytoscape topojson-client world-atlas swagger-ui-dist; do
  cp "$NM/$pkg/LICENSE" "$VENDOR/LICENSE.$pkg" 2>/dev/null || true
done
