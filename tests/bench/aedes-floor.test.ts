import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Cleanup } from '../../scripts/bench/cleanup.js';
import { canConnect } from '../../scripts/bench/mosquitto.js';
import { measureAedesFloor } from '../../scripts/bench/phase-aedes-floor.js';
import type { BenchSettings } from '../../scripts/bench/report.js';
import { freePort } from '../../scripts/lib/processes.js';

const settings: BenchSettings = { devices: 5, batch: 10, msgBatch: 1, durationS: 3, probeS: 2, probes: 0, rate: 0, windowPerDevice: 2, scryptN: 1024, gatewayConfig: 'n/a' };

void test('the aedes floor is measured over real sockets at the message-rate batch, and its broker is stopped afterwards', { timeout: 60_000 }, async () => {
  const cleanup = new Cleanup();
  const port = await freePort();
  try {
    const f = await measureAedesFloor({ settings, port, cleanup, log: () => {} });
    assert.equal(f.batch, 1);
    assert.ok(f.msgPerS > 0, `PUBACKs/s: ${f.msgPerS}`);
    // The broker's own CPU, sampled from its process: what the finding divides by the rate.
    assert.ok((f.cpu['aedes'] ?? 0) > 0, `aedes CPU: ${JSON.stringify(f.cpu)}`);
    assert.ok((f.cpu['loadgen'] ?? 0) > 0, `loadgen CPU: ${JSON.stringify(f.cpu)}`);
    assert.equal(await canConnect(port), false, 'the aedes child still listens');
  } finally {
    await cleanup.run();
  }
});
