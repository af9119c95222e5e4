import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { QC_TESTS } from '../../common/variables.js';
import { v1 } from '../../protos/index.js';
import { batch, forward, GW_TOKEN, reading, SHARED_TOKEN, startTestHub, T0, type TestHub } from './helpers.js';

let hub: TestHub;
const MIN = 60_000;

before(async () => {
  hub = await startTestHub();
  const status = {
    deviceId: 'bj-aotizhongxin',
    state: v1.DeviceState.ONLINE,
    timeMs: T0,
    agentVersion: '0.1.0',
    station: { deviceId: 'bj-aotizhongxin', site: 'beijing', name: 'Aotizhongxin', latitude: 39.982, longitude: 116.397, elevationM: 49, hardware: 'replay' },
  };
  const readings = [1, 2, 3, 4, 5].map((seq) => reading({ device: 'bj-aotizhongxin', seq, values: { temperature: [20 + seq], pressure: [1000 + seq] } }));
  // The latest reading carries a suspect, spike-flagged wind speed and a missing humidity.
  readings.push(
    reading({
      device: 'bj-aotizhongxin',
      seq: 6,
      values: { temperature: [27.5], wind_speed: [31, v1.QcFlag.QC_SUSPECT, QC_TESTS.spike | QC_TESTS.step], relative_humidity: [Number.NaN, v1.QcFlag.QC_MISSING] },
    }),
  );
  const r1 = await forward(hub.grpc.address, GW_TOKEN, [batch(1, readings, 'gw-a', [status])]);
  assert.equal(r1.acks[0]?.stored, 6);
  const r2 = await forward(hub.grpc.address, SHARED_TOKEN, [
    batch(1, [reading({ device: 'jena-1', seq: 1 }), { ...reading({ device: 'jena-1', seq: 2 }), observations: [] }], 'gw-b'),
    batch(2, [reading({ device: 'jena-1', seq: 1 })], 'gw-b'),
  ]);
  assert.equal(r2.acks.length, 2);
});
after(async () => {
  await hub.stop();
});

async function get(url: string): Promise<{ status: number; body: any }> {
  const res = await hub.api.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.headers['content-type']?.toString().includes('json') ? res.json() : res.body };
}

test('stations list location, last reading time and the latest values with flags and tests', async () => {
  const { status, body } = await get('/api/v1/stations');
  assert.equal(status, 200);
  const st = body.stations.find((s: { id: string }) => s.id === 'bj-aotizhongxin');
  assert.deepEqual(st.location, { latitude: 39.982, longitude: 116.397, elevationM: 49 });
  assert.equal(st.site, 'beijing');
  assert.equal(st.name, 'Aotizhongxin');
  assert.equal(st.state, 'online');
  assert.equal(st.lastReadingTime, new Date(T0 + 6 * MIN).toISOString());
  assert.equal(st.latest.seq, 6);
  assert.deepEqual(st.latest.values.wind_speed, { value: 31, unit: 'm/s', flag: 'suspect', tests: ['step', 'spike'] });
  assert.deepEqual(st.latest.values.relative_humidity, { value: null, unit: '%', flag: 'missing', tests: [] });
  assert.deepEqual(st.latest.values.temperature, { value: 27.5, unit: '°C', flag: 'good', tests: [] });
  const jena = body.stations.find((s: { id: string }) => s.id === 'jena-1');
  assert.equal(jena.site, null, 'no status yet: metadata unknown, readings still listed');
  assert.equal(jena.latest.seq, 1);

  const one = await get('/api/v1/stations/jena-1');
  assert.equal(one.status, 200);
  assert.equal(one.body.id, 'jena-1');
  const missing = await get('/api/v1/stations/nowhere');
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error, 'WX_ERR_NOT_FOUND');
});

