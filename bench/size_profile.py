#!/usr/bin/env python3
"""Where the WebAssembly module's bytes go: builds the package as scripts/build-wasm.sh does, but keeps function
names (wasm-bindgen --keep-debug, wasm-opt -g), then sums twiggy's per-function sizes by crate and module.

    python3 bench/size_profile.py [--depth N] [--top K] [--match TEXT]

Prints the gzipped size of the shipped module (js/dist, the number bench/startup.py reports), then code bytes
per `crate::module` path (depth N, default 2 below the crate), the biggest K functions, and with --match only
the functions whose name contains TEXT. Raw code bytes gzip at about 0.39 in this module, so a 1 KB smaller
function is worth roughly 0.4 KB of the download. Needs twiggy (`cargo install twiggy`).
"""
import argparse
import collections
import csv
import gzip
import io
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "target" / "size-profile"


def build_script_list(name):
    """A bash array of scripts/build-wasm.sh (`name=(...)`, possibly over several lines), so the named module
    gets the same wasm-opt passes and features as the shipped one."""
    text = (ROOT / "scripts" / "build-wasm.sh").read_text()
    match = re.search(rf"^{name}=\(([^)]*)\)", text, re.M)
    return match.group(1).split()


def run(*cmd):
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def build():
    run("scripts/build-wasm.sh")
    OUT.mkdir(parents=True, exist_ok=True)
    run("wasm-bindgen", "--target", "web", "--no-typescript", "--keep-debug", "--out-dir", str(OUT),
        # The package's out-name, so the named module has the same imports and loads in its place
        # (`loadCircuitPython({ url })`), e.g. to see which functions a program makes V8 compile.
        "--out-name", "circuitpython", "target/wasm32-unknown-unknown/wasm/circuitpython_wasm.wasm")
    # Shortened as the shipped module's are, so that the bundled glue finds them.
    run("python3", "scripts/shorten-imports.py", str(OUT / "circuitpython_bg.wasm"), str(OUT / "circuitpython.js"))
    run("js/node_modules/.bin/wasm-opt", *build_script_list("wasm_opt_passes"), "-g",
        *build_script_list("wasm_features"), str(OUT / "circuitpython_bg.wasm"),
        "-o", str(OUT / "named.wasm"))


def functions():
    text = subprocess.run(["twiggy", "top", "-n", "1000000", "--format", "csv", str(OUT / "named.wasm")],
                          check=True, capture_output=True, text=True).stdout
    for row in csv.DictReader(io.StringIO(text)):
        name = row["Name"]
        if name.startswith('"') or name.startswith("elem"):
            continue
        yield re.sub(r"\[[0-9a-f]+\]", "", name), int(row["ShallowSize"])


def area(name, depth):
    """The first `crate::module::...` path in a (possibly generic) function name."""
    match = re.search(r"\b([a-z_][a-z0-9_]*)((?:::[a-z_][a-z0-9_]*)*)", name)
    if name.startswith("data segment"):
        return "(data)"
    if not match:
        return "(other)"
    parts = [match.group(1)] + [p for p in match.group(2).split("::") if p]
    return "::".join(parts[: depth + 1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--depth", type=int, default=2)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--match")
    parser.add_argument("--no-build", action="store_true", help="profile the last build again")
    args = parser.parse_args()
    if not args.no_build:
        build()
    shipped = (ROOT / "js" / "dist" / "circuitpython_bg.wasm").read_bytes()
    print(f"shipped module: {len(shipped):,} B, gzip -9 {len(gzip.compress(shipped, 9)):,} B")
    rows = list(functions())
    by_area = collections.Counter()
    for name, size in rows:
        by_area[area(name, args.depth)] += size
    print(f"\n{'bytes':>8}  area (code and data, names kept: {sum(by_area.values()):,} B)")
    for name, size in by_area.most_common(args.top):
        print(f"{size:>8}  {name}")
    chosen = [r for r in rows if args.match in r[0]] if args.match else rows
    print(f"\n{'bytes':>8}  function" + (f" matching {args.match!r}" if args.match else ""))
    for name, size in sorted(chosen, key=lambda r: -r[1])[: args.top]:
        print(f"{size:>8}  {name[:150]}")


if __name__ == "__main__":
    sys.exit(main())
