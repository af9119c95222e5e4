import { QC_FLAGS, VARIABLE_NAMES, type VariableName } from '../../common/variables.js';
import { HOUR_MS, type TestResult, type TimedValue } from './result.js';
import { clockResult, isClockSuspect } from './tests/clock.js';
import { consistencyTest } from './tests/consistency.js';
import { persistenceTest, updatePersistence, type PersistenceState } from './tests/persistence.js';
import { rangeTest } from './tests/range.js';
import { spikeTest } from './tests/spike.js';
import { stepTest } from './tests/step.js';
import type { QcConfig, QcEngine, QcOutcome, QcSample, QcVariableResult, VariableQcConfig } from './types.js';

export const DEFAULT_GAP_RESET_MS = 6 * HOUR_MS;
/** Neighbours further apart than this many sampling intervals are not neighbours for the spike test. */
const SPIKE_MAX_GAP_INTERVALS = 2.5;

/** What one variable remembers between readings. */
interface VariableState {
  /** The last usable value that was not a spike: the reference for step (a spike's return is no step). */
  ref?: TimedValue;
  /** The last usable value, spike or not: the spike test's left neighbour (catches alternating jumps). */
  last?: TimedValue;
  persistence?: PersistenceState;
}

interface Held {
  sample: QcSample;
  clockSuspect: boolean;
}

const NO_CONFIG: VariableQcConfig = Object.freeze({});

function combine(value: number, results: TestResult[]): QcVariableResult {
  let flag: number = QC_FLAGS.good;
  let tests = 0;
  for (const r of results) {
    if (r.flag > flag) flag = r.flag;
    tests |= r.bit;
  }
  return { value, flag, tests };
}

/**
 * The QC engine: per variable range, step, spike and persistence, then consistency across the
 * variables of a reading, then the clock. A reading is decided when its successor arrives (the spike
 * test's right neighbour) or on flush(). Values that are missing or outside the sensor range take no
 * part in any other test, so a -9999 never makes its neighbours look like steps or spikes.
 */
export function createQcEngine(config: QcConfig, intervalMs: number): QcEngine {
  const gapResetMs = config.gapResetMs ?? DEFAULT_GAP_RESET_MS;
  const spikeMaxGapMs = Math.min(gapResetMs, SPIKE_MAX_GAP_INTERVALS * Math.max(1, intervalMs));
  const states = new Map<VariableName, VariableState>();
  let held: Held | undefined;

  const cfgOf = (name: VariableName): VariableQcConfig => config.variables[name] ?? NO_CONFIG;

  /** The value of `name` in `sample` if it can serve as a neighbour: present and inside the sensor range. */
  const usable = (sample: QcSample | undefined, name: VariableName): TimedValue | undefined => {
    const v = sample?.values[name];
    if (sample === undefined || v === undefined || Number.isNaN(v)) return undefined;
    const r = rangeTest(v, cfgOf(name));
    return r?.flag === QC_FLAGS.bad ? undefined : { timeMs: sample.timeMs, value: v };
  };

  const decide = ({ sample, clockSuspect }: Held, next: QcSample | undefined): QcOutcome => {
    const results = new Map<VariableName, TestResult[]>();
    const usableValues: Partial<Record<VariableName, number>> = {};
    for (const name of VARIABLE_NAMES) {
      const v = sample.values[name];
      if (v === undefined || Number.isNaN(v)) continue;
      const cfg = cfgOf(name);
      const found: TestResult[] = [];
      results.set(name, found);
      const range = rangeTest(v, cfg);
      if (range) found.push(range);
      if (range?.flag === QC_FLAGS.bad) continue;
      usableValues[name] = v;

      const cur: TimedValue = { timeMs: sample.timeMs, value: v };
      const state = states.get(name) ?? {};
      const step = stepTest(state.ref, cur, cfg, gapResetMs);
      if (step) found.push(step);
      const spike = spikeTest(state.last, cur, usable(next, name), cfg, spikeMaxGapMs);
      if (spike) found.push(spike);
      state.persistence = updatePersistence(state.persistence, cur, cfg, gapResetMs);
      const flat = persistenceTest(state.persistence, cfg);
      if (flat) found.push(flat);
      if (!spike) state.ref = cur;
      state.last = cur;
      states.set(name, state);
    }
    for (const { variable, result } of consistencyTest(usableValues, config)) results.get(variable)?.push(result);

    const variables: QcOutcome['variables'] = {};
    for (const name of VARIABLE_NAMES) {
      const v = sample.values[name];
      if (v === undefined) continue;
      if (Number.isNaN(v)) {
        variables[name] = { value: v, flag: QC_FLAGS.missing, tests: clockSuspect ? clockResult().bit : 0 };
        continue;
      }
      const found = results.get(name) ?? [];
      if (clockSuspect) found.push(clockResult());
      variables[name] = combine(v, found);
    }
    return { seq: sample.seq, timeMs: sample.timeMs, clockSuspect, variables };
  };

  const maxFutureSkewMs = config.maxFutureSkewMs;
  return {
    push(sample, nowMs) {
      const out = held ? [decide(held, sample)] : [];
      held = { sample, clockSuspect: isClockSuspect(sample.timeMs, nowMs, maxFutureSkewMs) };
      return out;
    },
    flush() {
      const out = held ? [decide(held, undefined)] : [];
      held = undefined;
      return out;
    },
    prime(history) {
      states.clear();
      held = undefined;
      for (let i = 0; i < history.length; i++) {
        decide({ sample: history[i]!, clockSuspect: false }, history[i + 1]);
      }
    },
  };
}
