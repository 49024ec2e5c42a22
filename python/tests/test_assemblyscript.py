"""wasmpy.assemblyscript: pyaswasm's README examples and the AS object model
on the committed modules of asm-tests/build (asc 0.28.20 and 0.19.23,
release and debug builds; sources in asm-tests/src)."""

import array
import logging
import math
import random
import shutil
import struct
import sys
from pathlib import Path

import pytest

import wasmpy
from wasmpy.assemblyscript import (
    ASAbort,
    ASError,
    ASFreedError,
    ASModule,
    ASObject,
    ASPinError,
    ASPointerError,
    ASRuntimeError,
    ASValueError,
    ASWrongTypeError,
    Type,
)

BUILD = Path(__file__).resolve().parents[2] / "asm-tests" / "build"
BUILDS = [
    ("0.28.20", "release"),
    ("0.28.20", "debug"),
    ("0.19.23", "release"),
    ("0.19.23", "debug"),
]
LEGACY = [b for b in BUILDS if b[0] == "0.19.23"]


def path(build, name):
    version, profile = build
    return str(BUILD / version / profile / f"{name}.wasm")


def ids(build):
    return "-".join(build)


@pytest.fixture(params=BUILDS, ids=ids)
def build(request):
    return request.param


def pattern(i):
    """The fill pattern of asm-tests/src/arrays.ts."""
    return i * 37 - 100


# ------------------------------------------------------ README: first example


def test_readme_simplest_example(build):
    module = ASModule(path(build, "math"), imports={("index", "console.log"): lambda p: None})
    text = module.description()
    assert "sqrt_sum_square (f32, f32) -> (f32)" in text
    assert "log_sum" in text
    v = module.sqrt_sum_square(3.0, 4.0)
    assert v == 5.0
    assert module.generation == ("0.20+" if build[0] == "0.28.20" else "0.18-0.19")


def test_readme_custom_import_function(build):
    out = []

    def console_log(ptr: int):
        out.append(console_log.module.get_string(ptr))

    module = ASModule(path(build, "math"), imports={("index", "console.log"): console_log})
    assert console_log.module is module
    assert module.log_sum(2, 40) == 42
    assert out == ["2 + 40 = 42"]


def test_readme_custom_import_with_signature(build):
    out = []

    def console_log(ptr: int):
        out.append(console_log.module.get_string(ptr))

    module = ASModule(
        path(build, "math"), imports={("index", "console.log"): (console_log, ([Type.I32], []))}
    )
    module.log_sum(-5, 3)
    assert out == ["-5 + 3 = -2"]
    assert console_log.module is module


def test_custom_import_wrong_signature_is_a_link_error(build):
    with pytest.raises(wasmpy.LinkError, match=r"declares func \(i32\) -> \(\)"):
        ASModule(
            path(build, "math"),
            imports={("index", "console.log"): (print, ([Type.F64], [Type.I32]))},
        )


def test_missing_import_is_a_link_error(build):
    with pytest.raises(wasmpy.LinkError, match="console.log"):
        ASModule(path(build, "math"))


# -------------------------------------------------------- README: arrays


def test_readme_arrays_example(build):
    module = ASModule(path(build, "arrays"))
    float_array_ptr = module.generate_random_float_array(10, -2.0, 2.0)
    float_array = module.get_array(float_array_ptr)
    assert len(float_array) == 10 and all(-2.0 <= x < 2.0 for x in float_array)
    assert len(set(float_array)) > 1

    int_array_ptr = module.generate_random_integer_array(10)
    int_array = module.get_array(int_array_ptr)
    assert len(int_array) == 10 and all(isinstance(x, int) and 0 <= x < 100 for x in int_array)

    view, start, finish = module.get_array_view(int_array_ptr)
    assert finish - start == 10 and view.format == "i"
    view[start + 1] = 50
    int_array = module.get_array(int_array_ptr)
    assert int_array[1] == 50
    assert module.get_Int32Array(int_array_ptr, 1) == 50.0