test('observations filter by station, time range (ISO or epoch ms) and variable', async () => {
  const iso = await get(`/api/v1/observations?station=bj-aotizhongxin&from=${new Date(T0 + 2 * MIN).toISOString()}&to=${new Date(T0 + 5 * MIN).toISOString()}`);
  assert.equal(iso.status, 200);
  assert.deepEqual(
    iso.body.observations.map((o: { seq: number }) => o.seq),
    [2, 3, 4],
  );
  assert.equal(iso.body.count, 3);
  const epoch = await get(`/api/v1/observations?station=bj-aotizhongxin&from=${T0 + 5 * MIN}&variable=pressure`);
  assert.deepEqual(
    epoch.body.observations.map((o: { seq: number; values: object }) => [o.seq, Object.keys(o.values)]),
    [
      [5, ['pressure']],
      [6, []],
    ],
  );
  assert.deepEqual(epoch.body.observations[0].values.pressure, { value: 1005, unit: 'hPa', flag: 'good', tests: [] });
  const limited = await get('/api/v1/observations?station=bj-aotizhongxin&limit=2&variable=temperature,wind_speed');
  assert.equal(limited.body.truncated, true);
  assert.deepEqual(limited.body.variables, ['temperature', 'wind_speed']);
  assert.equal(limited.body.observations.length, 2);
  const other = await get('/api/v1/observations?station=jena-1');
  assert.deepEqual(
    other.body.observations.map((o: { seq: number; gatewayId: string }) => [o.seq, o.gatewayId]),
    [[1, 'gw-b']],
  );
});

test('observations download as CSV: a row per reading with each value, its QC flag and tests; truncation in a header', async () => {
  const res = await hub.api.inject({ method: 'GET', url: `/api/v1/observations?station=bj-aotizhongxin&from=${T0 + 5 * MIN}&variable=temperature,wind_speed,relative_humidity&format=csv` });
  assert.equal(res.statusCode, 200);
  assert.match(res.headers['content-type']?.toString() ?? '', /^text\/csv/);
  assert.equal(res.headers['content-disposition'], 'attachment; filename="bj-aotizhongxin-observations.csv"');
  assert.equal(res.headers['x-wx-truncated'], 'false');
  assert.deepEqual(res.body.trimEnd().split('\n'), [
    'time,seq,clock_synced,gateway,temperature_c,temperature_flag,temperature_tests,wind_speed_ms,wind_speed_flag,wind_speed_tests,relative_humidity_pct,relative_humidity_flag,relative_humidity_tests',
    `${new Date(T0 + 5 * MIN).toISOString()},5,1,gw-a,25,good,,,,,,,`,
    `${new Date(T0 + 6 * MIN).toISOString()},6,1,gw-a,27.5,good,,31,suspect,step|spike,,missing,`,
  ]);
  const limited = await hub.api.inject({ method: 'GET', url: '/api/v1/observations?station=bj-aotizhongxin&limit=2&format=csv' });
  assert.equal(limited.headers['x-wx-truncated'], 'true');
  assert.equal(limited.body.trimEnd().split('\n').length, 1 + 2);
});

test('each bad query parameter gets a 400 naming it; an unknown station a 404', async () => {
  const cases: [string, string][] = [
    ['/api/v1/observations', 'station'],
    ['/api/v1/observations?station=has%20space', 'station'],
    ['/api/v1/observations?station=bj-aotizhongxin&from=yesterday', 'from'],
    ['/api/v1/observations?station=bj-aotizhongxin&from=2024-13-45T00:00:00Z', 'from'],
    ['/api/v1/observations?station=bj-aotizhongxin&to=12:00', 'to'],
    [`/api/v1/observations?station=bj-aotizhongxin&from=${T0}&to=${T0}`, 'to'],
    ['/api/v1/observations?station=bj-aotizhongxin&variable=temperature,snow', 'variable'],
    ['/api/v1/observations?station=bj-aotizhongxin&limit=0', 'limit'],
    ['/api/v1/observations?station=bj-aotizhongxin&limit=abc', 'limit'],
    ['/api/v1/observations?station=bj-aotizhongxin&limit=1000000', 'limit'],
    ['/api/v1/observations?station=bj-aotizhongxin&statoin=x', 'statoin'],
    ['/api/v1/observations?station=bj-aotizhongxin&format=xlsx', 'format'],
  ];
  for (const [url, field] of cases) {
    const { status, body } = await get(url);
    assert.equal(status, 400, url);
    assert.equal(body.error, 'WX_ERR_QUERY_INVALID', url);
    assert.equal(body.field, field, url);
    assert.match(body.message, new RegExp(field), url);
  }
  const unknown = await get('/api/v1/observations?station=no-such-station');
  assert.equal(unknown.status, 404);
  assert.equal(unknown.body.field, 'station');
});

