/** A real VictoriaMetrics server (Debian package) on a loopback port, for the InfluxDB sink tests. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { validateCloudConfig, type InfluxConfig } from '../../cloud/config.js';

export const VM_BIN = '/usr/bin/victoria-metrics';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface VictoriaMetrics {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts it on `port` with its data under `dataPath` (the same path again keeps what it stored). */
export async function startVictoriaMetrics(port: number, dataPath: string): Promise<VictoriaMetrics> {
  assert.ok(existsSync(VM_BIN), `${VM_BIN} is missing: apt-get install -y victoria-metrics`);
  const url = `http://127.0.0.1:${port}`;
  // Replayed station data is years old: VictoriaMetrics' default one-month retention would silently
  // drop it, so the tests (like a deployment for replays) keep everything. One sample per timestamp,
  // as the README advises: a backfill may write a point again.
  const vm = spawn(VM_BIN, [`-httpListenAddr=127.0.0.1:${port}`, `-storageDataPath=${dataPath}`, '-loggerLevel=ERROR', '-retentionPeriod=100y', '-dedup.minScrapeInterval=1ms'], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => vm.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (vm.exitCode === null && vm.signalCode === null) vm.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, port, stop };
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || vm.exitCode !== null) {
      await stop();
      throw new Error('victoria-metrics did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface ExportLine {
  metric: Record<string, string>;
  values: number[];
  timestamps: number[];
}

/** Raw samples of the series matching `match`, through VictoriaMetrics' export API. */
export async function exportSeries(url: string, match: string): Promise<ExportLine[]> {
  await fetch(`${url}/internal/force_flush`);
  const res = await fetch(`${url}/api/v1/export?match[]=${encodeURIComponent(match)}`);
  assert.equal(res.status, 200);
  return (await res.text())
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ExportLine);
}

/** The hub's influx settings for a server at `url`, validated as the hub validates its config. */
export function influxConfig(url: string, extra: Partial<InfluxConfig> = {}): InfluxConfig {
  return validateCloudConfig({ influx: { url, token: 'unused', org: 'wx', bucket: 'observations', ...extra } }, 'test').influx!;
}
