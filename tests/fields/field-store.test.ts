import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { regionalGrid } from '../../cloud/assimilation/geo.js';
import { AnalysisStore, ForecastStore } from '../../cloud/fields/index.js';

const grid = regionalGrid({ southDeg: 39.75, northDeg: 40.45, westDeg: 116.1, eastDeg: 116.75, resolutionDeg: 0.05 });
const nPts = grid.nLat * grid.nLon;
const variables = [
  { name: 'temperature', units: '°C' },
  { name: 'pressure', units: 'hPa' },
];
const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'wx-fields-'));
  dirs.push(d);
  return d;
}
after(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

function field(seed: number): Float64Array {
  return Float64Array.from({ length: nPts }, (_, i) => seed + 0.01 * i);
}

test('analyses append by time and read back after reopening, equal times replace, earlier new times are refused', async () => {
  const root = join(await tempDir(), 'analysis.zarr');
  const t0 = Date.UTC(2016, 0, 1, 0);
  const store = await AnalysisStore.open(root, { grid, variables });
  await store.append(t0, { temperature: field(1), pressure: field(1000) }, { temperature: new Float64Array(nPts).fill(0.5) });
  await store.append(t0 + 3600e3, { temperature: field(2), pressure: field(1001) });
  await store.append(t0 + 3600e3, { temperature: field(3), pressure: field(1002) });
  await assert.rejects(store.append(t0 - 3600e3, { temperature: field(0), pressure: field(0) }), /earlier/);
  await assert.rejects(store.append(t0 + 7200e3, { temperature: field(0) }), /lacks variable 'pressure'/);

  const again = await AnalysisStore.open(root, { grid, variables });
  assert.deepEqual(again.times(), [t0, t0 + 3600e3]);
  const first = await again.read(0);
  assert.ok(Math.abs((first.mean.temperature?.[5] ?? NaN) - 1.05) < 1e-6);
  assert.equal(first.spread.temperature?.[0], 0.5);
  assert.ok(Number.isNaN(first.spread.pressure?.[0]));
  const latest = await again.latest();
  assert.equal(latest?.timeMs, t0 + 3600e3);
  assert.ok(Math.abs((latest?.mean.pressure?.[0] ?? NaN) - 1002) < 1e-3);
  await assert.rejects(AnalysisStore.open(root, { grid, variables: [{ name: 'temperature', units: '°C' }] }), /variables/);
});

test('forecast runs write lead by lead; unfinished runs are not complete and unwritten leads read as NaN', async () => {
  const root = join(await tempDir(), 'forecast.zarr');
  const store = await ForecastStore.open(root, { grid, variables, leadsHours: [1, 2, 3], ensemble: { members: 4 } });
  const run0 = await store.beginRun(Date.UTC(2016, 0, 1));
  const lead = new Float32Array(4 * variables.length * nPts);
  for (let l = 0; l < 3; l++) {
    lead.forEach((_, i) => (lead[i] = 100 * l + Math.floor(i / nPts)));
    await store.writeLead(run0, l, lead);
  }
  const run1 = await store.beginRun(Date.UTC(2016, 0, 1, 6));
  await store.writeLead(run1, 0, lead);
  await assert.rejects(store.writeLead(run1, 2, lead), /out of order/);

  const again = await ForecastStore.openExisting(root);
  assert.equal(again.runs().length, 2);
  assert.equal(again.latestCompleteRun(), 0);
  assert.equal(again.leadsWritten(1), 1);
  // member 3, variable 1 (pressure) of lead 2 = 200 + (3 * 2 + 1)
  assert.equal((await again.readField(0, 2, 3, 'pressure'))[17], 207);
  assert.ok(Number.isNaN((await again.readField(1, 2, 0, 'temperature'))[0]));
});

test('the store is valid Zarr v2: metadata, dimension names and zlib chunks decode with numpy where python3 has it', async () => {
  const root = join(await tempDir(), 'analysis.zarr');
  const store = await AnalysisStore.open(root, { grid, variables });
  await store.append(Date.UTC(2016, 0, 1), { temperature: field(1), pressure: field(1000) });
  const zarray = JSON.parse(await readFile(join(root, 'mean', '.zarray'), 'utf8')) as Record<string, unknown>;
  assert.deepEqual(zarray.shape, [1, 2, grid.nLat, grid.nLon]);
  assert.deepEqual(zarray.compressor, { id: 'zlib', level: 1 });
  const zattrs = JSON.parse(await readFile(join(root, 'mean', '.zattrs'), 'utf8')) as Record<string, unknown>;
  assert.deepEqual(zattrs._ARRAY_DIMENSIONS, ['time', 'var', 'lat', 'lon']);
  const hasNumpy = spawnSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' }).status === 0;
  if (!hasNumpy) return;
  // Decoded the way zarr-python does for this metadata: zlib, then numpy frombuffer with the dtype.
  const script = [
    'import json, sys, zlib, numpy as np',
    'r = sys.argv[1]',
    'm = json.load(open(r + "/mean/.zarray"))',
    'a = np.frombuffer(zlib.decompress(open(r + "/mean/0.1.0.0", "rb").read()), dtype=m["dtype"]).reshape(m["chunks"])',
    'v = json.load(open(r + "/var/.zarray"))',
    'labels = np.frombuffer(zlib.decompress(open(r + "/var/0", "rb").read()), dtype=v["dtype"])',
    't = json.load(open(r + "/time/.zarray"))',
    'times = np.frombuffer(zlib.decompress(open(r + "/time/0", "rb").read()), dtype=t["dtype"])[: t["shape"][0]]',
    'print(json.dumps([float(a[0, 0, 0, 1]), [str(x) for x in labels], int(times[0])]))',
  ].join('\n');
  const out = JSON.parse(execFileSync('python3', ['-c', script, root], { encoding: 'utf8' })) as [number, string[], number];
  assert.ok(Math.abs(out[0] - 1000.01) < 1e-3);
  assert.deepEqual(out[1], ['temperature', 'pressure']);
  assert.equal(out[2], Date.UTC(2016, 0, 1) / 1000);
});

test('xarray opens the analysis store (Debian python3-xarray + python3-zarr, installed by .ci/run)', async () => {
  const root = join(await tempDir(), 'analysis.zarr');
  const store = await AnalysisStore.open(root, { grid, variables });
  await store.append(Date.UTC(2016, 0, 1), { temperature: field(1), pressure: field(1000) }, { temperature: new Float64Array(nPts).fill(0.5) });
  await store.append(Date.UTC(2016, 0, 1, 1), { temperature: field(2), pressure: field(1001) });
  // /usr/bin/python3: Debian's interpreter, where apt puts xarray (a pyenv shim on PATH would not see it).
  const script = [
    'import json, sys, xarray as xr',
    'ds = xr.open_zarr(sys.argv[1], consolidated=False)',
    'm = ds["mean"]',
    'print(json.dumps({"dims": list(m.dims), "shape": list(m.shape), "v": float(m.isel(time=1, var=1, lat=0, lon=1)), "units": str(ds.attrs.get("variables", "")), "times": [str(t) for t in ds["time"].values]}))',
  ].join('\n');
  const out = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, root], { encoding: 'utf8' })) as { dims: string[]; shape: number[]; v: number; times: string[] };
  assert.deepEqual(out.dims, ['time', 'var', 'lat', 'lon']);
  assert.deepEqual(out.shape, [2, 2, grid.nLat, grid.nLon]);
  assert.ok(Math.abs(out.v - 1001.01) < 1e-3, String(out.v));
  assert.equal(out.times.length, 2);
  assert.match(out.times[0]!, /^2016-01-01T00:00/);
});