def test_readme_new_array_pin_unpin(build):
    module = ASModule(path(build, "arrays"))
    values = [random.uniform(-1.0, 1.0) for i in range(10)]
    a_ptr = module.new_array(module.Float32Array_ID, values)
    module.pin(a_ptr)
    assert module.runtime.pin_count(a_ptr) == 1
    got = module.get_array(a_ptr)
    assert got == [struct.unpack("<f", struct.pack("<f", v))[0] for v in values]
    assert module.sum_Float32Array(a_ptr) == pytest.approx(sum(got))
    module.unpin(a_ptr)
    assert module.runtime.pin_count(a_ptr) == 0


def test_readme_float_array_view(build):
    # pyaswasm wrote float elements through a byte view with struct.pack;
    # here the view has the element type (documented difference).
    module = ASModule(path(build, "arrays"))
    a_ptr = module.new_array(module.Float32Array_ID, [random.uniform(-1.0, 1.0) for i in range(10)])
    module.pin(a_ptr)
    a = module.get_array(a_ptr)
    a[1] = 16.0
    b = module.get_array(a_ptr)
    assert a[1] != b[1]
    view, start, finish = module.get_array_view(a_ptr)
    assert view.format == "f"
    view[start + 1] = 17.0
    assert module.get_array(a_ptr)[1] == 17.0
    assert module.get_Float32Array(a_ptr, 1) == 17.0
    # The byte-level write of the pyaswasm example, through a byte view.
    raw = view.cast("B")
    raw[4 * (start + 2) : 4 * (start + 3)] = struct.pack("<f", 18.0)
    assert module.get_array(a_ptr)[2] == 18.0
    module.unpin(a_ptr)


TYPED = {
    "Int8Array": ("b", 8, True),
    "Uint8Array": ("B", 8, False),
    "Uint8ClampedArray": ("B", 8, False),
    "Int16Array": ("h", 16, True),
    "Uint16Array": ("H", 16, False),
    "Int32Array": ("i", 32, True),
    "Uint32Array": ("I", 32, False),
    "Int64Array": ("q", 64, True),
    "Uint64Array": ("Q", 64, False),
    "Float32Array": ("f", None, None),
    "Float64Array": ("d", None, None),
    "ArrayI8": ("b", 8, True),
    "ArrayU16": ("H", 16, False),
    "ArrayI32": ("i", 32, True),
    "ArrayU32": ("I", 32, False),
    "ArrayI64": ("q", 64, True),
    "ArrayF32": ("f", None, None),
    "ArrayF64": ("d", None, None),
    "ArrayBool": ("B", None, None),
    "StaticArrayF64": ("d", None, None),
    "StaticArrayI16": ("h", 16, True),
    "StaticArrayU8": ("B", 8, False),
}


def expected(name, n):
    fmt, bits, signed = TYPED[name]
    out = []
    for i in range(n):
        p = pattern(i)
        if name == "ArrayBool":
            out.append(1 if p != 0 else 0)
        elif fmt in "fd":
            out.append(p / 2)
        else:
            v = p % (1 << bits)
            out.append(v - (1 << bits) if signed and v >= 1 << (bits - 1) else v)
    return out


@pytest.mark.parametrize("name", sorted(TYPED))
def test_every_element_type_both_ways(build, name):
    module = ASModule(path(build, "arrays"))
    fmt = TYPED[name][0]
    n = 13
    ptr = module.pin(getattr(module, f"make_{name}")(n))
    assert module.get_array(ptr) == expected(name, n)
    view = module.array_view(ptr)
    assert view.format == fmt and len(view) == n
    assert list(view) == expected(name, n)
    # A write through the view is seen by the module.
    view[3] = 1 if fmt not in "fd" else 2.5
    assert getattr(module, f"get_{name}")(ptr, 3) == (2.5 if fmt in "fd" else 1.0)
    module.unpin(ptr)
    # new_array from a list, then from a buffer of the element type.
    values = expected(name, n)
    for given in (values, array.array(fmt if fmt != "q" else "q", values)):
        p = module.pin(module.new_array(getattr(module, f"{name}_ID"), given))
        assert module.get_array(p) == values
        assert getattr(module, f"sum_{name}")(p) == pytest.approx(sum(values))
        module.unpin(p)


