/**
 * `wx-cloud backup --to <dir>`: a consistent copy of the hub's data folder while the hub runs
 * (common/sqlite-backup.ts). To restore: stop wx-cloud, put the copy's files in the data folder,
 * start it again.
 */
import { helpText, parseCli, type OptionSpecs } from '../common/cli.js';
import { WxError } from '../common/errors.js';
import { backupDataDir } from '../common/sqlite-backup.js';

const OPTIONS = {
  'data-dir': { type: 'string', env: 'WX_DATA_DIR', default: './data/cloud', description: 'the hub\'s data folder (as given to wx-cloud)' },
  to: { type: 'string', description: 'folder for the copy: created, or empty (a backup never overwrites)' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
} satisfies OptionSpecs;

export function runBackupCli(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s)): void {
  const { options, positionals } = parseCli(OPTIONS, argv);
  if (options.help) {
    out(helpText('wx-cloud backup', 'A consistent copy of the hub\'s data folder (SQLite snapshots checked with quick_check, model and field files as they are); safe while wx-cloud runs.', OPTIONS, 'wx-cloud backup --to <dir> [--data-dir <dir>]'));
    return;
  }
  if (positionals.length > 0) throw new WxError('WX_ERR_ARGS_INVALID', `unexpected argument ${JSON.stringify(positionals[0])}`);
  if (!options.to) throw new WxError('WX_ERR_ARGS_INVALID', '--to is required', { field: 'to' });
  const started = Date.now();
  const files = backupDataDir(options['data-dir']!, options.to, { expect: 'cloud.sqlite' });
  for (const f of files) {
    out(`${f.name}: ${f.bytes.toLocaleString('en-US')} bytes${f.sqlite ? `, snapshot in ${f.sqlite.seconds.toFixed(2)} s, quick_check ${f.sqlite.check}` : ''}\n`);
  }
  out(`backup of ${options['data-dir']} written to ${options.to} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
