export async function instantiate(module, imports = {}) {
  const adaptedImports = {
    env: Object.setPrototypeOf({
      abort(message, fileName, lineNumber, columnNumber) {
        // ~lib/builtins/abort(~lib/string/String | null?, ~lib/string/String | null?, u32?, u32?) => void
        message = __liftString(message >>> 0);
        fileName = __liftString(fileName >>> 0);
        lineNumber = lineNumber >>> 0;
        columnNumber = columnNumber >>> 0;
        (() => {
          // @external.js
          throw Error(`${message} in ${fileName}:${lineNumber}:${columnNumber}`);
        })();
      },
    }, Object.assign(Object.create(globalThis), imports.env || {})),
  };
  const { exports } = await WebAssembly.instantiate(module, adaptedImports);
  const memory = exports.memory || imports.env.memory;
  const adaptedExports = Object.setPrototypeOf({
    greet(name) {
      // typed/greet(~lib/string/String) => ~lib/string/String
      name = __lowerString(name) || __notnull();
      return __liftString(exports.greet(name) >>> 0);
    },
    str_length(s) {
      // typed/str_length(~lib/string/String) => i32
      s = __lowerString(s) || __notnull();
      return exports.str_length(s);
    },
    repeat_ab(n) {
      // typed/repeat_ab(i32) => ~lib/string/String
      return __liftString(exports.repeat_ab(n) >>> 0);
    },
    maybe_string(s) {
      // typed/maybe_string(~lib/string/String | null) => ~lib/string/String | null
      s = __lowerString(s);
      return __liftString(exports.maybe_string(s) >>> 0);
    },
    negate(b) {
      // typed/negate(bool) => bool
      b = b ? 1 : 0;
      return exports.negate(b) != 0;
    },
    is_positive(x) {
      // typed/is_positive(f64) => bool
      return exports.is_positive(x) != 0;
    },
    add_i64(a, b) {
      // typed/add_i64(i64, i64) => i64
      a = a || 0n;
      b = b || 0n;
      return exports.add_i64(a, b);
    },
    add_u64(a, b) {
      // typed/add_u64(u64, u64) => u64
      a = a || 0n;
      b = b || 0n;
      return BigInt.asUintN(64, exports.add_u64(a, b));
    },
    u32_max() {
      // typed/u32_max() => u32
      return exports.u32_max() >>> 0;
    },
    add_small(a, b, c) {
      // typed/add_small(u8, i16, u32) => u32
      return exports.add_small(a, b, c) >>> 0;
    },
    sum_float32(a) {
      // typed/sum_float32(~lib/typedarray/Float32Array) => f64
      a = __lowerTypedArray(Float32Array, 4, 2, a) || __notnull();
      return exports.sum_float32(a);
    },
    scale_float64(a, k) {
      // typed/scale_float64(~lib/typedarray/Float64Array, f64) => ~lib/typedarray/Float64Array
      a = __lowerTypedArray(Float64Array, 5, 3, a) || __notnull();
      return __liftTypedArray(Float64Array, exports.scale_float64(a, k) >>> 0);
    },
    iota_int32(n) {
      // typed/iota_int32(i32) => ~lib/typedarray/Int32Array
      return __liftTypedArray(Int32Array, exports.iota_int32(n) >>> 0);
    },
    bytes_u8(a) {
      // typed/bytes_u8(~lib/typedarray/Uint8Array) => ~lib/typedarray/Uint8Array
      a = __lowerTypedArray(Uint8Array, 7, 0, a) || __notnull();
      return __liftTypedArray(Uint8Array, exports.bytes_u8(a) >>> 0);
    },
    sum_i64(a) {
      // typed/sum_i64(~lib/typedarray/Int64Array) => i64
      a = __lowerTypedArray(BigInt64Array, 8, 3, a) || __notnull();
      return exports.sum_i64(a);
    },
    as_u64(a) {
      // typed/as_u64(~lib/typedarray/Int64Array) => ~lib/typedarray/Uint64Array
      a = __lowerTypedArray(BigInt64Array, 8, 3, a) || __notnull();
      return __liftTypedArray(BigUint64Array, exports.as_u64(a) >>> 0);
    },
    int16_of(a) {
      // typed/int16_of(~lib/typedarray/Int16Array) => ~lib/typedarray/Int16Array
      a = __lowerTypedArray(Int16Array, 10, 1, a) || __notnull();
      return __liftTypedArray(Int16Array, exports.int16_of(a) >>> 0);
    },
    middle_float64(a) {
      // typed/middle_float64(~lib/typedarray/Float64Array) => ~lib/typedarray/Float64Array
      a = __lowerTypedArray(Float64Array, 5, 3, a) || __notnull();
      return __liftTypedArray(Float64Array, exports.middle_float64(a) >>> 0);
    },
    reverse_i32(a) {
      // typed/reverse_i32(~lib/array/Array<i32>) => ~lib/array/Array<i32>
      a = __lowerArray(__setU32, 11, 2, a) || __notnull();
      return __liftArray(__getI32, 2, exports.reverse_i32(a) >>> 0);
    },
    sum_array_f64(a) {
      // typed/sum_array_f64(~lib/array/Array<f64>) => f64
      a = __lowerArray(__setF64, 12, 3, a) || __notnull();
      return exports.sum_array_f64(a);
    },
    split_words(s) {
      // typed/split_words(~lib/string/String) => ~lib/array/Array<~lib/string/String>
      s = __lowerString(s) || __notnull();
      return __liftArray(pointer => __liftString(__getU32(pointer)), 2, exports.split_words(s) >>> 0);
    },
    join_words(a) {
      // typed/join_words(~lib/array/Array<~lib/string/String>) => ~lib/string/String
      a = __lowerArray((pointer, value) => { __setU32(pointer, __lowerString(value) || __notnull()); }, 13, 2, a) || __notnull();
      return __liftString(exports.join_words(a) >>> 0);
    },
    flags(n) {
      // typed/flags(i32) => ~lib/array/Array<bool>
      return __liftArray(pointer => __getU8(pointer) != 0, 0, exports.flags(n) >>> 0);
    },
    transpose(a) {
      // typed/transpose(~lib/array/Array<~lib/array/Array<i32>>) => ~lib/array/Array<~lib/array/Array<i32>>
      a = __lowerArray((pointer, value) => { __setU32(pointer, __lowerArray(__setU32, 11, 2, value) || __notnull()); }, 15, 2, a) || __notnull();
      return __liftArray(pointer => __liftArray(__getI32, 2, __getU32(pointer)), 2, exports.transpose(a) >>> 0);
    },
    count_or_minus_one(a) {
      // typed/count_or_minus_one(~lib/array/Array<i32> | null) => i32
      a = __lowerArray(__setU32, 11, 2, a);
      return exports.count_or_minus_one(a);
    },
    nulls(n) {
      // typed/nulls(i32) => ~lib/array/Array<~lib/string/String|null>
      return __liftArray(pointer => __liftString(__getU32(pointer)), 2, exports.nulls(n) >>> 0);
    },
    big_array(a) {
      // typed/big_array(~lib/array/Array<u64>) => ~lib/array/Array<u64>
      a = __lowerArray(__setU64, 17, 3, a) || __notnull();
      return __liftArray(pointer => BigInt.asUintN(64, __getU64(pointer)), 3, exports.big_array(a) >>> 0);
    },
    plus_one_static(a) {
      // typed/plus_one_static(~lib/staticarray/StaticArray<f64>) => ~lib/staticarray/StaticArray<f64>
      a = __lowerStaticArray(__setF64, 19, 3, a, Float64Array) || __notnull();
      return __liftStaticArray(__getF64, 3, exports.plus_one_static(a) >>> 0);
    },
    sum_static_i32(a) {
      // typed/sum_static_i32(~lib/staticarray/StaticArray<i32>) => i32
      a = __lowerStaticArray(__setU32, 20, 2, a, Int32Array) || __notnull();
      return exports.sum_static_i32(a);
    },
    static_strings(a) {
      // typed/static_strings(~lib/staticarray/StaticArray<~lib/string/String>) => ~lib/staticarray/StaticArray<~lib/string/String>
      a = __lowerStaticArray((pointer, value) => { __setU32(pointer, __lowerString(value) || __notnull()); }, 21, 2, a) || __notnull();
      return __liftStaticArray(pointer => __liftString(__getU32(pointer)), 2, exports.static_strings(a) >>> 0);
    },
    tail_bytes(b) {
      // typed/tail_bytes(~lib/arraybuffer/ArrayBuffer) => ~lib/arraybuffer/ArrayBuffer
      b = __lowerBuffer(b) || __notnull();
      return __liftBuffer(exports.tail_bytes(b) >>> 0);
    },
    buffer_length(b) {
      // typed/buffer_length(~lib/arraybuffer/ArrayBuffer | null) => i32
      b = __lowerBuffer(b);
      return exports.buffer_length(b);
    },
    midpoint(a, b) {
      // typed/midpoint(typed/Point, typed/Point) => typed/Point
      a = __retain(__lowerRecord23(a) || __notnull());
      b = __lowerRecord23(b) || __notnull();
      try {
        return __liftRecord23(exports.midpoint(a, b) >>> 0);
      } finally {
        __release(a);
      }
    },
    describe_item(it) {
      // typed/describe_item(typed/Item) => ~lib/string/String
      it = __lowerRecord24(it) || __notnull();
      return __liftString(exports.describe_item(it) >>> 0);
    },
    make_item(name, count) {
      // typed/make_item(~lib/string/String, i32) => typed/Item
      name = __lowerString(name) || __notnull();
      return __liftRecord24(exports.make_item(name, count) >>> 0);
    },
    centroid(ps) {
      // typed/centroid(~lib/array/Array<typed/Point>) => typed/Point | null
      ps = __lowerArray((pointer, value) => { __setU32(pointer, __lowerRecord23(value) || __notnull()); }, 25, 2, ps) || __notnull();
      return __liftRecord23(exports.centroid(ps) >>> 0);
    },
    new_counter(start) {
      // typed/new_counter(i32) => typed/Counter
      return __liftInternref(exports.new_counter(start) >>> 0);
    },
    bump(c) {
      // typed/bump(typed/Counter) => i32
      c = __lowerInternref(c) || __notnull();
      return exports.bump(c);
    },
    counter_or_null(c) {
      // typed/counter_or_null(typed/Counter | null) => i32
      c = __lowerInternref(c);
      return exports.counter_or_null(c);
    },
    optional(a, b, s) {
      // typed/optional(i32, i32?, ~lib/string/String?) => ~lib/string/String
      s = __lowerString(s) || __notnull();
      exports.__setArgumentsLength(arguments.length);
      return __liftString(exports.optional(a, b, s) >>> 0);
    },
    abort_if_any(s, a) {
      // typed/abort_if_any(~lib/string/String, ~lib/array/Array<i32>) => i32
      s = __retain(__lowerString(s) || __notnull());
      a = __lowerArray(__setU32, 11, 2, a) || __notnull();
      try {
        return exports.abort_if_any(s, a);
      } finally {
        __release(s);
      }
    },
    trap_if_any(s, a) {
      // typed/trap_if_any(~lib/string/String, ~lib/typedarray/Float32Array) => i32
      s = __retain(__lowerString(s) || __notnull());
      a = __lowerTypedArray(Float32Array, 4, 2, a) || __notnull();
      try {
        return exports.trap_if_any(s, a);
      } finally {
        __release(s);
      }
    },
  }, exports);
  function __lowerRecord23(value) {
    // typed/Point
    // Hint: Opt-out from lowering as a record by providing an empty constructor
    if (value == null) return 0;
    const pointer = exports.__pin(exports.__new(16, 23));
    __setF64(pointer + 0, value.x);
    __setF64(pointer + 8, value.y);
    exports.__unpin(pointer);
    return pointer;
  }
  function __liftRecord23(pointer) {
    // typed/Point
    // Hint: Opt-out from lifting as a record by providing an empty constructor
    if (!pointer) return null;
    return {
      x: __getF64(pointer + 0),
      y: __getF64(pointer + 8),
    };
  }
  function __lowerRecord24(value) {
    // typed/Item
    // Hint: Opt-out from lowering as a record by providing an empty constructor
    if (value == null) return 0;
    const pointer = exports.__pin(exports.__new(25, 24));
    __setU8(pointer + 0, value.tag);
    __setF64(pointer + 8, value.weight);
    __setU32(pointer + 16, __lowerString(value.name) || __notnull());
    __setU32(pointer + 20, value.count);
    __setU8(pointer + 24, value.ok ? 1 : 0);
    exports.__unpin(pointer);
    return pointer;
  }
  function __liftRecord24(pointer) {
    // typed/Item
    // Hint: Opt-out from lifting as a record by providing an empty constructor
    if (!pointer) return null;
    return {
      tag: __getU8(pointer + 0),
      weight: __getF64(pointer + 8),
      name: __liftString(__getU32(pointer + 16)),
      count: __getI32(pointer + 20),
      ok: __getU8(pointer + 24) != 0,
    };
  }
  function __liftBuffer(pointer) {
    if (!pointer) return null;
    return memory.buffer.slice(pointer, pointer + new Uint32Array(memory.buffer)[pointer - 4 >>> 2]);
  }
  function __lowerBuffer(value) {
    if (value == null) return 0;
    const pointer = exports.__new(value.byteLength, 1) >>> 0;
    new Uint8Array(memory.buffer).set(new Uint8Array(value), pointer);
    return pointer;
  }
  function __liftString(pointer) {
    if (!pointer) return null;
    const
      end = pointer + new Uint32Array(memory.buffer)[pointer - 4 >>> 2] >>> 1,
      memoryU16 = new Uint16Array(memory.buffer);
    let
      start = pointer >>> 1,
      string = "";
    while (end - start > 1024) string += String.fromCharCode(...memoryU16.subarray(start, start += 1024));
    return string + String.fromCharCode(...memoryU16.subarray(start, end));
  }
  function __lowerString(value) {
    if (value == null) return 0;
    const
      length = value.length,
      pointer = exports.__new(length << 1, 2) >>> 0,
      memoryU16 = new Uint16Array(memory.buffer);
    for (let i = 0; i < length; ++i) memoryU16[(pointer >>> 1) + i] = value.charCodeAt(i);
    return pointer;
  }
  function __liftArray(liftElement, align, pointer) {
    if (!pointer) return null;
    const
      dataStart = __getU32(pointer + 4),
      length = __dataview.getUint32(pointer + 12, true),
      values = new Array(length);
    for (let i = 0; i < length; ++i) values[i] = liftElement(dataStart + (i << align >>> 0));
    return values;
  }
  function __lowerArray(lowerElement, id, align, values) {
    if (values == null) return 0;
    const
      length = values.length,
      buffer = exports.__pin(exports.__new(length << align, 1)) >>> 0,
      header = exports.__pin(exports.__new(16, id)) >>> 0;
    __setU32(header + 0, buffer);
    __dataview.setUint32(header + 4, buffer, true);
    __dataview.setUint32(header + 8, length << align, true);
    __dataview.setUint32(header + 12, length, true);
    for (let i = 0; i < length; ++i) lowerElement(buffer + (i << align >>> 0), values[i]);
    exports.__unpin(buffer);
    exports.__unpin(header);
    return header;
  }
  function __liftTypedArray(constructor, pointer) {
    if (!pointer) return null;
    return new constructor(
      memory.buffer,
      __getU32(pointer + 4),
      __dataview.getUint32(pointer + 8, true) / constructor.BYTES_PER_ELEMENT
    ).slice();
  }
  function __lowerTypedArray(constructor, id, align, values) {
    if (values == null) return 0;
    const
      length = values.length,
      buffer = exports.__pin(exports.__new(length << align, 1)) >>> 0,
      header = exports.__new(12, id) >>> 0;
    __setU32(header + 0, buffer);
    __dataview.setUint32(header + 4, buffer, true);
    __dataview.setUint32(header + 8, length << align, true);
    new constructor(memory.buffer, buffer, length).set(values);
    exports.__unpin(buffer);
    return header;
  }
  function __liftStaticArray(liftElement, align, pointer) {
    if (!pointer) return null;
    const
      length = __getU32(pointer - 4) >>> align,
      values = new Array(length);
    for (let i = 0; i < length; ++i) values[i] = liftElement(pointer + (i << align >>> 0));
    return values;
  }
  function __lowerStaticArray(lowerElement, id, align, values, typedConstructor) {
    if (values == null) return 0;
    const
      length = values.length,
      buffer = exports.__pin(exports.__new(length << align, id)) >>> 0;
    if (typedConstructor) {
      new typedConstructor(memory.buffer, buffer, length).set(values);
    } else {
      for (let i = 0; i < length; i++) lowerElement(buffer + (i << align >>> 0), values[i]);
    }
    exports.__unpin(buffer);
    return buffer;
  }
  class Internref extends Number {}
  const registry = new FinalizationRegistry(__release);
  function __liftInternref(pointer) {
    if (!pointer) return null;
    const sentinel = new Internref(__retain(pointer));
    registry.register(sentinel, pointer);
    return sentinel;
  }
  function __lowerInternref(value) {
    if (value == null) return 0;
    if (value instanceof Internref) return value.valueOf();
    throw TypeError("internref expected");
  }
  const refcounts = new Map();
  function __retain(pointer) {
    if (pointer) {
      const refcount = refcounts.get(pointer);
      if (refcount) refcounts.set(pointer, refcount + 1);
      else refcounts.set(exports.__pin(pointer), 1);
    }
    return pointer;
  }
  function __release(pointer) {
    if (pointer) {
      const refcount = refcounts.get(pointer);
      if (refcount === 1) exports.__unpin(pointer), refcounts.delete(pointer);
      else if (refcount) refcounts.set(pointer, refcount - 1);
      else throw Error(`invalid refcount '${refcount}' for reference '${pointer}'`);
    }
  }
  function __notnull() {
    throw TypeError("value must not be null");
  }
  let __dataview = new DataView(memory.buffer);
  function __setU8(pointer, value) {
    try {
      __dataview.setUint8(pointer, value, true);
    } catch {
      __dataview = new DataView(memory.buffer);
      __dataview.setUint8(pointer, value, true);
    }
  }
  function __setU32(pointer, value) {
    try {
      __dataview.setUint32(pointer, value, true);
    } catch {
      __dataview = new DataView(memory.buffer);
      __dataview.setUint32(pointer, value, true);
    }
  }
  function __setU64(pointer, value) {
    try {
      __dataview.setBigUint64(pointer, value, true);
    } catch {
      __dataview = new DataView(memory.buffer);
      __dataview.setBigUint64(pointer, value, true);
    }
  }
  function __setF64(pointer, value) {
    try {
      __dataview.setFloat64(pointer, value, true);
    } catch {
      __dataview = new DataView(memory.buffer);
      __dataview.setFloat64(pointer, value, true);
    }
  }
  function __getU8(pointer) {
    try {
      return __dataview.getUint8(pointer, true);
    } catch {
      __dataview = new DataView(memory.buffer);
      return __dataview.getUint8(pointer, true);
    }
  }
  function __getI32(pointer) {
    try {
      return __dataview.getInt32(pointer, true);
    } catch {
      __dataview = new DataView(memory.buffer);
      return __dataview.getInt32(pointer, true);
    }
  }
  function __getU32(pointer) {
    try {
      return __dataview.getUint32(pointer, true);
    } catch {
      __dataview = new DataView(memory.buffer);
      return __dataview.getUint32(pointer, true);
    }
  }
  function __getU64(pointer) {
    try {
      return __dataview.getBigUint64(pointer, true);
    } catch {
      __dataview = new DataView(memory.buffer);
      return __dataview.getBigUint64(pointer, true);
    }
  }
  function __getF64(pointer) {
    try {
      return __dataview.getFloat64(pointer, true);
    } catch {
      __dataview = new DataView(memory.buffer);
      return __dataview.getFloat64(pointer, true);
    }
  }
  return adaptedExports;
}
