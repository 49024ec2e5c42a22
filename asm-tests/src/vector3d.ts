// A class with an array of instances and a minimum-distance function
// (pyaswasm README "How to use classes"). AS 0.18-0.19 exports the class's
// members as `Vector3d#constructor`, `Vector3d#length`, `Vector3d#get:x`, ...

export class Vector3d {
  x: f64;
  y: f64;
  z: f64;

  constructor(x: f64, y: f64, z: f64) {
    this.x = x;
    this.y = y;
    this.z = z;
  }

  /** Euclidean length. */
  length(): f64 {
    return Math.sqrt(this.x * this.x + this.y * this.y + this.z * this.z);
  }

  /** Distance to another vector. */
  distance(other: Vector3d): f64 {
    let dx = this.x - other.x;
    let dy = this.y - other.y;
    let dz = this.z - other.z;
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  }

  /** Scales in place by k and returns this. */
  scale(k: f64): Vector3d {
    this.x *= k;
    this.y *= k;
    this.z *= k;
    return this;
  }

  /** A new vector (x, y, z) summed with other. */
  add(other: Vector3d): Vector3d {
    return new Vector3d(this.x + other.x, this.y + other.y, this.z + other.z);
  }

  /** A vector with all coordinates equal to v. */
  static splat(v: f64): Vector3d {
    return new Vector3d(v, v, v);
  }
}

/** n vectors with coordinates uniform in [-1, 1). */
export function get_random_vectors(n: i32): Array<Vector3d> {
  let out = new Array<Vector3d>(n);
  for (let i = 0; i < n; i++) {
    out[i] = new Vector3d(Math.random() * 2 - 1, Math.random() * 2 - 1, Math.random() * 2 - 1);
  }
  return out;
}

/** The smallest distance between two distinct elements (Infinity if fewer than two). */
export function get_minimum_distance(vectors: Array<Vector3d>): f64 {
  let best = Infinity;
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      let d = vectors[i].distance(vectors[j]);
      if (d < best) best = d;
    }
  }
  return best;
}

/** A new vector, for tests that build arrays of objects on the host side. */
export function make_vector(x: f64, y: f64, z: f64): Vector3d {
  return new Vector3d(x, y, z);
}

/** Length of a vector (works on both AS generations, classes exported or not). */
export function vector_length(v: Vector3d): f64 {
  return v.length();
}

/** The x coordinate. */
export function vector_x(v: Vector3d): f64 {
  return v.x;
}

export const VectorsArray_ID = idof<Array<Vector3d>>();
export const Vector3d_ID = idof<Vector3d>();
export const VectorsStaticArray_ID = idof<StaticArray<Vector3d>>();

/** Minimum distance over a StaticArray<Vector3d>. */
export function get_minimum_distance_static(vectors: StaticArray<Vector3d>): f64 {
  let best = Infinity;
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      let d = vectors[i].distance(vectors[j]);
      if (d < best) best = d;
    }
  }
  return best;
}
