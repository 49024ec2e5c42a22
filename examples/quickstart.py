"""wasmpy quickstart: import a WebAssembly module like a Python module.

Run from anywhere after `pip install ./python`:

    python examples/quickstart.py
"""

import os
import sys

import wasmpy  # installs the import hook for .wasm and .wat files

# Make this directory importable, so that `import gcd` finds gcd.wat.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gcd  # noqa: E402  (compiled to machine code on import)

print(f"loaded {gcd.__name__} from {gcd.__file__}")
for a, b in [(48, 18), (1071, 462), (17, 5), (2**31, 2**20), (0, 9)]:
    print(f"gcd({a}, {b}) = {gcd.gcd(a, b)}")

try:
    gcd.gcd(1.5, 2)
except TypeError as e:
    print(f"TypeError: {e}")

trapping = wasmpy.Module('(module (func (export "div") (param i32 i32) (result i32) '
                         "local.get 0 local.get 1 i32.div_u))")
div = dict(wasmpy.Instance(trapping).exports)["div"]
try:
    div(1, 0)
except wasmpy.Trap as e:
    print(f"Trap ({e.kind!r}): {e}")
