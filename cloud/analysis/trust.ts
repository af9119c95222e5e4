/**
 * Station trust learned from the analysis itself. For an assimilated observation the expectation of
 * (O − B)(O − A) equals its observation-error variance (Desroziers, Berre, Chapnik & Poli 2005, QJRMS
 * 131, "Diagnosis of observation, background and analysis-error statistics in observation space").
 * Per station and variable we keep an exponentially weighted mean of that product and of O − B, blend
 * it with the nominal variance (a prior worth `priorCycles` cycles), and call
 *   trust = nominal variance / estimated variance, clipped to [minTrust, 1].
 * The next cycle uses nominal / trust as the station's observation-error variance: a station that
 * disagrees with its surroundings (noise, a bias, a representativeness problem) weighs less; no
 * station ever weighs more than nominal, so the nominal errors are the optimistic end.
 */
export interface TrustOptions {
  /** [1...10000] cycles after which an old innovation counts half. */
  halfLifeCycles: number;
  /** [0...10000] cycles' worth of weight given to the nominal variance. */
  priorCycles: number;
  /** (0...1] lowest trust (observation error at most nominal / minTrust). */
  minTrust: number;
}

export const DEFAULT_TRUST_OPTIONS: TrustOptions = { halfLifeCycles: 168, priorCycles: 24, minTrust: 0.05 };

/** Running statistics of one station and variable (exponentially weighted means). */
export interface TrustRecord {
  /** Effective number of samples, ≤ 1 / (1 − decay). */
  weight: number;
  ombOma: number;
  omb: number;
  omb2: number;
  /** Last update (ms), for reports. */
  updatedMs: number;
}

export class StationTrust {
  private readonly records = new Map<string, TrustRecord>();
  private readonly decay: number;

  constructor(private readonly options: TrustOptions = DEFAULT_TRUST_OPTIONS) {
    this.decay = Math.pow(0.5, 1 / options.halfLifeCycles);
  }

  /** Trust of a station for a variable given the nominal observation-error variance. */
  trust(stationId: string, variable: string, nominalVariance: number): number {
    const r = this.records.get(key(stationId, variable));
    if (r === undefined) return 1;
    const prior = this.options.priorCycles;
    const estimated = (prior * nominalVariance + r.weight * Math.max(r.ombOma, 0)) / (prior + r.weight);
    if (!(estimated > 0)) return 1;
    return Math.min(1, Math.max(this.options.minTrust, nominalVariance / estimated));
  }

  /** Observation-error variance to use for the next cycle. */
  errorVariance(stationId: string, variable: string, nominalVariance: number): number {
    return nominalVariance / this.trust(stationId, variable, nominalVariance);
  }

  /** Adds one assimilated observation's innovations. */
  update(stationId: string, variable: string, omb: number, oma: number, timeMs: number): void {
    if (!Number.isFinite(omb) || !Number.isFinite(oma)) return;
    const k = key(stationId, variable);
    const r = this.records.get(k) ?? { weight: 0, ombOma: 0, omb: 0, omb2: 0, updatedMs: timeMs };
    const w = r.weight * this.decay;
    const total = w + 1;
    r.ombOma = (r.ombOma * w + omb * oma) / total;
    r.omb = (r.omb * w + omb) / total;
    r.omb2 = (r.omb2 * w + omb * omb) / total;
    r.weight = total;
    r.updatedMs = timeMs;
    this.records.set(k, r);
  }

  get(stationId: string, variable: string): TrustRecord | undefined {
    return this.records.get(key(stationId, variable));
  }

  /** Every record, for persistence (see AnalysisStore.saveTrust). */
  entries(): Array<{ stationId: string; variable: string; record: TrustRecord }> {
    return [...this.records].map(([k, record]) => {
      const [stationId, variable] = JSON.parse(k) as [string, string];
      return { stationId, variable, record: { ...record } };
    });
  }

  restore(entries: Iterable<{ stationId: string; variable: string; record: TrustRecord }>): void {
    for (const e of entries) this.records.set(key(e.stationId, e.variable), { ...e.record });
  }
}

// JSON keeps any station id (colons included) unambiguous.
const key = (stationId: string, variable: string): string => JSON.stringify([stationId, variable]);
