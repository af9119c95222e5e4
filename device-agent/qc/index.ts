// PLACEHOLDER until the QC module lands: flags missing values only. Replaced by the real engine.
import { VARIABLE_NAMES } from '../../common/variables.js';
import type { QcConfig, QcEngine, QcOutcome, QcSample } from './types.js';

export type * from './types.js';

export const qcConfigSchema = { type: 'object' } as const;

export function defaultQcConfig(): QcConfig {
  return { variables: {}, maxFutureSkewMs: 24 * 3_600_000, calmWindMs: 0.2 };
}

export function createQcEngine(_config: QcConfig, _intervalMs: number): QcEngine {
  let held: QcSample | undefined;
  const decide = (s: QcSample): QcOutcome => {
    const variables: QcOutcome['variables'] = {};
    for (const name of VARIABLE_NAMES) {
      const v = s.values[name];
      if (v === undefined) continue;
      variables[name] = { value: v, flag: Number.isNaN(v) ? 4 : 1, tests: 0 };
    }
    return { seq: s.seq, timeMs: s.timeMs, clockSuspect: false, variables };
  };
  return {
    push(sample) {
      const out = held ? [decide(held)] : [];
      held = sample;
      return out;
    },
    flush() {
      const out = held ? [decide(held)] : [];
      held = undefined;
      return out;
    },
    prime() {},
  };
}
