"""Traps and compile errors."""

import pytest

import wasmpy
from conftest import compile_or_xfail

TRAPS = """(module
  (memory 1)
  (type $i2i (func (param i32) (result i32)))
  (table 3 funcref)
  (elem (i32.const 0) $inc $nothing)
  (func $inc (param i32) (result i32) local.get 0 i32.const 1 i32.add)
  (func $nothing)
  (func (export "div_s") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s)
  (func (export "rem_u64") (param i64 i64) (result i64) local.get 0 local.get 1 i64.rem_u)
  (func (export "div_s64") (param i64 i64) (result i64) local.get 0 local.get 1 i64.div_s)
  (func (export "boom") unreachable)
  (func (export "load") (param i32) (result i32) local.get 0 i32.load)
  (func (export "store") (param i32) local.get 0 i32.const 1 i32.store)
  (func $forever (export "forever") (param i32) (result i32)
    local.get 0 i32.const 1 i32.add call $forever)
  (func (export "indirect") (param i32) (result i32)
    i32.const 5 local.get 0 call_indirect (type $i2i)))
"""


@pytest.fixture(scope="module")
def m():
    module = wasmpy.WasmModule("traps")
    module._wasmpy_bind(wasmpy.Instance(wasmpy.Module(TRAPS)))
    return module


@pytest.mark.parametrize(
    "call,kind,text",
    [
        (lambda m: m.div_s(1, 0), wasmpy.TrapKind.INTEGER_DIVIDE_BY_ZERO, "integer divide by zero"),
        (lambda m: m.rem_u64(1, 0), wasmpy.TrapKind.INTEGER_DIVIDE_BY_ZERO, "integer divide by zero"),
        (lambda m: m.div_s(-(2**31), -1), wasmpy.TrapKind.INTEGER_OVERFLOW, "integer overflow"),
        (lambda m: m.div_s64(-(2**63), -1), wasmpy.TrapKind.INTEGER_OVERFLOW, "integer overflow"),
        (lambda m: m.boom(), wasmpy.TrapKind.UNREACHABLE, "unreachable"),
        (lambda m: m.load(65536), wasmpy.TrapKind.MEMORY_OUT_OF_BOUNDS, "out of bounds memory access"),
        (lambda m: m.load(65533), wasmpy.TrapKind.MEMORY_OUT_OF_BOUNDS, "out of bounds memory access"),
        (lambda m: m.store(-1), wasmpy.TrapKind.MEMORY_OUT_OF_BOUNDS, "out of bounds memory access"),
        (lambda m: m.forever(0), wasmpy.TrapKind.CALL_STACK_EXHAUSTED, "call stack exhausted"),
        (lambda m: m.indirect(2), wasmpy.TrapKind.INDIRECT_CALL_TO_NULL, "uninitialized element"),
        (lambda m: m.indirect(3), wasmpy.TrapKind.TABLE_OUT_OF_BOUNDS, "undefined element"),
        (lambda m: m.indirect(1), wasmpy.TrapKind.BAD_SIGNATURE, "indirect call type mismatch"),
    ],
)
def test_trap_kinds(m, call, kind, text):
    with pytest.raises(wasmpy.Trap) as info:
        call(m)
    trap = info.value
    assert trap.kind is kind
    assert trap.kind == text  # TrapKind members compare equal to the spec text
    assert str(trap.kind) == text
    assert text in str(trap)
    assert isinstance(trap, RuntimeError)


def test_instance_still_works_after_traps(m):
    for _ in range(3):
        with pytest.raises(wasmpy.Trap):
            m.forever(0)
        with pytest.raises(wasmpy.Trap):
            m.load(1 << 20)
    assert m.div_s(7, 2) == 3
    assert m.load(0) == 0
    assert m.indirect(0) == 6


def test_trap_message_names_the_function(m):
    with pytest.raises(wasmpy.Trap, match=r'integer divide by zero \(in wasm function "div_s"\)'):
        m.div_s(1, 0)


def test_invalid_conversion_trap():
    m = compile_or_xfail(
        '(module (func (export "trunc") (param f64) (result i32) local.get 0 i32.trunc_f64_s))'
    )
    with pytest.raises(wasmpy.Trap) as info:
        m.trunc(float("nan"))
    assert info.value.kind is wasmpy.TrapKind.INVALID_CONVERSION_TO_INTEGER
    assert m.trunc(-3.9) == -3


