import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { PNG } from 'pngjs';
import { regionalGrid } from '../../cloud/assimilation/geo.js';
import { installErrorHandling } from '../../cloud/api/errors.js';
import { fieldsRoutes } from '../../cloud/api/routes/fields.js';
import { AnalysisStore, ForecastStore } from '../../cloud/fields/index.js';
import { FieldQueries, quantileOf } from '../../cloud/fields/query.js';
import { colourOf, colourRange } from '../../cloud/fields/tiles.js';

const grid = regionalGrid({ southDeg: 39.75, northDeg: 40.45, westDeg: 116.1, eastDeg: 116.75, resolutionDeg: 0.05 });
const nPts = grid.nLat * grid.nLon;
const variables = [
  { name: 'temperature', units: '°C' },
  { name: 'pressure', units: 'hPa' },
];
const dir = mkdtempSync(join(tmpdir(), 'wx-serving-'));
let app: FastifyInstance;
const RUN = Date.UTC(2016, 9, 1, 6);

/** temperature = 10 + 100 (lat - 39.75): linear, so bilinear interpolation is exact. */
const tempAt = (lat: number): number => 10 + 100 * (lat - 39.75);
function tempField(offset: number): Float64Array {
  return Float64Array.from({ length: nPts }, (_, p) => tempAt(grid.lat0Deg + Math.floor(p / grid.nLon) * grid.dLatDeg) + offset);
}