def test_new_array_converts_like_a_typed_array_store(build):
    module = ASModule(path(build, "arrays"))
    p = module.new_array(module.Uint8Array_ID, [-1, 256, 300, 3.9, -1.5, float("nan")])
    assert module.get_array(p) == [255, 0, 44, 3, 255, 0]
    p = module.new_array(module.Int8Array_ID, array.array("d", [-129.0, 127.5]))
    assert module.get_array(p) == [127, 127]
    p = module.new_array(module.Float64Array_ID, (1, 2, 3))
    assert module.get_array(p) == [1.0, 2.0, 3.0]
    p = module.new_array(module.Float64Array_ID, (x / 4 for x in range(5)))
    assert module.get_array(p) == [0.0, 0.25, 0.5, 0.75, 1.0]
    p = module.new_array(module.Uint64Array_ID, [2**64 - 1])
    assert module.get_array(p) == [2**64 - 1]
    p = module.new_array(module.ArrayBuffer_ID, b"\x01\x02\x03")
    assert module.get_array(p) == [1, 2, 3]
    assert module.sum_array_buffer(p) == 6.0
    with pytest.raises(ASValueError):
        module.new_array(module.Float64Array_ID, ["x"])


def test_subarray_view_and_array_buffer(build):
    module = ASModule(path(build, "arrays"))
    p = module.pin(module.make_subarray_f64(20, 5, 7))
    want = [pattern(i) / 2 for i in range(5, 12)]
    assert module.get_array(p) == want
    view, start, finish = module.get_array_view(p)
    assert list(view[start:finish]) == want
    b = module.pin(module.make_array_buffer(300))
    assert module.get_array(b) == [i & 0xFF for i in range(300)]
    module.unpin(p)
    module.unpin(b)


def test_numpy_wraps_views_zero_copy(build):
    np = pytest.importorskip("numpy")
    module = ASModule(path(build, "arrays"))
    p = module.pin(module.make_Float64Array(8))
    a = np.asarray(module.array_view(p))
    assert a.dtype == np.float64 and a.tolist() == [pattern(i) / 2 for i in range(8)]
    a *= 2
    assert module.get_Float64Array(p, 3) == pattern(3)
    f = module.pin(module.make_Float32Array(4))
    assert np.asarray(module.array_view(f)).dtype == np.float32
    # numpy arrays in: same dtype by bytes, other dtypes converted.
    q = module.new_array(module.Float64Array_ID, np.arange(5, dtype=np.float64))
    assert module.get_array(q) == [0.0, 1.0, 2.0, 3.0, 4.0]
    q = module.new_array(module.Int16Array_ID, np.array([1.7, -2.2, 70000.0]))
    assert module.get_array(q) == [1, -2, 70000 - 65536]
    q = module.new_array(module.Int32Array_ID, np.arange(4, dtype=np.int64))
    assert module.get_array(q) == [0, 1, 2, 3]
    module.unpin(p)
    module.unpin(f)


# -------------------------------------------------------- README: strings


def test_readme_strings_example(build):
    module = ASModule(path(build, "strings"))
    hello_ptr = module.get_hello_string()
    assert module.get_string(hello_ptr) == "Hello world!"
    msg_ptr = module.new_string("message string")
    module.pin(msg_ptr)
    newmsg_ptr = module.expand_string(msg_ptr)
    assert module.get_string(newmsg_ptr) == "Expanded: message string!"
    module.unpin(msg_ptr)


def test_strings_unicode_and_surrogates(build):
    module = ASModule(path(build, "strings"))
    assert module.get_string(module.get_unicode_string()) == "Grüße, 世界! 🎉𝄞"
    s = module.pin(module.new_string("a🎉b"))
    assert module.string_length(s) == 4
    assert module.char_code_at(s, 1) == 0xD83C
    module.unpin(s)
    lone = module.pin(module.new_string("x\ud800y"))
    assert module.string_length(lone) == 3 and module.char_code_at(lone, 1) == 0xD800
    assert module.get_string(lone) == "x\ud800y"
    module.unpin(lone)


