#!/usr/bin/env bash
# Build the native interpreter and run a CircuitPython program on the virtual board:
#   scripts/demo.sh [FILE] [circuitpython options...]
# Default: examples/blink/code.py on a Raspberry Pi Pico for 5 seconds of virtual board time, with the pin
# trace on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -p circuitpython-cli
file="${1:-examples/blink/code.py}"
shift || true
if [ $# -eq 0 ]; then
  set -- --fast --until 5 --trace -
fi
exec target/release/circuitpython "$@" "$file"
