//! The package in headless Chromium (Debian's, driven by playwright-core; scripts/setup-browser.sh installs
//! both): a page loads it from a static server without a bundler, runs a `time.sleep` loop while a
//! requestAnimationFrame counter keeps advancing, and interrupts it.

import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile, mkdtemp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, normalize, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const CHROMIUM = "/usr/bin/chromium";
const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const TYPES = { ".mjs": "text/javascript", ".js": "text/javascript", ".wasm": "application/wasm", ".html": "text/html" };

const PAGE = `<!doctype html><meta charset="utf-8"><script type="module">
import { loadCircuitPython } from "/dist/index.mjs";
window.result = (async () => {
  const lines = [];
  const py = await loadCircuitPython({ stdout: (l) => lines.push(l) });
  let frames = 0;
  const count = () => { frames++; requestAnimationFrame(count); };
  requestAnimationFrame(count);
  const run = py.runPythonAsync("import time\\nn = 0\\nwhile True:\\n    time.sleep(0.01)\\n    n += 1");
  await new Promise((r) => setTimeout(r, 1000));
  const framesDuringLoop = frames;
  const loops = py.globals.get("n");
  const t0 = performance.now();
  py.interrupt();
  let error = null;
  try { await run; } catch (e) { error = e.type; }
  const latency = performance.now() - t0;
  py.runPython("print('after', 1 + 1)");
  return { framesDuringLoop, loops, error, latency, lines };
})();
</script>`;

let playwright = null;
try {
  playwright = await import("playwright-core");
} catch {
  // reported by the skip below
}

test("in Chromium: rAF keeps running during time.sleep loops; interrupt stops them", {
  skip: !existsSync(CHROMIUM) || playwright === null ? "run scripts/setup-browser.sh first" : false,
  timeout: 60_000,
}, async () => {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    if (path === "/") {
      res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
      return;
    }
    const file = normalize(join(packageDir, path));
    if (!file.startsWith(packageDir)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const profile = await mkdtemp(join(tmpdir(), "cpwasm-chromium-"));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const page = await context.newPage();
    const pageErrors = [];
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const result = await page.evaluate(() => window.result);
    assert.deepEqual(pageErrors, []);
    assert.equal(result.error, "KeyboardInterrupt");
    assert.ok(result.framesDuringLoop >= 20, `only ${result.framesDuringLoop} frames in 1 s`);
    assert.ok(result.loops >= 20, `only ${result.loops} sleeps in 1 s`);
    assert.ok(result.latency < 300, `interrupt took ${result.latency} ms`);
    assert.deepEqual(result.lines, ["after 2"]);
  } finally {
    await context.close();
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
});
