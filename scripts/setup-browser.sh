#!/usr/bin/env bash
#! Installs what the browser test needs, idempotently: Debian's chromium (the test drives it with
#! playwright-core; no browser download is possible here) and the package's npm dev dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! [ -x /usr/bin/chromium ]; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi
[ -d js/node_modules/playwright-core ] || (cd js && npm ci --no-audit --no-fund)
