#!/usr/bin/env bash
# Browser-test set-up: Debian's chromium for the Playwright browser tests (only when
# /usr/bin/chromium is missing; Playwright's own browser download cannot work offline, so it is
# never used).  The front-end libraries the pages need are 25-frontend.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Debian chromium" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
