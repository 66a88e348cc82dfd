#!/usr/bin/env bash
# The PyPI checks of the board and standard-module issues: Adafruit's libraries from PyPI (neopixel, pixelbuf,
# led-animation, debouncer, ticks, asyncio, logging, datetime, simpleio, fancyled, motor, rgbled, waveform,
# binascii) run their examples/ unmodified on the native build, except those listed in SKIP (other hardware
# or libraries). Downloads each sdist once into
# target/pypi-cache/ (not committed), puts the library files in a drive's lib/, runs each example there with
#   target/debug/circuitpython --board B --fast --until 10 --trace T
# on the first board that has every `board.NAME` the example uses, and checks: exit 0, no traceback (unless the
# example logs one on purpose), and, where tests/pypi/expected/<example>.jsonl exists (the NeoPixel
# simpletest's colours in order), the trace is exactly that. UPDATE=1 rewrites those expected traces (check
# them by eye before committing). Idempotent. If PyPI can't be reached the script fails: it never skips
# silently.
set -euo pipefail
cd "$(dirname "$0")/../.."

PACKAGES=(
    adafruit-circuitpython-neopixel adafruit-circuitpython-pixelbuf adafruit-circuitpython-led-animation
    adafruit-circuitpython-debouncer adafruit-circuitpython-ticks adafruit-circuitpython-asyncio
    adafruit-circuitpython-logging adafruit-circuitpython-datetime adafruit-circuitpython-simpleio
    adafruit-circuitpython-fancyled adafruit-circuitpython-motor adafruit-circuitpython-rgbled
    adafruit-circuitpython-waveform adafruit-circuitpython-binascii
)
BOARDS=(raspberry_pi_pico feather_rp2040 metro_m4_express circuitplayground_bluefruit)
# Examples whose traces are checked against tests/pypi/expected/.
CHECK_TRACE=(neopixel_simpletest)
# Examples that need hardware or libraries beyond these packages and the virtual board.
declare -A SKIP=(
    [asyncio_displayio_button]="a display and adafruit_touchscreen"
    [asyncio_event_example]="a board.BUTTON and a NeoPixel on one board"
    [asyncio_serial_examples]="usb_cdc"
    [asyncio_usb_cdc_boot]="usb_cdc"
    [debouncer_crickit_test]="adafruit_crickit"
    [fancyled_cpx_helper_example]="adafruit_circuitplayground"
    [fancyled_cpx_rotate]="adafruit_circuitplayground"
    [led_animation_group]="adafruit_circuitplayground"
    [led_animation_volume]="audiomp3 and a speaker"
    [logging_filehandler]="an SD card (adafruit_sdcard)"
    [logging_mqtt_handler]="socket and an MQTT broker"
    [motor_pca9685_continuous_servo]="adafruit_pca9685 and a PCA9685 on I2C"
    [motor_pca9685_dc_motor]="adafruit_pca9685 and a PCA9685 on I2C"
    [motor_pca9685_servo_sweep]="adafruit_pca9685 and a PCA9685 on I2C"
    [motor_pca9685_stepper_motor]="adafruit_pca9685 and a PCA9685 on I2C"
    [rgbled_pca9685]="adafruit_pca9685 and a PCA9685 on I2C"
)
# Examples that log a traceback on purpose (adafruit_logging's `exception()`); for the others a traceback
# in the output means something went wrong even with exit status 0.
TRACEBACK_EXPECTED=(logging_simpletest)

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
    # Examples for Raspberry Pi computers (Blinka) are not for a CircuitPython board.
    find "$src"examples -maxdepth 1 -name '*.py' ! -name '*rpi*' -exec cp {} "$drive/" \;
done

# The board names each board has, for choosing one per example.
declare -A names
for board in "${BOARDS[@]}"; do
    names[$board]=" $("$bin" --board "$board" -c 'import board; print(" ".join(dir(board)))') "
done

failures=0
for example in "$drive"/*.py; do
    name=$(basename "$example" .py)
    if [ -n "${SKIP[$name]:-}" ]; then
        echo "skip $name: needs ${SKIP[$name]}"
        continue
    fi
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
    traceback_ok=0
    [[ " ${TRACEBACK_EXPECTED[*]} " == *" $name "* ]] && traceback_ok=1
    if [ $status != 0 ] || { [ $traceback_ok = 0 ] && grep -q Traceback <<<"$output"; }; then
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
    echo "ok   $name on $chosen ($(wc -l <"$trace") trace lines)"
done
if [ $failures != 0 ]; then
    echo "tests/pypi: $failures example(s) failed" >&2
    exit 1
fi
