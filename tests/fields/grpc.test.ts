import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Server, ServerCredentials, credentials, makeGenericClientConstructor, status, type Client, type ServiceError } from '@grpc/grpc-js';
import { PNG } from 'pngjs';
import { regionalGrid } from '../../cloud/assimilation/geo.js';
import { AnalysisStore, ForecastStore } from '../../cloud/fields/index.js';
import { createFieldsService } from '../../cloud/fields/grpc-service.js';
import { FieldQueries } from '../../cloud/fields/query.js';
import { FieldsService } from '../../protos/index.js';

const grid = regionalGrid({ southDeg: 39.75, northDeg: 40.45, westDeg: 116.1, eastDeg: 116.75, resolutionDeg: 0.05 });
const nPts = grid.nLat * grid.nLon;
const dir = mkdtempSync(join(tmpdir(), 'wx-fields-grpc-'));
const server = new Server();
let client: Client & Record<string, (req: unknown, cb: (err: ServiceError | null, res: any) => void) => void>;
const call = (method: string, req: unknown): Promise<any> => new Promise((resolve, reject) => client[method]!(req, (err, res) => (err ? reject(err) : resolve(res))));

before(async () => {
  const variables = [{ name: 'temperature', units: '°C' }];
  const an = await AnalysisStore.open(join(dir, 'analysis.zarr'), { grid, variables });
  await an.append(Date.UTC(2016, 9, 1), { temperature: new Float64Array(nPts).fill(12) }, { temperature: new Float64Array(nPts).fill(0.5) });
  const fc = await ForecastStore.open(join(dir, 'forecast.zarr'), { grid, variables, leadsHours: [1], ensemble: { members: 3 } });
  const run = await fc.beginRun(Date.UTC(2016, 9, 1));
  await fc.writeLead(run, 0, Float32Array.from({ length: 3 * nPts }, (_, i) => 10 + Math.floor(i / nPts)));
  server.addService(FieldsService, createFieldsService(new FieldQueries({ analysisRoot: join(dir, 'analysis.zarr'), forecastRoot: join(dir, 'forecast.zarr') })));
  const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));
  const Ctor = makeGenericClientConstructor(FieldsService, 'Fields');
  client = new Ctor(`127.0.0.1:${port}`, credentials.createInsecure()) as typeof client;
});
after(() => {
  client.close();
  server.forceShutdown();
  rmSync(dir, { recursive: true, force: true });
});

test('gRPC Fields answers point forecasts, the latest analysis and tiles like the REST routes', async () => {
  const f = await call('getPointForecast', { latDeg: 40, lonDeg: 116.4, quantiles: [0.5] });
  assert.equal(f.members, 3);
  assert.equal(f.leads[0].variables[0].variable, 'temperature');
  assert.ok(Math.abs(f.leads[0].variables[0].mean - 11) < 1e-5);
  assert.ok(Math.abs(f.leads[0].variables[0].quantiles[0].value - 11) < 1e-5);
  const a = await call('getLatestAnalysis', { point: { latDeg: 40, lonDeg: 116.4 } });
  assert.equal(a.points[0].values[0].value, 12);
  assert.equal(a.points[0].values[0].spread, 0.5);
  const t = await call('getTile', { variable: 'temperature', z: 8, x: 210, y: 97 });
  assert.equal(PNG.sync.read(Buffer.from(t.png)).width, 256);
});

test('gRPC Fields refuses bad requests with INVALID_ARGUMENT naming the field', async () => {
  await assert.rejects(call('getPointForecast', { latDeg: 91, lonDeg: 0 }), (e: ServiceError) => e.code === status.INVALID_ARGUMENT && /lat_deg/.test(e.details));
  await assert.rejects(call('getLatestAnalysis', {}), (e: ServiceError) => e.code === status.INVALID_ARGUMENT && /point or a box/.test(e.details));
  await assert.rejects(call('getTile', { variable: 'temperature', z: 1, x: 5, y: 0 }), (e: ServiceError) => e.code === status.INVALID_ARGUMENT);
});
