"""Typed AssemblyScript exports (wasmpy._asdecl, _asconv, _astyped) on the
modules asm-tests/build.sh builds with their declarations: typed.wasm
(asc 0.28.20 --bindings esm, release and debug; --bindings raw) and
optional.wasm (both runtime generations; 0.19 through --tsdFile)."""

import array
import gc
import inspect
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import wasmpy
from wasmpy._asdecl import ASType, DeclarationError, parse_as_type, parse_declarations
from wasmpy.assemblyscript import ASAbort, ASDeclarationWarning, ASModule, ASRef

BUILD = Path(__file__).resolve().parents[2] / "asm-tests" / "build"
TYPED = [BUILD / "0.28.20" / p / "typed.wasm" for p in ("release", "debug", "raw")]


@pytest.fixture(params=TYPED, ids=lambda p: p.parent.name, scope="module")
def m(request):
    return ASModule(str(request.param))


def no_pins(module):
    return module.runtime.pinned() == []


# ------------------------------------------------------------- the parser


def test_as_type_grammar():
    t = parse_as_type("~lib/array/Array<~lib/string/String | null> | null")
    assert t == ASType("~lib/array/Array", (ASType("~lib/string/String", (), True),), True)
    assert str(t) == "~lib/array/Array<~lib/string/String | null> | null"
    assert parse_as_type("~lib/map/Map<i32, f64>").args == (ASType("i32"), ASType("f64"))
    assert parse_as_type("u32?") == ASType("u32")
    for bad in ("Array<i32", "a | b", "<i32>", "i32 >", "f(x)"):
        with pytest.raises(DeclarationError):
            parse_as_type(bad)


def test_declarations_of_bindings():
    text = (BUILD / "0.28.20" / "release" / "typed.d.ts").read_text()
    d = parse_declarations(text, "typed.d.ts")
    assert d.from_bindings
    greet = d.functions["greet"]
    assert [(p.name, str(p.type)) for p in greet.params] == [("name", "~lib/string/String")]
    assert str(greet.result) == "~lib/string/String" and greet.internal_name == "typed/greet"
    assert d.functions["nothing"].result is None
    opt = d.functions["optional"]
    assert [p.optional for p in opt.params] == [False, True, True]
    point = d.records["typed/Point"]
    assert [(f.name, str(f.type)) for f in point.fields] == [("x", "f64"), ("y", "f64")]
    assert d.refs["typed/Counter"].type_id > 2
    assert d.globals["answer"].type == ASType("i32") and not d.globals["answer"].mutable
    assert d.globals["counter_global"].mutable
    raw = parse_declarations((BUILD / "0.28.20" / "raw" / "typed.d.ts").read_text())
    assert raw.functions.keys() - {"instantiate"} == d.functions.keys()


def test_declarations_of_tsd_file():
    d = parse_declarations((BUILD / "0.19.23" / "release" / "optional.d.ts").read_text())
    assert not d.from_bindings
    opt = d.functions["optional"]
    assert [(p.name, str(p.type), p.optional) for p in opt.params] == [
        ("a", "i32", False),
        ("b", "i32", True),
        ("c", "f64", True),
    ]
    assert str(d.functions["optional_string"].params[0].type) == "usize"


def test_declaration_errors_name_file_line_column():
    with pytest.raises(DeclarationError, match=r"x\.d\.ts:2:25: expected a name"):
        parse_declarations("// ok\nexport declare function (a: number): void;", "x.d.ts")
    with pytest.raises(DeclarationError, match=r"x\.d\.ts:3:"):
        parse_declarations("/** a */\nexport declare const x: number;\n}", "x.d.ts")
    # a doc-comment type outside the grammar keeps its text (that export stays raw)
    d = parse_declarations("/**\n * @param a `Array<i32`\n */\nexport declare function f(a: number): void;")
    assert d.functions["f"].params[0].type == ASType("Array<i32")


# ---------------------------------------------------------- every type


def test_strings(m):
    assert m.greet("мир") == "Hello, мир!"
    assert m.str_length("😀") == 2  # UTF-16 code units
    assert m.repeat_ab(5000) == "ab" * 5000
    assert m.maybe_string(None) is None
    assert m.maybe_string("a") == "a?"
    with pytest.raises(TypeError, match="must not be None"):
        m.greet(None)
    with pytest.raises(TypeError, match="expected a str"):
        m.greet(b"bytes")
    assert no_pins(m)


