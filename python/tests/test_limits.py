"""Resource limits (``wasmpy.Limits``): per instance with ``limits=``, or
for everything loaded afterwards with ``set_default_limits``."""

import pytest

import wasmpy

GROW = """(module (memory (export "mem") 1)
  (func (export "grow") (param i32) (result i32) local.get 0 memory.grow))"""
TABLE = """(module (table (export "tab") 2 funcref)
  (func (export "grow") (param i32) (result i32) ref.null func local.get 0 table.grow 0))"""
RECURSE = """(module (global $d (export "depth") (mut i32) (i32.const 0))
  (func $r (export "recurse") global.get $d i32.const 1 i32.add global.set $d call $r))"""


@pytest.fixture
def restore_defaults():
    saved = wasmpy.get_default_limits()
    yield
    wasmpy.set_default_limits(saved)


def test_defaults_are_the_documented_values():
    d = wasmpy.Limits()
    assert (d.max_memory_pages, d.max_table_elements, d.max_wasm_stack) == (
        65536,
        10_000_000,
        1 << 20,
    )
    assert wasmpy.get_default_limits() == d
    assert repr(d) == (
        "Limits(max_memory_pages=65536, max_table_elements=10000000, max_wasm_stack=1048576, "
        "max_store_bytes=2147483648)"
    )
    assert wasmpy.Limits(max_memory_pages=3) != d
    assert wasmpy.Limits(max_memory_pages=3) == wasmpy.Limits(max_memory_pages=3)


@pytest.mark.parametrize(
    "kwargs, text",
    [
        ({"max_memory_pages": 65537}, "at most 65536"),
        ({"max_wasm_stack": 100}, "at least 4096"),
    ],
)
def test_out_of_range_values_are_value_errors(kwargs, text):
    with pytest.raises(ValueError, match=text):
        wasmpy.Limits(**kwargs)


def test_negative_values_are_rejected():
    with pytest.raises(OverflowError):
        wasmpy.Limits(max_table_elements=-1)


def test_memory_grow_stops_at_the_limit():
    inst = wasmpy.Instance(wasmpy.Module(GROW), limits=wasmpy.Limits(max_memory_pages=3))
    e = dict(inst.exports)
    assert e["grow"](2) == 1
    assert e["grow"](1) == -1
    assert e["mem"].size == 3
    with pytest.raises(ValueError, match="cannot grow"):
        e["mem"].grow(1)
    assert e["mem"].size == 3
    # Without limits the same module grows further.
    other = dict(wasmpy.Instance(wasmpy.Module(GROW)).exports)
    assert other["grow"](5) == 1


def test_memory_over_the_limit_fails_instantiation_cleanly():
    m = wasmpy.Module("(module (memory 4))")
    with pytest.raises(MemoryError, match="limit of 3 pages"):
        wasmpy.Instance(m, limits=wasmpy.Limits(max_memory_pages=3))
    # The module is still usable.
    wasmpy.Instance(m, limits=wasmpy.Limits(max_memory_pages=4))


def test_table_grow_stops_at_the_limit():
    inst = wasmpy.Instance(wasmpy.Module(TABLE), limits=wasmpy.Limits(max_table_elements=4))
    e = dict(inst.exports)
    assert e["grow"](2) == 2
    assert e["grow"](1) == -1
    assert len(e["tab"]) == 4
    with pytest.raises(MemoryError, match="limit of 1 elements"):
        wasmpy.Instance(wasmpy.Module(TABLE), limits=wasmpy.Limits(max_table_elements=1))


def depth(limits):
    e = dict(wasmpy.Instance(wasmpy.Module(RECURSE), limits=limits).exports)
    with pytest.raises(wasmpy.Trap) as info:
        e["recurse"]()
    assert info.value.kind is wasmpy.TrapKind.CALL_STACK_EXHAUSTED
    return e["depth"].value


def test_wasm_stack_limit_bounds_recursion():
    small = depth(wasmpy.Limits(max_wasm_stack=64 * 1024))
    large = depth(wasmpy.Limits(max_wasm_stack=512 * 1024))
    assert small > 100
    assert 6 * small < large < 10 * small, (small, large)


def test_load_takes_limits(tmp_path):
    path = tmp_path / "grow_mod.wat"
    path.write_text(GROW)
    mod = wasmpy.load(path, limits=wasmpy.Limits(max_memory_pages=2))
    assert mod.grow(1) == 1
    assert mod.grow(1) == -1


def test_default_limits_apply_to_imported_modules(tmp_path, monkeypatch, restore_defaults):
    (tmp_path / "limited_by_default.wat").write_text(GROW)
    monkeypatch.syspath_prepend(str(tmp_path))
    wasmpy.set_default_limits(wasmpy.Limits(max_memory_pages=2))
    assert wasmpy.get_default_limits().max_memory_pages == 2
    import limited_by_default

    assert limited_by_default.grow(1) == 1
    assert limited_by_default.grow(1) == -1
    # Memory objects made from Python are held to the default too.
    with pytest.raises(MemoryError):
        wasmpy.Memory(3)


def test_limits_of_a_bound_store_cannot_differ():
    mem = wasmpy.Memory(1)
    m = wasmpy.Module('(module (import "env" "mem" (memory 1)))')
    with pytest.raises(ValueError, match="limits= differ"):
        wasmpy.Instance(m, {"env": {"mem": mem}}, limits=wasmpy.Limits(max_memory_pages=2))
    # The store's own limits are accepted.
    wasmpy.Instance(m, {"env": {"mem": mem}}, limits=wasmpy.get_default_limits())


def test_an_imported_func_does_not_impose_its_store():
    lib = dict(
        wasmpy.Instance(
            wasmpy.Module('(module (func (export "one") (result i32) i32.const 1))')
        ).exports
    )
    user = wasmpy.Module(
        """(module (import "lib" "one" (func $one (result i32))) (memory 1)
          (func (export "grow") (result i32) call $one memory.grow))"""
    )
    inst = wasmpy.Instance(
        user, {"lib": {"one": lib["one"]}}, limits=wasmpy.Limits(max_memory_pages=2)
    )
    grow = dict(inst.exports)["grow"]
    assert grow() == 1
    assert grow() == -1


def test_assemblyscript_module_takes_limits():
    from wasmpy.assemblyscript import ASModule

    with pytest.raises(MemoryError):
        ASModule(
            b"\x00asm\x01\x00\x00\x00\x05\x03\x01\x00\x05",  # (memory 5)
            limits=wasmpy.Limits(max_memory_pages=4),
        )
