#!/usr/bin/env bash
# Rebuilds every committed test module in asm-tests/build/ from asm-tests/src/
# with both AssemblyScript compiler versions the project supports:
#
#   build/<version>/release/<name>.wasm   -O3 --exportRuntime
#   build/<version>/debug/<name>.wasm     --debug --exportRuntime
#
# The compilers are installed (once) under asm-tests/tools/<major.minor>/
# from the npm registry; node_modules is git-ignored. Tests only read the
# committed .wasm files, so running the tests needs neither node nor npm.
#
# Usage: asm-tests/build.sh            (install if needed, then build all)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
versions=("0.28.20" "0.19.23")
modules=(math strings arrays vector3d diagnostics)

for version in "${versions[@]}"; do
  tooldir="$here/tools/${version%.*}"
  asc="$tooldir/node_modules/assemblyscript/bin/asc"
  [ -e "$asc" ] || asc="$asc.js"
  if [ ! -e "$asc" ] || ! grep -q "\"version\": \"$version\"" "$tooldir/node_modules/assemblyscript/package.json"; then
    npm install --prefix "$tooldir" --no-save --no-package-lock "assemblyscript@$version"
    asc="$tooldir/node_modules/assemblyscript/bin/asc"
    [ -e "$asc" ] || asc="$asc.js"
  fi
  for profile in release debug; do
    out="$here/build/$version/$profile"
    mkdir -p "$out"
    if [ "$profile" = release ]; then flags=(-O3 --exportRuntime); else flags=(--debug --exportRuntime); fi
    for m in "${modules[@]}"; do
      # 0.19 names the binary output -b/--binaryFile; 0.20+ names it -o/--outFile.
      if [ "${version%%.*}" = 0 ] && [ "$(echo "$version" | cut -d. -f2)" -lt 20 ]; then
        outflag=(--binaryFile "$out/$m.wasm")
      else
        outflag=(--outFile "$out/$m.wasm")
      fi
      (cd "$here/src" && node "$asc" "$m.ts" "${outflag[@]}" "${flags[@]}")
      echo "built $version/$profile/$m.wasm"
    done
  done
done