@pytest.mark.parametrize("n", [0, 1, 15, 16, 17, 31, 33, 2047, 2048, 2049, 5000])
@pytest.mark.parametrize("text", ["a", "é", "ÿ", "\u0100", "世", "\x7f\x80"])
def test_get_string_lengths_and_ranges(n, text):
    module = ASModule(path(("0.28.20", "release"), "strings"))
    for s in (text * n, "a" * n + text, text + "b" * n, "c" * n + text + "d" * 3):
        p = module.pin(module.new_string(s))
        assert module.get_string(p) == s
        assert module.runtime.string_bytes(p) == s.encode("utf-16-le")
        module.unpin(p)


def test_array_of_strings(build):
    module = ASModule(path(build, "strings"))
    parts = [module.pin(module.new_string(s)) for s in ("α", "b", "γδ")]
    sep = module.pin(module.new_string(", "))
    arr = module.pin(module.new_array(module.ArrayString_ID, parts))
    assert module.get_string(module.join_strings(arr, sep)) == "α, b, γδ"
    assert module.get_array(arr) == parts
    for p in parts + [sep, arr]:
        module.unpin(p)


def test_large_string_from_module(build):
    module = ASModule(path(build, "strings"))
    u = module.pin(module.new_string("éa"))
    big = module.pin(module.repeat_string(u, 1 << 16))
    assert module.get_string(big) == "éa" * (1 << 16)
    module.unpin(big)
    module.unpin(u)


# -------------------------------------------------------- README: classes


@pytest.mark.parametrize("build", LEGACY, ids=ids)
def test_readme_classes_example(build):
    module = ASModule(path(build, "vector3d"))
    vectors_ptr = module.get_random_vectors(5)
    vectors_array = module.get_array(vectors_ptr)
    vectors = [module.Vector3d.wrap(v) for v in vectors_array]
    lengths = [v.length() for v in vectors]
    assert lengths == [module.vector_length(p) for p in vectors_array]
    assert all(0 <= x <= math.sqrt(3) for x in lengths)

    new_vector = module.Vector3d(
        random.uniform(-1.0, 1.0), random.uniform(-1.0, 1.0), random.uniform(-1.0, 1.0)
    )
    vectors.append(new_vector)
    vectors_ptr = module.new_array(module.VectorsArray_ID, vectors)
    module.pin(vectors_ptr)
    min_distance = module.get_minimum_distance(vectors_ptr)
    coords = [(v.x, v.y, v.z) for v in vectors]
    want = min(math.dist(a, b) for i, a in enumerate(coords) for b in coords[i + 1 :])
    assert min_distance == pytest.approx(want)
    module.unpin(vectors_ptr)


@pytest.mark.parametrize("build", LEGACY, ids=ids)
def test_class_members(build):
    module = ASModule(path(build, "vector3d"))
    Vector3d = module.Vector3d
    assert issubclass(Vector3d, ASObject) and module.classes == {"Vector3d": Vector3d}
    assert "Vector3d" in module.description()
    v = Vector3d(1.0, 2.0, 2.0)
    assert (v.x, v.y, v.z) == (1.0, 2.0, 2.0) and v.length() == 3.0
    v.x = 4.0
    assert module.vector_x(v) == 4.0
    w = Vector3d(4.0, 2.0, 5.0)
    assert v.distance(w) == 3.0
    assert v.scale(2.0) == v.ptr and v.z == 4.0
    s = Vector3d.wrap(v.add(w))
    assert (s.x, s.y, s.z) == (12.0, 6.0, 9.0)
    t = Vector3d.wrap(Vector3d.splat(1.5))
    assert (t.x, t.y, t.z) == (1.5, 1.5, 1.5)
    # StaticArray<Vector3d> too.
    sa = module.pin(module.new_array(module.VectorsStaticArray_ID, [v, w, t]))
    coords = [(o.x, o.y, o.z) for o in (v, w, t)]
    want = min(math.dist(a, b) for i, a in enumerate(coords) for b in coords[i + 1 :])
    assert module.get_minimum_distance_static(sa) == pytest.approx(want)
    module.unpin(sa)


