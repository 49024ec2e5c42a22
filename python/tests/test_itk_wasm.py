"""Real SIMD modules nobody here wrote: ITK-Wasm's WASI pipelines (zstd
compression with base64, image downsampling with ITK's filters), built by
their authors with wasi-sdk and ``-msimd128`` (tens of thousands of SIMD
instructions each), from the ``itkwasm-*-wasi`` PyPI wheels that
wasi-tests/build-real.sh fetches (pinned versions and SHA-256,
wasi-tests/itk-wasm.txt). Each pipeline runs under wasmpy and under the
``wasmtime`` PyPI package, driven the same way (the ``--memory-io``
protocol of ITK-Wasm's own Python driver, ``itkwasm/pipeline.py``: inputs
written through ``itk_wasm_input_*_alloc``, ``itk_wasm_delayed_start``,
outputs read back through ``itk_wasm_output_*``), and the outputs must be
byte for byte the same.
"""

import functools
import json
import os
import random
import struct
from pathlib import Path

import pytest

import wasmpy
import wasmpy.wasi as wasi
from conftest import import_wasmtime

wasmtime = import_wasmtime()

ITK = Path(__file__).resolve().parents[2] / "wasi-tests" / "target" / "itk"


def pipeline(name):
    """The module of pipeline ``name``; missing: skipped outside CI (with
    the command that fetches it), a failure in CI."""
    path = ITK / f"{name}.wasi.wasm"
    if not path.exists():
        msg = f"{path} is missing: run wasi-tests/build-real.sh"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)
    return path


@functools.lru_cache(maxsize=None)
def wasmpy_module(path):
    return wasmpy.Module(path.read_bytes())


@functools.lru_cache(maxsize=None)
def wasmtime_module(path):
    return wasmtime.Module(wasmtime_engine(), path.read_bytes())


class WasmpyRun:
    """One pipeline instance under wasmpy."""

    def __init__(self, path, args):
        module = wasmpy_module(path)
        config = wasi.WasiConfig(argv=[path.name] + args, stdout=None, stderr=None)
        # A WASI reactor: wasmpy.Instance calls its _initialize.
        self.inst = wasmpy.Instance(module, {}, wasi=config)
        self.ex = self.inst.exports

    def call(self, name, *args):
        return self.ex[name](*args)

    def read(self, ptr, n):
        return self.ex["memory"].read(ptr & 0xFFFFFFFF, n & 0xFFFFFFFF)

    def write(self, ptr, data):
        self.ex["memory"].write(ptr & 0xFFFFFFFF, data)


ENGINE = None


def wasmtime_engine():
    global ENGINE
    if ENGINE is None:
        # As ITK-Wasm's driver configures it.
        config = wasmtime.Config()
        config.wasm_simd = True
        config.wasm_relaxed_simd = True
        config.wasm_relaxed_simd_deterministic = True
        ENGINE = wasmtime.Engine(config)
    return ENGINE


class WasmtimeRun:
    """One pipeline instance under wasmtime."""

    def __init__(self, path, args):
        engine = wasmtime_engine()
        self.store = wasmtime.Store(engine)
        cfg = wasmtime.WasiConfig()
        cfg.argv = [path.name] + args
        self.store.set_wasi(cfg)
        linker = wasmtime.Linker(engine)
        linker.define_wasi()
        module = wasmtime_module(path)
        self.ex = linker.instantiate(self.store, module).exports(self.store)
        self.ex["_initialize"](self.store)

    def call(self, name, *args):
        return self.ex[name](self.store, *args)

    def read(self, ptr, n):
        return bytes(self.ex["memory"].read(self.store, ptr & 0xFFFFFFFF, (ptr & 0xFFFFFFFF) + n))

    def write(self, ptr, data):
        self.ex["memory"].write(self.store, data, ptr & 0xFFFFFFFF)


def run(runner, name, args, inputs, outputs):
    """Runs pipeline ``name`` with ``--memory-io``. ``inputs``: a list of
    ``("stream", bytes)`` or ``("image", (json_dict, pixels, direction))``;
    ``outputs``: a list of ``"stream"``, ``"json"`` or ``"image"``.
    Returns (exit code, [output values]): bytes for a stream, the parsed
    JSON for json, (json_dict, pixel bytes) for an image."""
    r = runner(pipeline(name), ["--memory-io"] + args)

    def array(data, index, sub):
        ptr = r.call("itk_wasm_input_array_alloc", 0, index, sub, len(data))
        r.write(ptr, data)
        return ptr

    def put_json(obj, index):
        text = json.dumps(obj).encode()
        ptr = r.call("itk_wasm_input_json_alloc", 0, index, len(text))
        r.write(ptr, text)

    for index, (kind, value) in enumerate(inputs):
        if kind == "stream":
            ptr = array(value, index, 0)
            put_json({"size": len(value), "data": f"data:application/vnd.itk.address,0:{ptr}"}, index)
        else:
            meta, pixels, direction = value
            data_ptr = array(pixels, index, 0)
            direction_ptr = array(direction, index, 1)
            meta = dict(meta)
            meta["direction"] = f"data:application/vnd.itk.address,0:{direction_ptr}"
            meta["data"] = f"data:application/vnd.itk.address,0:{data_ptr}"
            put_json(meta, index)
    code = r.call("itk_wasm_delayed_start")
    results = []
    if code == 0:
        for index, kind in enumerate(outputs):

            def out_array(sub):
                ptr = r.call("itk_wasm_output_array_address", 0, index, sub)
                n = r.call("itk_wasm_output_array_size", 0, index, sub)
                return r.read(ptr, n)

            if kind == "stream":
                results.append(out_array(0))
            elif kind == "json":
                results.append(json.loads(out_array(0)))
            else:
                ptr = r.call("itk_wasm_output_json_address", 0, index)
                n = r.call("itk_wasm_output_json_size", 0, index)
                results.append((json.loads(r.read(ptr, n)), out_array(0), out_array(1)))
    return code, results


