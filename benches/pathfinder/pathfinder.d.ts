/** Exported memory */
export declare const memory: WebAssembly.Memory;
// Exported runtime interface
export declare function __new(size: number, id: number): number;
export declare function __pin(ptr: number): number;
export declare function __unpin(ptr: number): void;
export declare function __collect(): void;
export declare const __rtti_base: number;
/**
 * pathfinder/load_graph
 * @param x `~lib/staticarray/StaticArray<f32>`
 * @param y `~lib/staticarray/StaticArray<f32>`
 * @param row_start `~lib/staticarray/StaticArray<i32>`
 * @param edge_targets `~lib/staticarray/StaticArray<i32>`
 * @returns `i32`
 */
export declare function load_graph(x: ArrayLike<number>, y: ArrayLike<number>, row_start: ArrayLike<number>, edge_targets: ArrayLike<number>): number;
/**
 * pathfinder/set_blocked
 * @param nodes `~lib/staticarray/StaticArray<i32>`
 * @param value `bool`
 */
export declare function set_blocked(nodes: ArrayLike<number>, value: boolean): void;
/**
 * pathfinder/node_count
 * @returns `i32`
 */
export declare function node_count(): number;
/**
 * pathfinder/node_x
 * @param i `i32`
 * @returns `f32`
 */
export declare function node_x(i: number): number;
/**
 * pathfinder/node_y
 * @param i `i32`
 * @returns `f32`
 */
export declare function node_y(i: number): number;
/**
 * pathfinder/degree
 * @param i `i32`
 * @returns `i32`
 */
export declare function degree(i: number): number;
/**
 * pathfinder/neighbor
 * @param i `i32`
 * @param k `i32`
 * @returns `i32`
 */
export declare function neighbor(i: number, k: number): number;
/**
 * pathfinder/is_blocked
 * @param i `i32`
 * @returns `bool`
 */
export declare function is_blocked(i: number): boolean;
/**
 * pathfinder/last_length
 * @returns `f32`
 */
export declare function last_length(): number;
/**
 * pathfinder/last_expanded
 * @returns `i32`
 */
export declare function last_expanded(): number;
/**
 * pathfinder/find_route
 * @param waypoints `~lib/staticarray/StaticArray<i32>`
 * @returns `~lib/staticarray/StaticArray<i32>`
 */
export declare function find_route(waypoints: ArrayLike<number>): ArrayLike<number>;
/** pathfinder/StaticArrayI32_ID */
export declare const StaticArrayI32_ID: {
  /** @type `u32` */
  get value(): number
};
/** pathfinder/StaticArrayF32_ID */
export declare const StaticArrayF32_ID: {
  /** @type `u32` */
  get value(): number
};
