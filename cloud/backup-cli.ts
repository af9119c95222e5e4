/**
 * `wx-cloud backup --to <dir>`: a consistent copy of the hub's data folder while the hub runs
 * (common/sqlite-backup.ts). `--into <dir> --keep N`: a dated copy in that folder, the oldest removed
 * beyond N; with `--every 24h` it stays running and does so each period (backup-rotation.ts). To
 * restore: stop wx-cloud, put the copy's files in the data folder, start it again.
 */
import { helpText, parseCli, type OptionSpecs } from '../common/cli.js';
import { describeError, WxError } from '../common/errors.js';
import { backupDataDir, type BackedUpFile } from '../common/sqlite-backup.js';
import { backupInto, parseEvery } from './backup-rotation.js';

const OPTIONS = {
  'data-dir': { type: 'string', env: 'WX_DATA_DIR', default: './data/cloud', description: 'the hub\'s data folder (as given to wx-cloud)' },
  to: { type: 'string', description: 'folder for the copy: created, or empty (a backup never overwrites)' },
  into: { type: 'string', env: 'WX_BACKUP_INTO', description: 'instead of --to: a folder of dated backups (wx-<UTC time>), each in a folder of its own' },
  keep: { type: 'string', env: 'WX_BACKUP_KEEP', default: '7', description: 'with --into: backups kept, the oldest removed after a new one is complete' },
  every: { type: 'string', env: 'WX_BACKUP_EVERY', description: 'with --into: stay running and back up each period (30m, 6h, 1d...); stop with SIGTERM' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
} satisfies OptionSpecs;

export async function runBackupCli(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s)): Promise<void> {
  const { options, positionals } = parseCli(OPTIONS, argv);
  if (options.help) {
    out(helpText('wx-cloud backup', 'A consistent copy of the hub\'s data folder (SQLite snapshots checked with quick_check, model and field files as they are); safe while wx-cloud runs.', OPTIONS, 'wx-cloud backup --to <dir> [--data-dir <dir>]\n       wx-cloud backup --into <dir> [--keep N] [--every 24h] [--data-dir <dir>]'));
    return;
  }
  if (positionals.length > 0) throw new WxError('WX_ERR_ARGS_INVALID', `unexpected argument ${JSON.stringify(positionals[0])}`);
  const dataDir = options['data-dir']!;
  if (options.to && options.into) throw new WxError('WX_ERR_ARGS_INVALID', '--to and --into: give one', { field: 'into' });
  if (!options.into) {
    if (options.every) throw new WxError('WX_ERR_ARGS_INVALID', '--every needs --into (a folder of dated backups)', { field: 'every' });
    if (!options.to) throw new WxError('WX_ERR_ARGS_INVALID', '--to (or --into) is required', { field: 'to' });
    const started = Date.now();
    report(backupDataDir(dataDir, options.to, { expect: 'cloud.sqlite' }), out);
    out(`backup of ${dataDir} written to ${options.to} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return;
  }
  const keep = Number(options.keep);
  if (!Number.isInteger(keep) || keep < 1) throw new WxError('WX_ERR_ARGS_INVALID', `--keep: expected a whole number of backups, at least 1, got ${JSON.stringify(options.keep)}`, { field: 'keep' });
  const into = options.into;
  const once = (): void => {
    const started = Date.now();
    const done = backupInto(dataDir, into, keep, started);
    report(done.files, out);
    out(`backup of ${dataDir} written to ${done.path} in ${((Date.now() - started) / 1000).toFixed(1)} s${done.removed.length > 0 ? `; removed ${done.removed.join(', ')}` : ''}\n`);
  };
  if (!options.every) return once();
  const everyMs = parseEvery(options.every);
  once(); // a wrong folder or flag fails here, at start, not a period later
  // A sidecar beside the hub: a failed run is reported and tried again next period, and SIGTERM ends the wait.
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      try {
        once();
      } catch (err) {
        process.stderr.write(`wx-cloud backup: ${describeError(err)} (tried again in ${options.every})\n`);
      }
    }, everyMs);
    const stop = (): void => {
      clearInterval(timer);
      resolve();
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}

function report(files: BackedUpFile[], out: (s: string) => void): void {
  for (const f of files) {
    out(`${f.name}: ${f.bytes.toLocaleString('en-US')} bytes${f.sqlite ? `, snapshot in ${f.sqlite.seconds.toFixed(2)} s, quick_check ${f.sqlite.check}` : ''}\n`);
  }
}
