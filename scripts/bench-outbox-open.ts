/**
 * `npm run bench:outbox-open`: what the station outbox's check for damage (SQLite's quick_check,
 * device-agent/outbox/recover.ts) adds to an agent's start, side by side in one run with opening the
 * same file without it (the reference), for backlogs of a day, a month and the default bound
 * (100,000 readings) at one reading a minute. Each size is timed with the file in the page cache
 * (median of 5) and, where this user may drop the cache (root), read cold from disk (median of 3): a
 * station's first start after a power cut reads cold, and an SD card reads slower than this disk, so
 * the file size is printed for scaling. `--write` puts the table in docs/bench-outbox-open.md.
 */
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { QC_TESTS } from '../common/variables.js';
import { Outbox, type OutboxOptions } from '../device-agent/outbox/outbox.js';
import { openOutboxRecovering } from '../device-agent/outbox/recover.js';
import { openDatabase } from '../common/sqlite.js';
import { machine } from './bench/report.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const SIZES = [{ label: 'a day', n: 1440 }, { label: 'a month', n: 43_200 }, { label: 'the default bound', n: 100_000 }];
const OPTIONS: OutboxOptions = { deviceId: 'bench', maxReadings: 100_000, onFull: 'drop-oldest', historyMaxAgeMs: 86_400_000 };
const T0 = Date.UTC(2025, 0, 1);

/** An outbox of `n` decided, unacknowledged minute readings (7 variables each), built in one transaction from a real row. */
function build(path: string, n: number): number {
  const box = Outbox.open(path, OPTIONS);
  const values = { temperature: 12.3, humidity: 71, pressure: 1013.2, dew_point: 7.1, wind_speed: 3.4, wind_direction: 220, precipitation: 0 };
  box.append({ timeMs: T0, clockSynced: true, clockSuspect: false, values }, '{"index":1,"lap":0}');
  const variables = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v, flag: 1, tests: QC_TESTS.step }]));
  box.decide([{ seq: 1, timeMs: T0, clockSuspect: false, variables }]);
  box.close();
  const db = openDatabase(path, { synchronous: 'NORMAL' });
  db.exec(`
    WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ${n - 1})
    INSERT INTO outbox SELECT o.seq + k.i, o.time_ms + k.i * 60000, o.stored_ms + k.i * 60000, o.clock_synced, o.clock_suspect, o.values_json, o.state, o.payload FROM outbox o, k WHERE o.seq = 1;
    WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ${Math.min(n, 1440) - 1})
    INSERT INTO history SELECT h.seq + ${n} - 1440 + k.i, h.time_ms + (${n} - 1440 + k.i) * 60000, h.clock_synced, h.values_json, h.flags_json FROM history h, k WHERE h.seq = 1;
    UPDATE meta SET value = '${n}' WHERE key = 'last_seq';
  `);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return statSync(path).size;
}

function dropCaches(): boolean {
  try {
    writeFileSync('/proc/sys/vm/drop_caches', '3\n');
    return true;
  } catch {
    return false;
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** ms to open (and close) the outbox one way. */
function openMs(path: string, checked: boolean): number {
  const t0 = process.hrtime.bigint();
  const box = checked ? openOutboxRecovering(path, OPTIONS) : Outbox.open(path, OPTIONS);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (box.recovered) throw new Error('the bench file was taken for a damaged one');
  box.close();
  return ms;
}

const dir = mkdtempSync(join(tmpdir(), 'wx-bench-outbox-'));
const canDrop = dropCaches();
const rows: string[] = [];
try {
  for (const { label, n } of SIZES) {
    const path = join(dir, `outbox-${n}.sqlite`);
    const bytes = build(path, n);
    const warm = { ref: [] as number[], checked: [] as number[] };
    const cold = { ref: [] as number[], checked: [] as number[] };
    openMs(path, true); // into the page cache
    for (let r = 0; r < 5; r++) {
      warm.ref.push(openMs(path, false));
      warm.checked.push(openMs(path, true));
    }
    for (let r = 0; canDrop && r < 3; r++) {
      dropCaches();
      cold.ref.push(openMs(path, false));
      dropCaches();
      cold.checked.push(openMs(path, true));
    }
    const f = (x: number): string => x.toFixed(1);
    const coldCells = canDrop ? `${f(median(cold.ref))} ms | ${f(median(cold.checked))} ms` : 'n/a | n/a';
    rows.push(`| ${n.toLocaleString('en-US')} readings (${label}) | ${(bytes / 2 ** 20).toFixed(1)} MiB | ${f(median(warm.ref))} ms | ${f(median(warm.checked))} ms | ${coldCells} |`);
    rmSync(path, { force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const table = [
  '| unacknowledged backlog | file | open, cached (reference) | open with quick_check, cached | open, cold (reference) | open with quick_check, cold |',
  '|---|---|---|---|---|---|',
  ...rows,
].join('\n');
console.log(table);
if (process.argv.includes('--write')) {
  writeFileSync(
    'docs/bench-outbox-open.md',
    `# Station outbox start-up benchmark (\`npm run bench:outbox-open -- --write\`)\n\nWritten by scripts/bench-outbox-open.ts on ${new Date().toISOString()}; ${machine()}. ` +
      'Time for the agent to open its outbox with the check for damage (quick_check, then open) against opening it without (the reference), ' +
      'for backlogs of decided, unacknowledged minute readings with 7 variables. "Cached": the file in the page cache, median of 5. ' +
      '"Cold": the page cache dropped before each open, median of 3. quick_check reads the whole file once, so on a card the cold figure ' +
      'grows with the file size over the card\'s read speed (a 20 MB/s card: about 50 ms per MiB).\n\n' +
      table +
      '\n',
  );
}
