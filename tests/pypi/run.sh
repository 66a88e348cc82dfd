#!/usr/bin/env bash
# The PyPI check of the virtual-board issue: Adafruit's libraries from PyPI run their examples/*_simpletest.py
# unmodified on the native build. Downloads each package's sdist once into target/pypi-cache/ (not committed),
# puts the library files in a drive's lib/, runs each simpletest there with
#   target/debug/circuitpython --board B --fast --until 10 --trace T
# on the first board that has every `board.NAME` the example uses, and checks: exit 0, no traceback, and,
# where tests/pypi/expected/<example>.jsonl exists (e.g. the NeoPixel simpletest's colours in order), the
# trace is exactly that. UPDATE=1 rewrites those expected traces (check them by eye before committing).
# Idempotent. If PyPI can't be reached the script fails: it never skips silently.
set -euo pipefail
cd "$(dirname "$0")/../.."

PACKAGES=(
    adafruit-circuitpython-neopixel adafruit-circuitpython-pixelbuf adafruit-circuitpython-led-animation
    adafruit-circuitpython-debouncer adafruit-circuitpython-ticks adafruit-circuitpython-asyncio
    adafruit-circuitpython-logging adafruit-circuitpython-datetime
)
BOARDS=(raspberry_pi_pico feather_rp2040 metro_m4_express circuitplayground_bluefruit)
# Examples whose traces are checked against tests/pypi/expected/.
CHECK_TRACE=(neopixel_simpletest)
# Examples that need a core module not merged yet: reported as PENDING while they fail, and a failure of the
# script once they pass (so the entry is removed then). Nothing else may fail.
declare -A PENDING=(
    [asyncio_simpletest]="needs the select module (branch stdlib2)"
    [logging_simpletest]="needs the os module (branch stdlib2)"
    [datetime_simpletest]="needs the re module"
)

bin=target/debug/circuitpython
cache=target/pypi-cache
[ -x "$bin" ] || cargo build -p circuitpython-cli
mkdir -p "$cache/sdist"

for package in "${PACKAGES[@]}"; do
    stem=${package//-/_}
    if ! ls "$cache/sdist/$stem"-*.tar.gz >/dev/null 2>&1; then
        echo "== pip download $package"
        pip download --quiet --no-deps --no-binary :all: -d "$cache/sdist" "$package" ||
            { echo "tests/pypi: can't download $package from PyPI" >&2; exit 1; }
    fi
done

# A fresh drive from the unpacked sdists: top-level modules and packages go to lib/, examples beside code.
drive="$cache/drive"
rm -rf "$cache/src" "$drive"
mkdir -p "$cache/src" "$drive/lib"
for tarball in "$cache"/sdist/*.tar.gz; do
    tar -xzf "$tarball" -C "$cache/src"
done
for src in "$cache"/src/*/; do
    find "$src" -maxdepth 1 -name '*.py' ! -name setup.py ! -name conftest.py -exec cp {} "$drive/lib/" \;
    for pkg in "$src"*/; do
        case $(basename "$pkg") in docs | examples | tests | *.egg-info) continue ;; esac
        [ -f "$pkg/__init__.py" ] && cp -r "$pkg" "$drive/lib/"
    done
    # Simpletests for Raspberry Pi computers (Blinka) are not for a CircuitPython board.
    find "$src"examples -maxdepth 1 -name '*_simpletest.py' ! -name '*rpi*' -exec cp {} "$drive/" \;
done

# The board names each board has, for choosing one per example.
declare -A names
for board in "${BOARDS[@]}"; do
    names[$board]=" $("$bin" --board "$board" -c 'import board; print(" ".join(dir(board)))') "
done

failures=0
for example in "$drive"/*_simpletest.py; do
    name=$(basename "$example" .py)
    chosen=""
    needed=$(sed 's/#.*//' "$example" | grep -oE 'board\.[A-Z][A-Z0-9_]*' | sort -u | sed 's/board\.//' || true)
    for board in "${BOARDS[@]}"; do
        ok=1
        for pin in $needed; do [[ ${names[$board]} == *" $pin "* ]] || ok=0; done
        if [ $ok = 1 ]; then chosen=$board; break; fi
    done
    if [ -z "$chosen" ]; then
        echo "FAIL $name: no board has all of: $needed"
        failures=$((failures + 1))
        continue
    fi
    trace="$cache/$name.jsonl"
    status=0
    output=$("$bin" --board "$chosen" --fast --until 10 --trace "$trace" "$example" 2>&1) || status=$?
    if [ $status != 0 ] || grep -q Traceback <<<"$output"; then
        if [ -n "${PENDING[$name]:-}" ]; then
            echo "PENDING $name: ${PENDING[$name]} ($(tail -n 1 <<<"$output"))"
            continue
        fi
        echo "FAIL $name on $chosen (exit $status):"
        tail -n 5 <<<"$output" | sed 's/^/    /'
        failures=$((failures + 1))
        continue
    fi
    expected="tests/pypi/expected/$name.jsonl"
    if [[ " ${CHECK_TRACE[*]} " == *" $name "* ]]; then
        if [ "${UPDATE:-}" = 1 ]; then
            cp "$trace" "$expected"
        elif ! cmp -s "$trace" "$expected"; then
            echo "FAIL $name on $chosen: trace differs from $expected"
            diff "$expected" "$trace" | head -n 5 | sed 's/^/    /'
            failures=$((failures + 1))
            continue
        fi
    fi
    if [ -n "${PENDING[$name]:-}" ]; then
        echo "FAIL $name passes now: remove it from PENDING in tests/pypi/run.sh"
        failures=$((failures + 1))
        continue
    fi
    echo "ok   $name on $chosen ($(wc -l <"$trace") trace lines)"
done
if [ $failures != 0 ]; then
    echo "tests/pypi: $failures example(s) failed" >&2
    exit 1
fi
