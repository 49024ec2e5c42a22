"""The Python API as a wasmtime-py user expects it: exports as a mapping,
typed type objects, text or paths wherever a module is taken, reference
values, numpy scalars as arguments, errors that point, names from the name
section."""

import gc
import inspect
import pathlib
import types
import weakref

import numpy as np
import pytest

import wasmpy
from wasmpy import FuncType, GlobalType, MemoryType, TableType, ValType

ADD = """(module
  (func $add (export "add") (param $a i32) (param $b i32) (result i32)
    local.get $a local.get $b i32.add)
  (memory (export "mem") 1 3)
  (global (export "g") (mut i64) (i64.const 7))
  (table (export "tab") 2 10 funcref)
  (func (export "half") (param f64) (result f64) local.get 0 f64.const 0.5 f64.mul))
"""


def test_exports_is_a_read_only_mapping_in_export_order():
    inst = wasmpy.Instance(wasmpy.Module(ADD))
    exports = inst.exports
    assert list(exports) == ["add", "mem", "g", "tab", "half"]
    assert exports["add"](2, 3) == 5
    assert isinstance(exports["mem"], wasmpy.Memory)
    assert "half" in exports and "nope" not in exports
    assert len(exports) == 5
    with pytest.raises(TypeError):
        exports["add"] = None  # type: ignore[index]
    with pytest.raises(KeyError):
        exports["nope"]
    assert exports.get("nope") is None
    assert isinstance(exports, types.MappingProxyType)


def test_types_are_objects_whose_str_is_the_text_format():
    inst = wasmpy.Instance(wasmpy.Module(ADD))
    e = inst.exports
    add = e["add"]
    assert isinstance(add.type, FuncType)
    assert add.type.params == (ValType.i32(), ValType.i32())
    assert add.type.results == (ValType.i32(),)
    assert str(add.type) == "func (i32, i32) -> (i32)"
    assert add.type == FuncType([ValType.i32(), ValType.i32()], [ValType.i32()])
    assert add.type == FuncType(["i32", "i32"], ["i32"])
    assert add.type != FuncType(["i64"], [])
    assert add.params == ("i32", "i32") and isinstance(add.params[0], ValType)
    mem_t = e["mem"].type
    assert isinstance(mem_t, MemoryType) and mem_t.limits == (1, 3)
    assert mem_t.limits.min == 1 and mem_t.limits.max == 3 and str(mem_t) == "memory 1 3"
    tab_t = e["tab"].type
    assert isinstance(tab_t, TableType) and tab_t.element == ValType.funcref()
    assert tab_t.limits.max == 10 and str(tab_t) == "table 2 10 funcref"
    g_t = e["g"].type
    assert isinstance(g_t, GlobalType) and g_t.content == ValType.i64() and g_t.mutable
    assert str(g_t) == "global (mut i64)"
    kinds = dict(wasmpy.Module(ADD).export_types)
    assert isinstance(kinds["add"], FuncType) and kinds["add"] == "func (i32, i32) -> (i32)"
    assert isinstance(kinds["mem"], MemoryType) and isinstance(kinds["g"], GlobalType)
    with pytest.raises(ValueError):
        ValType("i33")
    with pytest.raises(ValueError):
        TableType(ValType.i32(), 1)
    assert repr(ValType.f32()) == "ValType.f32()"
    assert hash(FuncType([], [])) == hash(FuncType([], []))


def test_externs_from_type_objects():
    m = wasmpy.Memory(MemoryType(1, 2))
    assert m.size == 1 and m.maximum == 2 and m.type == MemoryType(1, 2)
    t = wasmpy.Table(TableType(ValType.externref(), 3, 5))
    assert len(t) == 3 and t.element == "externref" and t.maximum == 5
    g = wasmpy.Global(GlobalType(ValType.f64(), True), 1.5)
    assert g.mutable and g.value == 1.5
    g.value = 2.5
    assert g.value == 2.5


def test_load_and_module_take_text_bytes_and_paths(tmp_path):
    assert wasmpy.load(ADD).add(1, 2) == 3
    assert wasmpy.load(ADD.encode()).add(1, 2) == 3
    assert wasmpy.load(b"  (module (func (export \"f\") (result i32) i32.const 4))").f() == 4
    binary = wasmpy.wat2wasm(ADD)
    assert binary[:4] == b"\0asm" and wasmpy.wat2wasm(ADD.encode()) == binary
    assert wasmpy.load(binary).add(2, 2) == 4
    path = tmp_path / "adder.wasm"
    path.write_bytes(binary)
    assert wasmpy.load(path).add(3, 4) == 7
    assert wasmpy.load(str(path)).__name__ == "adder"
    assert wasmpy.Module(path).path == str(path)
    assert wasmpy.Module(str(path)).exports[0] == ("add", "func")
    assert wasmpy.Module.from_file(path).code_size > 0
    text_path = tmp_path / "t.wat"
    text_path.write_text(ADD)
    assert wasmpy.load(text_path).half(3.0) == 1.5
    with pytest.raises(wasmpy.CompileError) as e:
        wasmpy.wat2wasm("(module (func (result i32) i32.const))")
    assert e.value.offset is None and "\n" in str(e.value) or ":" in str(e.value)
    with pytest.raises(FileNotFoundError):
        wasmpy.load(tmp_path / "missing.wasm")


