import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { isWxError } from '../../common/errors.js';
import { readBeijingStations } from '../../common/datasets/index.js';
import { ID_PATTERN } from '../../common/topics.js';
import { applyOverrides, effectiveQcConfig, loadFirmwareConfig, validateFirmwareConfig } from '../../device-agent/config/load.js';
import { defaultQcConfig } from '../../device-agent/qc/index.js';
import { schemaJson, SCHEMA_JSON_PATH } from '../../device-agent/config/write-schema.js';
import { rawConfig, REPO, SHARED, spawnAgent, tempDir, writeConfig } from './helpers.js';

function configFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return configFiles(path);
    return /\.(ya?ml|json)$/.test(name) && name !== 'schema.json' ? [path] : [];
  });
}

test('every file in firmware-configs/ loads and validates', () => {
  const files = configFiles(join(REPO, 'firmware-configs'));
  assert.ok(files.length >= 16, `expected 12 Beijing + Jena + Pi + Jetson + simulated configs, found ${files.length}`);
  const ids = new Set<string>();
  for (const file of files) {
    const config = loadFirmwareConfig(file);
    assert.match(config.deviceId, ID_PATTERN, file);
    assert.ok(!ids.has(config.deviceId), `${relative(REPO, file)}: deviceId ${config.deviceId} is used twice`);
    ids.add(config.deviceId);
  }
});

test('the twelve Beijing replay configs match stations.csv', () => {
  const stations = readBeijingStations(join(SHARED, 'beijing_prsa'));
  assert.equal(stations.length, 12);
  for (const s of stations) {
    const config = loadFirmwareConfig(join(REPO, 'firmware-configs', 'replay', `beijing-${s.id}.yaml`));
    assert.equal(config.deviceId, s.id);
    assert.equal(config.site, 'beijing');
    assert.equal(config.station.latitude, s.latitude);
    assert.equal(config.station.longitude, s.longitude);
    assert.equal(config.source.kind, 'replay-beijing');
    assert.equal(join(SHARED, config.source.replay!.file), s.file);
  }
});

test('firmware-configs/schema.json is the schema the code validates with', () => {
  assert.equal(readFileSync(SCHEMA_JSON_PATH, 'utf8'), schemaJson(), 'run: node --import tsx device-agent/config/write-schema.ts');
});

test('defaults are filled: outbox bound >= 30 days at one a minute, replay speedup 3600', () => {
  const config = validateFirmwareConfig(rawConfig(), 'x');
  assert.ok(config.outbox.maxReadings >= 43_200);
  assert.equal(config.outbox.onFull, 'drop-oldest');
  assert.equal(config.source.replay!.speedup, 3600);
  assert.equal(config.gateway.keepaliveS, 30);
  assert.equal(config.publish.batchMaxReadings, 50);
});

test('an invalid config is refused with every error naming its field', () => {
  const bad = rawConfig({
    deviceId: 'bad/id',
    station: { name: 'x', latitude: 91, longitude: 0 },
    samplingIntervalMs: 10,
    source: { kind: 'replay-jena' },
    gateway: { url: 'http://nope', keepaliveS: 1 },
    outbox: { maxReadings: 10, onFull: 'explode' },
    colour: 'blue',
  });
  delete bad.hardware;
  try {
    validateFirmwareConfig(bad, 'bad.yaml');
    assert.fail('should have thrown');
  } catch (err) {
    assert.ok(isWxError(err, 'WX_ERR_CONFIG_INVALID'));
    const fields = err.details.map((d) => d.split(':')[0]);
    for (const f of ['deviceId', 'station.latitude', 'samplingIntervalMs', 'source.replay', 'gateway.url', 'gateway.keepaliveS', 'outbox.maxReadings', 'outbox.onFull', 'colour', 'hardware']) {
      assert.ok(fields.includes(f), `no error names ${f}: ${err.details.join(' | ')}`);
    }
  }
});

test('overrides (--gateway, --password, --speedup) go in before validation', () => {
  const raw = rawConfig();
  const config = validateFirmwareConfig(applyOverrides(raw, { gatewayUrl: '127.0.0.1:1999', password: 'pw', speedup: 7200 }), 'x');
  assert.equal(config.gateway.url, 'mqtt://127.0.0.1:1999');
  assert.equal(config.gateway.password, 'pw');
  assert.equal(config.source.replay!.speedup, 7200);
  assert.equal((raw.gateway as { url: string }).url, 'mqtt://127.0.0.1:1', 'the raw object is not mutated');
});

test('wx-agent with an invalid config prints every error and exits 2, without a stack trace', async () => {
  const dir = tempDir();
  const path = writeConfig(dir, rawConfig({ deviceId: 'a b', samplingIntervalMs: 'soon', gateway: {} }));
  const agent = spawnAgent(['--config', path, '--data-dir', join(dir, 'data')]);
  const code = await agent.exited;
  const out = agent.output.join('');
  assert.equal(code, 2, out);
  assert.match(out, /deviceId: must match pattern/);
  assert.match(out, /samplingIntervalMs: must be integer/);
  assert.match(out, /gateway\.url: is required/);
  assert.doesNotMatch(out, /\n\s+at /, 'no stack trace');
});

test('wx-agent --help prints the flags and exits 0; bad flags exit 2', async () => {
  const help = spawnAgent(['--help']);
  assert.equal(await help.exited, 0);
  const text = help.output.join('');
  for (const flag of ['--config', '--data-dir', '--gateway', '--password', '--speedup', '--max-readings', '--metrics', '--ready-file', '--log-level']) assert.ok(text.includes(flag), flag);
  const bad = spawnAgent(['--config', join(REPO, 'firmware-configs', 'simulated.yaml'), '--speedup=0']);
  assert.equal(await bad.exited, 2);
  assert.match(bad.output.join(''), /--speedup: expected a positive number/);
});

test('a QC override of one threshold keeps the tuned defaults of the others', () => {
  const config = loadFirmwareConfig(join(REPO, 'firmware-configs', 'raspberry-pi-bme280.yaml'));
  const qc = effectiveQcConfig(config);
  const tuned = defaultQcConfig().variables.temperature!;
  assert.equal(qc.variables.temperature?.sensorMin, -40, 'the BME280 range from the config');
  assert.equal(qc.variables.temperature?.sensorMax, 85);
  assert.equal(qc.variables.temperature?.spikeThreshold, tuned.spikeThreshold, 'spike threshold kept from the defaults');
  assert.equal(qc.variables.temperature?.persistenceWindowMs, tuned.persistenceWindowMs);
  assert.deepEqual(qc.variables.wind_speed, defaultQcConfig().variables.wind_speed, 'variables the config does not name are untouched');
});
