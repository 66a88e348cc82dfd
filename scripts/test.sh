#!/usr/bin/env bash
# Set up everything the tests need (idempotently) and run all of them: formatting, lints, the Rust tests
# (unit tests and the .py corpus on the native build), Adafruit's PyPI libraries' simpletests on the virtual
# board, then the WebAssembly package's tests (Node API, the corpus through WebAssembly, and the
# headless-Chromium test).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets -- -D warnings
echo "== cargo test"
cargo test --workspace
echo "== PyPI libraries on the virtual board"
cargo build -p circuitpython-cli
tests/pypi/run.sh

if [ -x scripts/test-wasm.sh ]; then
  echo "== WebAssembly package"
  scripts/test-wasm.sh
fi
echo "== all tests passed"
