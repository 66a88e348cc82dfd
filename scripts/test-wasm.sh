#!/usr/bin/env bash
# The WebAssembly package's tests: builds the package (installing the wasm32 target, wasm-bindgen-cli and the
# npm dev dependencies as needed), installs Debian's Chromium for the browser test, then runs the Node API
# tests (including the headless-Chromium one) and the .py corpus through the WebAssembly build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build-wasm.sh
scripts/setup-browser.sh
echo "== node --test js/test/"
# One test file at a time: several files measure that timers keep firing while Python runs. Each test has a
# minute, the whole run ten, so a hang fails CI instead of stalling it.
timeout 600 node --test --test-concurrency=1 --test-timeout=60000 js/test/
echo "== corpus through WebAssembly"
# --no-turbofan: Node 20's optimizing JS compiler crashed the runner about once in ten runs of its 556 fresh
# instances ("Fatal error ... unreachable code" in V8's Deoptimizer, nodejs/node#57556 family); with the
# runner's JS kept at baseline tiers, 8 of 8 parallel runs passed. WebAssembly tiering is unaffected.
timeout 1200 node --no-turbofan tests/run_corpus_wasm.mjs
