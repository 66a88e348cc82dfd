// Run one Python file on the MicroPython WebAssembly (PyScript variant) port.
//
//   node bench/peers/run-micropython.mjs FILE [--heap BYTES]
//
// The program's stdout goes to our stdout unchanged.  On stderr we print one
// line `#bench load_s=<s> run_s=<s>` so bench/run.py can separate the
// interpreter start-up (wasm compile + init) from the program's own run time.
// An uncaught Python exception prints its traceback to stderr, exit status 1.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript/micropython.mjs";

const args = process.argv.slice(2);
let heapsize = 64 * 1024 * 1024; // the default 1 MiB is far too small for the benchmarks
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--heap") heapsize = parseInt(args[++i], 10);
  else files.push(args[i]);
}
if (files.length !== 1) {
  process.stderr.write("usage: run-micropython.mjs FILE [--heap BYTES]\n");
  process.exit(2);
}
const code = readFileSync(files[0], "utf8");

// Unbuffered byte-wise output, collected and flushed in chunks to keep the
// JS callback overhead out of the way of the program as much as possible.
let out = [];
const flush = () => {
  if (out.length) {
    process.stdout.write(Buffer.from(out));
    out = [];
  }
};
const t0 = performance.now();
const mp = await loadMicroPython({
  heapsize,
  linebuffer: false,
  stdout: (bytes) => {
    for (const b of bytes) out.push(b);
    if (out.length > 65536) flush();
  },
  stderr: (bytes) => process.stderr.write(Buffer.from(bytes)),
});
const t1 = performance.now();
let status = 0;
try {
  mp.runPython(code);
} catch (e) {
  flush();
  process.stderr.write(String(e && e.message ? e.message : e) + "\n");
  status = 1;
}
const t2 = performance.now();
flush();
process.stderr.write(
  `#bench load_s=${((t1 - t0) / 1000).toFixed(4)} run_s=${((t2 - t1) / 1000).toFixed(4)}\n`,
);
process.exitCode = status;
