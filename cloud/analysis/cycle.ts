/**
 * One cycling analysis: per variable a gridded state that each cycle
 *  1. is carried forward as the background (persistence of the previous analysis: the "forecast"
 *     until a forecast model feeds this), or a first guess at a cold start (the mean of the
 *     observations, else climatology). OI uses a homogeneous background-error sd per variable, as
 *     operational OI does: cycling OI's own analysis-error variance as the next σ_b field makes the
 *     separable covariance σ_g σ_o ρ extrapolate innovations from well-observed points (small σ_o)
 *     to poorly observed ones (large σ_g) multiplied by σ_g / σ_o; on the Beijing data that overshot
 *     by 3-8 °C at withheld stations. The LETKF ensemble carries its own covariances; each cycle adds
 *     spatially correlated perturbations of sd minSpreadSd (additive inflation for the persistence
 *     error; multiplicative inflation is the filter's ρ) and caps the spread at maxSpreadSd;
 *  2. checks each observation against the background (|O − B| > k·√(σ_b² + σ_o²) is rejected);
 *  3. assimilates the rest by optimal interpolation or by the LETKF (per-variable ensemble,
 *     multiplicative inflation), with per-station observation errors from StationTrust and stations
 *     sharing one series (same group) counted once (their error variance × group size);
 *  4. reports O, B and A at every station and feeds (O − B, O − A) back into trust.
 * Height: the gridded state stands for the grid's orography (`orographyM`); a station with a known
 * elevation sees the grid value moved to its height (height-correction.ts), so a mountain station
 * does not pull the valley's field towards its own climate. Without orography or elevation: none.
 * Library API: no I/O, no clock; the hub runner (runner.ts) and the evaluation drive it.
 */
import { gridPoints, gridSize, type LatLonGrid } from '../assimilation/geo.js';
import { oiAnalysis } from '../assimilation/oi/oi.js';
import { letkfAnalysis } from '../assimilation/letkf/letkf.js';
import { sphereLocaliser } from '../assimilation/letkf/localisation.js';
import { applyPointOperator, applyPointOperatorEnsemble, buildPointOperator } from '../assimilation/observation-operator.js';
import { heightOffsets, orographyAtStations } from './height-correction.js';
import { initialEnsemble } from './ensemble-init.js';
import { StationTrust } from './trust.js';
import { ANALYSIS_VARIABLES, type AnalysisVariable } from './variables.js';

export interface VariableSettings {
  /** Nominal observation-error sd (trust 1), variable unit. */
  obsErrorSd: number;
  /** OI: homogeneous background-error sd σ_b. */
  backgroundErrorSd: number;
  /** LETKF: cold-start spread and sd of the additive perturbations per cycle (persistence error). */
  minSpreadSd: number;
  /** LETKF: largest ensemble spread (climatological sd). */
  maxSpreadSd: number;
  /** Background-error correlation length (OI) / localisation half-width (LETKF), km. */
  lengthScaleKm: number;
  /** Climatological first guess when a cold start has no observation. */
  climatology: number;
  /**
   * Sd of a point station's reading about the grid-box value (siting, unknown elevation, instrument):
   * a station-level error bar is √(spread² + representativenessSd²); the spread is the grid value's.
   */
  representativenessSd?: number;
}

export interface CycleOptions {
  grid: LatLonGrid;
  method: 'oi' | 'letkf';
  variables: Record<AnalysisVariable, VariableSettings>;
  /** Background check threshold k (sd units), default 5. */
  backgroundCheckSigmas?: number;
  /** LETKF: members [3...200], multiplicative inflation ρ [1...2] (1.0 evaluated), seed of the perturbations. */
  letkf?: { members: number; inflation: number; seed: number };
  /** OI data selection (see oi.ts). */
  oi?: { maxObs: number; tileSize: number };
  trust?: StationTrust;
  /** Height the gridded state stands for, m, grid order (one value per grid point). */
  orographyM?: ArrayLike<number>;
}

export interface CycleObservation {
  stationId: string;
  latDeg: number;
  lonDeg: number;
  /** NaN where missing or not QC-passed. */
  values: Record<AnalysisVariable, number>;
  /** Stations with the same key carry one series and count once. */
  group?: string;
  /** Station elevation, m (undefined or NaN: no height correction for it). */
  elevationM?: number;
}

export interface StationInnovation {
  stationId: string;
  variable: AnalysisVariable;
  o: number;
  b: number;
  a: number;
  /** 'used' | 'rejected' by the background check | 'outside' the grid. */
  status: 'used' | 'rejected' | 'outside';
  /** Observation-error variance used. */
  obsErrorVariance: number;
}

export interface VariableField {
  /** Background mean (the previous analysis carried forward). */
  background: Float64Array;
  analysis: Float64Array;
  /** Analysis error sd (OI) or ensemble spread (LETKF). */
  spread: Float64Array;
}

