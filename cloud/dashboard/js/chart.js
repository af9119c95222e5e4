// A time-series chart as inline SVG: one line, an optional band (forecast quantiles) with its
// dashed median (a projection past the line) and the points QC flagged. Drawn here rather than with a charting library: it is about 60 lines and the dashboard
// then loads nothing beyond Leaflet.
import { el, formatTime } from './format.js';

const SVG = 'http://www.w3.org/2000/svg';
const W = 800;
const H = 220;
const PAD = { left: 52, right: 12, top: 10, bottom: 26 };

function svgEl(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * Draws into `container`: points [{ t: ms, v: number|null, flagged: boolean }], band [{ t, lo, hi }],
 * projection [{ t, v }] (dashed). With nothing to draw, says `emptyText` instead.
 */
export function drawChart(container, { points, band = [], projection = [], unit = '', emptyText = 'no data' }) {
  container.replaceChildren();
  const ys = [...points.map((p) => p.v), ...band.flatMap((b) => [b.lo, b.hi]), ...projection.map((p) => p.v)].filter((v) => v !== null && Number.isFinite(v));
  const ts = [...points, ...band, ...projection].map((p) => p.t);
  if (ys.length === 0) {
    container.append(el('div', emptyText, 'empty'));
    return;
  }
  let [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  if (y1 - y0 < 1e-9) [y0, y1] = [y0 - 1, y1 + 1];
  const margin = (y1 - y0) * 0.08;
  [y0, y1] = [y0 - margin, y1 + margin];
  const t0 = Math.min(...ts);
  const t1 = Math.max(t0 + 1, ...ts); // one point in time: a 1 ms wide axis
  const x = (t) => PAD.left + ((t - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v) => H - PAD.bottom - ((v - y0) / (y1 - y0)) * (H - PAD.top - PAD.bottom);

  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', role: 'img' });
  svg.append(svgEl('line', { class: 'axis', x1: PAD.left, y1: H - PAD.bottom, x2: W - PAD.right, y2: H - PAD.bottom }));
  svg.append(svgEl('line', { class: 'axis', x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: H - PAD.bottom }));
  svg.append(svgEl('text', { x: PAD.left - 6, y: PAD.top + 10, 'text-anchor': 'end' }, `${(y1 - margin).toFixed(1)}`));
  svg.append(svgEl('text', { x: PAD.left - 6, y: H - PAD.bottom, 'text-anchor': 'end' }, `${(y0 + margin).toFixed(1)}`));
  svg.append(svgEl('text', { x: 4, y: (H - PAD.bottom) / 2 }, unit));
  svg.append(svgEl('text', { x: PAD.left, y: H - 6 }, formatTime(new Date(t0).toISOString())));
  svg.append(svgEl('text', { x: W - PAD.right, y: H - 6, 'text-anchor': 'end' }, formatTime(new Date(t1).toISOString())));

  if (band.length > 1) {
    const upper = band.map((b) => `${x(b.t)},${y(b.hi)}`);
    const lower = band.map((b) => `${x(b.t)},${y(b.lo)}`).reverse();
    svg.append(svgEl('polygon', { class: 'band', points: [...upper, ...lower].join(' ') }));
  }
  if (projection.length > 0) svg.append(svgEl('polyline', { class: 'projection', points: projection.map((p) => `${x(p.t)},${y(p.v)}`).join(' ') }));
  // A gap (a missing value) breaks the line rather than joining across it.
  let run = [];
  const flush = () => {
    if (run.length > 1) svg.append(svgEl('polyline', { class: 'series', points: run.join(' ') }));
    else if (run.length === 1) svg.append(svgEl('circle', { class: 'series', cx: run[0].split(',')[0], cy: run[0].split(',')[1], r: 2 }));
    run = [];
  };
  for (const p of points) {
    if (p.v === null || !Number.isFinite(p.v)) flush();
    else run.push(`${x(p.t)},${y(p.v)}`);
  }
  flush();
  for (const p of points) if (p.flagged && p.v !== null) svg.append(svgEl('circle', { class: 'point-flagged', cx: x(p.t), cy: y(p.v), r: 3 }));
  container.append(svg);
}
