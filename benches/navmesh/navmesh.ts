// NavMesh: A* over the triangles of a navigation mesh, with Path Finder's
// shape (pyaswasm's AssemblyScript benchmark) but run entirely inside wasm:
// the mesh lives in StaticArray<f32> (vertex positions, triangle centroids)
// and StaticArray<i32> (triangle corners, neighbours across each edge), every
// read goes through a small accessor method of `NavMesh`, and one call of
// `run_queries` answers thousands of shortest-path queries, so a measurement
// times generated code, not host<->wasm crossings.
// Built by build.sh: asc 0.28.20 -O3 --exportRuntime --bindings esm.

// xorshift32: the same pseudo-random sequence on every engine.
let rng: u32 = 1;
function nextRandom(): u32 {
  let x = rng;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  rng = x;
  return x;
}
function randomBelow(n: i32): i32 {
  return <i32>(nextRandom() % <u32>n);
}
function randomUnit(): f32 {
  return <f32>(nextRandom() >> 8) * (1.0 / 16777216.0);
}

/** A W x H grid of jittered vertices, each cell cut into two triangles;
 *  cells marked as obstacles have no walkable triangles. */
class NavMesh {
  vx: StaticArray<f32>;
  vy: StaticArray<f32>;
  corners: StaticArray<i32>; // 3 vertex ids per triangle
  links: StaticArray<i32>; // 3 neighbour triangles per triangle, -1: wall
  cx: StaticArray<f32>; // centroid of each triangle
  cy: StaticArray<f32>;
  walkable: StaticArray<u8>;

  constructor(public width: i32, public height: i32) {
    let nv = (width + 1) * (height + 1);
    let nt = 2 * width * height;
    this.vx = new StaticArray<f32>(nv);
    this.vy = new StaticArray<f32>(nv);
    this.corners = new StaticArray<i32>(3 * nt);
    this.links = new StaticArray<i32>(3 * nt);
    this.cx = new StaticArray<f32>(nt);
    this.cy = new StaticArray<f32>(nt);
    this.walkable = new StaticArray<u8>(nt);
  }

  get triangleCount(): i32 { return this.cx.length; }
  vertexX(v: i32): f32 { return this.vx[v]; }
  vertexY(v: i32): f32 { return this.vy[v]; }
  corner(t: i32, k: i32): i32 { return this.corners[3 * t + k]; }
  neighbor(t: i32, k: i32): i32 { return this.links[3 * t + k]; }
  centerX(t: i32): f32 { return this.cx[t]; }
  centerY(t: i32): f32 { return this.cy[t]; }
  isWalkable(t: i32): bool { return this.walkable[t] != 0; }

  vertexId(i: i32, j: i32): i32 { return j * (this.width + 1) + i; }
  /** Triangle `half` (0: below the diagonal, 1: above) of cell (i, j),
   *  or -1 outside the grid. */
  triangleId(i: i32, j: i32, half: i32): i32 {
    if (i < 0 || j < 0 || i >= this.width || j >= this.height) return -1;
    return 2 * (j * this.width + i) + half;
  }
  setTriangle(t: i32, a: i32, b: i32, c: i32, n0: i32, n1: i32, n2: i32): void {
    this.corners[3 * t] = a;
    this.corners[3 * t + 1] = b;
    this.corners[3 * t + 2] = c;
    this.links[3 * t] = n0;
    this.links[3 * t + 1] = n1;
    this.links[3 * t + 2] = n2;
    this.cx[t] = (this.vx[a] + this.vx[b] + this.vx[c]) * (1.0 / 3.0);
    this.cy[t] = (this.vy[a] + this.vy[b] + this.vy[c]) * (1.0 / 3.0);
  }
}

let mesh = new NavMesh(0, 0);

/** Builds a `width` x `height` mesh from `seed`; about `obstaclePercent`
 *  of the cells are obstacles. Returns the number of walkable triangles. */
export function build_mesh(width: i32, height: i32, obstaclePercent: i32, seed: u32): i32 {
  rng = seed | 1;
  let m = new NavMesh(width, height);
  for (let j = 0; j <= height; j++) {
    for (let i = 0; i <= width; i++) {
      let v = m.vertexId(i, j);
      let inside = i > 0 && j > 0 && i < width && j < height;
      m.vx[v] = <f32>i + (inside ? (randomUnit() - 0.5) * 0.6 : 0);
      m.vy[v] = <f32>j + (inside ? (randomUnit() - 0.5) * 0.6 : 0);
    }
  }
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) {
      let a = m.vertexId(i, j), b = m.vertexId(i + 1, j);
      let c = m.vertexId(i + 1, j + 1), d = m.vertexId(i, j + 1);
      // lower (a, b, c): edges a-b (cell below), b-c (cell right), c-a (diagonal)
      m.setTriangle(m.triangleId(i, j, 0), a, b, c,
        m.triangleId(i, j - 1, 1), m.triangleId(i + 1, j, 1), m.triangleId(i, j, 1));
      // upper (a, c, d): edges a-c (diagonal), c-d (cell above), d-a (cell left)
      m.setTriangle(m.triangleId(i, j, 1), a, c, d,
        m.triangleId(i, j, 0), m.triangleId(i, j + 1, 0), m.triangleId(i - 1, j, 0));
      let open: u8 = randomBelow(100) >= obstaclePercent ? 1 : 0;
      m.walkable[m.triangleId(i, j, 0)] = open;
      m.walkable[m.triangleId(i, j, 1)] = open;
    }
  }
  let walkable = 0;
  for (let t = 0; t < m.triangleCount; t++) {
    if (!m.isWalkable(t)) continue;
    walkable++;
    for (let k = 0; k < 3; k++) {
      let n = m.neighbor(t, k);
      if (n >= 0 && !m.isWalkable(n)) m.links[3 * t + k] = -1;
    }
  }
  mesh = m;
  let nt = m.triangleCount;
  gScore = new StaticArray<f32>(nt);
  cameFrom = new StaticArray<i32>(nt);
  seenStamp = new StaticArray<i32>(nt);
  closedStamp = new StaticArray<i32>(nt);
  heapNode = new StaticArray<i32>(3 * nt + 1);
  heapKey = new StaticArray<f32>(3 * nt + 1);
  path = new StaticArray<i32>(nt);
  return walkable;
}

