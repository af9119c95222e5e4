/**
 * A bucket index of points on the sphere, for "all observations within r km of this grid point"
 * queries: points are binned into cells of cellDeg × cellDeg (latitude rows × longitude columns,
 * stored CSR-style), a query visits only the rows of its latitude band and, per row, the columns its
 * longitude half-width (which widens as 1/cos(lat), the whole circle near a pole) can reach, then
 * checks the exact distance with unit vectors. Build O(m), query O(points in the visited cells).
 *
 * Results go into buffers the index owns and reuses (resultIdx, resultDistKm, valid up to the count a
 * query returns), so the analysis loops allocate nothing per grid point.
 */
import { EARTH_RADIUS_KM, chord2ToKm, toUnitVectors } from './geo.js';

const RAD = Math.PI / 180;

export class SphereIndex {
  /** Number of indexed points. */
  readonly size: number;
  /** Unit vectors of the indexed points (x, y, z per point). */
  readonly xyz: Float64Array;
  /** Indices of the points found by the last query (first `count` entries). */
  readonly resultIdx: Int32Array;
  /** Their great-circle distances, km. */
  readonly resultDistKm: Float64Array;
  private readonly cellDeg: number;
  private readonly nRows: number;
  private readonly nCols: number;
  private readonly start: Int32Array;
  private readonly items: Int32Array;

  /**
   * @param latDeg, lonDeg point coordinates, deg (NaN points are not indexed)
   * @param cellDeg bucket size [0.1...90] deg; about the typical query radius in degrees of latitude
   */
  constructor(latDeg: ArrayLike<number>, lonDeg: ArrayLike<number>, cellDeg = 5) {
    const m = latDeg.length;
    this.size = m;
    this.cellDeg = Math.min(Math.max(cellDeg, 0.1), 90);
    this.nRows = Math.ceil(180 / this.cellDeg);
    this.nCols = Math.ceil(360 / this.cellDeg);
    this.xyz = toUnitVectors(latDeg, lonDeg);
    this.resultIdx = new Int32Array(m);
    this.resultDistKm = new Float64Array(m);
    const cellOf = new Int32Array(m).fill(-1);
    const counts = new Int32Array(this.nRows * this.nCols + 1);
    for (let o = 0; o < m; o++) {
      const la = latDeg[o] ?? NaN;
      const lo = lonDeg[o] ?? NaN;
      if (!Number.isFinite(la) || !Number.isFinite(lo)) continue;
      const c = this.rowOf(la) * this.nCols + this.colOf(lo);
      cellOf[o] = c;
      counts[c + 1] = (counts[c + 1] as number) + 1;
    }
    for (let c = 0; c < this.nRows * this.nCols; c++) counts[c + 1] = (counts[c + 1] as number) + (counts[c] as number);
    this.start = counts;
    this.items = new Int32Array(counts[this.nRows * this.nCols] as number);
    const fill = counts.slice(0, this.nRows * this.nCols);
    for (let o = 0; o < m; o++) {
      const c = cellOf[o] as number;
      if (c < 0) continue;
      this.items[fill[c] as number] = o;
      fill[c] = (fill[c] as number) + 1;
    }
  }

  private rowOf(latDeg: number): number {
    return Math.min(Math.max(Math.floor((latDeg + 90) / this.cellDeg), 0), this.nRows - 1);
  }

  private colOf(lonDeg: number): number {
    const l = ((lonDeg % 360) + 360) % 360;
    return Math.min(Math.floor(l / this.cellDeg), this.nCols - 1);
  }

  /**
   * All indexed points within radiusKm of (latDeg, lonDeg), in no particular order: returns the count;
   * the points are resultIdx[0..count-1] with distances resultDistKm[0..count-1].
   */
  query(latDeg: number, lonDeg: number, radiusKm: number): number {
    const angle = radiusKm / EARTH_RADIUS_KM; // rad
    if (angle >= Math.PI) return this.scanAll(latDeg, lonDeg, radiusKm);
    const chordMax = 2 * Math.sin(angle / 2);
    const chord2Max = chordMax * chordMax;
    const cl = Math.cos(latDeg * RAD);
    const px = cl * Math.cos(lonDeg * RAD);
    const py = cl * Math.sin(lonDeg * RAD);
    const pz = Math.sin(latDeg * RAD);
    const angleDeg = angle / RAD;
    const r0 = this.rowOf(latDeg - angleDeg);
    const r1 = this.rowOf(latDeg + angleDeg);
    let allCols = latDeg + angleDeg >= 90 || latDeg - angleDeg <= -90;
    let dLonDeg = 180;
    if (!allCols) {
      const s = Math.sin(angle) / cl;
      if (s >= 1) allCols = true;
      else dLonDeg = Math.asin(s) / RAD;
    }
    let c0 = 0;
    let nc = this.nCols;
    if (!allCols) {
      c0 = Math.floor((((lonDeg - dLonDeg) % 360) + 360) % 360 / this.cellDeg);
      const c1 = Math.floor((((lonDeg + dLonDeg) % 360) + 360) % 360 / this.cellDeg);
      nc = Math.min(((c1 - c0 + this.nCols) % this.nCols) + 1, this.nCols);
    }
    const { xyz, items, start, resultIdx, resultDistKm } = this;
    let count = 0;
    for (let r = r0; r <= r1; r++) {
      for (let t = 0; t < nc; t++) {
        const cell = r * this.nCols + ((c0 + t) % this.nCols);
        const end = start[cell + 1] as number;
        for (let s = start[cell] as number; s < end; s++) {
          const o = items[s] as number;
          const dx = (xyz[3 * o] as number) - px;
          const dy = (xyz[3 * o + 1] as number) - py;
          const dz = (xyz[3 * o + 2] as number) - pz;
          const c2 = dx * dx + dy * dy + dz * dz;
          if (c2 <= chord2Max) {
            resultIdx[count] = o;
            resultDistKm[count] = chord2ToKm(c2);
            count++;
          }
        }
      }
    }
    return count;
  }

  private scanAll(latDeg: number, lonDeg: number, radiusKm: number): number {
    const p = toUnitVectors([latDeg], [lonDeg]);
    let count = 0;
    for (let o = 0; o < this.size; o++) {
      const x = this.xyz[3 * o] as number;
      if (Number.isNaN(x)) continue;
      const dx = x - (p[0] as number);
      const dy = (this.xyz[3 * o + 1] as number) - (p[1] as number);
      const dz = (this.xyz[3 * o + 2] as number) - (p[2] as number);
      const d = chord2ToKm(dx * dx + dy * dy + dz * dz);
      if (d <= radiusKm) {
        this.resultIdx[count] = o;
        this.resultDistKm[count] = d;
        count++;
      }
    }
    return count;
  }
}
