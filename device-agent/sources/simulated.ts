import { WxError } from '../../common/errors.js';
import type { VariableName } from '../../common/variables.js';
import type { FaultSpec, SimulatedOptions } from '../config/types.js';
import { dewPointC } from './dewpoint.js';
import { Pacer } from './pacer.js';
import type { Sample, Source, SourceHost } from './types.js';

/**
 * A simulated station: diurnal temperature cycle, synoptic pressure waves, humidity anti-correlated
 * with temperature, noisy wind, occasional showers, plus injected faults (spike, stuck, drift,
 * offset, dropout). Every sample is a pure function of (seed, sample index), so the cursor
 * `{"n": next index, "startMs": time of sample 0}` resumes exactly.
 */
interface SimCursor {
  n: number;
  startMs: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A small, fast, seedable hash PRNG (mulberry32 on a mixed key): deterministic per (seed, n, k). */
function unit(seed: number, n: number, k: number): number {
  let a = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(n + 1, 0xc2b2ae35) ^ Math.imul(k + 7, 0x27d4eb2f)) >>> 0;
  a = (a + 0x6d2b79f5) | 0;
  let t = Math.imul(a ^ (a >>> 15), 1 | a);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

function gauss(seed: number, n: number, k: number): number {
  const u1 = Math.max(unit(seed, n, k), 1e-12);
  const u2 = unit(seed, n, k + 1000);
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** The clean (fault-free) values of sample n at time t. */
export function simulatedValues(o: SimulatedOptions, n: number, t: number, longitudeDeg = 0): Record<VariableName, number> {
  const s = o.seed;
  const noise = o.noiseScale;
  const solarHour = (((t + (longitudeDeg / 15) * HOUR) % DAY) + DAY) % DAY / HOUR;
  const diurnal = Math.cos((2 * Math.PI * (solarHour - 15)) / 24); // warmest mid-afternoon
  const synoptic = Math.sin((2 * Math.PI * t) / (5 * DAY));
  const temperature = o.meanTemperatureC + o.diurnalAmplitudeC * diurnal + 3 * synoptic + 0.15 * noise * gauss(s, n, 1);
  const pressure = o.meanPressureHpa - 6 * Math.sin((2 * Math.PI * t) / (4 * DAY)) + 0.8 * Math.cos((2 * Math.PI * (solarHour - 10)) / 12) + 0.05 * noise * gauss(s, n, 2);
  const rh = Math.min(100, Math.max(5, o.meanRelativeHumidityPct - 3 * (temperature - o.meanTemperatureC) + 1.5 * noise * gauss(s, n, 3)));
  const wind = Math.max(0, o.meanWindSpeedMs * (1 + 0.4 * diurnal) + 0.5 * noise * gauss(s, n, 4));
  const direction = (((225 + 40 * Math.sin((2 * Math.PI * t) / (3 * DAY)) + 10 * noise * gauss(s, n, 5)) % 360) + 360) % 360;
  const showers = unit(s, Math.floor(t / (6 * HOUR)), 6) < 0.15 && unit(s, n, 7) < 0.4;
  const precipitation = showers ? Math.round(-Math.log(Math.max(unit(s, n, 8), 1e-9)) * 10) / 10 : 0;
  return {
    temperature: round(temperature, 2),
    pressure: round(pressure, 2),
    relative_humidity: round(rh, 1),
    dew_point: round(dewPointC(temperature, rh), 2),
    wind_speed: round(wind, 1),
    wind_direction: wind < 0.2 ? NaN : round(direction, 0) % 360,
    precipitation,
  };
}

/** Applies the faults active at sample n (in config order) to clean values. */
export function applyFaults(values: Record<VariableName, number>, faults: readonly FaultSpec[], n: number, cleanAt: (m: number) => Record<VariableName, number>): Record<VariableName, number> {
  const out = { ...values };
  for (const f of faults) {
    const k = n - f.atSample;
    const duration = f.kind === 'spike' ? 1 : f.durationSamples;
    if (k < 0 || k >= duration) continue;
    switch (f.kind) {
      case 'spike':
      case 'offset':
        out[f.variable] += f.magnitude;
        break;
      case 'drift':
        out[f.variable] += (f.magnitude * (k + 1)) / duration;
        break;
      case 'stuck':
        out[f.variable] = cleanAt(f.atSample)[f.variable];
        break;
      case 'dropout':
        out[f.variable] = NaN;
        break;
    }
  }
  return out;
}

export interface SimulatedSourceOptions {
  options: SimulatedOptions;
  samplingIntervalMs: number;
  host: SourceHost;
  longitudeDeg?: number;
  cursor?: string;
}

export function createSimulatedSource({ options, samplingIntervalMs, host, longitudeDeg = 0, cursor }: SimulatedSourceOptions): Source {
  let pos: SimCursor = parseCursor(cursor) ?? {
    n: 0,
    startMs: options.startTime ? Date.parse(options.startTime) : Math.floor(host.now() / samplingIntervalMs) * samplingIntervalMs,
  };
  const pacer = new Pacer(host, options.speedup);
  const timeOf = (n: number): number => pos.startMs + n * samplingIntervalMs;
  const cleanAt = (n: number): Record<VariableName, number> => simulatedValues(options, n, timeOf(n), longitudeDeg);
  let closed = false;
  return {
    kind: 'simulated',
    realIntervalMs: samplingIntervalMs / options.speedup,
    details: { source: 'simulated', seed: String(options.seed), faults: String(options.faults.length) },
    async next(signal) {
      if (closed) return undefined;
      const n = pos.n;
      const timeMs = timeOf(n);
      await pacer.waitFor(timeMs, signal);
      pos = { n: n + 1, startMs: pos.startMs };
      const sample: Sample = { timeMs, clockSynced: host.clockSynced(), values: applyFaults(cleanAt(n), options.faults, n, cleanAt) };
      return sample;
    },
    cursor: () => JSON.stringify(pos),
    async close() {
      closed = true;
    },
  };
}

function parseCursor(text: string | undefined): SimCursor | undefined {
  if (!text) return undefined;
  try {
    const c = JSON.parse(text) as Partial<SimCursor>;
    if (Number.isInteger(c.n) && Number.isFinite(c.startMs)) return { n: c.n!, startMs: c.startMs! };
  } catch {
    // fall through
  }
  throw new WxError('WX_ERR_SOURCE', `simulated cursor is unreadable: ${JSON.stringify(text)}`);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
