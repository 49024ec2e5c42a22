"""A Rust panic caught at the boundary is an ordinary exception (issue 12,
case 10): ``wasmpy.InternalError``, a ``RuntimeError``, never PyO3's
``BaseException``; and hostile arguments to the API reach no panic at all."""

import os

import pytest

import wasmpy
from wasmpy import Func, Global, Instance, Memory, Module, Table, _native
from wasmpy.assemblyscript import ASModule

ASM = os.path.join(os.path.dirname(__file__), "..", "..", "asm-tests", "build", "0.28.20", "release")


def test_a_panic_is_an_internal_error_that_except_exception_catches():
    with pytest.raises(Exception) as info:
        _native._panic("boom")
    e = info.value
    assert isinstance(e, wasmpy.InternalError)
    assert isinstance(e, RuntimeError)
    assert str(e) == "internal error in wasmpy (a bug, please report it): boom"


def test_the_process_keeps_working_after_a_panic():
    for _ in range(3):
        with pytest.raises(wasmpy.InternalError):
            _native._panic("again")
    inst = Instance(Module('(module (func (export "f") (result i32) i32.const 7))'))
    assert inst.exports["f"]() == 7


HOSTILE = {
    "read far out": lambda: Memory(1).read(2**63, 1),
    "write at the end of the address space": lambda: Memory(1).write(2**64 - 1, b"x"),
    "grow by 2**40 pages": lambda: Memory(1).grow(2**40),
    "table grow past u32": lambda: Table(1).grow(2**33),
    "table index 2**40": lambda: Table(1)[2**40],
    "table index -2**40": lambda: Table(1)[-(2**40)],
    "v128 global too wide": lambda: Global("v128", 2**200),
    "host result of the wrong type": lambda: Func(lambda: "x", ([], ["i32"]))(),
    "empty module": lambda: Module(b""),
    "truncated LEB": lambda: Module(b"\0asm\x01\0\0\0\x01\xff\xff\xff\xff\x0f"),
    "limit over u64": lambda: wasmpy.Limits(max_memory_pages=2**64),
    "negative limit": lambda: wasmpy.Limits(max_wasm_stack=-1),
    "NaN timeout": lambda: Instance(Module("(module)"), timeout=float("nan")),
    "memory over 4 GiB": lambda: Memory(2**20),
    "maximum below minimum": lambda: Memory(2, 1),
    "AS string at 2**32-4": lambda: ASModule(f"{ASM}/strings.wasm").get_string(2**32 - 4),
    "AS array of an unknown id": lambda: ASModule(f"{ASM}/strings.wasm").new_array(2**31, [1]),
    "AS unpin of a stray pointer": lambda: ASModule(f"{ASM}/strings.wasm").unpin(2**32 - 1),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_arguments_raise_ordinary_errors(case):
    with pytest.raises(Exception) as info:
        HOSTILE[case]()
    assert not isinstance(info.value, wasmpy.InternalError), info.value
    assert "Some(" not in str(info.value)