def test_trap_kind_enum_matches_the_engine():
    native = wasmpy._native.trap_kinds()
    assert [(k.name, k.value) for k in wasmpy.TrapKind] == native


def test_trap_can_be_built_from_python():
    t = wasmpy.Trap("custom", "unreachable")
    assert t.kind is wasmpy.TrapKind.UNREACHABLE
    assert wasmpy.Trap("x", "INTEGER_OVERFLOW").kind is wasmpy.TrapKind.INTEGER_OVERFLOW


HEADER = b"\x00asm\x01\x00\x00\x00"


def test_malformed_module_offset():
    with pytest.raises(wasmpy.CompileError) as info:
        wasmpy.Module(HEADER + b"\x01")  # a section id, then nothing
    assert info.value.offset == 9
    assert "unexpected end" in info.value.message
    assert isinstance(info.value, ValueError)
    assert "(at offset 0x9)" in str(info.value)


def test_bad_magic():
    with pytest.raises(wasmpy.CompileError) as info:
        wasmpy.Module(b"\x00asn\x01\x00\x00\x00")
    assert info.value.offset == 0
    assert "magic" in info.value.message


def test_invalid_module_offset():
    # (func (result i32)) with an empty body: the `end` at offset 24 leaves
    # nothing on the stack for the i32 result.
    binary = (
        HEADER
        + bytes([0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7F])  # offsets 8..14
        + bytes([0x03, 0x02, 0x01, 0x00])  # 15..18
        + bytes([0x0A, 0x04, 0x01, 0x02, 0x00, 0x0B])  # 19..24; `end` at 24
    )
    with pytest.raises(wasmpy.CompileError) as info:
        wasmpy.Module(binary)
    assert info.value.offset == 24
    assert "type mismatch" in info.value.message
    assert not isinstance(info.value, wasmpy.UnsupportedError)


def test_invalid_text_module_has_binary_offset():
    with pytest.raises(wasmpy.CompileError) as info:
        wasmpy.Module("(module (func (result i32)))")
    assert info.value.offset == 24
    assert "type mismatch" in info.value.message


def test_text_syntax_error_names_line_and_file(tmp_path):
    path = tmp_path / "bad.wat"
    path.write_text("(module\n  (func (result i32)\n")
    with pytest.raises(wasmpy.CompileError) as info:
        wasmpy.load(path)
    assert info.value.offset is None
    assert "bad.wat:3" in str(info.value)


def test_unsupported_feature_is_a_compile_error():
    # A valid module using an instruction the engine may not compile yet; if
    # it compiles, it must run correctly instead.
    text = '(module (func (export "f") (param f32) (result f32) local.get 0 local.get 0 f32.add))'
    try:
        module = wasmpy.Module(text)
    except wasmpy.UnsupportedError as e:
        assert isinstance(e, wasmpy.CompileError)
        assert e.feature and e.offset is not None
        assert e.feature in str(e)
    else:
        f = dict(wasmpy.Instance(module).exports)["f"]
        assert f(1.25) == 2.5


def test_source_type_error():
    with pytest.raises(TypeError, match="bytes"):
        wasmpy.Module(42)


def test_missing_import_is_a_link_error():
    module = wasmpy.Module('(module (import "env" "f" (func)))')
    assert module.imports == [("env", "f", "func")]
    with pytest.raises(wasmpy.LinkError, match='"env"."f"'):
        wasmpy.Instance(module)
    with pytest.raises(wasmpy.LinkError, match='"env"."f"'):
        wasmpy.Instance(module, {"env": {}})
    with pytest.raises(wasmpy.LinkError, match="cannot be a int"):
        wasmpy.Instance(module, {"env": {"f": 3}})
    plain = wasmpy.Module("(module)")
    wasmpy.Instance(plain, {"env": {"f": print}})  # unused imports are ignored
    wasmpy.Instance(plain, {})


def test_start_function_trap():
    module = wasmpy.Module("(module (func $s unreachable) (start $s))")
    with pytest.raises(wasmpy.Trap) as info:
        wasmpy.Instance(module)
    assert info.value.kind is wasmpy.TrapKind.UNREACHABLE
