/**
 * Gateway fusion at run time, on a real outbox file: stations learned from DeviceStatus, readings
 * grouped by the hour and closed after the grace, an offset station flagged, SpatialQc and
 * FusedEstimate rows in the outbox beside the untouched readings, state surviving a restart, late
 * readings counted.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Registry } from 'prom-client';
import { createLogger } from '../../common/logger.js';
import { variableToProto } from '../../common/variables.js';
import { v1, type ForwardBatch } from '../../protos/index.js';
import { startFusion } from '../../gateway/fusion-runner/service.js';
import { frameEntry } from '../../gateway/outbox/frame.js';
import { createOutbox, type Outbox } from '../../gateway/outbox/outbox.js';

const H = 3_600_000;
const T0 = Date.UTC(2016, 9, 1);
const SITES: Array<[string, number, number]> = [
  ['s1', 39.98, 116.4], ['s2', 39.93, 116.42], ['s3', 39.93, 116.34], ['s4', 39.91, 116.18], ['s5', 39.94, 116.46], ['s6', 39.89, 116.41], ['s7', 39.99, 116.29],
];
const CONFIG = { enabled: true, stepSeconds: 3600, graceSeconds: 600, idleFlushSeconds: 900, h3Resolution: 7, options: {} };

function statusRow(id: string, lat: number, lon: number) {
  const payload = v1.DeviceStatus.encode({ deviceId: id, timeMs: T0, station: { deviceId: id, latitude: lat, longitude: lon, elevationM: NaN } }).finish();
  return { kind: 'status' as const, deviceId: id, seq: 0, receivedMs: T0, count: 1, payload };
}

function readingRow(id: string, hour: number, temp: number) {
  const reading = v1.Reading.encode({
    deviceId: id,
    seq: hour + 1,
    timeMs: T0 + hour * H,
    observations: [
      { variable: variableToProto('temperature'), value: temp, flag: v1.QcFlag.QC_GOOD },
      { variable: variableToProto('pressure'), value: 1010 + hour * 0.2, flag: v1.QcFlag.QC_GOOD },
    ],
  }).finish();
  return { kind: 'readings' as const, deviceId: id, seq: hour + 1, receivedMs: T0 + hour * H, count: 1, payload: frameEntry(3, reading) };
}

function batchOf(outbox: Outbox): ForwardBatch {
  const rows = outbox.page(0, { maxEntries: 100_000, maxBytes: 1e9 });
  return v1.ForwardBatch.decode(Buffer.concat(rows.map((r) => r.framed)));
}

test('fusion runner: hourly steps, flags and cell estimates into the outbox, readings untouched, restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wx-fusion-run-'));
  let clock = T0;
  const registry = new Registry();
  const logger = createLogger('t', { level: 'silent' });
  const outbox = createOutbox({ path: join(dir, 'outbox.sqlite'), maxRows: 100_000, synchronous: 'NORMAL' });
  try {
    let fusion = startFusion({ config: CONFIG, gatewayId: 'gw', dataDir: dir, outbox, registry, logger, now: () => clock, tickMs: 3_600_000 });
    fusion.ingestOutbox.append(SITES.map(([id, lat, lon]) => statusRow(id, lat, lon)));
    const temp = (i: number, h: number) => 15 + 0.2 * i + 0.5 * h + (i === 0 && h === 2 ? 8 : 0);
    for (let h = 0; h < 4; h++) {
      clock = T0 + h * H + 60_000;
      fusion.ingestOutbox.append(SITES.map(([id], i) => readingRow(id, h, temp(i, h))));
    }
    // Data time 03:00: steps 00:00 and 01:00 are closed (end + 10 min grace), 02:00 and 03:00 are not.
    assert.equal(fusion.runner.tick(), 2);
    clock += 900_000; // idle flush closes the rest
    assert.equal(fusion.runner.tick(), 2);

    const batch = batchOf(outbox);
    assert.equal(batch.readings.length, 4 * SITES.length, 'raw readings all forwarded');
    const raw = batch.readings.find((r) => r.deviceId === 's1' && Number(r.seq) === 3);
    assert.equal(raw?.observations?.find((o) => o.variable === variableToProto('temperature'))?.value, temp(0, 2), 'the flagged value is forwarded unaltered');
    const flagged = batch.spatialQc.filter((q) => q.deviceId === 's1' && Number(q.timeMs) === T0 + 2 * H && q.variable === variableToProto('temperature'));
    assert.equal(flagged.length, 1);
    assert.equal(flagged[0]?.flag, v1.QcFlag.QC_SUSPECT, 'the +8 °C station is spatially suspect');
    assert.ok((flagged[0]?.tests ?? 0) & (v1.SpatialTest.SPATIAL_TEST_BUDDY | v1.SpatialTest.SPATIAL_TEST_SCT));
    const good = batch.spatialQc.filter((q) => q.deviceId === 's3' && q.variable === variableToProto('temperature'));
    assert.ok(good.length === 4 && good.every((q) => q.flag === v1.QcFlag.QC_GOOD));
    const fused = batch.fused.filter((f) => Number(f.timeMs) === T0 + H && f.variable === variableToProto('temperature'));
    assert.ok(fused.length > 0 && fused.every((f) => f.h3Resolution === 7 && (f.sd ?? 0) > 0 && Number.isFinite(f.value)));
    assert.match(await registry.metrics(), /wx_gateway_fusion_flags_total\{test="(buddy|sct)",variable="temperature"\} [1-9]/);

    // Restart: stations and trust come back from fusion.sqlite (no new statuses needed).
    fusion.stop();
    fusion = startFusion({ config: CONFIG, gatewayId: 'gw', dataDir: dir, outbox, registry: new Registry(), logger, now: () => clock, tickMs: 3_600_000 });
    const before = batchOf(outbox).spatialQc.length;
    clock = T0 + 4 * H + 60_000;
    fusion.ingestOutbox.append(SITES.map(([id], i) => readingRow(id, 4, temp(i, 4))));
    fusion.ingestOutbox.append([readingRow('s2', 1, 99)]); // step 01:00 closed long ago
    clock += 900_000;
    assert.equal(fusion.runner.tick(), 1);
    const after = batchOf(outbox).spatialQc;
    const s1 = after.filter((q) => q.deviceId === 's1' && Number(q.timeMs) === T0 + 4 * H && q.variable === variableToProto('temperature'));
    assert.ok(after.length > before && s1.length === 1);
    assert.ok((s1[0]?.trust ?? 1) < 1, `s1 trust ${s1[0]?.trust} carries its flag across the restart`);
    fusion.stop();
  } finally {
    await outbox.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
