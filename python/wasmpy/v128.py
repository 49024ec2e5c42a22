"""Reading and building ``v128`` values.

A ``v128`` crosses the Python boundary as an ``int``: arguments in
``[-2**127, 2**128)``, results unsigned in ``[0, 2**128)`` (as wasmtime-py
does). Lane 0 is the least significant: the value's 16 bytes in
little-endian order are the vector's bytes in memory order (WebAssembly
spec §4.2.4 vectors, §5.2.3 byte order).

Shapes name the lane type and count: ``"i8x16"``, ``"i16x8"``, ``"i32x4"``,
``"i64x2"`` (signed lanes), ``"u8x16"``, ``"u16x8"``, ``"u32x4"``,
``"u64x2"`` (unsigned), ``"f32x4"``, ``"f64x2"`` (floats; NaN payloads
kept)::

    >>> from wasmpy import v128
    >>> v = v128.from_lanes("i32x4", [1, 2, 3, -1])
    >>> hex(v)
    '0xffffffff000000030000000200000001'
    >>> v128.lanes(v, "i16x8")
    (1, 0, 2, 0, 3, 0, -1, -1)
"""

import operator
import struct
from typing import Iterable, SupportsIndex, Tuple, Union

__all__ = ["SHAPES", "lanes", "from_lanes", "to_bytes", "from_bytes"]

#: Shape name → ``struct`` format of the 16 bytes.
SHAPES = {
    "i8x16": "<16b",
    "u8x16": "<16B",
    "i16x8": "<8h",
    "u16x8": "<8H",
    "i32x4": "<4i",
    "u32x4": "<4I",
    "i64x2": "<2q",
    "u64x2": "<2Q",
    "f32x4": "<4f",
    "f64x2": "<2d",
}

Lane = Union[int, float]


def _format(shape: str) -> str:
    try:
        return SHAPES[shape]
    except KeyError:
        raise ValueError(
            f"unknown v128 shape {shape!r}; expected one of {', '.join(SHAPES)}"
        ) from None


def to_bytes(value: SupportsIndex) -> bytes:
    """The 16 bytes of ``value`` (an ``int`` in ``[-2**127, 2**128)``) in
    memory order. Raises ``OverflowError`` outside that range and
    ``TypeError`` for a non-integer."""
    value = operator.index(value)
    if not -(1 << 127) <= value < (1 << 128):
        raise OverflowError(f"v128 value {value} is outside [-2**127, 2**128)")
    return (value & ((1 << 128) - 1)).to_bytes(16, "little")


def from_bytes(data: bytes) -> int:
    """The ``v128`` (unsigned ``int``) whose memory bytes are ``data``
    (exactly 16 bytes, else ``ValueError``)."""
    data = bytes(data)
    if len(data) != 16:
        raise ValueError(f"a v128 is 16 bytes, got {len(data)}")
    return int.from_bytes(data, "little")


def lanes(value: SupportsIndex, shape: str = "i32x4") -> Tuple[Lane, ...]:
    """The lanes of ``value`` in ``shape``, lane 0 first: ``int`` lanes for
    integer shapes, ``float`` lanes for ``f32x4``/``f64x2``. Raises
    ``ValueError`` for an unknown shape, ``OverflowError``/``TypeError`` as
    :func:`to_bytes`."""
    return struct.unpack(_format(shape), to_bytes(value))


def from_lanes(shape: str, values: Iterable[Lane]) -> int:
    """The ``v128`` (unsigned ``int``) with lanes ``values`` (lane 0 first)
    in ``shape``. Integer lanes may be given in the signed or unsigned
    range of their width (a lane of ``i8x16`` in ``[-128, 256)``); float
    lanes are rounded to the lane's format. Raises ``ValueError`` for an
    unknown shape or the wrong number of lanes, ``OverflowError`` for an
    integer lane out of range."""
    fmt = _format(shape)
    vals = list(values)
    count = int(fmt[1:-1])
    if len(vals) != count:
        raise ValueError(f"{shape} has {count} lanes, got {len(vals)}")
    if shape[0] in "iu":
        bits = 128 // count
        out = 0
        for i, lane in enumerate(vals):
            if isinstance(lane, float):
                raise TypeError(f"lane {i} of {shape} must be an int, got a float")
            x = operator.index(lane)
            if not -(1 << (bits - 1)) <= x < (1 << bits):
                raise OverflowError(f"lane {i} value {x} does not fit {bits} bits")
            out |= (x & ((1 << bits) - 1)) << (bits * i)
        return out
    return from_bytes(struct.pack(fmt, *vals))
