import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { NODE_FLAGS, REPO_ROOT } from '../../scripts/lib/processes.js';

const unit = (name: string): string => readFileSync(join(REPO_ROOT, 'deploy/systemd', name), 'utf8');
const environment = (text: string, key: string): string | undefined => {
  for (const line of text.split('\n')) {
    const m = /^Environment="?([A-Z_]+)=(.*?)"?$/.exec(line.trim());
    if (m && m[1] === key) return m[2];
  }
  return undefined;
};

// bench:nowcast measures the agent as npm start and the tests launch it; the figures only hold for
// a deployed station if the systemd unit runs Node with the same flags and malloc settings.
test('every unit runs Node with the flags the launcher and the benchmarks use', () => {
  for (const [tier, name] of [['agent', 'wx-agent@.service'], ['gateway', 'wx-gateway.service'], ['cloud', 'wx-cloud.service']] as const) {
    const text = unit(name);
    assert.deepEqual(environment(text, 'NODE_OPTIONS')?.split(/\s+/) ?? [], [...NODE_FLAGS[tier]], `${name}: NODE_OPTIONS`);
    assert.equal(environment(text, 'MALLOC_ARENA_MAX'), '2', name);
    assert.equal(environment(text, 'MALLOC_MMAP_THRESHOLD_'), '8388608', name);
  }
});

// V8 must collect before the cgroup's OOM killer fires: the old-space bound sits under MemoryMax.
test("the agent's V8 old-space bound leaves room under the unit's MemoryMax", () => {
  const text = unit('wx-agent@.service');
  const max = /^MemoryMax=(\d+)M$/m.exec(text);
  assert.ok(max, 'MemoryMax=<n>M in the unit');
  const old = NODE_FLAGS.agent.find((f) => f.startsWith('--max-old-space-size='));
  assert.ok(old, 'the agent has an old-space bound');
  // Node itself, onnxruntime and SQLite take ~60 MB outside the V8 heap (docs/bench-nowcast.md).
  assert.ok(Number(old.split('=')[1]) + 60 <= Number(max[1]), `${old} + 60 MB native > MemoryMax=${max[1]}M`);
});

test('every unit starts a program that package.json names as a bin', () => {
  const bins = Object.keys((JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin);
  for (const name of ['wx-agent@.service', 'wx-cloud.service', 'wx-gateway.service']) {
    const exec = /^ExecStart=\/usr\/bin\/env (\S+)/m.exec(unit(name));
    assert.ok(exec, `${name}: ExecStart=/usr/bin/env <program>`);
    assert.ok(bins.includes(exec[1]!), `${name} runs ${exec[1]}, not a package bin (${bins.join(', ')})`);
  }
});

test('the backup timer runs wx-cloud backup on the data folder wx-cloud.service uses, with flags its --help lists', () => {
  assert.match(unit('wx-cloud-backup.timer'), /^OnCalendar=\S+$/m);
  const backup = unit('wx-cloud-backup.service');
  const exec = /^ExecStart=.*\bwx-cloud backup (.*)$/m.exec(backup);
  assert.ok(exec, 'ExecStart runs wx-cloud backup');
  const help = execFileSync(process.execPath, [join(REPO_ROOT, 'dist/cloud/main.js'), 'backup', '--help'], { encoding: 'utf8' });
  const flags = [...exec[1]!.matchAll(/(--[a-z-]+)/g)].map((m) => m[1]!);
  assert.deepEqual(flags.sort(), ['--data-dir', '--into', '--keep']);
  for (const f of flags) assert.match(help, new RegExp(`^\\s+${f} `, 'm'), `${f} in wx-cloud backup --help`);
  const dataDir = (text: string): string | undefined => /--data-dir (\S+)/.exec(text)?.[1];
  assert.equal(dataDir(exec[1]!), dataDir(unit('wx-cloud.service')), 'the hub\'s own data folder');
  // The copy lands where the unit may write.
  const into = /--into (\/\S+)/.exec(exec[1]!)?.[1];
  assert.ok(into && /^ReadWritePaths=(.*)$/m.exec(backup)![1]!.split(/\s+/).some((p) => into.startsWith(`${p}/`)), `--into ${into} is under ReadWritePaths`);
});
