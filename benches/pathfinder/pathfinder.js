async function instantiate(module, imports = {}) {
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
    load_graph(x, y, row_start, edge_targets) {
      // pathfinder/load_graph(~lib/staticarray/StaticArray<f32>, ~lib/staticarray/StaticArray<f32>, ~lib/staticarray/StaticArray<i32>, ~lib/staticarray/StaticArray<i32>) => i32
      x = __retain(__lowerStaticArray(__setF32, 4, 2, x, Float32Array) || __notnull());
      y = __retain(__lowerStaticArray(__setF32, 4, 2, y, Float32Array) || __notnull());
      row_start = __retain(__lowerStaticArray(__setU32, 5, 2, row_start, Int32Array) || __notnull());
      edge_targets = __lowerStaticArray(__setU32, 5, 2, edge_targets, Int32Array) || __notnull();
      try {
        return exports.load_graph(x, y, row_start, edge_targets);
      } finally {
        __release(x);
        __release(y);
        __release(row_start);
      }
    },
    set_blocked(nodes, value) {
      // pathfinder/set_blocked(~lib/staticarray/StaticArray<i32>, bool) => void
      nodes = __lowerStaticArray(__setU32, 5, 2, nodes, Int32Array) || __notnull();
      value = value ? 1 : 0;
      exports.set_blocked(nodes, value);
    },
    is_blocked(i) {
      // pathfinder/is_blocked(i32) => bool
      return exports.is_blocked(i) != 0;
    },
    find_route(waypoints) {
      // pathfinder/find_route(~lib/staticarray/StaticArray<i32>) => ~lib/staticarray/StaticArray<i32>
      waypoints = __lowerStaticArray(__setU32, 5, 2, waypoints, Int32Array) || __notnull();
      return __liftStaticArray(__getI32, 2, exports.find_route(waypoints) >>> 0);
    },
    StaticArrayI32_ID: {
      // pathfinder/StaticArrayI32_ID: u32
      valueOf() { return this.value; },
      get value() {
        return exports.StaticArrayI32_ID.value >>> 0;
      }
    },
    StaticArrayF32_ID: {
      // pathfinder/StaticArrayF32_ID: u32
      valueOf() { return this.value; },
      get value() {
        return exports.StaticArrayF32_ID.value >>> 0;
      }
    },
  }, exports);
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
  return adaptedExports;
}
export const {
  memory,
  __new,
  __pin,
  __unpin,
  __collect,
  __rtti_base,
  load_graph,
  set_blocked,
  node_count,
  node_x,
  node_y,
  degree,
  neighbor,
  is_blocked,
  last_length,
  last_expanded,
  find_route,
  StaticArrayI32_ID,
  StaticArrayF32_ID,
} = await (async url => instantiate(
  await (async () => {
    const isNodeOrBun = typeof process != "undefined" && process.versions != null && (process.versions.node != null || process.versions.bun != null);
    if (isNodeOrBun) { return globalThis.WebAssembly.compile(await (await import("node:fs/promises")).readFile(url)); }
    else { return await globalThis.WebAssembly.compileStreaming(globalThis.fetch(url)); }
  })(), {
  }
))(new URL("pathfinder.wasm", import.meta.url));
