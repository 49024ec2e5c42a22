// Times one benchmark module on node's WebAssembly (V8); driven by run.py.
//
//   node [V8 flags] run_node.mjs FILE.wasm [--repeats N] [--compile-repeats M] [--compile-only]
//
// Compiles FILE.wasm with the synchronous `new WebAssembly.Module` M times
// (best time kept; no instantiation), then unless --compile-only
// instantiates it and calls its export `run` N times, keeping the best
// CPU time of one call (the process's, `process.cpuUsage`: node has no
// per-thread clock, so V8's background threads count too). Prints the same JSON object as bench-run:
// {"wasm_bytes", "compile_s", "run_s", "checksum"} (checksum as an unsigned
// decimal string). For compile speed run.py passes V8's
// --liftoff-only --no-wasm-lazy-compilation, so every function is compiled
// eagerly by the baseline compiler.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const args = process.argv.slice(2);
let file = null, repeats = 3, compileRepeats = 1, compileOnly = false;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--repeats") repeats = Number(args[++i]);
  else if (args[i] === "--compile-repeats") compileRepeats = Number(args[++i]);
  else if (args[i] === "--compile-only") compileOnly = true;
  else file = args[i];
}
const bytes = readFileSync(file);
let compileS = Infinity, module = null;
for (let i = 0; i < compileRepeats; i++) {
  const t = performance.now();
  module = new WebAssembly.Module(bytes);
  compileS = Math.min(compileS, (performance.now() - t) / 1e3);
}
const out = { wasm_bytes: bytes.length, compile_s: compileS };
if (!compileOnly) {
  const instance = new WebAssembly.Instance(module, {});
  let best = Infinity, checksum = null;
  for (let i = 0; i < repeats; i++) {
    const t = process.cpuUsage();
    const r = instance.exports.run();
    const u = process.cpuUsage(t);
    const dt = (u.user + u.system) / 1e6;
    const c = typeof r === "bigint" ? BigInt.asUintN(64, r).toString() : String(r >>> 0);
    if (checksum !== null && c !== checksum) {
      console.error(`checksum changed between calls: ${checksum} then ${c}`);
      process.exit(1);
    }
    checksum = c;
    best = Math.min(best, dt);
  }
  out.run_s = best;
  out.checksum = checksum;
}
console.log(JSON.stringify(out));