@pytest.mark.parametrize("build", LEGACY, ids=ids)
def test_wrapper_keeps_object_pinned_while_alive(build):
    module = ASModule(path(build, "vector3d"))
    v = module.Vector3d(1.0, 1.0, 1.0)
    ptr = v.ptr
    assert module.runtime.pin_count(ptr) == 1 and module.runtime.is_pinned(ptr)
    module.collect()
    for _ in range(50):
        module.make_vector(0.0, 0.0, 0.0)
    module.collect()
    assert module.vector_length(v) == pytest.approx(math.sqrt(3))
    w = module.Vector3d.wrap(ptr)  # a second wrapper: a second pin
    assert module.runtime.pin_count(ptr) == 2
    del v, w
    assert module.runtime.pin_count(ptr) == 0
    module.collect()
    with pytest.raises(ASFreedError):
        module.Vector3d.wrap(ptr)


@pytest.mark.parametrize("build", LEGACY, ids=ids)
def test_wrap_checks_the_type(build):
    module = ASModule(path(build, "vector3d"))
    arr = module.get_random_vectors(2)
    with pytest.raises(ASWrongTypeError):
        module.Vector3d.wrap(arr)
    with pytest.raises(ASPointerError):
        module.Vector3d.wrap(0)


@pytest.mark.parametrize("build", [b for b in BUILDS if b[0] == "0.28.20"], ids=ids)
def test_current_runtime_has_no_classes_but_objects_work(build):
    module = ASModule(path(build, "vector3d"))
    assert module.classes == {}
    ptrs = [module.pin(module.make_vector(float(i), 0.0, 0.0)) for i in (0, 3, 7)]
    arr = module.pin(module.new_array(module.VectorsArray_ID, ptrs))
    assert module.get_minimum_distance(arr) == 3.0
    assert module.get_array(arr) == ptrs
    for p in ptrs + [arr]:
        module.unpin(p)


# ------------------------------------------------------------ default imports


def test_abort_raises_with_message_file_line_column(build):
    module = ASModule(path(build, "diagnostics"))
    assert module.check_value(3) == 6
    with pytest.raises(ASAbort) as info:
        module.check_value(11)
    e = info.value
    assert (e.message, e.file, e.line, e.column) == ("value too large: 11", "diagnostics.ts", 5, 15)
    assert "value too large: 11 in diagnostics.ts:5:15" in str(e)
    with pytest.raises(ASAbort, match="assertion ünïcode ✓") as info:
        module.failing_assert()
    assert info.value.line == 11
    # The instance is still usable.
    assert module.check_value(5) == 10


def test_trace_logs_and_does_not_raise(build, caplog):
    module = ASModule(path(build, "diagnostics"))
    with caplog.at_level(logging.INFO, logger="wasmpy.assemblyscript"):
        assert module.do_trace(1.0, 2.0, 3.5) == 6.5
        module.do_trace_plain()
    assert [r.getMessage() for r in caplog.records] == [
        "trace: tracing 1.0, 2.0, 3.5",
        "trace: just a message",
    ]


def test_seed_random_and_overrides(build):
    module = ASModule(path(build, "diagnostics"))
    values = {module.random_value() for _ in range(20)}
    assert len(values) > 1 and all(0.0 <= v < 1.0 for v in values)
    seeded = [
        ASModule(path(build, "diagnostics"), imports={("env", "seed"): lambda: 12345.0}).random_value()
        for _ in range(2)
    ]
    assert seeded[0] == seeded[1]
    aborts = []

    def my_abort(msg, file, line, col):
        aborts.append((my_abort.module.get_string(msg), line))
        raise KeyError("custom")

    m = ASModule(path(build, "diagnostics"), imports={("env", "abort"): my_abort})
    with pytest.raises(KeyError, match="custom"):
        m.check_value(12)
    assert aborts == [("value too large: 12", 5)]


