"""``wasmpy.load`` and the module objects it returns."""

from pathlib import Path

import wasmpy
from conftest import ANSWER_WASM


def test_load_bytes():
    m = wasmpy.load(ANSWER_WASM)
    assert isinstance(m, wasmpy.WasmModule)
    assert m.answer() == 42
    assert m.__name__ == "<wasm>"
    assert wasmpy.load(bytearray(ANSWER_WASM), name="ans").__name__ == "ans"
    assert wasmpy.load(memoryview(ANSWER_WASM)).answer() == 42


def test_load_paths(tmp_path: Path):
    (tmp_path / "a.wasm").write_bytes(ANSWER_WASM)
    (tmp_path / "b.wat").write_text('(module (func (export "answer") (result i32) i32.const 7))')
    a = wasmpy.load(tmp_path / "a.wasm")
    b = wasmpy.load(str(tmp_path / "b.wat"))
    assert (a.answer(), b.answer()) == (42, 7)
    assert a.__name__ == "a" and b.__file__ == str(tmp_path / "b.wat")


def test_module_metadata():
    module = wasmpy.Module(ANSWER_WASM)
    assert module.exports == [("answer", "func")]
    assert module.imports == []
    assert module.code_size > 0
    instance = wasmpy.Instance(module)
    assert instance.module is module
    (name, func), = instance.exports.items()
    assert name == "answer" and isinstance(func, wasmpy.Func)


def test_instances_are_independent():
    module = wasmpy.Module(
        """(module (global $n (mut i32) (i32.const 0))
             (func (export "bump") (result i32)
               global.get $n i32.const 1 i32.add global.set $n global.get $n))"""
    )
    a = dict(wasmpy.Instance(module).exports)["bump"]
    b = dict(wasmpy.Instance(module).exports)["bump"]
    assert [a(), a(), a()] == [1, 2, 3]
    assert b() == 1
