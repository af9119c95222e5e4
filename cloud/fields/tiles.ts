/**
 * PNG map tiles (256 × 256, web-mercator slippy-map numbering z/x/y as OpenStreetMap uses) of a
 * gridded field: each pixel samples the field bilinearly at its centre and is coloured on a fixed
 * per-variable scale (so tiles of one map agree); transparent outside the grid. PNG encoding by
 * pngjs (a maintained, dependency-free encoder).
 */
import { PNG } from 'pngjs';
import { WxError } from '../../common/errors.js';
import { bilinearWeights, type LatLonGrid } from '../assimilation/geo.js';

export const TILE_SIZE = 256;

/** Colour-scale range per variable, in its unit; unknown variables use the field's own range. */
const RANGES: Record<string, [number, number]> = {
  temperature: [-25, 40],
  dew_point: [-35, 30],
  pressure: [980, 1045],
  wind_u: [-15, 15],
  wind_v: [-15, 15],
};

// Viridis, 6 stops (perceptually uniform, readable by colour-blind users).
const STOPS: ReadonlyArray<readonly [number, number, number]> = [
  [68, 1, 84],
  [65, 68, 135],
  [42, 120, 142],
  [34, 168, 132],
  [122, 209, 81],
  [253, 231, 37],
];

/** The colour scale's stops (RGB, low to high), for a legend drawn by a client. */
export const COLOUR_STOPS = STOPS;

export function colourOf(t: number): [number, number, number] {
  const x = Math.min(Math.max(t, 0), 1) * (STOPS.length - 1);
  const i = Math.min(Math.floor(x), STOPS.length - 2);
  const f = x - i;
  const a = STOPS[i] as readonly [number, number, number];
  const b = STOPS[i + 1] as readonly [number, number, number];
  return [Math.round(a[0] + f * (b[0] - a[0])), Math.round(a[1] + f * (b[1] - a[1])), Math.round(a[2] + f * (b[2] - a[2]))];
}

/**
 * The range the colours span: 'fixed' is the variable's own (maps of different times compare),
 * 'field' the field's min to max (a small spread, a winter morning at -2 °C everywhere, still shows).
 */
export type ColourScale = 'fixed' | 'field';

export function colourRange(variable: string, field: ArrayLike<number>, scale: ColourScale = 'fixed'): [number, number] {
  const fixed = RANGES[variable];
  if (fixed && scale === 'fixed') return fixed;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < field.length; i++) {
    const v = field[i] as number;
    if (Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  return lo < hi ? [lo, hi] : [lo - 1, lo + 1];
}

/** Checks z/x/y of a slippy tile; the error names the parameter. */
export function validateTile(z: number, x: number, y: number): void {
  if (!Number.isInteger(z) || z < 0 || z > 22) throw new WxError('WX_ERR_QUERY_INVALID', 'z must be an integer in [0, 22]', { field: 'z' });
  const n = 2 ** z;
  if (!Number.isInteger(x) || x < 0 || x >= n) throw new WxError('WX_ERR_QUERY_INVALID', `x must be an integer in [0, ${n - 1}] at zoom ${z}`, { field: 'x' });
  if (!Number.isInteger(y) || y < 0 || y >= n) throw new WxError('WX_ERR_QUERY_INVALID', `y must be an integer in [0, ${n - 1}] at zoom ${z}`, { field: 'y' });
}

/** Renders one tile; returns the PNG bytes. */
export function renderTile(grid: LatLonGrid, field: ArrayLike<number>, variable: string, z: number, x: number, y: number, scale: ColourScale = 'fixed'): Buffer {
  validateTile(z, x, y);
  const png = new PNG({ width: TILE_SIZE, height: TILE_SIZE });
  const [lo, hi] = colourRange(variable, field, scale);
  const n = 2 ** z;
  const idx = new Int32Array(4);
  const w = new Float64Array(4);
  for (let py = 0; py < TILE_SIZE; py++) {
    const merc = Math.PI * (1 - (2 * (y + (py + 0.5) / TILE_SIZE)) / n);
    const lat = (Math.atan(Math.sinh(merc)) * 180) / Math.PI;
    for (let px = 0; px < TILE_SIZE; px++) {
      const lon = ((x + (px + 0.5) / TILE_SIZE) / n) * 360 - 180;
      const o = (py * TILE_SIZE + px) * 4;
      let v = NaN;
      if (bilinearWeights(grid, lat, lon, idx, w)) {
        v = 0;
        for (let c = 0; c < 4; c++) v += (w[c] as number) * (field[idx[c] as number] as number);
      }
      if (!Number.isFinite(v)) {
        png.data[o + 3] = 0;
        continue;
      }
      const [r, g, b] = colourOf((v - lo) / (hi - lo));
      png.data[o] = r;
      png.data[o + 1] = g;
      png.data[o + 2] = b;
      png.data[o + 3] = 200;
    }
  }
  return PNG.sync.write(png);
}
