import type { VariableName } from '../../common/variables.js';

/** One timestamped record of every variable a source measures. NaN = missing (a dropout). */
export interface Sample {
  /** Device time (replay: the file's time), Unix ms. */
  timeMs: number;
  clockSynced: boolean;
  values: Partial<Record<VariableName, number>>;
}

/**
 * Every sensor source behind one interface (MQTT.js' one-transport-per-file model). A source paces
 * itself: next() resolves when the sample is due. `cursor()` is an opaque string naming the position
 * after the last sample returned; the agent stores it in the same transaction as that sample, and a
 * source created with it resumes with the following sample (no duplicate, no gap).
 */
export interface Source {
  readonly kind: string;
  /** Real (wall-clock) ms expected between two samples; the QC hold timeout is derived from it. */
  readonly realIntervalMs: number;
  /** Facts for the device status (file, driver names...). */
  readonly details: Record<string, string>;
  /** The next sample, once due; undefined when the source is exhausted. Rejects with AbortError on abort. */
  next(signal?: AbortSignal): Promise<Sample | undefined>;
  cursor(): string;
  close(): Promise<void>;
}

/** Host services a source uses, passed in so tests run sources against a fake clock. */
export interface SourceHost {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Whether the device clock is synchronised (live sources only). */
  clockSynced(): boolean;
}