test('stats give stored, duplicates and rejected readings overall and per gateway', async () => {
  const { status, body } = await get('/api/v1/stats');
  assert.equal(status, 200);
  const byId = Object.fromEntries(body.gateways.map((g: { id: string }) => [g.id, g]));
  assert.deepEqual(
    [byId['gw-a'].readingsStored, byId['gw-a'].duplicatesDropped, byId['gw-a'].rejected],
    [6, 0, 0],
  );
  assert.deepEqual(
    [byId['gw-b'].readingsStored, byId['gw-b'].duplicatesDropped, byId['gw-b'].rejected, byId['gw-b'].batches],
    [1, 1, 1, 2],
  );
  assert.deepEqual([body.readingsStored, body.duplicatesDropped, body.rejected, body.stations], [7, 1, 1, 2]);
});

test('the OpenAPI document lists every route with its parameters', async () => {
  const { status, body } = await get('/api/v1/openapi.json');
  assert.equal(status, 200);
  assert.match(body.openapi, /^3\./);
  for (const path of ['/api/v1/stations', '/api/v1/stations/{id}', '/api/v1/observations', '/api/v1/stats', '/healthz', '/metrics']) {
    assert.ok(body.paths[path]?.get, `missing ${path}`);
  }
  const params = body.paths['/api/v1/observations'].get.parameters.map((p: { name: string }) => p.name).sort();
  assert.deepEqual(params, ['format', 'from', 'limit', 'station', 'to', 'variable']);
  assert.ok(body.paths['/api/v1/stats'].get.responses['200']);
});

test('/metrics exposes the ingest counters and histograms; /healthz answers', async () => {
  const res = await hub.api.inject({ method: 'GET', url: '/metrics' });
  assert.equal(res.statusCode, 200);
  assert.match(res.headers['content-type']!.toString(), /text\/plain/);
  assert.match(res.body, /wx_cloud_readings_stored_total\{gateway="gw-a"\} 6/);
  assert.match(res.body, /wx_cloud_readings_duplicate_total\{gateway="gw-b"\} 1/);
  assert.match(res.body, /wx_cloud_readings_rejected_total\{gateway="gw-b",reason="no_observations"\} 1/);
  assert.match(res.body, /wx_cloud_ingest_latency_seconds_count\{from="gateway"\} [1-9]/);
  assert.match(res.body, /wx_cloud_store_commit_duration_seconds_count [1-9]/);
  const health = await get('/healthz');
  assert.equal(health.status, 200);
  assert.equal(health.body.status, 'ok');
  const nothing = await get('/api/v1/nothing');
  assert.equal(nothing.status, 404);
  assert.equal(nothing.body.error, 'WX_ERR_NOT_FOUND');
});

test('the API answers over a real socket (listen on port 0)', async () => {
  await hub.api.listen({ host: '127.0.0.1', port: 0 });
  const addr = hub.api.server.address();
  assert.ok(addr && typeof addr === 'object');
  const res = await fetch(`http://127.0.0.1:${addr.port}/api/v1/observations?station=jena-1&from=2024-05-31`);
  assert.equal(res.status, 200);
  const body = (await res.json()) as { count: number; from: string };
  assert.equal(body.count, 1);
  assert.equal(body.from, '2024-05-31T00:00:00.000Z');
  const bad = await fetch(`http://127.0.0.1:${addr.port}/api/v1/observations?station=jena-1&from=soon`);
  assert.equal(bad.status, 400);
  assert.equal(((await bad.json()) as { field: string }).field, 'from');
});

test('responses over 1 KB are gzip- or brotli-compressed for clients that accept it, to the same JSON; others get it plain', async () => {
  const url = '/api/v1/observations?station=bj-aotizhongxin';
  const plain = await hub.api.inject({ method: 'GET', url });
  assert.equal(plain.headers['content-encoding'], undefined, 'no Accept-Encoding: sent as is');
  assert.ok(plain.rawPayload.length > 1024, `a page of ${plain.rawPayload.length} bytes`);
  for (const [encoding, decode] of [
    ['gzip', gunzipSync],
    ['br', brotliDecompressSync],
  ] as const) {
    const res = await hub.api.inject({ method: 'GET', url, headers: { 'accept-encoding': encoding } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-encoding'], encoding);
    assert.ok(res.rawPayload.length < plain.rawPayload.length / 3, `${encoding}: ${res.rawPayload.length} of ${plain.rawPayload.length} bytes`);
    assert.deepEqual(JSON.parse(decode(res.rawPayload).toString('utf8')), plain.json());
  }
  const small = await hub.api.inject({ method: 'GET', url: '/healthz', headers: { 'accept-encoding': 'gzip' } });
  assert.equal(small.headers['content-encoding'], undefined, 'a few bytes are not worth compressing');
});
