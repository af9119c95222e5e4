import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { stringify } from 'yaml';
import { batch, connectDevice, device, deviceConfig, gatewayProcess, reading, readingsTopic, startFakeCloud, tempDir, waitFor, type GatewayReady } from './helpers.js';

const st = device('st-kill');

function startChild(dir: string, cloud: string, n: number): { child: ChildProcess; ready: Promise<GatewayReady> } {
  const { command, ready } = gatewayProcess(dir, cloud, { readyFile: join(dir, `ready-${n}.json`) });
  return { child: spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] }), ready };
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

void test('a gateway killed with SIGKILL and restarted loses nothing it had PUBACKed', { timeout: 90_000 }, async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'gateway.yaml'), stringify({ gatewayId: 'gw-kill', devices: [deviceConfig(st)], forwarding: { batchMaxReadings: 20, maxInflightBatches: 1, retryInitialMs: 50, retryMaxMs: 200 } }));
  // A slow cloud, so that at each kill much of what was acked to the device is still only in the outbox.
  const cloud = await startFakeCloud({ ackDelayMs: 100 });
  const acked = new Set<number>();
  let run = startChild(dir, cloud.address, 1);
  try {
    const info = await run.ready;
    const c = await connectDevice(info.mqttUrl, st);
    c.on('error', () => undefined);
    let seq = 0;
    // Publish with many messages in flight; kill the gateway in the middle of the stream.
    const publishing = (async () => {
      while (c.connected && seq < 2000) {
        const s = ++seq;
        c.publish(readingsTopic(st), batch(reading(st.deviceId, s)), { qos: 1 }, (err) => {
          if (!err) acked.add(s);
        });
        if (s % 20 === 0) await new Promise((r) => setTimeout(r, 5));
      }
    })();
    await waitFor('some PUBACKs', () => acked.size >= 300, 20_000);
    await kill(run.child);
    await publishing;
    c.end(true);
    const ackedAtKill = new Set(acked);
    const atCloudAtKill = cloud.keys().size;
    assert.ok(ackedAtKill.size - atCloudAtKill > 50, `the kill must catch acked readings not yet forwarded (${ackedAtKill.size} acked, ${atCloudAtKill} at the cloud)`);

    // Restart, kill again while it drains the backlog, restart once more.
    run = startChild(dir, cloud.address, 2);
    await run.ready;
    await waitFor('draining resumed', () => cloud.keys().size > atCloudAtKill + 20, 20_000);
    await kill(run.child);
    run = startChild(dir, cloud.address, 3);
    await run.ready;
    await waitFor('every PUBACKed reading at the cloud', () => [...ackedAtKill].every((s) => cloud.keys().has(`st-kill:${s}`)), 30_000);
    const missing = [...ackedAtKill].filter((s) => !cloud.keys().has(`st-kill:${s}`));
    assert.deepEqual(missing, []);
  } finally {
    if (run.child.exitCode === null) await kill(run.child);
    await cloud.stop();
  }
});
