/**
 * Execution provider for forecast sessions, chosen once at start: CUDA where this onnxruntime build
 * bundles it, CPU otherwise. The choice and the reason are logged by the caller.
 */
import * as ort from 'onnxruntime-node';

export interface ProviderChoice {
  provider: 'cuda' | 'cpu';
  reason: string;
}

export function chooseExecutionProvider(prefer: 'auto' | 'cpu' = 'auto'): ProviderChoice {
  if (prefer === 'cpu') return { provider: 'cpu', reason: 'configured' };
  const backends = ort.listSupportedBackends();
  const cuda = backends.find((b) => b.name === 'cuda');
  if (cuda?.bundled) return { provider: 'cuda', reason: 'onnxruntime bundles the CUDA provider' };
  return { provider: 'cpu', reason: `CUDA provider not bundled in onnxruntime-node ${ort.env.versions.node ?? ''}`.trim() };
}

/** Session options: single-threaded by default (bench:science measures one core). */
export function sessionOptions(choice: ProviderChoice, intraOpThreads = 1): ort.InferenceSession.SessionOptions {
  return {
    executionProviders: choice.provider === 'cuda' ? ['cuda', 'cpu'] : ['cpu'],
    intraOpNumThreads: intraOpThreads,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
  };
}
