import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { isWxError } from '../../common/errors.js';
import { clockSyncProbe, isClockSuspect } from '../../device-agent/clock/clock.js';
import { createIioSource, discoverIioChannels } from '../../device-agent/sources/iio.js';
import { createBeijingReplay, createJenaReplay, createReplaySource } from '../../device-agent/sources/replay.js';
import { createSimulatedSource, simulatedValues } from '../../device-agent/sources/simulated.js';
import type { Sample } from '../../device-agent/sources/types.js';
import { fakeHost, fakeIioDevice, fakeSysfs } from './fakes.js';
import { DONGSI_FILE, SHARED, tempDir, testConfig } from './helpers.js';

const HOUR = 3_600_000;

test('Beijing replay stamps the file time and paces one hour of data per second at speedup 3600', async () => {
  const host = fakeHost();
  const source = createBeijingReplay({ file: DONGSI_FILE, speedup: 3600, loop: false }, host, SHARED);
  const a = await source.next();
  const b = await source.next();
  const c = await source.next();
  assert.equal(a!.timeMs, Date.UTC(2013, 1, 28, 16), '2013-03-01 00:00 Beijing time (UTC+8)');
  assert.equal(a!.values.temperature, -0.5);
  assert.equal(a!.values.pressure, 1024.5);
  assert.equal(b!.timeMs - a!.timeMs, HOUR);
  assert.equal(c!.clockSynced, true);
  assert.deepEqual(host.sleeps, [0, 1000, 1000], 'first sample at once, then 1 s per hour of data');
});

test('replay starts at startLocalTime and finds the 2014-05-31 gust front row', async () => {
  const source = createBeijingReplay({ file: DONGSI_FILE, speedup: 1e6, loop: false, startLocalTime: '2014-05-31 21:00' }, fakeHost(), SHARED);
  const s = await source.next();
  assert.equal(s!.timeMs, Date.UTC(2014, 4, 31, 13));
});

test('Jena replay reads the Latin-1 file with its own columns, 10-minute steps', async () => {
  const source = createJenaReplay({ file: 'jena_mpi_roof/mpi_roof_20240609-20241020.csv', speedup: 600, loop: false }, fakeHost(), SHARED);
  const a = await source.next();
  const b = await source.next();
  assert.equal(a!.timeMs, Date.UTC(2024, 5, 9, 10, 40), '09.06.2024 11:40 CET');
  assert.equal(b!.timeMs - a!.timeMs, 600_000);
  for (const v of ['temperature', 'pressure', 'relative_humidity', 'wind_speed', 'dew_point'] as const) assert.ok(Number.isFinite(a!.values[v]), v);
  assert.equal(source.realIntervalMs, 1000);
});

test('a replay ends without loop, and with loop shifts times by whole laps', async () => {
  const records = [0, 1, 2].map((i) => ({ timeMs: i * HOUR, localTime: `x${i}`, values: { temperature: i } }));
  const once = createReplaySource({ kind: 'replay-beijing', records, replay: { file: 'f', speedup: 1e9, loop: false }, host: fakeHost() });
  assert.equal((await Promise.all([once.next(), once.next(), once.next()])).length, 3);
  assert.equal(await once.next(), undefined);
  const looped = createReplaySource({ kind: 'replay-beijing', records, replay: { file: 'f', speedup: 1e9, loop: true }, host: fakeHost() });
  const times: number[] = [];
  for (let i = 0; i < 7; i++) times.push((await looped.next())!.timeMs);
  assert.deepEqual(times, [0, 1, 2, 3, 4, 5, 6].map((h) => h * HOUR));
  assert.equal(JSON.parse(looped.cursor()).lap, 2);
});