def test_numbers(m):
    assert m.negate(True) is False and m.negate(0) is True and m.negate([1]) is False
    assert m.is_positive(2.0) is True
    assert m.add_i64(2**62, 2**62 - 1) == 2**63 - 1
    assert m.add_i64(-(2**63), 0) == -(2**63)
    assert m.add_u64(2**64 - 1, 0) == 2**64 - 1
    assert m.u32_max() == 2**32 - 1
    assert m.add_small(255, -1, 2**32 - 1) == 253
    assert m.to_i8(200) == -56 and m.to_u16(-1) == 65535
    assert m.half_f32(3) == 1.5 and m.add_f64(0.5, 0.25) == 0.75
    assert m.nothing() is None
    # number-only exports need no conversion: they are the Func itself
    assert m.add_f64 is m.raw.add_f64


def test_typed_arrays(m):
    np = pytest.importorskip("numpy")
    assert m.sum_float32([1.0, 2.5]) == 3.5
    assert m.sum_float32(np.array([1, 2, 3], dtype=np.float32)) == 6.0
    assert m.sum_float32(array.array("f", [4, 5])) == 9.0
    assert m.sum_float32(np.array([1, 2], dtype=np.int64)) == 3.0  # converted per element
    r = m.scale_float64([1, 2, 3], 2.0)
    assert isinstance(r, array.array) and r.typecode == "d" and list(r) == [2.0, 4.0, 6.0]
    assert list(m.iota_int32(5)) == [0, 1, 2, 3, 4]
    assert m.bytes_u8(b"abc").tobytes() == b"cba"
    assert m.sum_i64([2**40, 3]) == 2**40 + 3
    assert list(m.as_u64([-1, 5])) == [2**64 - 1, 5]
    assert list(m.int16_of(array.array("h", [-1, 7]))) == [-1, 7]
    assert list(m.middle_float64([1, 2, 3, 4])) == [2.0, 3.0]  # a view inside a buffer
    assert np.asarray(m.scale_float64(np.arange(3.0), 1.0)).tolist() == [0.0, 1.0, 2.0]
    assert no_pins(m)


def test_arrays(m):
    np = pytest.importorskip("numpy")
    assert m.reverse_i32([1, 2, 3]) == [3, 2, 1]
    assert m.reverse_i32(()) == []
    assert m.sum_array_f64(np.arange(4.0)) == 6.0
    assert m.split_words("a b c") == ["a", "b", "c"]
    assert m.join_words(["x", "y", "мир"]) == "x+y+мир"
    assert m.flags(3) == [False, True, False]
    assert m.transpose([[1, 2], [3, 4], [5, 6]]) == [[1, 3, 5], [2, 4, 6]]
    assert m.count_or_minus_one(None) == -1 and m.count_or_minus_one([7, 8]) == 2
    assert m.nulls(4) == [None, "1", None, "3"]
    assert m.big_array([2**64 - 2, 0]) == [2**64 - 1, 1]
    with pytest.raises(TypeError, match="must not be None"):
        m.join_words(["a", None])
    assert no_pins(m)


def test_static_arrays_and_buffers(m):
    assert m.plus_one_static([1.0, 2.0]) == [2.0, 3.0]
    assert m.plus_one_static(array.array("d", [0.5])) == [1.5]
    assert m.sum_static_i32([1, 2, 3]) == 6
    assert m.static_strings(["ab", "cd"]) == ["AB", "CD"]
    assert m.tail_bytes(b"hello") == b"ello"
    assert m.tail_bytes(bytearray(b"xy")) == b"y"
    assert m.tail_bytes(memoryview(b"abc")) == b"bc"
    assert m.buffer_length(None) == -1 and m.buffer_length(bytes(7)) == 7
    assert no_pins(m)


