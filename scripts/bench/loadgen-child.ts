import { LoadGenerator, type ConnectResult, type LoadGenOptions, type PhaseOptions, type PhaseResult } from './loadgen.js';

/**
 * The load generator's own process (forked by loadgen-remote.ts): it owns one LoadGenerator and
 * answers requests over the IPC channel. It exits when its parent goes away.
 */
export type Request =
  | { id: number; op: 'connect'; options: LoadGenOptions }
  | { id: number; op: 'run'; phase: PhaseOptions }
  | { id: number; op: 'close' };

export type Response =
  | { id: number; ok: true; result: ConnectResult | PhaseResult | null }
  | { id: number; ok: false; error: string };

let gen: LoadGenerator | undefined;

async function handle(req: Request): Promise<ConnectResult | PhaseResult | null> {
  switch (req.op) {
    case 'connect':
      if (gen) throw new Error('already connected');
      gen = new LoadGenerator(req.options);
      return gen.connect();
    case 'run':
      if (!gen) throw new Error('connect first');
      return gen.run(req.phase);
    case 'close':
      await gen?.close();
      gen = undefined;
      return null;
  }
}

if (process.send) {
  process.on('message', (req: Request) => {
    handle(req).then(
      (result) => process.send?.({ id: req.id, ok: true, result } satisfies Response),
      (err: unknown) => process.send?.({ id: req.id, ok: false, error: (err as Error).stack ?? String(err) } satisfies Response),
    );
  });
  process.on('disconnect', () => process.exit(0));
}
