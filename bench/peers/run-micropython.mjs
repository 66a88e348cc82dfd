// Run one Python file on the MicroPython WebAssembly (PyScript variant) port.
//
//   node bench/peers/run-micropython.mjs FILE [--heap BYTES]
//
// The program's stdout goes to our stdout unchanged.  On stderr we print one
// line `#bench load_s=<s> run_s=<s>` so bench/run.py can separate the
// interpreter start-up (wasm compile + init) from the program's own run time (shared parts in
// ../wrapper.mjs).
// An uncaught Python exception prints its traceback to stderr, exit status 1.
import { performance } from "node:perf_hooks";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript/micropython.mjs";
import { chunkedOutput, programFromArgs, report } from "../wrapper.mjs";

const { code, heapsize } = programFromArgs("run-micropython.mjs FILE [--heap BYTES]");
const out = chunkedOutput(process.stdout);
const t0 = performance.now();
const mp = await loadMicroPython({
  heapsize,
  linebuffer: false,
  stdout: out.write,
  stderr: (bytes) => process.stderr.write(Buffer.from(bytes)),
});
const t1 = performance.now();
let status = 0;
try {
  mp.runPython(code);
} catch (e) {
  out.flush();
  process.stderr.write(String(e && e.message ? e.message : e) + "\n");
  status = 1;
}
const t2 = performance.now();
out.flush();
report(t1 - t0, t2 - t1);
process.exitCode = status;