def test_records(m):
    assert m.midpoint({"x": 0, "y": 0}, {"x": 2.0, "y": 4.0}) == {"x": 1.0, "y": 2.0}

    class P:
        x, y = 4.0, 8.0

    assert m.midpoint(P(), {"x": 0, "y": 0}) == {"x": 2.0, "y": 4.0}
    item = {"tag": 3, "weight": 2.5, "name": "box", "count": 4, "ok": True}
    assert m.describe_item(item) == "box#3:2.5x4!"
    assert m.make_item("n", 5) == {"tag": 7, "weight": 1.5, "name": "n", "count": 5, "ok": True}
    assert m.centroid([{"x": 1, "y": 1}, {"x": 3, "y": 5}]) == {"x": 2.0, "y": 3.0}
    assert m.centroid([]) is None
    with pytest.raises(TypeError, match="must not be None"):
        m.describe_item({"tag": 1})  # the string field is missing
    with pytest.raises(TypeError, match="expected a dict"):
        m.midpoint(5, {"x": 0, "y": 0})
    assert no_pins(m)


def test_class_references(m):
    c = m.new_counter(5)
    assert isinstance(c, ASRef) and type(c).__name__ == "Counter"
    assert m.bump(c) == 6 and m.bump(c) == 7
    assert m.counter_or_null(c) == 7 and m.counter_or_null(None) == -1
    assert m.runtime.pinned() == [(c.ptr, 1)]  # pinned while Python holds it
    m.collect()
    assert m.bump(c) == 8  # survived a collection
    with pytest.raises(TypeError, match="Counter reference"):
        m.bump(5)
    del c
    gc.collect()
    assert no_pins(m)


def test_optional_arguments(m):
    assert m.optional(1) == "1:10:x"
    assert m.optional(1, 2) == "1:2:x"
    assert m.optional(1, 2, "s") == "1:2:s"
    assert m.optional(1, s="z", b=3) == "1:3:z"
    with pytest.raises(TypeError, match="left out from the end"):
        m.optional(1, s="z")
    assert str(inspect.signature(m.optional)) == "(a: int, b: int = ..., s: str = ...) -> str"


@pytest.mark.parametrize("version", ["0.28.20", "0.19.23"])
@pytest.mark.parametrize("profile", ["release", "debug"])
def test_optional_arguments_both_generations(version, profile):
    m = ASModule(str(BUILD / version / profile / "optional.wasm"))
    assert m.optional(3) == 310.5
    assert m.optional(3, 4) == 304.5
    assert m.optional(3, 4, 0.25) == 304.25
    if version == "0.28.20":
        assert m.optional_string() == 7 and m.optional_string("ab") == 2
    else:  # --tsdFile types object parameters as usize: pointers
        assert m.optional_string() == 7
        s = m.new_string("abc")
        assert m.optional_string(s) == 3


def test_signatures_and_help(m):
    assert str(inspect.signature(m.greet)) == "(name: str) -> str"
    assert m.greet.__name__ == "greet"
    assert "typed/greet(~lib/string/String)" in m.greet.__doc__
    assert str(inspect.signature(m.transpose)) == "(a: Sequence[Sequence[int]]) -> List[List[int]]"
    assert str(inspect.signature(m.midpoint)) == "(a: typed.Point, b: typed.Point) -> typed.Point"
    assert str(inspect.signature(m.maybe_string)) == "(s: Optional[str]) -> Optional[str]"


def test_raw_exports(m):
    p = m.new_string("raw")
    m.pin(p)
    try:
        assert m.get_string(m.raw.greet(p)) == "Hello, raw!"
        assert m["greet"] is m.raw.greet
    finally:
        m.unpin(p)


# ------------------------------------------------ traps, aborts, no pins left


def test_abort_and_trap_mid_call_leave_nothing_pinned(m):
    for _ in range(50):
        with pytest.raises(ASAbort, match="bad s"):
            m.abort_if_any("s", [1, 2])
        with pytest.raises(wasmpy.Trap):
            m.trap_if_any("s", [1.0])
        with pytest.raises(TypeError):
            m.describe_item({"tag": 1, "name": 5})  # fails while lowering
        with pytest.raises(TypeError):
            m.join_words(["ok", 3])
    assert no_pins(m)
    assert m.abort_if_any("four", []) == 4 and m.trap_if_any("xy", []) == 2


