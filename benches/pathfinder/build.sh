#!/usr/bin/env bash
# Rebuilds benches/pathfinder/pathfinder.{wasm,d.ts,js} (committed) with
# asc 0.28.20, installed once under asm-tests/tools/0.28 from npm (as
# asm-tests/build.sh does). The benchmark (run.py) needs neither node nor npm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tooldir="$here/../../asm-tests/tools/0.28"
asc="$tooldir/node_modules/assemblyscript/bin/asc.js"
if [ ! -e "$asc" ] || ! grep -q '"version": "0.28.20"' "$tooldir/node_modules/assemblyscript/package.json"; then
  npm install --prefix "$tooldir" --no-save --no-package-lock "assemblyscript@0.28.20"
fi
cd "$here"
node "$asc" pathfinder.ts --outFile pathfinder.wasm -O3 --exportRuntime --bindings esm
echo "built benches/pathfinder/pathfinder.wasm"
