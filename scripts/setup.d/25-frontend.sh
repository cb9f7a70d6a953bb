#!/usr/bin/env bash
# Web UI set-up: the front-end libraries from npm (frontend/package-lock.json), copied into the
# gitignored src/warta/web/static/vendor/ folder that the pages load from.  `./run serve` runs
# this step alone (no chromium needed to serve); `./run setup` and `./run test` run every step.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v npm >/dev/null; then
  echo "setup: npm is missing: install Node.js (e.g. apt-get install npm) to get the web UI's libraries" >&2
  exit 1
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
