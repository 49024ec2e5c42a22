"""A typed user script: mypy --strict must accept it against wasmpy's
stubs (python/tests/test_typing.py). It also runs."""

from typing import Mapping, Tuple, Union

import numpy as np

import wasmpy
from wasmpy import Func, FuncType, Global, Memory, MemoryType, Table, ValType

WAT = """(module
  (memory (export "memory") 1 4)
  (func (export "add") (param $a i32) (param $b i32) (result i32)
    local.get $a local.get $b i32.add)
  (func (export "store") (param i32 i32) local.get 0 local.get 1 i32.store))
"""


def exports_of(text: str) -> Mapping[str, Union[Func, Memory, Global, Table]]:
    instance = wasmpy.Instance(wasmpy.Module(text))
    return instance.exports


def main() -> Tuple[int, int, float]:
    exports = exports_of(WAT)
    add = exports["add"]
    assert isinstance(add, Func)
    ty: FuncType = add.type
    params: Tuple[ValType, ...] = ty.params
    assert params == (ValType.i32(), ValType.i32())
    memory = exports["memory"]
    assert isinstance(memory, Memory)
    mt: MemoryType = memory.type
    view = memoryview(memory)
    view[0:4] = b"\x01\x00\x00\x00"
    words = np.frombuffer(view, dtype=np.int32, count=4)
    own = Memory(MemoryType(1, 2))
    own.write(0, b"hi")

    def triple(x: int) -> int:
        return 3 * x

    host = Func(triple, FuncType([ValType.i32()], [ValType.i32()]))
    assert host(2) == 6
    binary: bytes = wasmpy.wat2wasm(WAT)
    module = wasmpy.load(binary)
    total: int = add(2, 3) + int(words[0]) + module["add"](1, 1)
    return total, mt.limits.min, float(len(view))


if __name__ == "__main__":
    print(main())