def both(name, args, inputs, outputs):
    """Runs the pipeline under both runtimes; they must agree. Returns
    wasmpy's (exit code, outputs)."""
    ours = run(WasmpyRun, name, args, inputs, outputs)
    theirs = run(WasmtimeRun, name, args, inputs, outputs)
    assert ours == theirs
    return ours


def float_image(width, height, seed):
    """A 2-D float32 image of smooth structure plus noise (ITK's image JSON,
    pixel bytes, direction bytes)."""
    rnd = random.Random(seed)
    pixels = [
        100.0 * ((x * y) % 17) / 17.0 + 40.0 * ((x // 7 + y // 5) % 2) + rnd.uniform(-3.0, 3.0)
        for y in range(height)
        for x in range(width)
    ]
    meta = {
        "imageType": {"dimension": 2, "componentType": "float32", "pixelType": "Scalar", "components": 1},
        "name": "image",
        "origin": [0.0, 0.0],
        "spacing": [1.0, 1.0],
        "size": [width, height],
        "metadata": [],
    }
    direction = struct.pack("<4d", 1.0, 0.0, 0.0, 1.0)
    return meta, struct.pack(f"<{len(pixels)}f", *pixels), direction


def test_zstd_compress_and_decompress_round_trip():
    """compress-stringify (zstd, then base64 with a data-URL prefix) and
    parse-string-decompress back, on text and on random bytes."""
    rnd = random.Random(14)
    text = b"".join(b"line %d of a fairly repetitive text, %s\n" % (i, b"x" * (i % 13)) for i in range(3000))
    noise = bytes(rnd.getrandbits(8) for _ in range(40000))
    for data in (text, noise):
        code, (packed,) = both("compress-stringify", ["0", "0"], [("stream", data)], ["stream"])
        assert code == 0 and len(packed) > 0
        if data is text:
            assert len(packed) < len(data) // 4
        code, (strung,) = both(
            "compress-stringify",
            ["0", "0", "--stringify", "--compression-level", "5"],
            [("stream", data)],
            ["stream"],
        )
        assert code == 0 and strung.startswith(b"data:application/zstd;base64,")
        code, (back,) = both(
            "parse-string-decompress", ["0", "0", "--parse-string"], [("stream", strung)], ["stream"]
        )
        assert code == 0 and back == data


def test_image_downsampling():
    """ITK's bin-shrink and Gaussian downsampling of a float image (the
    vectorised filter loops), and the kernel-sigma helper: the same pixels,
    bit for bit, and the same image metadata."""
    image = float_image(96, 80, seed=1)
    code, ((meta, pixels, _),) = both(
        "downsample-bin-shrink", ["0", "0", "--shrink-factors", "2", "4"], [("image", image)], ["image"]
    )
    assert code == 0 and meta["size"] == [48, 20] and len(pixels) == 48 * 20 * 4
    code, ((meta, pixels, _),) = both(
        "downsample", ["0", "0", "--shrink-factors", "3", "2"], [("image", image)], ["image"]
    )
    assert code == 0 and meta["size"] == [32, 40] and len(pixels) == 32 * 40 * 4
    code, (sigmas,) = both("downsample-sigma", ["0", "--shrink-factors", "2", "3"], [], ["json"])
    assert code == 0 and len(sigmas) == 2 and all(s > 0 for s in sigmas)


@pytest.mark.parametrize("name", ["compress-stringify", "parse-string-decompress", "downsample-bin-shrink", "downsample"])
def test_the_pipelines_are_simd_builds(name):
    """The modules above do use SIMD: wasmtime with SIMD off rejects them."""
    no_simd = wasmtime.Config()
    no_simd.wasm_simd = False
    no_simd.wasm_relaxed_simd = False
    with pytest.raises(wasmtime.WasmtimeError):
        wasmtime.Module.validate(wasmtime.Engine(no_simd), pipeline(name).read_bytes())