before(async () => {
  const an = await AnalysisStore.open(join(dir, 'analysis.zarr'), { grid, variables });
  await an.append(RUN - 3_600_000, { temperature: tempField(-50), pressure: new Float64Array(nPts).fill(1000) });
  await an.append(RUN, { temperature: tempField(0), pressure: new Float64Array(nPts).fill(1010) }, { temperature: new Float64Array(nPts).fill(0.7) });
  const fc = await ForecastStore.open(join(dir, 'forecast.zarr'), { grid, variables, leadsHours: [1, 2], ensemble: { members: 5 } });
  const run = await fc.beginRun(RUN);
  for (let l = 0; l < 2; l++) {
    const lead = new Float32Array(5 * 2 * nPts);
    for (let m = 0; m < 5; m++) {
      const t = tempField(m + l);
      for (let p = 0; p < nPts; p++) {
        lead[(m * 2) * nPts + p] = t[p] as number;
        lead[(m * 2 + 1) * nPts + p] = 1000 + m;
      }
    }
    await fc.writeLead(run, l, lead);
  }
  // An unfinished later run must not be served.
  await fc.beginRun(RUN + 3_600_000);
  app = Fastify({ ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } } });
  installErrorHandling(app);
  await app.register(fieldsRoutes, { queries: new FieldQueries({ analysisRoot: join(dir, 'analysis.zarr'), forecastRoot: join(dir, 'forecast.zarr') }) });
  await app.ready();
});
after(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

test('point forecast: ensemble mean and quantiles per lead from the latest complete run', async () => {
  const res = await app.inject({ method: 'GET', url: '/api/v1/forecast?lat=40.02&lon=116.4&quantiles=0.1,0.5' });
  assert.equal(res.statusCode, 200);
  const body = res.json();
  assert.equal(body.runTime, new Date(RUN).toISOString());
  assert.equal(body.members, 5);
  assert.deepEqual(body.leads.map((l: { leadHours: number }) => l.leadHours), [1, 2]);
  const t = body.leads[1].values.temperature;
  const members = [0, 1, 2, 3, 4].map((m) => tempAt(40.02) + m + 1);
  assert.ok(Math.abs(t.mean - (tempAt(40.02) + 3)) < 1e-3);
  assert.ok(Math.abs(t.quantiles['0.1'] - quantileOf(members, 0.1)) < 1e-3);
  assert.ok(Math.abs(body.leads[0].values.pressure.quantiles['0.5'] - 1002) < 1e-3);
  assert.equal(body.leads[0].validTime, new Date(RUN + 3_600_000).toISOString());
});

test('latest analysis at a point and in a box, with spread', async () => {
  const point = (await app.inject({ method: 'GET', url: '/api/v1/analysis/latest?lat=40.1&lon=116.3' })).json();
  assert.equal(point.time, new Date(RUN).toISOString());
  assert.ok(Math.abs(point.points[0].values.temperature.value - tempAt(40.1)) < 1e-3);
  assert.ok(Math.abs(point.points[0].values.temperature.spread - 0.7) < 1e-6);
  assert.equal(point.points[0].values.pressure.spread, null);
  const box = (await app.inject({ method: 'GET', url: '/api/v1/analysis/latest?bbox=116.1,39.75,116.2,39.8' })).json();
  assert.equal(box.points.length, 2 * 3);
});

test('a PNG tile over the grid is coloured by the field, transparent outside it', async () => {
  // z 8 tile holding Beijing: x = floor((116.4 + 180) / 360 * 256) = 210, y = 97.
  const res = await app.inject({ method: 'GET', url: '/api/v1/tiles/temperature/8/210/97.png' });
  assert.equal(res.statusCode, 200);
  assert.equal(res.headers['content-type'], 'image/png');
  const png = PNG.sync.read(res.rawPayload);
  assert.equal(png.width, 256);
  let coloured = 0;
  for (let i = 3; i < png.data.length; i += 4) if (png.data[i]! > 0) coloured++;
  assert.ok(coloured > 100 && coloured < 256 * 256, `coloured pixels ${coloured}`);
  const far = PNG.sync.read((await app.inject({ method: 'GET', url: '/api/v1/tiles/temperature/8/0/0.png' })).rawPayload);
  assert.ok(far.data.every((v, i) => i % 4 !== 3 || v === 0));
  const [lo, hi] = colourRange('temperature', []);
  assert.deepEqual(colourOf((lo - lo) / (hi - lo)), [68, 1, 84]);
});

test("the tiles' colour scale: the variable's fixed range, or the field's own; for the analysis or a lead", async () => {
  const fixed = (await app.inject({ method: 'GET', url: '/api/v1/tiles/temperature/scale' })).json();
  assert.deepEqual(
    { min: fixed.min, max: fixed.max, units: fixed.units, validTime: fixed.validTime, leadHours: fixed.leadHours, colours: fixed.colours.length },
    { min: -25, max: 40, units: '°C', validTime: new Date(RUN).toISOString(), leadHours: null, colours: 6 },
  );
  assert.deepEqual(fixed.colours[0], [68, 1, 84]);
  // The analysis at RUN spans 10 + 100 (lat - 39.75) over the grid's rows.
  const own = (await app.inject({ method: 'GET', url: '/api/v1/tiles/temperature/scale?scale=field' })).json();
  const lastRow = grid.lat0Deg + (grid.nLat - 1) * grid.dLatDeg;
  assert.ok(Math.abs(own.min - tempAt(grid.lat0Deg)) < 1e-3 && Math.abs(own.max - tempAt(lastRow)) < 1e-3, `${own.min}..${own.max}`);
  const lead = (await app.inject({ method: 'GET', url: '/api/v1/tiles/temperature/scale?lead=2&scale=field' })).json();
  assert.equal(lead.validTime, new Date(RUN + 2 * 3_600_000).toISOString());
  assert.equal(lead.leadHours, 2);
  assert.ok(Math.abs(lead.min - (tempAt(grid.lat0Deg) + 3)) < 1e-3, 'the ensemble mean of lead 2 is 3 °C warmer');
  // The same tile coloured on the field's own range differs from the fixed one.
  const fixedTile = (await app.inject({ method: 'GET', url: '/api/v1/tiles/temperature/8/210/97.png' })).rawPayload;
  const ownTile = (await app.inject({ method: 'GET', url: '/api/v1/tiles/temperature/8/210/97.png?scale=field' })).rawPayload;
  assert.notDeepEqual(PNG.sync.read(ownTile).data, PNG.sync.read(fixedTile).data);
});

test('bad requests answer 400 naming the parameter', async () => {
  const cases: Array<[string, string]> = [
    ['/api/v1/forecast?lat=95&lon=116', 'lat'],
    ['/api/v1/forecast?lat=40', 'lon'],
    ['/api/v1/forecast?lat=40&lon=116.4&quantiles=0.5,2', 'quantiles'],
    ['/api/v1/forecast?lat=10&lon=10', 'lat'],
    ['/api/v1/analysis/latest?bbox=1,2,3', 'bbox'],
    ['/api/v1/analysis/latest?lat=40', 'lon'],
    ['/api/v1/tiles/temperature/3/9/0.png', 'x'],
    ['/api/v1/tiles/nosuch/3/0/0.png', 'variable'],
    ['/api/v1/tiles/temperature/3/0/0.png?lead=5', 'lead'],
    ['/api/v1/forecast?lat=40&lon=116&extra=1', 'extra'],
    ['/api/v1/tiles/temperature/3/0/0.png?scale=auto', 'scale'],
    ['/api/v1/tiles/nosuch/scale', 'variable'],
  ];
  for (const [url, field] of cases) {
    const res = await app.inject({ method: 'GET', url });
    assert.equal(res.statusCode, 400, url);
    assert.equal(res.json().field, field, url);
  }
});
