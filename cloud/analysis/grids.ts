/**
 * The analysis grids the hub uses. One exported constant for the Beijing box so the analysis, the
 * forecast runner and the field store all agree on the same points.
 */
import { globalGrid, regionalGrid, type LatLonGrid } from '../assimilation/geo.js';

/** The Beijing regional box of the PRSA stations: 0.05° (≈ 5.6 km × 4.3 km), 15 rows × 14 columns. */
export const BEIJING_GRID_BOX = { southDeg: 39.75, northDeg: 40.45, westDeg: 116.1, eastDeg: 116.75, resolutionDeg: 0.05 } as const;
export const BEIJING_GRID: LatLonGrid = regionalGrid(BEIJING_GRID_BOX);

/** Grid settings as they appear in the hub config (`analysis.grid`). */
export type GridConfig =
  | { kind: 'global'; resolutionDeg: number }
  | { kind: 'regional'; southDeg: number; northDeg: number; westDeg: number; eastDeg: number; resolutionDeg: number };

export function gridFromConfig(c: GridConfig): LatLonGrid {
  return c.kind === 'global' ? globalGrid(c.resolutionDeg) : regionalGrid(c);
}
