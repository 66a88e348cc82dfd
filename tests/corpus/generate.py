#!/usr/bin/env python3
"""(Re)generate the expected output (`.exp`) of corpus tests with CPython.

Usage:
    python3 tests/corpus/generate.py [FILE.py ...]   # regenerate these
    python3 tests/corpus/generate.py                 # every test lacking a .exp
    python3 tests/corpus/generate.py --check         # verify every .exp, write nothing

Each test runs as `python3 NAME.py` with its own directory as the working
directory, twice, under two different string-hash seeds: a test whose output
depends on hash order, writes to stderr or exits non-zero is rejected.
The `circuitpython/` area holds hand-written expectations and is never touched.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
HAND_WRITTEN = "circuitpython"


def run(path, seed):
    env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONIOENCODING="utf-8")
    proc = subprocess.run(
        [sys.executable, os.path.basename(path)],
        cwd=os.path.dirname(path),
        env=env,
        capture_output=True,
        timeout=30,
    )
    return proc.returncode, proc.stdout, proc.stderr


def expected(path):
    rc, out, err = run(path, 1)
    if rc != 0 or err:
        raise RuntimeError("exit %d, stderr:\n%s" % (rc, err.decode(errors="replace")))
    rc2, out2, _ = run(path, 12345)
    if out2 != out:
        raise RuntimeError("output depends on the hash seed")
    if not out:
        raise RuntimeError("prints nothing")
    return out


def all_tests():
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames.sort()
        rel = os.path.relpath(dirpath, ROOT)
        if rel.split(os.sep)[0] == HAND_WRITTEN:
            continue
        for name in sorted(filenames):
            if name.endswith(".py") and dirpath != ROOT:
                yield os.path.join(dirpath, name)


def main(argv):
    check = "--check" in argv
    files = [os.path.abspath(a) for a in argv if a != "--check"]
    if not files:
        files = [p for p in all_tests() if check or not os.path.exists(p + ".exp")]
    failures = 0
    for path in files:
        rel = os.path.relpath(path, ROOT)
        if rel.split(os.sep)[0] == HAND_WRITTEN:
            print("skip (hand-written):", rel)
            continue
        try:
            out = expected(path)
        except Exception as e:  # report and keep going
            failures += 1
            print("FAIL", rel, "--", e)
            continue
        if check:
            try:
                with open(path + ".exp", "rb") as f:
                    old = f.read()
            except FileNotFoundError:
                old = None
            if old != out:
                failures += 1
                print("MISMATCH", rel)
        else:
            with open(path + ".exp", "wb") as f:
                f.write(out)
            print("wrote", rel + ".exp")
    print("%d file(s), %d failure(s)" % (len(files), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
