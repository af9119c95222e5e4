import * as ort from 'onnxruntime-node';

export type ProviderName = 'tensorrt' | 'cuda' | 'cpu';
export const DEFAULT_PROVIDERS: readonly ProviderName[] = ['tensorrt', 'cuda', 'cpu'];

/**
 * The execution providers to try, in preference order: those requested that this onnxruntime build
 * has (listSupportedBackends marks GPU ones bundled only in builds that carry them, e.g. Jetson),
 * always ending with CPU as the fallback.
 */
export function availableProviders(requested: readonly ProviderName[] = DEFAULT_PROVIDERS, supported = ort.listSupportedBackends()): ProviderName[] {
  const have = new Set(supported.filter((b) => b.bundled).map((b) => b.name));
  const out = requested.filter((p) => p === 'cpu' || have.has(p));
  if (!out.includes('cpu')) out.push('cpu');
  return out;
}

export interface OpenedSession {
  session: ort.InferenceSession;
  provider: ProviderName;
  /** Providers that were tried and failed, with why (for the log). */
  failed: { provider: ProviderName; error: string }[];
}

/** Opens a session on the first provider that works; one thread by default (a Pi shares its cores). */
export async function openSession(model: Uint8Array, providers: readonly ProviderName[], threads: number, extra: ort.InferenceSession.SessionOptions = {}): Promise<OpenedSession> {
  const failed: OpenedSession['failed'] = [];
  for (const provider of providers) {
    try {
      const session = await ort.InferenceSession.create(model, {
        executionProviders: [provider],
        intraOpNumThreads: threads,
        interOpNumThreads: 1,
        executionMode: 'sequential',
        graphOptimizationLevel: 'all',
        ...extra,
      });
      return { session, provider, failed };
    } catch (err) {
      failed.push({ provider, error: (err as Error).message });
    }
  }
  throw new Error(`no execution provider could open the model: ${failed.map((f) => `${f.provider}: ${f.error}`).join('; ')}`);
}
