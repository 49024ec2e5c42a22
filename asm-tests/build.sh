#!/usr/bin/env bash
# Rebuilds every committed test module in asm-tests/build/ from asm-tests/src/
# with both AssemblyScript compiler versions the project supports:
#
#   build/<version>/release/<name>.wasm   -O3 --exportRuntime
#   build/<version>/debug/<name>.wasm     --debug --exportRuntime
#
# Typed modules (the typed wrappers of wasmpy.assemblyscript) also get the
# declarations asc writes beside the binary (its .js glue is git-ignored:
# nothing reads it):
#
#   build/0.28.20/{release,debug}/<name>.{wasm,d.ts}   --bindings esm
#   build/0.28.20/raw/<name>.{wasm,d.ts}               -O3 --bindings raw
#   build/0.19.23/{release,debug}/<name>.d.ts             --tsdFile (0.19 has
#                                                         no --bindings)
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
typed_modules=(typed shapes)   # 0.20+ only (--bindings)
both_typed=(optional)      # declarations from both generations
wasi_modules=(console)     # 0.19 only: console.log through WASI fd_write

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
    if [ "$version" = 0.19.23 ]; then
      for m in "${wasi_modules[@]}"; do
        (cd "$here/src" && node "$asc" "$m.ts" --binaryFile "$out/$m.wasm" "${flags[@]}")
        echo "built $version/$profile/$m.wasm"
      done
    fi
    for m in "${both_typed[@]}" "${typed_modules[@]}"; do
      if [ "$version" = 0.19.23 ]; then
        [[ " ${typed_modules[*]} " == *" $m "* ]] && continue
        (cd "$here/src" && node "$asc" "$m.ts" --binaryFile "$out/$m.wasm" --tsdFile "$out/$m.d.ts" "${flags[@]}")
      else
        (cd "$here/src" && node "$asc" "$m.ts" --outFile "$out/$m.wasm" --bindings esm "${flags[@]}")
      fi
      echo "built $version/$profile/$m.wasm (with declarations)"
    done
  done
  if [ "$version" != 0.19.23 ]; then
    out="$here/build/$version/raw"
    mkdir -p "$out"
    for m in "${typed_modules[@]}"; do
      (cd "$here/src" && node "$asc" "$m.ts" --outFile "$out/$m.wasm" --bindings raw -O3 --exportRuntime)
      echo "built $version/raw/$m.wasm"
    done
  fi
done
