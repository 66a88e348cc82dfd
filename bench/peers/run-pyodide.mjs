// Run one Python file on Pyodide (CPython compiled to WebAssembly).
//
//   node bench/peers/run-pyodide.mjs FILE
//
// Pyodide is loaded from node_modules (no network).  The program's stdout
// goes to our stdout unchanged.  On stderr we print one line
// `#bench load_s=<s> run_s=<s>`: load_s is loadPyodide() (seconds, large),
// run_s only the runPython() call, which is what bench/run.py compares.
// An uncaught Python exception prints its traceback to stderr, exit status 1.
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { programFromArgs, report } from "../wrapper.mjs";

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve("pyodide/package.json"));
const { loadPyodide } = await import(join(pkgDir, "pyodide.mjs"));

const { file, code } = programFromArgs("run-pyodide.mjs FILE");

const t0 = performance.now();
const pyodide = await loadPyodide({ indexURL: pkgDir + "/" });
const t1 = performance.now();
const write = (stream) => ({
  write: (buf) => {
    stream.write(Buffer.from(buf));
    return buf.length;
  },
});
pyodide.setStdout(write(process.stdout));
pyodide.setStderr(write(process.stderr));

let status = 0;
const t2 = performance.now();
try {
  pyodide.runPython(code, { filename: file });
} catch (e) {
  process.stderr.write(String(e && e.message ? e.message : e) + "\n");
  status = 1;
}
const t3 = performance.now();
report(t1 - t0, t3 - t2);
process.exitCode = status;
