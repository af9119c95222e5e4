/**
 * `npm run bench:pipeline`: the same load generator against a bare Mosquitto (reference) and
 * against wx-gateway -> wx-cloud, reporting broker message rates, readings stored per second,
 * device-to-cloud latency at half load and memory, then writing docs/bench-pipeline.md.
 * Bounded: every wait has a deadline and the whole run a watchdog; every child is stopped at the end,
 * on error and on Ctrl-C. Only 127.0.0.1.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { helpText, parseCli, parseIntOption, type OptionSpecs } from '../common/cli.js';
import { randomSecret } from '../common/credentials.js';
import { freePort, REPO_ROOT } from './lib/processes.js';
import { measureMosquitto, type ReferenceBroker } from './bench/phase-mosquitto.js';
import { measureAedesFloor } from './bench/phase-aedes-floor.js';
import { measurePipeline } from './bench/phase-pipeline.js';
import { Cleanup } from './bench/cleanup.js';
import { waitQuiet } from './bench/procstats.js';
import { consoleTable, machine, markdown, medianRound, type BenchReport, type BenchSettings } from './bench/report.js';

const SPECS = {
  devices: { type: 'string', default: '1000', description: '[1...20000] simulated devices, one MQTT connection each' },
  batch: { type: 'string', default: '10', description: '[1...1000] readings per ReadingBatch message' },
  'msg-batch': { type: 'string', default: '1', description: '[0...1000] readings/message of an extra flat-out phase per broker for the message rate; 0 = none' },
  'duration-s': { type: 'string', default: '10', description: '[3...120] seconds per measured phase' },
  'probe-s': { type: 'string', default: '6', description: '[2...60] seconds per sustained-rate probe' },
  probes: { type: 'string', default: '6', description: '[0...10] sustained-rate probes (bisection; 6 resolve the rate to ~4 %)' },
  rate: { type: 'string', default: '0', description: 'readings/s offered in the max phase; 0 = flat out' },
  window: { type: 'string', default: '4', description: '[1...1000] unacknowledged QoS 1 publishes per device' },
  'scrypt-n': { type: 'string', default: '16384', description: 'scrypt cost of the device password hashes (16384 = hashPassword)' },
  only: { type: 'string', default: 'all', description: 'all | mosquitto (the references: Mosquitto and aedes alone) | pipeline' },
  'outbox-sync': { type: 'string', description: 'gateway outbox.synchronous: FULL (its default) | NORMAL' },
  'hub-sync': { type: 'string', description: 'cloud store.synchronous: FULL (its default) | NORMAL' },
  'gateway-extra': { type: 'string', description: 'JSON merged into the generated gateway config (e.g. {"forwarding":{"batchMaxReadings":2000}})' },
  'profile-dir': { type: 'string', description: 'write V8 CPU profiles of wx-gateway and wx-cloud here' },
  out: { type: 'string', default: 'docs/bench-pipeline.md', description: 'where the figures are written' },
  'no-write': { type: 'boolean', description: 'print the table only' },
  'wait-quiet-s': { type: 'string', default: '20', description: '[0...120] before each section, wait up to this long for an idle machine' },
  'max-total-s': { type: 'string', default: '420', description: 'watchdog: the whole run is stopped after this' },
  'log-level': { type: 'string', default: 'warn', description: 'log level of wx-gateway and wx-cloud' },
  help: { type: 'boolean', short: 'h', description: 'this text' },
} satisfies OptionSpecs;

async function main(): Promise<number> {
  const { options } = parseCli(SPECS);
  if (options.help) {
    process.stdout.write(helpText('npm run bench:pipeline --', 'Benchmarks wx-gateway + wx-cloud against a bare Mosquitto (children inherit the environment, e.g. MALLOC_ARENA_MAX).', SPECS));
    return 0;
  }
  const only = options.only ?? 'all';
  if (!['all', 'mosquitto', 'pipeline'].includes(only)) throw new Error(`--only: expected all | mosquitto | pipeline, got ${only}`);
  const sync = options['outbox-sync'];
  if (sync !== undefined && sync !== 'FULL' && sync !== 'NORMAL') throw new Error(`--outbox-sync: expected FULL | NORMAL, got ${sync}`);
  const hubSync = options['hub-sync'];
  if (hubSync !== undefined && hubSync !== 'FULL' && hubSync !== 'NORMAL') throw new Error(`--hub-sync: expected FULL | NORMAL, got ${hubSync}`);
  let extra: Record<string, unknown> = {};
  if (options['gateway-extra']) {
    try {
      extra = JSON.parse(options['gateway-extra']) as Record<string, unknown>;
    } catch (err) {
      throw new Error(`--gateway-extra: not JSON: ${(err as Error).message}`);
    }
  }
  const gatewayConfigExtra = sync ? { ...extra, outbox: { ...(extra['outbox'] as object | undefined), synchronous: sync } } : extra;
  const configText = JSON.stringify(gatewayConfigExtra);
  const settings: BenchSettings = {
    devices: parseIntOption(options.devices, 'devices', 1, 20_000),
    batch: parseIntOption(options.batch, 'batch', 1, 1000),
    msgBatch: parseIntOption(options['msg-batch'], 'msg-batch', 0, 1000),
    durationS: parseIntOption(options['duration-s'], 'duration-s', 3, 120),
    probeS: parseIntOption(options['probe-s'], 'probe-s', 2, 60),
    probes: parseIntOption(options.probes, 'probes', 0, 10),
    rate: parseIntOption(options.rate, 'rate', 0, 10_000_000),
    windowPerDevice: parseIntOption(options.window, 'window', 1, 1000),
    scryptN: parseIntOption(options['scrypt-n'], 'scrypt-n', 1024, 1 << 20),
    gatewayConfig:
      (configText === '{}' ? 'gateway config defaults (outbox.synchronous FULL)' : `gateway config ${configText} over the defaults`) +
      (hubSync ? `; cloud store.synchronous ${hubSync}` : '; cloud config defaults (store.synchronous FULL)'),
  };
  const waitQuietS = parseIntOption(options['wait-quiet-s'], 'wait-quiet-s', 0, 120);
  const quiet = async (): Promise<void> => {
    if (waitQuietS === 0) return;
    const q = await waitQuiet(waitQuietS);
    log(`machine ${q.busy < 0.25 ? 'idle' : `still busy (${Math.round(q.busy * 100)}% of a core)`} after waiting ${q.waitedS.toFixed(0)} s`);
  };
  const maxTotalS = parseIntOption(options['max-total-s'], 'max-total-s', 30, 3600);

  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'wx-bench-'));
  const cleanup = new Cleanup();
  cleanup.add(async () => rmSync(dir, { recursive: true, force: true }));
  const onSignal = (signal: NodeJS.Signals): void => {
    console.error(`\n${signal}: stopping every child`);
    void cleanup.run().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const watchdog = setTimeout(() => {
    console.error(`watchdog: the run took more than ${maxTotalS} s; stopping every child`);
    void cleanup.run().finally(() => process.exit(124));
  }, maxTotalS * 1000);
  watchdog.unref();

  const report: BenchReport = { startedAt: new Date(started).toISOString(), settings, wallS: 0, loadAvgAtStart: loadavg()[0] ?? 0 };
  const log = (msg: string): void => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${msg}`);
  log(`devices ${settings.devices}, batch ${settings.batch}, ${settings.durationS} s per phase, window ${settings.windowPerDevice}, ` +
    `rate ${settings.rate || 'flat out'}; load average ${report.loadAvgAtStart.toFixed(2)}; temp dir ${dir}`);
  // Both brokers measured: Mosquitto stays up and the message rate at msg-batch is taken in rounds
  // alternating between the two (phase-pipeline.ts).
  const alternate = only === 'all' && settings.msgBatch > 0 && settings.msgBatch !== settings.batch;
  let reference: ReferenceBroker | undefined;
  try {
    if (only !== 'pipeline') {
      await quiet();
      try {
        const m = await measureMosquitto({ settings, dir: join(dir, 'mosquitto'), port: await freePort(), cleanup, log, keepForRounds: alternate });
        report.mosquitto = m.figures;
        reference = m.reference;
      } catch (err) {
        report.mosquittoError = (err as Error).message;
        log(`Mosquitto phase failed: ${(err as Error).stack ?? String(err)}`);
      }
    }
    if (only !== 'pipeline' && settings.msgBatch > 0) {
      await quiet();
      try {
        report.aedesFloor = await measureAedesFloor({ settings, port: await freePort(), cleanup, log });
      } catch (err) {
        report.aedesFloorError = (err as Error).message;
        log(`aedes floor failed: ${(err as Error).stack ?? String(err)}`);
      }
    }
    if (only !== 'mosquitto') {
      await quiet();
      try {
        report.pipeline = await measurePipeline({
          settings,
          dir: join(dir, 'pipeline'),
          cleanup,
          log,
          token: randomSecret(),
          logLevel: options['log-level'] ?? 'warn',
          gatewayConfigExtra,
          ...(hubSync ? { cloudConfig: { store: { synchronous: hubSync } } } : {}),
          ...(options['profile-dir'] ? { profileDir: resolve(options['profile-dir']) } : {}),
          ...(reference ? { reference } : {}),
        });
        const rounds = report.pipeline.msgRounds;
        if (report.mosquitto && rounds) {
          const mid = medianRound(rounds.mosquitto);
          report.mosquitto.msgBatchDeliveredMsgPerS = mid.msgPerS;
          report.mosquitto.msgBatchCpu = mid.cpu;
          if (mid.busiest) report.mosquitto.msgBatchBusiest = mid.busiest;
        }
      } catch (err) {
        report.pipelineError = (err as Error).message;
        log(`pipeline phase failed: ${(err as Error).stack ?? String(err)}`);
      }
    }
  } finally {
    await reference?.stop();
    await cleanup.run();
    clearTimeout(watchdog);
  }
  report.wallS = (Date.now() - started) / 1000;
  console.log(`\n  Machine: ${machine()}\n` + consoleTable(report) + '\n');
  if (!options['no-write']) {
    const out = resolve(REPO_ROOT, options.out ?? 'docs/bench-pipeline.md');
    writeFileSync(out, markdown(report));
    log(`figures written to ${out}`);
  }
  return report.mosquitto || report.pipeline ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error((err as Error).message ?? err);
    process.exit(2);
  },
);
