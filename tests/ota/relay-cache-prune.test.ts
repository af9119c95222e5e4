import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cacheFileName, pruneModelCache } from '../../gateway/models-relay/cache-prune.js';

const DAY = 86_400_000;

test("the relay cache drops versions no open deploy names once idle, and keeps open and recently used ones", () => {
  const dir = mkdtempSync(join(tmpdir(), 'wx-relay-cache-'));
  try {
    const now = Date.now();
    const file = (name: string, ageMs: number): string => {
      const p = join(dir, name);
      writeFileSync(p, 'onnx');
      utimesSync(p, (now - ageMs) / 1000, (now - ageMs) / 1000);
      return name;
    };
    const open = file(cacheFileName('station-nowcast', '1.2.0'), 30 * DAY);
    const oldClosed = file(cacheFileName('station-nowcast', '1.0.0'), 30 * DAY);
    const recentClosed = file(cacheFileName('station-nowcast', '1.1.0'), 1 * DAY);
    const servedToday = file(cacheFileName('station-nowcast', '0.9.0'), 30 * DAY);
    const staleTmp = file(`${cacheFileName('station-nowcast', '1.3.0')}.tmp`, 8 * DAY);
    const other = file('notes.txt', 30 * DAY);
    const removed = pruneModelCache(dir, { keep: new Set([open]), nowMs: now, maxIdleMs: 7 * DAY, lastUsedMs: new Map([[servedToday, now - 3_600_000]]) });
    assert.deepEqual(removed.sort(), [oldClosed, staleTmp].sort());
    for (const kept of [open, recentClosed, servedToday, other]) assert.ok(existsSync(join(dir, kept)), `${kept} kept`);
    assert.deepEqual(pruneModelCache(join(dir, 'missing'), { keep: new Set(), nowMs: now, maxIdleMs: 0, lastUsedMs: new Map() }), [], 'no cache folder: nothing to do');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
