// What the WebAssembly runners (bench/run-wasm.mjs and bench/peers/run-*.mjs) share, so that the three
// columns bench/run.py compares are read, buffered and timed alike:
// - `programFromArgs(usage)`: FILE and an optional `--heap BYTES` (default 64 MiB: the boards' heaps and
//   MicroPython's 1 MiB default are far too small for the benchmarks), exit status 2 on bad usage;
// - `chunkedOutput(stream)`: program output collected and written in chunks, keeping the JS callback
//   overhead out of the way of the program;
// - `report(loadMs, runMs)`: the `#bench load_s=<s> run_s=<s>` line on stderr that bench/run.py times by.
import { readFileSync } from "node:fs";

export function programFromArgs(usage) {
  const args = process.argv.slice(2);
  let heapsize = 64 * 1024 * 1024;
  const files = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--heap") heapsize = parseInt(args[++i], 10);
    else files.push(args[i]);
  }
  if (files.length !== 1) {
    process.stderr.write(`usage: ${usage}\n`);
    process.exit(2);
  }
  return { file: files[0], code: readFileSync(files[0], "utf8"), heapsize };
}

export function chunkedOutput(stream) {
  let chunks = [];
  let pending = 0;
  const flush = () => {
    if (chunks.length) {
      stream.write(Buffer.concat(chunks));
      chunks = [];
      pending = 0;
    }
  };
  /** `data`: text or bytes. */
  const write = (data) => {
    const buf = Buffer.from(data);
    chunks.push(buf);
    pending += buf.length;
    if (pending > 65536) flush();
  };
  return { write, flush };
}

export function report(loadMs, runMs) {
  process.stderr.write(`#bench load_s=${(loadMs / 1000).toFixed(4)} run_s=${(runMs / 1000).toFixed(4)}\n`);
}