test('simulated station: warm afternoons, cool nights, deterministic per seed', () => {
  const o = testConfig({ source: { kind: 'simulated', simulated: { seed: 3, noiseScale: 0 } } }).source.simulated!;
  const day = Date.UTC(2024, 6, 1);
  const afternoon = simulatedValues(o, 0, day + 15 * HOUR);
  const night = simulatedValues(o, 0, day + 3 * HOUR);
  assert.ok(afternoon.temperature - night.temperature > 2 * o.diurnalAmplitudeC - 1, `${afternoon.temperature} vs ${night.temperature}`);
  assert.ok(afternoon.dew_point <= afternoon.temperature);
  const noisy = { ...o, noiseScale: 1 };
  assert.deepEqual(simulatedValues(noisy, 5, day), simulatedValues(noisy, 5, day));
  assert.notDeepEqual(simulatedValues(noisy, 5, day), simulatedValues({ ...noisy, seed: 4 }, 5, day));
});

test('simulated faults: spike, stuck, drift, offset and dropout appear where configured', async () => {
  const faults = [
    { kind: 'spike', variable: 'temperature', atSample: 2, magnitude: 10 },
    { kind: 'stuck', variable: 'pressure', atSample: 4, durationSamples: 5 },
    { kind: 'drift', variable: 'relative_humidity', atSample: 10, durationSamples: 4, magnitude: 8 },
    { kind: 'offset', variable: 'wind_speed', atSample: 15, durationSamples: 2, magnitude: 5 },
    { kind: 'dropout', variable: 'temperature', atSample: 18, durationSamples: 2 },
  ];
  const base = testConfig({ samplingIntervalMs: 60_000, source: { kind: 'simulated', simulated: { seed: 9, startTime: '2024-07-01T00:00:00Z' } } });
  const faulty = testConfig({ samplingIntervalMs: 60_000, source: { kind: 'simulated', simulated: { seed: 9, startTime: '2024-07-01T00:00:00Z', faults } } });
  const mk = (c: typeof base) => createSimulatedSource({ options: c.source.simulated!, samplingIntervalMs: 60_000, host: fakeHost() });
  const clean = mk(base);
  const bad = mk(faulty);
  const pairs: (readonly [Sample['values'], Sample['values']])[] = [];
  for (let i = 0; i < 22; i++) pairs.push([(await clean.next())!.values, (await bad.next())!.values] as const);
  const d = (i: number, v: 'temperature' | 'pressure' | 'relative_humidity' | 'wind_speed') => pairs[i]![1][v]! - pairs[i]![0][v]!;
  assert.equal(d(1, 'temperature'), 0);
  assert.ok(Math.abs(d(2, 'temperature') - 10) < 1e-9, 'spike');
  assert.equal(d(3, 'temperature'), 0, 'a spike lasts one sample');
  for (let i = 4; i < 9; i++) assert.equal(pairs[i]![1].pressure, pairs[4]![0].pressure, 'stuck at the value of sample 4');
  assert.notEqual(pairs[9]![1].pressure, pairs[4]![0].pressure);
  assert.deepEqual([10, 11, 12, 13].map((i) => Math.round(d(i, 'relative_humidity') * 1000) / 1000), [2, 4, 6, 8], 'drift ramps to its magnitude');
  assert.ok(Math.abs(d(15, 'wind_speed') - 5) < 1e-9 && Math.abs(d(16, 'wind_speed') - 5) < 1e-9, 'offset');
  assert.ok(Number.isNaN(pairs[18]![1].temperature) && Number.isNaN(pairs[19]![1].temperature) && !Number.isNaN(pairs[20]![1].temperature!), 'dropout');
});

