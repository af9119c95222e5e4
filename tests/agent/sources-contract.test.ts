import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isVariableName } from '../../common/variables.js';
import type { FirmwareConfig } from '../../device-agent/config/types.js';
import { createSource } from '../../device-agent/sources/index.js';
import type { Sample, Source } from '../../device-agent/sources/types.js';
import { fakeHost, fakeSysfs } from './fakes.js';
import { SHARED, testConfig } from './helpers.js';

/**
 * One contract suite run against every source (MQTT.js' abstract-store-test model): the agent
 * relies on exactly these properties and nothing source-specific.
 */
interface Case {
  name: string;
  config: () => FirmwareConfig;
  /** Replays and simulations resume exactly; a live sensor only resumes in time order. */
  deterministic: boolean;
}

const sysfs = fakeSysfs();
const cases: Case[] = [
  { name: 'replay-beijing', deterministic: true, config: () => testConfig() },
  {
    name: 'replay-jena',
    deterministic: true,
    config: () => testConfig({ samplingIntervalMs: 600_000, source: { kind: 'replay-jena', replay: { file: 'jena_mpi_roof/mpi_roof_20240609-20241020.csv' } } }),
  },
  { name: 'simulated', deterministic: true, config: () => testConfig({ samplingIntervalMs: 60_000, source: { kind: 'simulated', simulated: { seed: 7, speedup: 60 } } }) },
  { name: 'iio', deterministic: false, config: () => testConfig({ samplingIntervalMs: 60_000, source: { kind: 'iio', iio: { sysfsRoot: sysfs.root } } }) },
];

async function take(source: Source, n: number): Promise<Sample[]> {
  const out: Sample[] = [];
  for (let i = 0; i < n; i++) {
    const s = await source.next();
    assert.ok(s, `sample ${i} missing`);
    out.push(s);
  }
  return out;
}

for (const c of cases) {
  describe(`Source contract: ${c.name}`, () => {
    const make = (cursor?: string, host = fakeHost()) => createSource(c.config(), { host, sharedDir: SHARED, ...(cursor === undefined ? {} : { cursor }) });

    test('samples are in time order, carry known variables and a clock flag', async () => {
      const source = await make();
      const samples = await take(source, 20);
      for (const [i, s] of samples.entries()) {
        assert.ok(Number.isFinite(s.timeMs));
        if (i > 0) assert.ok(s.timeMs > samples[i - 1]!.timeMs, 'strictly increasing times');
        assert.equal(typeof s.clockSynced, 'boolean');
        const names = Object.keys(s.values);
        assert.ok(names.length > 0);
        for (const n of names) assert.ok(isVariableName(n), n);
        assert.ok(names.some((n) => Number.isFinite(s.values[n as keyof typeof s.values])), 'some real value');
      }
      assert.ok(source.realIntervalMs > 0);
      assert.equal(typeof source.details.source, 'string');
      await source.close();
    });

    test('a source built from a saved cursor continues with the next sample: no duplicate, no gap', async () => {
      const straight = await take(await make(), 12);
      const host = fakeHost(); // one device clock across the restart
      const first = await make(undefined, host);
      const head = await take(first, 7);
      const resumed = await make(first.cursor(), host);
      const tail = await take(resumed, 5);
      if (c.deterministic) assert.deepEqual([...head, ...tail], straight);
      else assert.ok(tail[0]!.timeMs >= head.at(-1)!.timeMs);
    });

    test('an aborted next() rejects and does not advance the cursor', async () => {
      const source = await make();
      await take(source, 3);
      const before = source.cursor();
      const ac = new AbortController();
      ac.abort();
      await assert.rejects(source.next(ac.signal), { name: 'AbortError' });
      assert.equal(source.cursor(), before);
    });

    test('after close() next() yields nothing', async () => {
      const source = await make();
      await source.close();
      assert.equal(await source.next(), undefined);
    });
  });
}