// A* state, reused across queries (a stamp per query instead of clearing).
let gScore = new StaticArray<f32>(0);
let cameFrom = new StaticArray<i32>(0);
let seenStamp = new StaticArray<i32>(0);
let closedStamp = new StaticArray<i32>(0);
let heapNode = new StaticArray<i32>(0);
let heapKey = new StaticArray<f32>(0);
let heapSize = 0;
let stamp = 0;
let path = new StaticArray<i32>(0);
let pathLength = 0;

function centerDistance(a: i32, b: i32): f32 {
  let dx = mesh.centerX(a) - mesh.centerX(b);
  let dy = mesh.centerY(a) - mesh.centerY(b);
  return Mathf.sqrt(dx * dx + dy * dy);
}

// Binary min-heap of (key, triangle) with lazy deletion.
function heapPush(node: i32, key: f32): void {
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
function heapPop(): i32 {
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

/** A* from triangle `from` to `to` over centroid distances; fills `path`
 *  (from `to` back to `from`) and returns the triangles expanded, or -1
 *  when `to` cannot be reached. */
function search(from: i32, to: i32): i32 {
  stamp++;
  heapSize = 0;
  gScore[from] = 0;
  seenStamp[from] = stamp;
  cameFrom[from] = -1;
  heapPush(from, centerDistance(from, to));
  let expanded = 0;
  while (heapSize > 0) {
    let cur = heapPop();
    if (closedStamp[cur] == stamp) continue;
    closedStamp[cur] = stamp;
    expanded++;
    if (cur == to) break;
    let g = gScore[cur];
    for (let k = 0; k < 3; k++) {
      let nb = mesh.neighbor(cur, k);
      if (nb < 0 || closedStamp[nb] == stamp) continue;
      let ng = g + centerDistance(cur, nb);
      if (seenStamp[nb] != stamp || ng < gScore[nb]) {
        seenStamp[nb] = stamp;
        gScore[nb] = ng;
        cameFrom[nb] = cur;
        heapPush(nb, ng + centerDistance(nb, to));
      }
    }
  }
  if (closedStamp[to] != stamp) return -1;
  pathLength = 0;
  for (let t = to; t != -1; t = cameFrom[t]) path[pathLength++] = t;
  return expanded;
}

/** The length of the route through the midpoints of the edges (portals)
 *  that consecutive triangles of `path` share. */
function portalLength(): f64 {
  let total: f64 = 0;
  let px = mesh.centerX(path[0]), py = mesh.centerY(path[0]);
  for (let s = 0; s + 1 < pathLength; s++) {
    let t = path[s], next = path[s + 1];
    for (let k = 0; k < 3; k++) {
      if (mesh.neighbor(t, k) != next) continue;
      let a = mesh.corner(t, k), b = mesh.corner(t, k == 2 ? 0 : k + 1);
      let mx = (mesh.vertexX(a) + mesh.vertexX(b)) * 0.5;
      let my = (mesh.vertexY(a) + mesh.vertexY(b)) * 0.5;
      let dx = mx - px, dy = my - py;
      total += Mathf.sqrt(dx * dx + dy * dy);
      px = mx;
      py = my;
      break;
    }
  }
  let last = path[pathLength - 1];
  let dx = mesh.centerX(last) - px, dy = mesh.centerY(last) - py;
  return total + Mathf.sqrt(dx * dx + dy * dy);
}

function randomWalkable(): i32 {
  let n = mesh.triangleCount;
  while (true) {
    let t = randomBelow(n);
    if (mesh.isWalkable(t)) return t;
  }
}

/** Answers `count` queries between random walkable triangles (drawn from
 *  `seed`) and returns a checksum over them: the routes' portal lengths,
 *  plus their triangle counts and expansions scaled down, minus one per
 *  unreachable pair. */
export function run_queries(count: i32, seed: u32): f64 {
  rng = seed | 1;
  let check: f64 = 0;
  for (let q = 0; q < count; q++) {
    let from = randomWalkable(), to = randomWalkable();
    let expanded = search(from, to);
    if (expanded < 0) {
      check -= 1;
      continue;
    }
    check += portalLength() + <f64>pathLength * 1e-3 + <f64>expanded * 1e-6;
  }
  return check;
}
