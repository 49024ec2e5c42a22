#!/usr/bin/env bash
# Rebuilds benches/navmesh/navmesh.{wasm,d.ts,js} (committed) from navmesh.ts
# with asc 0.28.20 -O3 --exportRuntime --bindings esm, installed once under
# asm-tests/tools/0.28 from npm (as asm-tests/build.sh does). navmesh.js is
# asc's ESM glue: run.py's node column imports it (run_node.mjs), so unlike
# the glue of asm-tests/ and benches/pathfinder/ it is committed. Running the
# benchmark needs neither npm nor asc.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tooldir="$here/../../asm-tests/tools/0.28"
asc="$tooldir/node_modules/assemblyscript/bin/asc.js"
if [ ! -e "$asc" ] || ! grep -q '"version": "0.28.20"' "$tooldir/node_modules/assemblyscript/package.json"; then
  npm install --prefix "$tooldir" --no-save --no-package-lock "assemblyscript@0.28.20"
fi
cd "$here"
node "$asc" navmesh.ts --outFile navmesh.wasm -O3 --exportRuntime --bindings esm
echo "built benches/navmesh/navmesh.wasm"
