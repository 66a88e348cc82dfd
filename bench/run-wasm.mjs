// Run one Python file on our WebAssembly build, timed the way bench/peers/run-micropython.mjs times
// MicroPython's, so the two wasm columns of bench/run.py compare the same thing.
//
//   node bench/run-wasm.mjs FILE [--heap BYTES]
//
// The program's stdout goes to our stdout unchanged. On stderr we print one line
// `#bench load_s=<s> run_s=<s>`: the interpreter's start-up (wasm compile + init) apart from the program's
// own run. An uncaught Python exception prints its traceback to stderr, exit status 1.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { loadCircuitPython } from "../js/index.mjs";

const args = process.argv.slice(2);
let heapsize = 64 * 1024 * 1024; // the boards' heaps are far too small for the benchmarks; the peers get this
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--heap") heapsize = parseInt(args[++i], 10);
  else files.push(args[i]);
}
if (files.length !== 1) {
  process.stderr.write("usage: run-wasm.mjs FILE [--heap BYTES]\n");
  process.exit(2);
}
const code = readFileSync(files[0], "utf8");

// Unbuffered output, collected and flushed in chunks, as the MicroPython wrapper does.
let out = [];
let pending = 0;
const flush = () => {
  if (out.length) {
    process.stdout.write(out.join(""));
    out = [];
    pending = 0;
  }
};
const t0 = performance.now();
const py = await loadCircuitPython({
  heapsize,
  linebuffer: false,
  stdout: (text) => {
    out.push(text);
    pending += text.length;
    if (pending > 65536) flush();
  },
  stderr: (text) => process.stderr.write(text),
});
const t1 = performance.now();
let status = 0;
try {
  py.runPython(code);
} catch (e) {
  flush();
  process.stderr.write(String(e && e.traceback ? e.traceback : e) + "\n");
  status = 1;
}
const t2 = performance.now();
flush();
process.stderr.write(
  `#bench load_s=${((t1 - t0) / 1000).toFixed(4)} run_s=${((t2 - t1) / 1000).toFixed(4)}\n`,
);
process.exitCode = status;
