#!/usr/bin/env node
//! Runs every `tests/corpus/**/*.py` through the WebAssembly build (the npm package's API, one fresh
//! interpreter per file, the file's directory as the drive, `# flags: --heap N` honoured) and checks it as
//! the native runner (`crates/cli/tests/corpus.rs`) does: stdout must equal `<name>.py.exp`; when
//! `<name>.py.stderr` exists, stderr must equal it and the exit status must be 1, else the status must be 0.
//!
//!   node tests/run_corpus_wasm.mjs [FILTER...] [--native BIN] [--verbose]
//!
//! FILTER keeps tests whose name (e.g. `basics/int_ops`) contains it. `--native BIN` also runs each file
//! with the native binary and reports every test whose outcome (pass or fail) differs between the builds.

import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCircuitPython, PythonError } from "../js/dist/index.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "corpus");
const TIMEOUT_MS = 10_000;

const args = process.argv.slice(2);
const filters = [];
let native = null;
let verbose = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--native") native = resolve(args[++i]);
  else if (args[i] === "--verbose") verbose = true;
  else filters.push(args[i]);
}

function collect(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (name.endsWith(".py") && dir !== root) out.push(path);
  }
  return out;
}

/** Flags from a first line `# flags: ...`. */
function flagsOf(source) {
  const first = source.split("\n", 1)[0].trim();
  return first.startsWith("# flags:") ? first.slice("# flags:".length).trim().split(/\s+/).filter(Boolean) : [];
}

function parseSize(text) {
  const m = /^(\d+)([km]?)$/i.exec(text ?? "");
  return m ? Number(m[1]) * { "": 1, k: 1024, m: 1024 * 1024 }[m[2].toLowerCase()] : undefined;
}

/** Each directory's files (the drive), read once. */
const drives = new Map();
function driveOf(dir) {
  if (!drives.has(dir)) {
    const files = {};
    const walk = (d, prefix) => {
      for (const name of readdirSync(d)) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p, `${prefix}${name}/`);
        else files[`/${prefix}${name}`] = readFileSync(p);
      }
    };
    walk(dir, "");
    drives.set(dir, files);
  }
  return drives.get(dir);
}

/** Run one program as `circuitpython NAME.py` would: stdout, stderr and exit status. */
async function runWasm(file, flags) {
  let stdout = "";
  let stderr = "";
  const heapIndex = flags.indexOf("--heap");
  const py = await loadCircuitPython({
    heapsize: heapIndex >= 0 ? parseSize(flags[heapIndex + 1]) : undefined,
    virtualTime: flags.includes("--fast"),
    linebuffer: false,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdin: () => "",
    files: driveOf(dirname(file)),
    argv: [basename(file)],
  });
  let code = 0;
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => {
      py.interrupt();
      resolve("timeout");
    }, TIMEOUT_MS);
  });
  try {
    const result = await Promise.race([py.runFile(readFileSync(file, "utf8"), basename(file)), timeout]);
    if (result === "timeout") return { error: `timed out after ${TIMEOUT_MS / 1000} s` };
  } catch (e) {
    if (!(e instanceof PythonError)) return { error: `JS error: ${e?.stack ?? e}` };
    stderr += e.traceback;
    code = 1;
  } finally {
    clearTimeout(timer);
  }
  return { stdout, stderr, code };
}

function runNative(file, flags) {
  const r = spawnSync(native, [basename(file), ...flags], {
    cwd: dirname(file),
    encoding: "utf8",
    timeout: TIMEOUT_MS,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return r.error || r.status === null ? { error: String(r.error ?? r.signal) } : { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

/** Problems with an outcome against the expectation files (empty when it passes). */
function check(file, outcome) {
  if (outcome.error) return [outcome.error];
  const problems = [];
  const expectedOut = readFileSync(`${file}.exp`, "utf8");
  const expectedErr = existsSync(`${file}.stderr`) ? readFileSync(`${file}.stderr`, "utf8") : null;
  if (outcome.stdout !== expectedOut) problems.push(diff("stdout", expectedOut, outcome.stdout));
  if (expectedErr !== null && outcome.stderr !== expectedErr) problems.push(diff("stderr", expectedErr, outcome.stderr));
  const want = expectedErr !== null ? 1 : 0;
  if (outcome.code !== want) {
    let msg = `exit status ${outcome.code}, expected ${want}`;
    if (expectedErr === null && outcome.stderr) msg += `\n--- stderr ---\n${outcome.stderr}`;
    problems.push(msg);
  }
  return problems;
}

function diff(what, expected, actual) {
  const exp = expected.split(/(?<=\n)/);
  const act = actual.split(/(?<=\n)/);
  let first = 0;
  while (first < exp.length && first < act.length && exp[first] === act[first]) first++;
  return (
    `${what} differs at line ${first + 1} (expected ${exp.length} lines, got ${act.length})\n` +
    `  expected: ${JSON.stringify(exp[first] ?? "<end of output>")}\n` +
    `  actual:   ${JSON.stringify(act[first] ?? "<end of output>")}`
  );
}

const files = collect(root, []).filter((f) => {
  const name = relative(root, f).replace(/\.py$/, "");
  return filters.length === 0 || filters.some((x) => name.includes(x));
});
let passed = 0;
let failed = 0;
const differing = [];
for (const file of files) {
  const name = relative(root, file).replace(/\.py$/, "");
  const flags = flagsOf(readFileSync(file, "utf8"));
  const problems = check(file, await runWasm(file, flags));
  if (problems.length === 0) {
    passed++;
    if (verbose) console.log(`ok ${name}`);
  } else {
    failed++;
    console.log(`FAILED ${name}${verbose ? `\n  ${problems.join("\n").replace(/\n/g, "\n  ")}` : ""}`);
  }
  if (native !== null) {
    const nativeOk = check(file, runNative(file, flags)).length === 0;
    if (nativeOk !== (problems.length === 0)) differing.push(`${name} (native ${nativeOk ? "passes" : "fails"})`);
  }
}
if (native !== null) {
  console.log(`${differing.length} tests differ from the native build${differing.length ? ":\n  " + differing.join("\n  ") : ""}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
