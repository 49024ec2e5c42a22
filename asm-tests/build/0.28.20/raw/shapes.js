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
    Color: (values => (
      // shapes/Color
      values[values.Red = exports["Color.Red"].valueOf()] = "Red",
      values[values.Green = exports["Color.Green"].valueOf()] = "Green",
      values[values.Blue = exports["Color.Blue"].valueOf()] = "Blue",
      values
    ))({}),
    color_name(c) {
      // shapes/color_name(i32) => ~lib/string/String
      return __liftString(exports.color_name(c) >>> 0);
    },
    seg_len(s) {
      // shapes/seg_len(shapes/Segment) => f32
      s = __lowerRecord4(s) || __notnull();
      return exports.seg_len(s);
    },
    make_seg(n) {
      // shapes/make_seg(i32) => shapes/Segment
      return __liftRecord4(exports.make_seg(n) >>> 0);
    },
    chain(n) {
      // shapes/chain(i32) => shapes/Node
      return __liftInternref(exports.chain(n) >>> 0);
    },
    chain_sum(h) {
      // shapes/chain_sum(shapes/Node | null) => i32
      h = __lowerInternref(h);
      return exports.chain_sum(h);
    },
    nodes(n) {
      // shapes/nodes(i32) => ~lib/array/Array<shapes/Node>
      return __liftArray(pointer => __liftInternref(__getU32(pointer)), 2, exports.nodes(n) >>> 0);
    },
    sum_nodes(a) {
      // shapes/sum_nodes(~lib/array/Array<shapes/Node>) => i32
      a = __lowerArray((pointer, value) => { __setU32(pointer, __lowerInternref(value) || __notnull()); }, 9, 2, a) || __notnull();
      return exports.sum_nodes(a);
    },
    static_vecs(a) {
      // shapes/static_vecs(~lib/staticarray/StaticArray<shapes/Vec2>) => ~lib/staticarray/StaticArray<shapes/Vec2>
      a = __lowerStaticArray((pointer, value) => { __setU32(pointer, __lowerRecord5(value) || __notnull()); }, 10, 2, a) || __notnull();
      return __liftStaticArray(pointer => __liftRecord5(__getU32(pointer)), 2, exports.static_vecs(a) >>> 0);
    },
    apply(f, x) {
      // shapes/apply((i32) => i32, i32) => i32
      f = __lowerInternref(f) || __notnull();
      return exports.apply(f, x);
    },
    umax(a, b) {
      // shapes/umax(usize, isize) => usize
      return exports.umax(a, b) >>> 0;
    },
    longs(a) {
      // shapes/longs(~lib/typedarray/Int64Array | null) => ~lib/typedarray/Uint8ClampedArray
      a = __lowerTypedArray(BigInt64Array, 11, 3, a);
      return __liftTypedArray(Uint8ClampedArray, exports.longs(a) >>> 0);
    },
    mixed(a, b, c, d, e, f, g, h) {
      // shapes/mixed(i8, u16, i64, f32, ~lib/string/String, ~lib/array/Array<f32>, bool?, ~lib/string/String | null?) => ~lib/string/String
      c = c || 0n;
      e = __retain(__lowerString(e) || __notnull());
      f = __retain(__lowerArray(__setF32, 13, 2, f) || __notnull());
      g = g ? 1 : 0;
      h = __lowerString(h);
      try {
        exports.__setArgumentsLength(arguments.length);
        return __liftString(exports.mixed(a, b, c, d, e, f, g, h) >>> 0);
      } finally {
        __release(e);
        __release(f);
      }
    },
    set_of(n) {
      // shapes/set_of(i32) => ~lib/set/Set<i32>
      return __liftInternref(exports.set_of(n) >>> 0);
    },
    big_string(s) {
      // shapes/big_string(~lib/string/String) => ~lib/string/String
      s = __lowerString(s) || __notnull();
      return __liftString(exports.big_string(s) >>> 0);
    },
  }, exports);
  function __lowerRecord5(value) {
    // shapes/Vec2
    // Hint: Opt-out from lowering as a record by providing an empty constructor
    if (value == null) return 0;
    const pointer = exports.__pin(exports.__new(8, 5));
    __setF32(pointer + 0, value.x);
    __setF32(pointer + 4, value.y);
    exports.__unpin(pointer);
    return pointer;
  }
  function __lowerRecord4(value) {
    // shapes/Segment
    // Hint: Opt-out from lowering as a record by providing an empty constructor
    if (value == null) return 0;
    const pointer = exports.__pin(exports.__new(16, 4));
    __setU32(pointer + 0, __lowerRecord5(value.a) || __notnull());
    __setU32(pointer + 4, __lowerRecord5(value.b) || __notnull());
    __setU32(pointer + 8, __lowerString(value.label));
    __setU32(pointer + 12, __lowerArray((pointer, value) => { __setU32(pointer, __lowerString(value) || __notnull()); }, 6, 2, value.tags) || __notnull());
    exports.__unpin(pointer);
    return pointer;
  }
  function __liftRecord5(pointer) {
    // shapes/Vec2
    // Hint: Opt-out from lifting as a record by providing an empty constructor
    if (!pointer) return null;
    return {
      x: __getF32(pointer + 0),
      y: __getF32(pointer + 4),
    };
  }
  function __liftRecord4(pointer) {
    // shapes/Segment
    // Hint: Opt-out from lifting as a record by providing an empty constructor
    if (!pointer) return null;
    return {
      a: __liftRecord5(__getU32(pointer + 0)),
      b: __liftRecord5(__getU32(pointer + 4)),
      label: __liftString(__getU32(pointer + 8)),
      tags: __liftArray(pointer => __liftString(__getU32(pointer)), 2, __getU32(pointer + 12)),
    };
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
  function __setU32(pointer, value) {
    try {
      __dataview.setUint32(pointer, value, true);
    } catch {
      __dataview = new DataView(memory.buffer);
      __dataview.setUint32(pointer, value, true);
    }
  }
  function __setF32(pointer, value) {
    try {
      __dataview.setFloat32(pointer, value, true);
    } catch {
      __dataview = new DataView(memory.buffer);
      __dataview.setFloat32(pointer, value, true);
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
  function __getF32(pointer) {
    try {
      return __dataview.getFloat32(pointer, true);
    } catch {
      __dataview = new DataView(memory.buffer);
      return __dataview.getFloat32(pointer, true);
    }
  }
  return adaptedExports;
}