def test_bad_text_bytes_give_a_short_error():
    with pytest.raises(wasmpy.CompileError) as e:
        wasmpy.load(b"(module (func $f (result i32)))")
    message = str(e.value)
    assert "magic header" not in message
    assert "type mismatch" in message and "$f" in message


def test_compile_error_names_file_function_and_offset(tmp_path):
    bad = tmp_path / "bad.wat"
    bad.write_text(
        '(module (func $ok (result i32) i32.const 1)\n'
        '  (func $broken (export "b") (result i32) i64.const 1))'
    )
    with pytest.raises(wasmpy.CompileError) as e:
        wasmpy.load(bad)
    err = e.value
    assert err.path == str(bad) and err.func_index == 1 and err.func_name == "broken"
    assert err.offset is not None
    message = str(err)
    assert "type mismatch" in message and str(bad) in message
    assert "func 1 $broken" in message and f"{err.offset:#x}" in message


def test_import_of_a_bad_module_names_it(tmp_path, monkeypatch):
    (tmp_path / "badmod16.wat").write_text("(module (func $g (result i32)))")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(wasmpy.CompileError) as e:
        import badmod16  # noqa: F401
    assert "badmod16.wat" in str(e.value) and "$g" in str(e.value)


def test_numpy_scalars_and_index_objects_are_arguments():
    e = wasmpy.Instance(wasmpy.Module(ADD)).exports

    class Five:
        def __index__(self):
            return 5

    assert e["add"](np.int32(5), 6) == 11
    assert e["add"](np.uint8(250), np.int64(6)) == 256
    assert e["add"](Five(), True) == 6
    assert e["half"](np.float32(3.0)) == 1.5
    assert e["half"](np.int16(3)) == 1.5
    with pytest.raises(TypeError):
        e["add"](1.5, 2)
    with pytest.raises(TypeError):
        e["add"]("1", 2)
    with pytest.raises(OverflowError):
        e["add"](np.uint64(2**63), 1)


REFS = """(module
  (table $t (export "t") 4 externref)
  (table $f (export "funcs") 2 funcref)
  (type $i2i (func (param i32) (result i32)))
  (func (export "id") (param externref) (result externref) local.get 0)
  (func (export "put") (param i32 externref) local.get 0 local.get 1 table.set $t)
  (func (export "get") (param i32) (result externref) local.get 0 table.get $t)
  (func (export "is_null") (param funcref) (result i32) local.get 0 ref.is_null)
  (func (export "set_func") (param i32 funcref) local.get 0 local.get 1 table.set $f)
  (func (export "call_at") (param i32 i32) (result i32)
    local.get 1 local.get 0 call_indirect $f (type $i2i))
  (func (export "double") (param i32) (result i32) local.get 0 i32.const 2 i32.mul))
"""


def test_externref_carries_any_object_and_keeps_it_alive():
    e = wasmpy.Instance(wasmpy.Module(REFS)).exports

    class Thing:
        pass

    thing = Thing()
    assert e["id"](thing) is thing
    assert e["id"](None) is None
    e["put"](1, thing)
    ref = weakref.ref(thing)
    del thing
    gc.collect()
    assert ref() is not None, "wasm still holds the reference"
    assert e["get"](1) is ref()
    e["t"][2] = {"a": 1}
    assert e["get"](2) == {"a": 1} and e["t"][2] == {"a": 1}
    assert e["get"](0) is None


def test_funcs_as_funcref_arguments_and_table_elements():
    e = wasmpy.Instance(wasmpy.Module(REFS)).exports
    assert e["is_null"](None) == 1
    assert e["is_null"](e["double"]) == 0
    e["set_func"](0, e["double"])
    assert e["call_at"](0, 21) == 42
    other = wasmpy.Instance(wasmpy.Module(
        '(module (func (export "inc") (param i32) (result i32) local.get 0 i32.const 1 i32.add))'
    )).exports
    e["funcs"][1] = other["inc"]  # a function of another store
    assert e["call_at"](1, 41) == 42
    e["set_func"](1, other["double" if "double" in other else "inc"])
    assert e["call_at"](1, 1) == 2
    with pytest.raises(TypeError):
        e["funcs"][0] = len  # not a wasmpy.Func


