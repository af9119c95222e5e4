/**
 * Temporary folders for tests, removed when the test file's process exits (node:test runs each
 * file in a process of its own), so repeated runs do not fill /tmp with outboxes and stores.
 * WX_KEEP_TEST_DIRS=1 keeps them for a post-mortem.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

export function testDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (made.push(dir) === 1 && !process.env.WX_KEEP_TEST_DIRS) {
    process.once('exit', () => {
      for (const d of made) rmSync(d, { recursive: true, force: true });
    });
  }
  return dir;
}
