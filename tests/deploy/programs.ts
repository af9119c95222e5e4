/**
 * What the deploy tests compare the deployment files against: the package's bins, each program's
 * real `--help` (flags and environment variables), and the settings in deploy/systemd.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, type Tier } from '../../scripts/lib/processes.js';

/** package.json bins: name -> the tier whose dist entry the bin imports. */
export function packageBins(): Map<string, { tier: Tier; entry: string }> {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  const out = new Map<string, { tier: Tier; entry: string }>();
  for (const [name, file] of Object.entries(pkg.bin)) {
    const m = /import '\.\.\/(dist\/(cloud|gateway|device-agent)\/main\.js)'/.exec(readFileSync(join(REPO_ROOT, file), 'utf8'));
    if (!m) throw new Error(`${file}: does not import a dist/<tier>/main.js`);
    out.set(name, { tier: m[2] === 'device-agent' ? 'agent' : (m[2] as Tier), entry: m[1]! });
  }
  return out;
}

export interface Help {
  text: string;
  /** Long flags, with the leading `--`. */
  flags: Set<string>;
  /** Environment variables named as `(env NAME ...)`. */
  env: Set<string>;
}

const helps = new Map<string, Help>();

/** The program's own `--help`, run from dist/ like every other test that starts the programs. */
export function helpOf(bin: string): Help {
  const cached = helps.get(bin);
  if (cached) return cached;
  const info = packageBins().get(bin);
  if (!info) throw new Error(`${bin} is not a package bin`);
  const text = execFileSync(process.execPath, [join(REPO_ROOT, info.entry), '--help'], { encoding: 'utf8', timeout: 20_000 });
  const help: Help = {
    text,
    flags: new Set([...text.matchAll(/^\s+(?:-\w, )?(--[a-z][a-z0-9-]*)/gm)].map((m) => m[1]!)),
    env: new Set([...text.matchAll(/\(env ([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!)),
  };
  if (help.flags.size === 0) throw new Error(`${bin} --help lists no flags:\n${text}`);
  helps.set(bin, help);
  return help;
}

/** `Environment=` settings of one systemd unit. */
export function unitEnvironment(unit: string): Map<string, string> {
  const env = new Map<string, string>();
  for (const line of readFileSync(join(REPO_ROOT, 'deploy/systemd', unit), 'utf8').split('\n')) {
    const m = /^Environment="?([A-Za-z_][A-Za-z0-9_]*)=(.*?)"?$/.exec(line.trim());
    if (m) env.set(m[1]!, m[2]!);
  }
  return env;
}

/**
 * The glibc malloc settings (MALLOC_*) of the systemd units, which must agree across the units; the
 * container image and the Kubernetes manifests must set the same.
 */
export function systemdMalloc(): Map<string, string> {
  let out: Map<string, string> | undefined;
  for (const unit of readdirSync(join(REPO_ROOT, 'deploy/systemd')).filter((f) => f.endsWith('.service'))) {
    const malloc = new Map([...unitEnvironment(unit)].filter(([k]) => k.startsWith('MALLOC_')));
    if (malloc.size === 0) throw new Error(`${unit} sets no MALLOC_* variable`);
    if (out && JSON.stringify([...out].sort()) !== JSON.stringify([...malloc].sort())) throw new Error(`${unit}: MALLOC_* settings differ from the other units`);
    out = malloc;
  }
  if (!out) throw new Error('no systemd units');
  return out;
}
