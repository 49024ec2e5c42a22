// Path Finder: A* over a navigation graph held in StaticArrays, the shape of
// a game's path-finding module driven from a host: the host loads the graph
// once (node positions in StaticArray<f32>, edges as compressed rows in
// StaticArray<i32>), then asks thousands of queries, each a route through a
// few waypoints, and reads results through many small accessor calls.
// Built by build.sh: asc 0.28.20 -O3 --exportRuntime --bindings esm.

let xs = new StaticArray<f32>(0);
let ys = new StaticArray<f32>(0);
let rowStart = new StaticArray<i32>(1);
let targets = new StaticArray<i32>(0);
let blocked = new StaticArray<u8>(0);

// A* state, reused across queries.
let gScore = new StaticArray<f32>(0);
let cameFrom = new StaticArray<i32>(0);
let visitStamp = new StaticArray<i32>(0);
let closedStamp = new StaticArray<i32>(0);
let heapNode = new StaticArray<i32>(0);
let heapKey = new StaticArray<f32>(0);
let stamp = 0;
let lastLength: f32 = 0;
let expanded = 0;

/** Loads the graph: node i at (x[i], y[i]); its neighbours are
 *  targets[row_start[i] .. row_start[i + 1]). */
export function load_graph(x: StaticArray<f32>, y: StaticArray<f32>, row_start: StaticArray<i32>, edge_targets: StaticArray<i32>): i32 {
  let n = x.length;
  xs = x;
  ys = y;
  rowStart = row_start;
  targets = edge_targets;
  blocked = new StaticArray<u8>(n);
  gScore = new StaticArray<f32>(n);
  cameFrom = new StaticArray<i32>(n);
  visitStamp = new StaticArray<i32>(n);
  closedStamp = new StaticArray<i32>(n);
  heapNode = new StaticArray<i32>(edge_targets.length + n + 1);
  heapKey = new StaticArray<f32>(edge_targets.length + n + 1);
  return n;
}

/** Marks nodes impassable (1) or passable (0) again. */
export function set_blocked(nodes: StaticArray<i32>, value: bool): void {
  for (let i = 0; i < nodes.length; i++) blocked[nodes[i]] = value ? 1 : 0;
}

export function node_count(): i32 { return xs.length; }
export function node_x(i: i32): f32 { return xs[i]; }
export function node_y(i: i32): f32 { return ys[i]; }
export function degree(i: i32): i32 { return rowStart[i + 1] - rowStart[i]; }
export function neighbor(i: i32, k: i32): i32 { return targets[rowStart[i] + k]; }
export function is_blocked(i: i32): bool { return blocked[i] != 0; }
/** The length of the last route found (sum of edge lengths). */
export function last_length(): f32 { return lastLength; }
/** Nodes expanded by the last query. */
export function last_expanded(): i32 { return expanded; }

@inline function dist(a: i32, b: i32): f32 {
  let dx = xs[a] - xs[b], dy = ys[a] - ys[b];
  return Mathf.sqrt(dx * dx + dy * dy);
}

// Binary min-heap of (key, node) with lazy deletion.
let heapSize = 0;
function push(node: i32, key: f32): void {
  let i = heapSize++;
  while (i > 0) {
    let parent = (i - 1) >> 1;
    if (heapKey[parent] <= key) break;
    heapKey[i] = heapKey[parent];
    heapNode[i] = heapNode[parent];
    i = parent;
  }
  heapKey[i] = key;
  heapNode[i] = node;
}
function pop(): i32 {
  let top = heapNode[0];
  let key = heapKey[--heapSize];
  let node = heapNode[heapSize];
  let i = 0;
  while (true) {
    let c = 2 * i + 1;
    if (c >= heapSize) break;
    if (c + 1 < heapSize && heapKey[c + 1] < heapKey[c]) c++;
    if (heapKey[c] >= key) break;
    heapKey[i] = heapKey[c];
    heapNode[i] = heapNode[c];
    i = c;
  }
  heapKey[i] = key;
  heapNode[i] = node;
  return top;
}

/** A* from `from` to `to`; appends the path (without `from`) to `out`
 *  starting at `at`; returns the new end, or -1 when there is no path. */
function search(from: i32, to: i32, out: Array<i32>): bool {
  stamp++;
  heapSize = 0;
  gScore[from] = 0;
  visitStamp[from] = stamp;
  cameFrom[from] = -1;
  push(from, dist(from, to));
  while (heapSize > 0) {
    let cur = pop();
    if (closedStamp[cur] == stamp) continue;
    closedStamp[cur] = stamp;
    expanded++;
    if (cur == to) break;
    let g = gScore[cur];
    for (let e = rowStart[cur], end = rowStart[cur + 1]; e < end; e++) {
      let nb = targets[e];
      if (blocked[nb] != 0 || closedStamp[nb] == stamp) continue;
      let ng = g + dist(cur, nb);
      if (visitStamp[nb] != stamp || ng < gScore[nb]) {
        visitStamp[nb] = stamp;
        gScore[nb] = ng;
        cameFrom[nb] = cur;
        push(nb, ng + dist(nb, to));
      }
    }
  }
  if (closedStamp[to] != stamp) return false;
  let start = out.length;
  for (let v = to; v != from; v = cameFrom[v]) out.push(v);
  // reverse the appended part
  for (let i = start, j = out.length - 1; i < j; i++, j--) {
    let t = out[i]; out[i] = out[j]; out[j] = t;
  }
  lastLength += gScore[to];
  return true;
}

/** The shortest route visiting `waypoints` in order: the node ids from the
 *  first waypoint to the last, or an empty array when a leg has no path. */
export function find_route(waypoints: StaticArray<i32>): StaticArray<i32> {
  let out = new Array<i32>();
  lastLength = 0;
  expanded = 0;
  if (waypoints.length == 0) return new StaticArray<i32>(0);
  out.push(waypoints[0]);
  for (let i = 1; i < waypoints.length; i++) {
    if (!search(waypoints[i - 1], waypoints[i], out)) return new StaticArray<i32>(0);
  }
  return StaticArray.fromArray<i32>(out);
}

export const StaticArrayI32_ID = idof<StaticArray<i32>>();
export const StaticArrayF32_ID = idof<StaticArray<f32>>();
