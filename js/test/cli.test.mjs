// The Node command line (`cli.mjs`): flags and exit statuses as the native CLI's, run as a child process.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const cli = join(dirname(fileURLToPath(import.meta.url)), "..", "cli.mjs");
const run = (args, cwd) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8" });

test("-c runs code with the current directory, subdirectories included, as the drive", () => {
  const dir = mkdtempSync(join(tmpdir(), "cpy-cli-"));
  try {
    mkdirSync(join(dir, "lib", "pkg"), { recursive: true });
    writeFileSync(join(dir, "lib", "pkg", "__init__.py"), "VALUE = 42\n");
    const r = run(["-c", "import pkg\nprint(1 + 1, pkg.VALUE)"], dir);
    assert.equal(r.stderr, "");
    assert.equal(r.stdout, "2 42\n");
    assert.equal(r.status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the drive leaves out hidden directories and stops at a board-sized number of entries", () => {
  const dir = mkdtempSync(join(tmpdir(), "cpy-cli-"));
  try {
    mkdirSync(join(dir, ".cache"));
    writeFileSync(join(dir, ".cache", "big.bin"), "x");
    writeFileSync(join(dir, "code.py"), "import os\nprint(sorted(os.listdir('/')))\n");
    let r = run([join(dir, "code.py")], dir);
    assert.equal(r.stderr, "");
    assert.equal(r.stdout, "['code.py']\n");
    // A directory far bigger than a board's drive (a home directory, say): a bounded copy and one warning.
    mkdirSync(join(dir, "many"));
    for (let i = 0; i < 5000; i++) writeFileSync(join(dir, "many", `f${i}.txt`), "");
    r = run(["-c", "print('ran')"], dir);
    assert.equal(r.stdout, "ran\n");
    assert.match(r.stderr, /is too big for a board's drive: only part of it was copied/);
    assert.equal(r.status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a NameError exits 1 with the traceback on stderr; a bad flag exits 2", () => {
  const dir = mkdtempSync(join(tmpdir(), "cpy-cli-"));
  try {
    writeFileSync(join(dir, "p.py"), "a = 1\nb = 2\nprint(x)\n");
    const r = run([join(dir, "p.py")], dir);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, `Traceback (most recent call last):\n  File "p.py", line 3, in <module>\nNameError: name 'x' isn't defined\n`);
    assert.equal(run(["--no-such-flag"], dir).status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("flags after FILE or -c CODE apply as natively; a second FILE is a usage error", () => {
  const dir = mkdtempSync(join(tmpdir(), "cpy-cli-"));
  try {
    const heap = "import gc, sys, time\ngc.collect()\nt = time.monotonic()\ntime.sleep(30)\n" +
      "print(gc.mem_free() + gc.mem_alloc(), sys.argv, time.monotonic() - t >= 30)\n";
    writeFileSync(join(dir, "p.py"), heap);
    let r = run(["p.py", "--heap", "64k", "--fast"], dir);
    assert.equal(r.stderr, "");
    assert.equal(r.stdout, "65536 ['p.py'] True\n");
    r = run(["-c", heap, "--heap=100k", "--fast"], dir);
    assert.equal(r.stdout, "102400 [] True\n");
    r = run(["p.py", "other.py"], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unexpected argument "other.py"/);
    assert.equal(run(["-c", "print(1)", "extra"], dir).status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