# --------------------------------------------------------------- errors


def test_use_after_unpin_is_a_clear_error(build):
    module = ASModule(path(build, "strings"))
    s = module.pin(module.new_string("short-lived"))
    assert module.get_string(s) == "short-lived"
    module.unpin(s)
    module.collect()
    with pytest.raises(ASFreedError, match="freed.*unpin"):
        module.get_string(s)
    with pytest.raises(ASFreedError):
        module.pin(s)
    with pytest.raises(ASPinError, match="not pinned"):
        module.unpin(s)


def test_bad_pointers_and_type_ids(build):
    module = ASModule(path(build, "arrays"))
    size = len(module.memory)
    for bad in (0, 1, size - 4, size + 100, 2**32 - 8):
        with pytest.raises(ASPointerError) as info:
            module.get_string(bad)
        assert isinstance(info.value, ValueError) and isinstance(info.value, ASError)
        with pytest.raises(ASPointerError):
            module.get_array(bad)
        with pytest.raises(ASPointerError):
            module.pin(bad)
    p = module.pin(module.make_Int32Array(4))
    with pytest.raises(ASPointerError):
        module.get_array(p + 4)
    with pytest.raises(ASWrongTypeError, match="String"):
        module.get_string(p)
    s = module.pin(module.new_string("not an array"))
    with pytest.raises(ASWrongTypeError):
        module.get_array(s)
    with pytest.raises(ASWrongTypeError):
        module.get_array_view(s)
    with pytest.raises(ASWrongTypeError, match="not in the type table"):
        module.new_array(9999, [1, 2])
    with pytest.raises(ASWrongTypeError, match="not an ArrayBuffer"):
        module.new_array(module.String_ID, [1, 2])
    with pytest.raises(ASValueError):
        module.new_array(module.ArrayI32_ID, [object()])
    with pytest.raises(ASPinError):
        module.unpin(12345)
    module.unpin(p)
    module.unpin(s)


def test_array_of_objects_checks_pointers(build):
    module = ASModule(path(build, "vector3d"))
    with pytest.raises(ASValueError, match="value 1"):
        module.new_array(module.VectorsArray_ID, [module.make_vector(1.0, 0.0, 0.0), 12345])
    with pytest.raises(ASValueError):
        module.new_array(module.VectorsArray_ID, array.array("d", [1.0]))


def test_module_without_runtime(tmp_path):
    wat = tmp_path / "plain.wat"
    wat.write_text('(module (memory (export "memory") 1) (func (export "f") (result i32) i32.const 7))')
    module = ASModule(wat)
    assert module.f() == 7
    with pytest.raises(ASRuntimeError, match="__rtti_base"):
        module.get_string(16)


# ---------------------------------------------------------- import hook


def test_import_hook_gives_helpers(import_dir, build):
    shutil.copy(path(build, "strings"), import_dir.root / "as_strings.wasm")
    shutil.copy(path(build, "diagnostics"), import_dir.root / "as_diagnostics.wasm")
    import as_strings
    import as_diagnostics

    assert isinstance(as_strings.as_module, ASModule)
    assert as_strings.get_string(as_strings.get_hello_string()) == "Hello world!"
    s = as_strings.pin(as_strings.new_string("hook"))
    assert as_strings.get_string(as_strings.expand_string(s)) == "Expanded: hook!"
    as_strings.unpin(s)
    with pytest.raises(ASAbort, match="value too large: 20"):
        as_diagnostics.check_value(20)
    assert 0.0 <= as_diagnostics.random_value() < 1.0


def test_readme_assemblyscript_section_runs(monkeypatch, capsys):
    pytest.importorskip("numpy")
    root = BUILD.parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    section = readme.split("## AssemblyScript", 1)[1]
    code = section.split("```python", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(root)
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["5.0", "2 + 3 = 5"]
    assert any("Vector3d" in line for line in out)