def test_many_calls_keep_memory_flat():
    """10^4 calls of every kind (the 10^5 run is benches/python/as_typed_calls.py)."""
    m = ASModule(str(TYPED[0]))

    def round_():
        m.greet("abc")
        m.join_words(["a", "b"])
        m.transpose([[1, 2], [3, 4]])
        m.describe_item({"tag": 1, "weight": 1.0, "name": "n", "count": 1, "ok": False})
        m.static_strings(["x"])
        m.tail_bytes(b"123")
        m.scale_float64([1.0, 2.0], 2.0)
        m.bump(m.new_counter(1))

    for _ in range(1000):
        round_()
    size = len(m.memory)
    for _ in range(10000):
        round_()
    gc.collect()
    assert no_pins(m)
    assert len(m.memory) == size


# ----------------------------------------------------- fallbacks and loaders


def test_unknown_type_falls_back_to_raw_with_warning(tmp_path):
    src = BUILD / "0.28.20" / "release"
    shutil.copy(src / "typed.wasm", tmp_path / "typed.wasm")
    text = (src / "typed.d.ts").read_text()
    text = text.replace("@param name `~lib/string/String`", "@param name `~lib/map/Map<i32, i32>`")
    (tmp_path / "typed.d.ts").write_text(text)
    with pytest.warns(ASDeclarationWarning, match="export 'greet'.*Map<i32, i32>"):
        m = ASModule(str(tmp_path / "typed.wasm"))
    assert m.greet is m.raw.greet
    assert m.str_length("abc") == 3  # the others are typed


def test_declarations_of_another_build_warn(tmp_path):
    src = BUILD / "0.28.20" / "release"
    shutil.copy(src / "typed.wasm", tmp_path / "typed.wasm")
    text = (src / "typed.d.ts").read_text()
    text = text.replace("function greet(name: string): string", "function greet(name: string, n: number): string")
    text = text.replace(" * @param name `~lib/string/String`\n * @returns `~lib/string/String`\n */\nexport declare function greet",
                        " * @param name `~lib/string/String`\n * @param n `i32`\n * @returns `~lib/string/String`\n */\nexport declare function greet")
    (tmp_path / "typed.d.ts").write_text(text)
    with pytest.warns(ASDeclarationWarning, match="'greet' takes 1 wasm parameters but its declaration 2"):
        m = ASModule(str(tmp_path / "typed.wasm"))
    assert m.greet is m.raw.greet


def test_unparsable_declarations_warn(tmp_path):
    shutil.copy(BUILD / "0.28.20" / "release" / "typed.wasm", tmp_path / "typed.wasm")
    (tmp_path / "typed.d.ts").write_text("export declare function (")
    with pytest.warns(ASDeclarationWarning, match=r"typed\.d\.ts:1:"):
        m = ASModule(str(tmp_path / "typed.wasm"))
    assert m.typed is None and m.greet is m.raw.greet


def test_without_declarations_nothing_changes(tmp_path):
    shutil.copy(BUILD / "0.28.20" / "release" / "typed.wasm", tmp_path / "typed.wasm")
    m = ASModule(str(tmp_path / "typed.wasm"))
    assert m.typed is None and m.greet is m["greet"]


def test_import_hook_and_load_are_typed(tmp_path, monkeypatch):
    src = BUILD / "0.28.20" / "release"
    for suffix in (".wasm", ".d.ts"):
        shutil.copy(src / ("typed" + suffix), tmp_path / ("typed_hook" + suffix))
    monkeypatch.syspath_prepend(str(tmp_path))
    sys.modules.pop("typed_hook", None)
    import typed_hook  # noqa: F401 - through the wasmpy finder

    try:
        assert typed_hook.greet("hook") == "Hello, hook!"
        assert typed_hook.as_module.split_words("a b") == ["a", "b"]
        assert typed_hook.raw.greet is typed_hook["greet"]
    finally:
        sys.modules.pop("typed_hook", None)
    loaded = wasmpy.load(str(tmp_path / "typed_hook.wasm"))
    assert loaded.greet("load") == "Hello, load!"
    assert loaded.optional(1, 2) == "1:2:x"


