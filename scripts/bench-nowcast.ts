/**
 * `npm run bench:nowcast`: the FP32 and INT8 files of a nowcast model version side by side in one
 * run: load time (card check + SHA-256 + session), p50/p99 latency of one inference on one thread
 * (session.run alone, and the whole forecast() with features and decoding), inferences per second,
 * file sizes, the memory of an agent-like child process holding the model, and the memory of the
 * whole wx-agent program (with a real gateway and cloud) with nowcasting off, FP32 and INT8.
 * Writes docs/bench-nowcast.md.
 *
 * Options: --card <path> (default models/nowcast/station-nowcast-1.2.0/card.json), --runs <n>
 * (default 3000), --agent-seconds <s> (default 40), --no-write.
 */
import { execFileSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import * as ort from 'onnxruntime-node';
import { loadNowcastModel, type NowcastModel } from '../device-agent/nowcast/index.js';
import { syntheticHistory } from './nowcast-bench-history.js';
import { measureAgentMemory, type AgentMemory } from './bench/agent-memory.js';

const { values: args } = parseArgs({ options: { card: { type: 'string', default: 'models/nowcast/station-nowcast-1.2.0/card.json' }, runs: { type: 'string', default: '3000' }, 'no-write': { type: 'boolean', default: false }, 'agent-seconds': { type: 'string', default: '40' } } });
const RUNS = Number(args.runs);
type P = 'fp32' | 'int8';

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

function probe(precision: P | 'none'): number {
  const js = join(import.meta.dirname, 'nowcast-rss-probe.js');
  const out = execFileSync(process.execPath, ['--expose-gc', js, args.card, precision], { encoding: 'utf8' });
  return (JSON.parse(out.trim().split('\n').pop()!) as { rssBytes: number }).rssBytes;
}

interface Row { precision: P; bytes: number; loadMs: number; runP50: number; runP99: number; perSecond: number; forecastP50: number; forecastP99: number; rssMb: number }

async function measure(precision: P): Promise<Row> {
  const loads: number[] = [];
  let model: NowcastModel | undefined;
  for (let i = 0; i < 5; i++) {
    await model?.close();
    const t = performance.now();
    model = await loadNowcastModel(args.card, { precision, threads: 1 });
    loads.push(performance.now() - t);
  }
  const card = model!.card;
  const file = join(dirname(args.card), card.files.find((f) => f.precision === precision)!.file);
  const session = await ort.InferenceSession.create(file, { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential' });
  const F = card.input.shape[1];
  const x = new ort.Tensor('float32', new Float32Array(F).map((_, i) => Math.sin(i)), [1, F]);
  const feeds = { [card.input.tensor]: x };
  for (let i = 0; i < 200; i++) await session.run(feeds);
  const runs: number[] = [];
  const started = performance.now();
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await session.run(feeds);
    runs.push(performance.now() - t);
  }
  const perSecond = RUNS / ((performance.now() - started) / 1000);
  await session.release();
  const history = syntheticHistory(card.historySteps + 1, card.timeStepMs);
  const now = history[history.length - 1]!.timeMs;
  const forecasts: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 1000); i++) {
    const t = performance.now();
    const r = await model!.forecast('bench', history, now);
    forecasts.push(performance.now() - t);
    if (i === 0 && r.state !== 1) throw new Error(`forecast not OK: ${r.reason}`);
  }
  await model!.close();
  return {
    precision, bytes: statSync(file).size, loadMs: quantile(loads, 0.5), runP50: quantile(runs, 0.5), runP99: quantile(runs, 0.99), perSecond,
    forecastP50: quantile(forecasts, 0.5), forecastP99: quantile(forecasts, 0.99), rssMb: probe(precision) / 2 ** 20,
  };
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const p of ['fp32', 'int8'] as const) rows.push(await measure(p));
  const baseMb = probe('none') / 2 ** 20;
  const agents: AgentMemory[] = [];
  for (const [src, n] of [['station', 'off'], ['station', 'fp32'], ['station', 'int8'], ['replay', 'int8']] as const) {
    agents.push(await measureAgentMemory(src, n, Number(args['agent-seconds'])));
    console.log(`agent (${src}, nowcast ${n}): peak RSS ${agents.at(-1)!.peakRssMb.toFixed(1)} MB`);
  }
  const [aOff, aF, aQ, aR] = [agents[0]!, agents[1]!, agents[2]!, agents[3]!];
  const [f, q] = [rows[0]!, rows[1]!];
  const f3 = (x: number): string => x.toFixed(3);
  const text = [
    '# Nowcast benchmark: FP32 vs INT8',
    '',
    `Made by \`npm run bench:nowcast\` (${new Date().toISOString().slice(0, 16)}Z) on ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, shared with other sessions), Node ${process.version}, onnxruntime-node ${ort.env.versions.common}, CPU execution provider, 1 intra-op thread, batch 1, ${RUNS} timed runs after 200 warm-up runs.`,
    '',
    '| | FP32 | INT8 |',
    '|---|---|---|',
    `| file size | ${f.bytes} B | ${q.bytes} B (${(f.bytes / q.bytes).toFixed(2)}x smaller) |`,
    `| load (card + SHA-256 + session), median of 5 | ${f.loadMs.toFixed(1)} ms | ${q.loadMs.toFixed(1)} ms |`,
    `| one inference (session.run), p50 | ${f3(f.runP50)} ms | ${f3(q.runP50)} ms (${(f.runP50 / q.runP50).toFixed(2)}x) |`,
    `| one inference (session.run), p99 | ${f3(f.runP99)} ms | ${f3(q.runP99)} ms |`,
    `| inferences per second (sequential) | ${f.perSecond.toFixed(0)} | ${q.perSecond.toFixed(0)} |`,
    `| whole forecast() (window, features, run, decode), p50 / p99 | ${f3(f.forecastP50)} / ${f3(f.forecastP99)} ms | ${f3(q.forecastP50)} / ${f3(q.forecastP99)} ms |`,
    `| RSS of an agent-like process with the model loaded, after 200 forecasts | ${f.rssMb.toFixed(1)} MB | ${q.rssMb.toFixed(1)} MB |`,
    '',
    `The same process without a model (Node + the device nowcast library + onnxruntime imported): ${baseMb.toFixed(1)} MB RSS.`,
    '',
    `## The whole agent`,
    '',
    `The real \`wx-agent\` program (source, QC, SQLite outbox, MQTT client, nowcasting and the OTA updater) publishing into a real gateway and cloud at 3600x, nowcasting every second, for ${args['agent-seconds']} s, with the Node flags of deploy/systemd/wx-agent@.service (\`--max-semi-space-size=1 --max-old-space-size=96 --v8-pool-size=1\`, glibc arena and mmap settings); memory from /proc (VmHWM = peak resident set). "Station": the committed simulated-sensor config, one reading a minute (a station with its own sensors: no data file in memory). "Replay": the Dongsi replay config, which keeps the whole parsed file (35,064 rows) in memory.`,
    '',
    '| | station, nowcasting off | station, FP32 | station, INT8 | replay, INT8 |',
    '|---|---|---|---|---|',
    `| peak RSS (VmHWM) | ${aOff.peakRssMb.toFixed(1)} MB | ${aF.peakRssMb.toFixed(1)} MB | ${aQ.peakRssMb.toFixed(1)} MB | ${aR.peakRssMb.toFixed(1)} MB |`,
    `| RSS at the end | ${aOff.endRssMb.toFixed(1)} MB | ${aF.endRssMb.toFixed(1)} MB | ${aQ.endRssMb.toFixed(1)} MB | ${aR.endRssMb.toFixed(1)} MB |`,
    `| V8 heap in use at the end | ${aOff.heapUsedMb.toFixed(1)} MB | ${aF.heapUsedMb.toFixed(1)} MB | ${aQ.heapUsedMb.toFixed(1)} MB | ${aR.heapUsedMb.toFixed(1)} MB |`,
    `| readings produced / OK nowcasts | ${aOff.readings} / ${aOff.nowcasts} | ${aF.readings} / ${aF.nowcasts} | ${aQ.readings} / ${aQ.nowcasts} | ${aR.readings} / ${aR.nowcasts} |`,
    '',
    '## Goals (issue 3)',
    '',
    `- INT8 p50 under 1 ms on one thread: ${f3(q.runP50)} ms: ${q.runP50 < 1 ? 'met' : 'MISSED'}.`,
    `- INT8 at least 1.5x faster or 3x smaller than FP32: ${(f.runP50 / q.runP50).toFixed(2)}x the speed, ${(f.bytes / q.bytes).toFixed(2)}x smaller: ${f.runP50 / q.runP50 >= 1.5 || f.bytes / q.bytes >= 3 ? 'met' : 'MISSED'}.`,
    `- Agent under 120 MB of memory: the whole station agent with the INT8 model peaks at ${aQ.peakRssMb.toFixed(1)} MB: ${aQ.peakRssMb < 120 ? 'met' : 'MISSED'} (replaying a file: ${aR.peakRssMb.toFixed(1)} MB; the model-only probe process: ${q.rssMb.toFixed(1)} MB).`,
    '',
  ].join('\n');
  console.log(text);
  if (!args['no-write']) writeFileSync('docs/bench-nowcast.md', text);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