def test_parameter_names_come_from_the_name_section():
    add = wasmpy.load(ADD).add
    assert add.__text_signature__ == "(a: i32, b: i32, /) -> i32"
    assert list(inspect.signature(add).parameters) == ["a", "b"]
    assert "add(a: i32, b: i32, /) -> i32" in add.__doc__
    half = wasmpy.load(ADD).half
    assert list(inspect.signature(half).parameters) == ["p0"]


def test_stack_overflow_trap_message_is_short_and_frames_complete():
    m = wasmpy.load('(module (func $f (export "f") (param i32) (result i32)'
                    ' local.get 0 i32.const 1 i32.add call $f))')
    with pytest.raises(wasmpy.Trap) as e:
        m.f(0)
    trap = e.value
    assert trap.kind == wasmpy.TrapKind.CALL_STACK_EXHAUSTED
    assert len(str(trap)) < 4096, len(str(trap))
    assert "[previous frame repeated" in str(trap) and "more times]" in str(trap)
    assert len(trap.frames) > 1000
    assert all(f == (0, "f") for f in trap.frames)


def test_memory_grow_past_the_limit_names_it():
    m = wasmpy.Memory(1, 2)
    assert m.grow(1) == 1
    with pytest.raises(ValueError, match=r"cannot grow memory by 10 pages: 2 \+ 10 pages exceeds 2 pages"):
        m.grow(10)
    assert m.size == 2


def test_every_public_class_has_a_docstring():
    for name in wasmpy.__all__:
        obj = getattr(wasmpy, name)
        if isinstance(obj, type):
            assert obj.__doc__ and len(obj.__doc__.strip()) > 20, name
    assert "linear memory" in wasmpy.Memory.__doc__
    assert "WebAssembly function" in wasmpy.Func.__doc__


def test_version_comes_from_the_package_metadata():
    from importlib import metadata

    assert wasmpy.__version__ == metadata.version("wasmpy")


def test_func_from_a_python_callable():
    calls = []

    def mul(a, b):
        calls.append((a, b))
        return a * b

    f = wasmpy.Func(mul, FuncType([ValType.i32(), ValType.i32()], [ValType.i32()]))
    assert f(6, 7) == 42 and calls == [(6, 7)]
    assert f.type == "func (i32, i32) -> (i32)" and f.__name__ == "mul"
    g = wasmpy.Func(lambda x: x + 1, (["i64"], ["i64"]))
    assert g(2**40) == 2**40 + 1
    # As an import, then as a funcref table element and argument.
    m = wasmpy.load(
        """(module (import "env" "mul" (func $mul (param i32 i32) (result i32)))
        (type $bin (func (param i32 i32) (result i32)))
        (table $t (export "t") 1 funcref)
        (func (export "twice") (param i32) (result i32) local.get 0 i32.const 2 call $mul)
        (func (export "via") (param i32 i32) (result i32)
          local.get 0 local.get 1 i32.const 0 call_indirect $t (type $bin))
        (func (export "put") (param funcref) i32.const 0 local.get 0 table.set $t))""",
        imports={"env": {"mul": f}},
    )
    assert m.twice(21) == 42
    m.t[0] = f
    assert m.via(3, 5) == 15
    m.put(wasmpy.Func(lambda a, b: a - b, FuncType(["i32", "i32"], ["i32"])))
    assert m.via(3, 5) == -2
    with pytest.raises(TypeError):
        wasmpy.Func(42, FuncType([], []))
    with pytest.raises(TypeError):
        wasmpy.Func(len, "func () -> ()")
    with pytest.raises(TypeError, match="host function <lambda> result 1"):
        wasmpy.Func(lambda: "no", FuncType([], ["i32"]))()


def test_wasmtime_habits():
    """What a wasmtime-py user writes, minus the store argument."""
    module = wasmpy.Module(wasmpy.wat2wasm(
        '(module (import "env" "double" (func $d (param i32) (result i32)))'
        ' (memory (export "memory") 1)'
        ' (func (export "quad") (param i32) (result i32) local.get 0 call $d call $d))'
    ))
    (imp,) = module.imports
    assert imp.module == "env" and imp.name == "double" and isinstance(imp.type, FuncType)
    assert imp == ("env", "double", "func")
    names = [(e.name, str(e.type)) for e in module.exports]
    assert names == [("memory", "memory 1"), ("quad", "func (i32) -> (i32)")]
    ty = FuncType([ValType.i32()], [ValType.i32()])
    assert ty.params == [ValType.i32()] and ty.results == [ValType.i32()]
    double = wasmpy.Func(lambda x: 2 * x, ty)
    instance = wasmpy.Instance(module, [double])  # imports in order, as a list
    assert instance.exports["quad"](5) == 20
    memory = instance.exports["memory"]
    assert memory.type.limits.min == 1 and memory.type.limits.max is None
    with pytest.raises(wasmpy.LinkError):
        wasmpy.Instance(module, [])