def test_load_gives_as_defaults(tmp_path):
    # no Python module "env" exists: abort comes from the loader's defaults
    path = BUILD / "0.28.20" / "release" / "typed.wasm"
    m = wasmpy.load(str(path), imports={})
    with pytest.raises(ASAbort):
        m.abort_if_any("s", [1])
    plain = BUILD / "0.28.20" / "release" / "diagnostics.wasm"
    d = wasmpy.load(str(plain))
    assert d.get_string is not None


def test_stubgen(tmp_path):
    src = BUILD / "0.28.20" / "release"
    for suffix in (".wasm", ".d.ts"):
        shutil.copy(src / ("typed" + suffix), tmp_path / ("typed" + suffix))
    out = subprocess.run(
        [sys.executable, "-m", "wasmpy", "stubgen", str(tmp_path / "typed.wasm")],
        capture_output=True,
        text=True,
        check=True,
    )
    pyi = tmp_path / "typed.pyi"
    assert out.stdout.strip() == str(pyi)
    text = pyi.read_text()
    assert "def greet(name: str) -> str: ..." in text
    assert "def optional(a: int, b: int = ..., s: str = ...) -> str: ..." in text
    assert "class Point(TypedDict):" in text and "class Counter(ASRef):" in text
    assert "def add_f64(a: float, b: float) -> float: ..." in text
    compile(text, str(pyi), "exec")  # valid Python syntax
    bad = subprocess.run(
        [sys.executable, "-m", "wasmpy", "stubgen", str(BUILD / "0.28.20" / "release" / "math.wasm")],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 1 and "no declarations" in bad.stderr


# ------------------------------------------------------- more shapes


@pytest.fixture(params=["release", "debug", "raw"], scope="module")
def shapes(request):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        m = ASModule(str(BUILD / "0.28.20" / request.param / "shapes.wasm"))
    # the function-typed parameter is the one export left raw
    assert [str(w.message).split("export ")[1][:7] for w in caught] == ["'apply'"]
    return m


def test_nested_records(shapes):
    m = shapes
    seg = {"a": {"x": 0, "y": 0}, "b": {"x": 3, "y": 4}, "label": None, "tags": []}
    assert m.seg_len(seg) == 5.0
    assert m.make_seg(3) == {"a": {"x": 0.0, "y": 0.0}, "b": {"x": 3.0, "y": 0.0}, "label": "pos", "tags": ["a", "3"]}
    assert m.make_seg(0)["label"] is None
    assert m.static_vecs([{"x": 1, "y": 2}]) == [{"x": 1.0, "y": 2.0}]
    assert str(inspect.signature(m.make_seg)) == "(n: int) -> shapes.Segment"
    assert m.typed.classes["Segment"].__annotations__["tags"] == __import__("typing").List[str]
    assert no_pins(m)


def test_references_in_arrays_and_library_classes(shapes):
    m = shapes
    head = m.chain(5)
    assert m.chain_sum(head) == 10 and m.chain_sum(None) == 0
    nodes = m.nodes(4)
    assert [type(n).__name__ for n in nodes] == ["Node"] * 4
    assert m.sum_nodes(nodes) == 6
    s = m.set_of(3)
    assert type(s).__name__ == "Set_i32" and s._as_name == "~lib/set/Set<i32>"
    assert len(m.runtime.pinned()) == 6
    del head, nodes, s
    gc.collect()
    m.collect()
    assert no_pins(m)


def test_mixed_parameters_and_enums(shapes):
    m = shapes
    assert m.color_name(5) == "green"
    assert m.umax(2**32 - 1, -1) == 2**32 - 1
    assert m.mixed(-1, 65535, -(2**63), 0.5, "e", [1.0], True, "h") == "e-165535-92233720368547758080.51Th"
    assert m.mixed(1, 2, 3, 4.0, "e", []) == "e1234.00F-"
    assert list(m.longs([1, 2])) == [0, 0] and m.longs(None).typecode == "B"
    assert m.apply is m.raw.apply


def test_stub_of_library_classes(shapes, tmp_path):
    from wasmpy._astyped import stub_text

    text = stub_text(shapes.typed, shapes, "shapes.wasm")
    assert "class Set_i32(ASRef):" in text and "def set_of(n: int) -> Set_i32: ..." in text
    compile(text, "shapes.pyi", "exec")
