/**
 * Per-station trust in [0, 1], learned online. Two exponential moving averages per station (rate
 * `alpha` per update, the same for every variable the station reports):
 *   flagRate  - share of its checked values that the spatial checks flagged;
 *   deviation - its squared normalised departure from its neighbours, z^2 = ((v - m) / s)^2 with m and s
 *               the buddy mean and spread (capped at `maxZ2` so a single spike cannot wipe it out);
 *               about 1 for a station that agrees with its neighbours as well as they agree together.
 * trust = (1 - flagRate) * exp(-max(0, deviation - 1) / deviationScale).
 * New stations start at flagRate 0, deviation 1 (trust 1). The state is plain JSON.
 */
export interface TrustOptions {
  /** EMA rate per update (0, 1]; 0.02 remembers about 50 updates. */
  alpha: number;
  /** How fast excess deviation lowers trust (> 0); deviation 1 + deviationScale halves it to 1/e. */
  deviationScale: number;
  /** Cap on one update's z^2 (>= 1). */
  maxZ2: number;
}

export interface StationTrustState {
  flagRate: number;
  deviation: number;
  updates: number;
}

export type TrustState = Record<string, StationTrustState>;

export interface TrustModel {
  /** One checked value: whether it was flagged and its z^2 against its buddies (NaN: unknown). */
  observe(stationId: string, flagged: boolean, z2: number): void;
  trust(stationId: string): number;
  toJSON(): TrustState;
}

export function createTrustModel(opts: TrustOptions, state: TrustState = {}): TrustModel {
  const s = new Map<string, StationTrustState>(Object.entries(state).map(([k, v]) => [k, { ...v }]));
  const get = (id: string): StationTrustState => {
    let st = s.get(id);
    if (!st) s.set(id, (st = { flagRate: 0, deviation: 1, updates: 0 }));
    return st;
  };
  return {
    observe(id, flagged, z2) {
      const st = get(id);
      st.flagRate += opts.alpha * ((flagged ? 1 : 0) - st.flagRate);
      if (Number.isFinite(z2)) st.deviation += opts.alpha * (Math.min(z2, opts.maxZ2) - st.deviation);
      st.updates++;
    },
    trust(id) {
      const st = s.get(id);
      if (!st) return 1;
      const t = (1 - st.flagRate) * Math.exp(-Math.max(0, st.deviation - 1) / opts.deviationScale);
      return Math.min(1, Math.max(0, t));
    },
    toJSON: () => Object.fromEntries([...s.entries()].sort().map(([k, v]) => [k, { ...v }])),
  };
}
