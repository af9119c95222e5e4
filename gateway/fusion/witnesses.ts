/**
 * Independent witnesses of one variable at one step. Stations of a shared-series group that report the
 * same value (within `tolerance`) form one witness, placed at their mean position; a group member that
 * departs from its group's majority value at this step is a witness of its own (it is not a copy now),
 * which is how a fault in one copy stays visible to the checks. Stations outside any group are witnesses
 * of their own. Every check and every estimate then counts each witness once.
 */
export interface Witness {
  /** Station indices behind this witness. */
  members: number[];
  lat: number;
  lon: number;
  /** Mean elevation of the members, m; NaN if any is unknown. */
  elev: number;
  value: number;
}

export interface StationPositions {
  lats: ArrayLike<number>;
  lons: ArrayLike<number>;
  elevs: ArrayLike<number>;
}

/**
 * @param values per station; NaN = missing (such stations join no witness)
 * @param groupOf per station: its group number, or -1 when alone
 * @param usable per station: 0 to leave it out (e.g. a duplicate position)
 */
export function buildWitnesses(pos: StationPositions, values: ArrayLike<number>, groupOf: ArrayLike<number>, usable: ArrayLike<number>, tolerance: number): Witness[] {
  const out: Witness[] = [];
  const byGroup = new Map<number, number[]>();
  for (let i = 0; i < values.length; i++) {
    if (!usable[i] || !Number.isFinite(values[i]!)) continue;
    const g = groupOf[i]!;
    if (g < 0) {
      out.push(make(pos, [i], values[i]!));
      continue;
    }
    const list = byGroup.get(g);
    if (list) list.push(i);
    else byGroup.set(g, [i]);
  }
  const tol = Math.max(tolerance, 1e-9);
  for (const members of byGroup.values()) {
    // Cluster by value: each member joins the first cluster whose value it matches.
    const clusters: number[][] = [];
    for (const i of members) {
      const c = clusters.find((cl) => Math.abs(values[cl[0]!]! - values[i]!) <= tol);
      if (c) c.push(i);
      else clusters.push([i]);
    }
    for (const c of clusters) out.push(make(pos, c, values[c[0]!]!));
  }
  return out;
}

function make(pos: StationPositions, members: number[], value: number): Witness {
  let lat = 0;
  let lon = 0;
  let elev = 0;
  for (const i of members) {
    lat += pos.lats[i]!;
    lon += pos.lons[i]!;
    elev += pos.elevs[i]!;
  }
  const n = members.length;
  return { members, lat: lat / n, lon: lon / n, elev: elev / n, value };
}
