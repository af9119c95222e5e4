import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUPERVISED_ENV } from '../../common/lifecycle.js';

/**
 * Starting the tiers as real child processes, for `npm start`, the fault-injection tests and the
 * benchmarks. Programs run from dist/ (built by `npm ci`/`npm test`) so tests exercise what users run.
 */
export const REPO_ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
})();

export type Tier = 'cloud' | 'gateway' | 'agent';

const ENTRY: Record<Tier, string> = {
  cloud: 'dist/cloud/main.js',
  gateway: 'dist/gateway/main.js',
  agent: 'dist/device-agent/main.js',
};

/**
 * Node flags per tier, as deploy/systemd sets them. The agent, built for a Pi: a 1 MB young generation
 * (V8's default 16 MB costs ~20 MB of RSS), a 96 MB old space (V8 otherwise sizes heap growth from the
 * machine's memory: ~12 MB) and one V8 worker thread (~4 MB); see docs/bench-nowcast.md. The gateway:
 * an 8 MB young generation (~15 MB less peak RSS with 1,000 devices; docs/perf-notes.md).
 */
export const NODE_FLAGS: Readonly<Record<Tier, readonly string[]>> = { cloud: [], gateway: ['--max-semi-space-size=8'], agent: ['--max-semi-space-size=1', '--max-old-space-size=96', '--v8-pool-size=1'] };

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  /** Resolves with the program's ready-file JSON; rejects if it exits first or times out. */
  ready: Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL at once (a power cut, as far as the process can tell). */
  kill(): Promise<void>;
}

export interface StartOptions {
  name: string;
  tier: Tier;
  args: string[];
  readyFile: string;
  env?: NodeJS.ProcessEnv;
  /** Where stdout/stderr go: 'inherit', 'ignore', or a function per line. */
  output?: 'inherit' | 'ignore' | ((line: string) => void);
  readyTimeoutMs?: number;
}

/** SIGTERM, then SIGKILL if it has not exited after `graceMs`; resolves once `exited` does. */
export async function stopChild(child: ChildProcess, exited: Promise<unknown>, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/**
 * Forks the module `relative` (written without extension) next to `from` (the caller's
 * import.meta.url): the .ts file under tsx, the .js file from dist/, with the caller's loader flags,
 * its output inherited and an IPC channel.
 */
export function forkModule(from: string, relative: string, args: string[] = []): ChildProcess {
  const entry = fileURLToPath(new URL(`${relative}${from.endsWith('.ts') ? '.ts' : '.js'}`, from));
  return fork(entry, args, { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

export function startProcess(options: StartOptions): ManagedProcess {
  rmSync(options.readyFile, { force: true });
  const entry = resolve(REPO_ROOT, ENTRY[options.tier]);
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first`);
  const out = options.output ?? 'inherit';
  const child = spawn(process.execPath, [...NODE_FLAGS[options.tier], entry, ...options.args, '--ready-file', options.readyFile], {
    cwd: REPO_ROOT,
    // glibc malloc settings as in deploy/systemd: without them freed native memory stays in the
    // process (per-thread arenas; and a dynamic mmap threshold that, once a 16 MB scrypt buffer is
    // freed, serves later ones from the heap, which is never given back). See docs/perf-notes.md.
    env: { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '8388608', ...process.env, [SUPERVISED_ENV]: '1', ...options.env },
    stdio: ['ignore', typeof out === 'function' ? 'pipe' : out, typeof out === 'function' ? 'pipe' : out],
  });
  if (typeof out === 'function') {
    for (const stream of [child.stdout, child.stderr]) {
      let buffered = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        buffered += chunk;
        let nl: number;
        while ((nl = buffered.indexOf('\n')) >= 0) {
          out(buffered.slice(0, nl));
          buffered = buffered.slice(nl + 1);
        }
      });
    }
  }
  const exited = new Promise<number | null>((res) => child.once('exit', (code, signal) => res(code ?? (signal ? -1 : null))));
  const ready = new Promise<Record<string, unknown>>((res, rej) => {
    const deadline = Date.now() + (options.readyTimeoutMs ?? 30_000);
    let done = false;
    void exited.then((code) => {
      if (!done) {
        done = true;
        rej(new Error(`${options.name} exited with ${code} before it was ready`));
      }
    });
    const poll = (): void => {
      if (done) return;
      if (existsSync(options.readyFile)) {
        try {
          const info = JSON.parse(readFileSync(options.readyFile, 'utf8')) as Record<string, unknown>;
          done = true;
          res(info);
          return;
        } catch {
          // partially written; try again
        }
      }
      if (Date.now() > deadline) {
        done = true;
        rej(new Error(`${options.name} was not ready within ${options.readyTimeoutMs ?? 30_000} ms`));
        return;
      }
      setTimeout(poll, 50);
    };
    poll();
  });
  ready.catch(() => {}); // callers that never await ready must not crash the process
  const isRunning = (): boolean => child.exitCode === null && child.signalCode === null;
  return {
    name: options.name,
    child,
    ready,
    exited,
    stop(graceMs = 10_000) {
      return stopChild(child, exited, graceMs);
    },
    async kill() {
      if (!isRunning()) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** A currently free TCP port on 127.0.0.1 (for programs that must keep their port across restarts). */
export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => res(port));
    });
  });
}