export interface CycleResult {
  timeMs: number;
  coldStart: boolean;
  fields: Record<AnalysisVariable, VariableField>;
  innovations: StationInnovation[];
}

interface VarState {
  mean: Float64Array;
  /** LETKF: k × n member-major. */
  ensemble?: Float64Array;
}

export interface AnalysisCycler {
  readonly grid: LatLonGrid;
  readonly trust: StationTrust;
  readonly settings: Readonly<Record<AnalysisVariable, VariableSettings>>;
  cycle(timeMs: number, observations: readonly CycleObservation[]): CycleResult;
  /** Timestamp of the last analysis, undefined before the first. */
  lastTimeMs(): number | undefined;
}

export function createAnalysisCycler(options: CycleOptions): AnalysisCycler {
  const grid = options.grid;
  const n = gridSize(grid);
  const { latDeg: gLat, lonDeg: gLon } = gridPoints(grid);
  const trust = options.trust ?? new StationTrust();
  const kCheck = options.backgroundCheckSigmas ?? 5;
  const letkf = options.letkf ?? { members: 20, inflation: 1.0, seed: 1 };
  const states = new Map<AnalysisVariable, VarState>();
  let last: number | undefined;
  let cycleCount = 0;

  function cycle(timeMs: number, observations: readonly CycleObservation[]): CycleResult {
    const coldStart = last === undefined;
    const groupSize = new Map<string, number>();
    for (const o of observations) if (o.group !== undefined) groupSize.set(o.group, (groupSize.get(o.group) ?? 0) + 1);
    const lat = Float64Array.from(observations, (o) => o.latDeg);
    const lon = Float64Array.from(observations, (o) => o.lonDeg);
    const op = buildPointOperator(grid, lat, lon);
    const elevation = Float64Array.from(observations, (o) => o.elevationM ?? NaN);
    const zg = options.orographyM ? orographyAtStations(op, options.orographyM) : undefined;
    const fields = {} as Record<AnalysisVariable, VariableField>;
    const innovations: StationInnovation[] = [];
    ANALYSIS_VARIABLES.forEach((variable, vi) => {
      const s = options.variables[variable];
      const y = Float64Array.from(observations, (o) => o.values[variable]);
      const m = observations.length;
      // H(x) at the station's height = interpolation + dz; a cold start averages y − dz (grid heights).
      const dz = zg ? heightOffsets(variable, elevation, zg) : new Float64Array(m);
      const state = forecast(variable, s, y.map((v, o) => v - (dz[o] as number)), op.valid, vi, timeMs);
      const r = new Float64Array(m);
      const nominal = s.obsErrorSd ** 2;
      observations.forEach((o, i) => {
        const g = o.group === undefined ? 1 : (groupSize.get(o.group) ?? 1);
        r[i] = trust.errorVariance(o.stationId, variable, nominal) * g;
      });
      const hxb = new Float64Array(m);
      const bVar = new Float64Array(m);
      const hx = state.ensemble ? applyPointOperatorEnsemble(op, state.ensemble, letkf.members, n) : undefined;
      if (hx) for (let o = 0; o < m; o++) for (let j = 0; j < letkf.members; j++) hx[o * letkf.members + j] = (hx[o * letkf.members + j] as number) + (dz[o] as number);
      if (hx) {
        const k = letkf.members;
        for (let o = 0; o < m; o++) {
          let mu = 0;
          for (let j = 0; j < k; j++) mu += hx[o * k + j] as number;
          mu /= k;
          let ss = 0;
          for (let j = 0; j < k; j++) ss += ((hx[o * k + j] as number) - mu) ** 2;
          hxb[o] = mu;
          bVar[o] = ss / (k - 1);
        }
      } else {
        applyPointOperator(op, state.mean, hxb);
        for (let o = 0; o < m; o++) hxb[o] = (hxb[o] as number) + (dz[o] as number);
        bVar.fill(s.backgroundErrorSd ** 2);
      }
      // Background check: the rejected and the outside get NaN (the analysis ignores NaN).
      const status: StationInnovation['status'][] = [];
      const yUse = new Float64Array(m);
      for (let o = 0; o < m; o++) {
        const d = (y[o] as number) - (hxb[o] as number);
        const ok = op.valid[o] === 1 && Math.abs(d) <= kCheck * Math.sqrt((bVar[o] as number) + (r[o] as number));
        status.push(op.valid[o] !== 1 ? 'outside' : ok ? 'used' : 'rejected');
        yUse[o] = ok ? (y[o] as number) : NaN;
      }
      const background = Float64Array.from(state.mean);
      let spread: Float64Array;
      if (state.ensemble && hx) {
        const res = letkfAnalysis({
          k: letkf.members,
          n,
          ensemble: state.ensemble,
          observations: yUse,
          obsErrorVariance: r,
          hx,
          localiser: sphereLocaliser(gLat, gLon, lat, lon, s.lengthScaleKm),
          inflation: letkf.inflation,
        });
        // Spread capped at the climatological sd (persistence with inflation would grow it forever
        // where no station sees).
        scaleSpread(res.ensemble, res.mean, letkf.members, n, 0, s.maxSpreadSd);
        state.ensemble = res.ensemble;
        state.mean = res.mean;
        spread = ensembleSd(res.ensemble, res.mean, letkf.members, n);
      } else {
        const res = oiAnalysis({
          grid,
          background: state.mean,
          backgroundErrorVariance: s.backgroundErrorSd ** 2,
          obsLatDeg: lat,
          obsLonDeg: lon,
          observations: yUse,
          obsErrorVariance: r,
          hxb,
          lengthScaleKm: s.lengthScaleKm,
          maxObs: options.oi?.maxObs ?? 30,
          tileSize: options.oi?.tileSize ?? 1,
        });
        state.mean = res.analysis;
        spread = res.analysisErrorVariance.map(Math.sqrt);
      }
      states.set(variable, state);
      const hxa = applyPointOperator(op, state.mean, new Float64Array(m)).map((v, o) => v + (dz[o] as number));
      observations.forEach((o, i) => {
        if (!Number.isFinite(y[i] as number)) return;
        const inn: StationInnovation = { stationId: o.stationId, variable, o: y[i] as number, b: hxb[i] as number, a: hxa[i] as number, status: status[i] ?? 'outside', obsErrorVariance: r[i] as number };
        innovations.push(inn);
        if (inn.status === 'used') trust.update(o.stationId, variable, inn.o - inn.b, inn.o - inn.a, timeMs);
      });
      fields[variable] = { background, analysis: Float64Array.from(state.mean), spread };
    });
    last = timeMs;
    return { timeMs, coldStart, fields, innovations };
  }

  /** The background for this cycle: persisted state (variance grown) or a cold start. */
  function forecast(variable: AnalysisVariable, s: VariableSettings, y: Float64Array, valid: Uint8Array, vi: number, timeMs: number): VarState {
    const prev = states.get(variable);
    if (prev !== undefined) {
      // Persistence has no error growth of its own: without model error the ensemble collapses onto
      // the observations and keeps, away from them, only perturbations uncorrelated with anything
      // observed. Additive inflation stands for the persistence error: fresh perturbations with
      // the background correlation length and sd minSpreadSd (multiplicative inflation stays in
      // the filter).
      if (prev.ensemble) {
        cycleCount++;
        const q = initialEnsemble(grid, new Float64Array(n), s.minSpreadSd, letkf.members, s.lengthScaleKm, letkf.seed + 7919 * vi + 104729 * cycleCount);
        for (let i = 0; i < prev.ensemble.length; i++) prev.ensemble[i] = (prev.ensemble[i] as number) + (q[i] as number);
      }
      return prev;
    }
    let sum = 0;
    let count = 0;
    y.forEach((v, o) => {
      if (Number.isFinite(v) && valid[o] === 1) {
        sum += v;
        count++;
      }
    });
    const mean = new Float64Array(n).fill(count > 0 ? sum / count : s.climatology);
    if (options.method === 'letkf') {
      const ensemble = initialEnsemble(grid, mean, s.minSpreadSd, letkf.members, s.lengthScaleKm, letkf.seed + 7919 * vi + (timeMs % 100000));
      return { mean, ensemble };
    }
    return { mean };
  }

  return { grid, trust, settings: options.variables, cycle, lastTimeMs: () => last };
}

function ensembleSd(ens: Float64Array, mean: Float64Array, k: number, n: number): Float64Array {
  const sd = new Float64Array(n);
  for (let j = 0; j < k; j++) for (let i = 0; i < n; i++) sd[i] = (sd[i] as number) + ((ens[j * n + i] as number) - (mean[i] as number)) ** 2;
  for (let i = 0; i < n; i++) sd[i] = Math.sqrt((sd[i] as number) / (k - 1));
  return sd;
}

/** Scales each point's perturbations so the spread lies in [minSd, maxSd]. */
function scaleSpread(ens: Float64Array, mean: Float64Array, k: number, n: number, minSd: number, maxSd: number): void {
  const sd = ensembleSd(ens, mean, k, n);
  for (let i = 0; i < n; i++) {
    const x = sd[i] as number;
    const f = x > maxSd ? maxSd / x : x < minSd && x > 0 ? minSd / x : 1;
    if (f === 1) continue;
    for (let j = 0; j < k; j++) ens[j * n + i] = (mean[i] as number) + ((ens[j * n + i] as number) - (mean[i] as number)) * f;
  }
}
