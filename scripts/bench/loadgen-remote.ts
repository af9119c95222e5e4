import type { ChildProcess } from 'node:child_process';
import { forkModule } from '../lib/processes.js';
import type { Request, Response } from './loadgen-child.js';
import type { ConnectResult, LoadGenOptions, PhaseOptions, PhaseResult } from './loadgen.js';

/** A request without its id (Omit distributed over the union). */
type RequestBody = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;

/**
 * The parent's handle on a load generator running in its own process (its own event loop and CPU
 * time, so the generator never competes with the measured program for one thread).
 */
export class RemoteLoadGenerator {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly exited: Promise<void>;

  private constructor(readonly child: ChildProcess) {
    child.on('message', (res: Response) => {
      const p = this.pending.get(res.id);
      if (!p) return;
      this.pending.delete(res.id);
      if (res.ok) p.resolve(res.result);
      else p.reject(new Error(`load generator: ${res.error}`));
    });
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        for (const p of this.pending.values()) p.reject(new Error(`load generator exited (${code ?? signal})`));
        this.pending.clear();
        resolve();
      }),
    );
  }

  /** Forks loadgen-child (.ts under tsx, .js from dist/), inheriting the loader flags. */
  static start(): RemoteLoadGenerator {
    return new RemoteLoadGenerator(forkModule(import.meta.url, './loadgen-child'));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  private call<T>(req: RequestBody, timeoutMs: number): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`load generator: ${req.op} took more than ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.child.send({ ...req, id } as Request);
    });
  }

  connect(options: LoadGenOptions, timeoutMs: number): Promise<ConnectResult> {
    return this.call<ConnectResult>({ op: 'connect', options }, timeoutMs);
  }

  run(phase: PhaseOptions): Promise<PhaseResult> {
    return this.call<PhaseResult>({ op: 'run', phase }, phase.durationMs + phase.drainTimeoutMs + 30_000);
  }

  /** Disconnects the devices, then ends the process (SIGKILL if it does not go within 10 s). */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    try {
      await this.call({ op: 'close' }, 8000);
    } catch {
      // ending it anyway
    }
    this.child.disconnect();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}