test('IIO: devices found by name; _input and _raw*scale+offset converted to °C, hPa, %', async () => {
  const { root } = fakeSysfs();
  const host = fakeHost();
  const bme = await createIioSource({ options: { sysfsRoot: root, devices: [{ name: 'bme280' }], derivedDewPoint: true }, samplingIntervalMs: 60_000, host });
  const s = (await bme.next())!;
  assert.equal(s.values.temperature, 21.5);
  assert.ok(Math.abs(s.values.pressure! - 1013.25) < 1e-9);
  assert.equal(s.values.relative_humidity, 45.123);
  assert.ok(s.values.dew_point! < 21.5 && s.values.dew_point! > 8, `dew point ${s.values.dew_point}`);
  assert.equal(bme.details.drivers, 'bme280');
  const sht = await createIioSource({ options: { sysfsRoot: root, devices: [{ name: 'sht3x' }, { name: 'bme280', variables: ['pressure'] }], derivedDewPoint: false }, samplingIntervalMs: 60_000, host });
  const t = (await sht.next())!;
  assert.ok(Math.abs(t.values.temperature! - 24.427) < 0.01, `raw conversion gave ${t.values.temperature}`);
  assert.ok(Math.abs(t.values.relative_humidity! - 50.0) < 0.01);
  assert.ok(Math.abs(t.values.pressure! - 1013.25) < 1e-9, 'pressure from the second device');
  assert.equal(t.values.dew_point, undefined);
  const auto = await discoverIioChannels({ sysfsRoot: root, derivedDewPoint: true });
  assert.deepEqual(auto.map((c) => `${c.driver}:${c.variable}`), ['bme280:temperature', 'bme280:pressure', 'bme280:relative_humidity'], 'known drivers only (the ADC is ignored), first device wins per variable');
});

test('IIO: a missing device is refused at start; a failed read is a NaN dropout, not a crash', async () => {
  const { root, bme280 } = fakeSysfs();
  await assert.rejects(createIioSource({ options: { sysfsRoot: root, devices: [{ name: 'bme680' }], derivedDewPoint: true }, samplingIntervalMs: 60_000, host: fakeHost() }), (err) => isWxError(err, 'WX_ERR_SOURCE') && /bme680/.test(err.message));
  const errors: string[] = [];
  const host = fakeHost();
  const source = await createIioSource({ options: { sysfsRoot: root, devices: [{ name: 'bme280' }], derivedDewPoint: true }, samplingIntervalMs: 60_000, host, onReadError: (c) => errors.push(c.variable) });
  rmSync(join(bme280, 'in_pressure_input'));
  writeFileSync(join(bme280, 'in_humidityrelative_input'), 'garbage\n');
  const s = (await source.next())!;
  assert.equal(s.values.temperature, 21.5);
  assert.ok(Number.isNaN(s.values.pressure!) && Number.isNaN(s.values.relative_humidity!));
  assert.deepEqual(errors.sort(), ['pressure', 'relative_humidity']);
  const t1 = s.timeMs;
  const s2 = (await source.next())!;
  assert.equal(s2.timeMs - t1, 60_000, 'sampled once per interval');
});

test('IIO: the clock flag comes from the injected sync probe', async () => {
  const root = join(tempDir(), 'iio');
  fakeIioDevice(root, 0, 'bmp280', { in_temp_input: '20000', in_pressure_input: '99.5' });
  const host = fakeHost(Date.UTC(1970, 0, 1, 0, 0, 42)); // a Pi without an RTC
  host.synced = false;
  const source = await createIioSource({ options: { sysfsRoot: root, derivedDewPoint: true }, samplingIntervalMs: 60_000, host });
  const s = (await source.next())!;
  assert.equal(s.clockSynced, false);
  assert.equal(isClockSuspect(s.timeMs, host.now(), 86_400_000), true);
});

test('clock trust: before 2000 or beyond the skew is suspect; the systemd flag file decides sync', () => {
  const now = Date.UTC(2025, 0, 1);
  assert.equal(isClockSuspect(Date.UTC(1999, 11, 31, 23, 59), now, 60_000), true);
  assert.equal(isClockSuspect(Date.UTC(2013, 2, 1), now, 60_000), false, 'replayed 2013 data is fine');
  assert.equal(isClockSuspect(now + 59_000, now, 60_000), false);
  assert.equal(isClockSuspect(now + 61_000, now, 60_000), true);
  const clock = { syncCheck: 'systemd-timesync' as const, syncFlagFile: '/run/x', maxFutureSkewMs: 0 };
  assert.equal(clockSyncProbe(clock, (p) => p === '/run/x')(), true);
  assert.equal(clockSyncProbe(clock, () => false)(), false);
  assert.equal(clockSyncProbe({ ...clock, syncCheck: 'assume-unsynced' })(), false);
});
