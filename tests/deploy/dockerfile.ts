/**
 * A small reader for deploy/container/Dockerfile and the root .dockerignore: enough of their syntax
 * (stages, COPY, ENV, exec-form CMD, allowlist patterns) for the container tests, nothing more.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { REPO_ROOT } from '../../scripts/lib/processes.js';

export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

export interface Stage {
  image: string;
  name: string | undefined;
  instructions: Instruction[];
}

export interface Copy {
  from: string | undefined;
  sources: string[];
  /** Absolute in the image (relative destinations resolved against WORKDIR). */
  dest: string;
  line: number;
}

/** Instructions per stage, continuation lines joined, comments dropped, ${ARG} of global ARGs substituted. */
export function parseDockerfile(text: string): Stage[] {
  const instructions: Instruction[] = [];
  let pending = '';
  let start = 0;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (pending === '' && (line === '' || line.startsWith('#'))) return;
    if (pending === '') start = i + 1;
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1) + ' ';
      return;
    }
    const full = pending + line;
    pending = '';
    const m = /^(\S+)\s*(.*)$/.exec(full)!;
    instructions.push({ keyword: m[1]!.toUpperCase(), args: m[2]!.trim(), line: start });
  });
  const args = new Map<string, string>();
  const stages: Stage[] = [];
  for (const ins of instructions) {
    if (ins.keyword === 'ARG' && stages.length === 0) {
      const [k, v] = ins.args.split('=');
      if (v !== undefined) args.set(k!, v);
      continue;
    }
    if (ins.keyword === 'FROM') {
      const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(ins.args.replace(/\$\{(\w+)\}/g, (_, k: string) => args.get(k) ?? ''));
      if (!m) throw new Error(`line ${ins.line}: FROM ${ins.args}`);
      stages.push({ image: m[1]!, name: m[2], instructions: [] });
      continue;
    }
    if (stages.length === 0) throw new Error(`line ${ins.line}: ${ins.keyword} before FROM`);
    stages.at(-1)!.instructions.push(ins);
  }
  return stages;
}

/** The COPY instructions of a stage, with destinations made absolute. */
export function copies(stage: Stage): Copy[] {
  let workdir = '/';
  const out: Copy[] = [];
  for (const ins of stage.instructions) {
    if (ins.keyword === 'WORKDIR') workdir = posix.resolve(workdir, ins.args);
    if (ins.keyword !== 'COPY') continue;
    const words = ins.args.split(/\s+/);
    const flags = words.filter((w) => w.startsWith('--'));
    const paths = words.filter((w) => !w.startsWith('--'));
    const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
    const dest = paths.pop()!;
    out.push({ from, sources: paths, dest: posix.resolve(workdir, dest) + (dest.endsWith('/') ? '/' : ''), line: ins.line });
  }
  return out;
}

/** ENV settings of a stage (KEY=value pairs; quotes removed). */
export function envOf(stage: Stage): Map<string, string> {
  const env = new Map<string, string>();
  for (const ins of stage.instructions.filter((i) => i.keyword === 'ENV')) {
    for (const m of ins.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S+)/g)) env.set(m[1]!, m[2]!.replace(/^"(.*)"$/, '$1'));
  }
  return env;
}

/** The last value of an instruction in a stage (WORKDIR, USER, CMD, ...). */
export function last(stage: Stage, keyword: string): string | undefined {
  return stage.instructions.filter((i) => i.keyword === keyword).at(-1)?.args;
}

/** A glob of COPY or .dockerignore (`*`, `?`, `**`) as a regular expression over '/'-separated paths. */
function globRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Repository paths (relative, files and folders) a COPY source names; a glob may match several. */
export function expandSource(source: string): string[] {
  const clean = source.replace(/^\.\//, '').replace(/\/$/, '');
  if (!/[*?]/.test(clean)) return existsSync(join(REPO_ROOT, clean)) ? [clean] : [];
  const dir = posix.dirname(clean);
  const re = globRegExp(posix.basename(clean));
  if (/[*?]/.test(dir) || !existsSync(join(REPO_ROOT, dir))) return [];
  return readdirSync(join(REPO_ROOT, dir)).filter((f) => re.test(f)).map((f) => posix.join(dir, f));
}

/** Every file under a repository path (the path itself when it is a file), relative to it. */
export function filesUnder(rel: string): string[] {
  const abs = join(REPO_ROOT, rel);
  if (!statSync(abs).isDirectory()) return [''];
  return readdirSync(abs, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(abs, f)).isFile()).map((f) => f.split('\\').join('/'));
}

/**
 * Whether .dockerignore keeps a repository path out of the build context: the last pattern that
 * matches the path or one of its parent folders decides; `!` patterns re-include.
 */
export function dockerIgnored(patterns: readonly string[], path: string): boolean {
  const parts = path.split('/');
  const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
  let ignored = false;
  for (const raw of patterns) {
    const negate = raw.startsWith('!');
    const re = globRegExp(posix.normalize(negate ? raw.slice(1) : raw).replace(/^\//, ''));
    if (prefixes.some((p) => re.test(p))) ignored = !negate;
  }
  return ignored;
}

export function dockerignorePatterns(): string[] {
  return readFileSync(join(REPO_ROOT, '.dockerignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}
