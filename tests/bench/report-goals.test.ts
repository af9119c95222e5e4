import assert from 'node:assert/strict';
import { test } from 'node:test';
import { busiestBounds, findings, goals, type BenchReport, type MosquittoFigures, type PipelineFigures } from '../../scripts/bench/report.js';

const cpu = { gateway: 0.7 };
const settings: BenchReport['settings'] = { devices: 1000, batch: 10, msgBatch: 1, durationS: 10, probeS: 6, probes: 6, rate: 0, windowPerDevice: 4, scryptN: 1024, gatewayConfig: 'defaults' };
const mosquitto = { deliveredMsgPerS: 20_000, msgBatchDeliveredMsgPerS: 30_000, cpu } as unknown as MosquittoFigures;
const pipeline = (extra: Partial<PipelineFigures>): PipelineFigures =>
  ({ gatewayAckedMsgPerS: 16_000, msgBatchAckedMsgPerS: 20_000, cpuFlat: cpu, storedPerS: 60_000, flatStoredPerS: 60_000, gatewayAckedReadingsPerS: 60_000, probes: [], latencySamples: 0, latencyP99Ms: 20, ioStallHalf: 0, gatewayHwmBytes: 0, ...extra }) as unknown as PipelineFigures;
const ratioGoal = (p: PipelineFigures) => goals({ startedAt: '', settings, mosquitto, pipeline: p, wallS: 0, loadAvgAtStart: 0 })[0]!;

test('without rounds the message-rate ratio is one gateway figure over one Mosquitto figure', () => {
  const g = ratioGoal(pipeline({}));
  assert.match(g.measured, /^0\.67 at 1 reading\/message \(20,000 vs 30,000 msg\/s\)/);
  assert.equal(g.met, false);
});

test('with alternating rounds the ratio is the median of the rounds\' ratios, each pair listed', () => {
  const r = (msgPerS: number) => ({ msgPerS, cpu });
  // Round ratios 0.5, 0.9, 0.85: the median 0.85, where the ratio of the median rates would be 0.80.
  const g = ratioGoal(pipeline({ gatewayAckedMsgPerS: 17_000, msgRounds: { gateway: [r(15_000), r(18_000), r(25_500)], mosquitto: [r(30_000), r(20_000), r(30_000)] } }));
  assert.match(g.measured, /^0\.85 at 1 reading\/message, the median of 3 alternating rounds \(0\.50, 0\.90, 0\.85: 15,000 vs 30,000, 18,000 vs 20,000, 25,500 vs 30,000 msg\/s\)/);
  assert.match(g.measured, /0\.85 at 10 readings\/message/);
  assert.equal(g.met, true);
});

test('the findings give the CPU per message of both brokers at the small-message rate', () => {
  const m = { ...mosquitto, msgBatchDeliveredMsgPerS: 30_000, msgBatchCpu: { mosquitto: 0.6, 'subscriber+bench': 0.3, loadgen: 0.9 } } as MosquittoFigures;
  const p = pipeline({ msgBatchAckedMsgPerS: 20_000, msgBatchCpu: { gateway: 0.7, cloud: 0.4, loadgen: 0.6 } });
  const text = findings({ startedAt: '', settings, mosquitto: m, pipeline: p, wallS: 0, loadAvgAtStart: 0 }).join('\n');
  assert.match(text, /gateway 35\.0 µs \+ cloud 20\.0 µs, against Mosquitto 20\.0 µs \+ its subscriber 10\.0 µs; the load generator 30\.0 and 30\.0 µs/);
});

void test('the budget finding: what 0.8 x Mosquitto leaves per message once the load generator and aedes alone are paid', () => {
  const m = { ...mosquitto, msgBatchDeliveredMsgPerS: 30_000, msgBatchCpu: { mosquitto: 0.6, 'subscriber+bench': 0.3, loadgen: 0.9 } } as MosquittoFigures;
  const p = pipeline({ msgBatchAckedMsgPerS: 20_000, msgBatchCpu: { gateway: 0.7, cloud: 0.4, loadgen: 0.6 } });
  const report = (aedes: number, batch = 1): BenchReport => ({
    startedAt: '', settings, mosquitto: m, pipeline: p, aedesFloor: { batch, msgPerS: 50_000, cpu: { aedes, loadgen: 1 } }, wallS: 0, loadAvgAtStart: 0,
  });
  // (20 + 10 + 30) / 0.8 = 75 µs in all; minus the load generator's 30 against the gateway and aedes's 12: 33 left,
  // against 35 + 20 - 12 = 43 taken.
  assert.match(findings(report(0.6)).join('\n'), /may spend 75\.0 µs per message together\. The load generator took 30\.0 µs against the gateway, and aedes alone, which PUBACKs every message and keeps none, costs 12\.0 µs \(50,000 msg\/s\)\. That leaves 33\.0 µs per message for validation, the durable outbox, forwarding and the cloud's store, which take 43\.0 µs now\./);
  // aedes at 2.5 cores for 50,000 msg/s is 50 µs, more than the 45 left after the load generator.
  assert.match(findings(report(2.5)).join('\n'), /Nothing is left for validation, the durable outbox, forwarding and the cloud's store, which take 5\.0 µs now\./);
  // A floor measured at another batch than the rounds says nothing about their budget.
  assert.doesNotMatch(findings(report(0.6, 10)).join('\n'), /budget/);
});

void test('with a core per thread, each side is bounded by the process whose busiest thread is busiest per message', () => {
  const m = { ...mosquitto, msgBatchDeliveredMsgPerS: 30_000, msgBatchBusiest: { mosquitto: 0.5, 'subscriber+bench': 0.3, loadgen: 0.75 } } as MosquittoFigures;
  // gateway 0.6 of a core at 20,000 msg/s caps its side at 33,333; the load generator's 0.5 at 40,000.
  const p = pipeline({ msgBatchAckedMsgPerS: 20_000, msgBatchBusiest: { gateway: 0.6, cloud: 0.4, loadgen: 0.5 } });
  const b = busiestBounds(m, p)!;
  assert.equal(b.gateway.name, 'gateway');
  assert.equal(Math.round(b.gateway.msgPerS), 33_333);
  assert.equal(Math.round(b.gateway.usPerMsg * 1000) / 1000, 30);
  // Mosquitto's side: the load generator's busiest thread, 0.75 at 30,000 msg/s: 40,000.
  assert.equal(b.mosquitto.name, 'loadgen');
  assert.equal(Math.round(b.mosquitto.msgPerS), 40_000);
  const text = findings({ startedAt: '', settings, mosquitto: m, pipeline: p, wallS: 0, loadAvgAtStart: 0 }).join('\n');
  assert.match(text, /the gateway's side at 33,333 msg\/s \(gateway's busiest thread, 30\.0 µs per message\), Mosquitto's at 40,000 msg\/s \(loadgen's busiest thread, 25\.0 µs per message\)\. That estimates the ratio there at 0\.83/);
  // Without per-thread figures (an older report) there is no estimate.
  assert.equal(busiestBounds(mosquitto, pipeline({})), undefined);
});
