/**
 * `npm run bench:decode`: CPU per reading of reading wire paths, side by side in one run, against the
 * generated protobufjs decoder (objects per reading and per observation) as the reference:
 * - hub: a 4,000-reading ForwardBatch; reference: protobufjs ForwardBatch.decode, a ReadingRecord per
 *   reading and ReadingRows.fromRecords (the former path without its rule checks); this code:
 *   decodeForwardBatch + decodeReadings (checks every reading and writes the store rows);
 * - gateway: a 10-reading ReadingBatch, protobufjs Reading.decode of each reading vs
 *   checkEncodedReading (which also applies the gateway's rules).
 * Prints a table; `--write` puts it in docs/bench-decode.md.
 */
import { writeFileSync } from 'node:fs';
import { decodeReadings } from '../cloud/ingest/decode-readings.js';
import { decodeForwardBatch } from '../cloud/ingest/forward-batch.js';
import { checkEncodedReading } from '../gateway/ingest/reading-check.js';
import { ReadingRows } from '../cloud/store/reading-rows.js';
import type { ReadingRecord } from '../cloud/store/types.js';
import { variableFromProto } from '../common/variables.js';
import { fieldSpans } from '../gateway/outbox/frame.js';
import { machine } from './bench/report.js';
import { ProtoReader, v1, type ReadingProps } from '../protos/index.js';

function reading(i: number): ReadingProps {
  return {
    deviceId: `sim-${String(i % 1000).padStart(4, '0')}`,
    seq: 100 + i,
    timeMs: 1_700_000_000_000 + i * 1000,
    clockSynced: true,
    observations: [1, 2, 3, 4, 5, 6, 7].map((v) => ({ variable: v, value: 10 + v + i * 0.01, flag: 1, qcTests: 0 })),
    gatewayReceivedMs: 1_700_000_000_003 + i * 1000,
    gatewayId: 'gw-1',
  };
}

/** Median µs per item over `rounds` rounds of `fn` (each handling `items`), after a warm-up. */
function time(fn: () => unknown, items: number, rounds = 9, perRound = 50): number {
  for (let i = 0; i < perRound; i++) fn();
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) fn();
    out.push(Number(process.hrtime.bigint() - t0) / 1e3 / (perRound * items));
  }
  return out.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

const HUB_N = 4000;
const forward = Buffer.from(v1.ForwardBatch.encode({ batchId: 1, gatewayId: 'gw-1', readings: Array.from({ length: HUB_N }, (_, i) => reading(i)) }).finish());
const ctx = { gatewayId: 'gw-1', strict: true, cloudReceivedMs: Date.now() };
const hubRef = time(() => {
  const records: ReadingRecord[] = [];
  for (const r of v1.ForwardBatch.decode(forward).readings) {
    const values: ReadingRecord['values'] = {};
    for (const o of r.observations ?? []) {
      const name = variableFromProto(o.variable ?? 0);
      const value = o.value ?? Number.NaN;
      if (name) values[name] = { value: Number.isNaN(value) ? null : value, flag: o.flag ?? 0, tests: (o.qcTests ?? 0) >>> 0 };
    }
    const received = Number(r.gatewayReceivedMs);
    records.push({
      deviceId: r.deviceId ?? '',
      seq: Number(r.seq),
      timeMs: Number(r.timeMs),
      clockSynced: r.clockSynced === true,
      clockSuspect: r.clockSuspect === true,
      gatewayReceivedMs: received !== 0 ? received : null,
      cloudReceivedMs: ctx.cloudReceivedMs,
      gatewayId: r.gatewayId || ctx.gatewayId,
      values,
    });
  }
  return ReadingRows.fromRecords(records);
}, HUB_N);
const hubNew = time(() => {
  const b = decodeForwardBatch(forward);
  return decodeReadings(b.source, b.readingSpans, ctx);
}, HUB_N);

const GW_N = 10;
const message = Buffer.from(v1.ReadingBatch.encode({ readings: Array.from({ length: GW_N }, (_, i) => ({ ...reading(7), seq: 100 + i, gatewayReceivedMs: 0, gatewayId: '' })) }).finish());
const device = reading(7).deviceId!;
const gwRef = time(() => fieldSpans(message, 1).map((sp) => v1.Reading.decode(message.subarray(sp.start, sp.end))), GW_N, 9, 20_000);
const gwNew = time(() => {
  const r = ProtoReader.create(message);
  return fieldSpans(message, 1).map((sp) => checkEncodedReading(r, sp.start, sp.end, device, () => true));
}, GW_N, 9, 20_000);

const f = (x: number): string => x.toFixed(2);
const table = [
  '| path | reference: protobufjs objects, rules not counted | this code, rules included | ratio |',
  '|---|---|---|---|',
  `| hub, 4,000-reading ForwardBatch | ${f(hubRef)} µs/reading | ${f(hubNew)} µs/reading | ${f(hubNew / hubRef)} |`,
  `| gateway, 10-reading ReadingBatch | ${f(gwRef)} µs/reading | ${f(gwNew)} µs/reading | ${f(gwNew / gwRef)} |`,
].join('\n');
console.log(table);
if (process.argv.includes('--write')) {
  writeFileSync(
    'docs/bench-decode.md',
    `# Reading decode benchmark (\`npm run bench:decode -- --write\`)\n\nWritten by scripts/bench-decode.ts on ${new Date().toISOString()}; ${machine()}. ` +
      'Median of 9 rounds after a warm-up; 7 observations per reading. The reference is the former path (protobufjs objects; in the hub, a ' +
      'record per reading packed into store rows) without its rule checks, so it understates the former cost; garbage collection in a ' +
      'busy process (12.8 % of the hub\'s samples before, 2.3 % after, docs/perf-notes.md) is not in these figures.\n\n' +
      table +
      '\n',
  );
}
