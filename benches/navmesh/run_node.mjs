// The node column of benches/navmesh/run.py: navmesh.wasm through asc's ESM
// bindings (navmesh.js, written by build.sh), on V8's default tiers.
//
//   node run_node.mjs      then, one command a line on stdin:
//     build W H OBSTACLE_PERCENT SEED   -> {"result": walkable triangles}
//     run COUNT SEED                    -> {"result": checksum, "cpu_s": s}
//
// cpu_s is process.cpuUsage() (user + system) around the one export call:
// node has no per-thread clock, so V8's background threads (tier-up
// compiles) count too. One JSON object per line on stdout.
import { createInterface } from "node:readline";
import { build_mesh, run_queries } from "./navmesh.js";

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  const [cmd, ...a] = line.trim().split(/\s+/);
  if (cmd === "build") {
    const n = build_mesh(Number(a[0]), Number(a[1]), Number(a[2]), Number(a[3]));
    console.log(JSON.stringify({ result: n }));
  } else if (cmd === "run") {
    const t = process.cpuUsage();
    const r = run_queries(Number(a[0]), Number(a[1]));
    const u = process.cpuUsage(t);
    console.log(JSON.stringify({ result: r, cpu_s: (u.user + u.system) / 1e6 }));
  } else if (cmd) {
    console.error(`unknown command: ${line}`);
    process.exit(2);
  }
}
