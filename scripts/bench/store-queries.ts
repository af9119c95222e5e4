/**
 * The REST API's read queries, timed over real HTTP against a running API on the store bench:store
 * fills: what the dashboard and operators' scripts ask, at a given store size.
 */
import { MINUTE, stationId, T0 } from './store-fill.js';

export interface QueryTiming {
  name: string;
  /** Milliseconds per request, over the runs (after one warm-up). */
  p50Ms: number;
  maxMs: number;
  /** Rows (readings or stations) the last run returned: the work per request, whatever the size. */
  rows: number;
}

interface Query {
  name: string;
  /** A path for one run; `pick` gives a random integer in [0, n). */
  path(pick: (n: number) => number): string;
  rows(body: unknown): number;
}

const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const readingsOf = (body: unknown): number => ((body as { observations?: unknown[] }).observations ?? []).length;

/**
 * The queries at a store of `readings` readings over `stations` stations. Each asks for a fixed span,
 * so a store with at least a day of history per station returns the same rows at every size.
 */
export function queriesAt(readings: number, stations: number): Query[] {
  const minutes = Math.floor(readings / stations);
  const end = T0 + minutes * MINUTE;
  const iso = (ms: number): string => new Date(ms).toISOString();
  const station = (pick: (n: number) => number): string => stationId(pick(stations));
  /** A span of `span` ms of one station's history, as many readings as it has minutes (limit included). */
  const range = (id: string, from: number, span: number): string =>
    `/api/v1/observations?station=${id}&from=${iso(from)}&to=${iso(from + span)}&limit=${span / MINUTE}`;
  /** A random start with `span` of history after it. */
  const anywhere = (pick: (n: number) => number, span: number): number => T0 + pick(Math.max(1, minutes - span / MINUTE + 1)) * MINUTE;
  return [
    { name: 'GET /api/v1/stations (every station with its latest reading)', path: () => '/api/v1/stations', rows: (b) => ((b as { stations?: unknown[] }).stations ?? []).length },
    { name: 'GET /api/v1/stations/:id', path: (p) => `/api/v1/stations/${station(p)}`, rows: () => 1 },
    { name: 'observations: one station, the last hour', path: (p) => range(station(p), end - HOUR, HOUR), rows: readingsOf },
    { name: 'observations: one station, the last day', path: (p) => range(station(p), end - DAY, DAY), rows: readingsOf },
    { name: 'observations: one station, the last day, one variable', path: (p) => `${range(station(p), end - DAY, DAY)}&variable=temperature`, rows: readingsOf },
    { name: 'observations: one station, a day anywhere in its history', path: (p) => range(station(p), anywhere(p, DAY), DAY), rows: readingsOf },
    { name: 'observations: one station, an hour anywhere in its history', path: (p) => range(station(p), anywhere(p, HOUR), HOUR), rows: readingsOf },
    { name: 'GET /api/v1/stats', path: () => '/api/v1/stats', rows: () => 1 },
  ];
}

/** A small deterministic generator, so every size is asked the same sequence of stations. */
function picker(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

/** Runs each query once to warm up, then `runs` times; fails on any status but 200. */
export async function timeQueries(baseUrl: string, queries: readonly Query[], runs: number): Promise<QueryTiming[]> {
  const out: QueryTiming[] = [];
  for (const q of queries) {
    const pick = picker(42);
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i <= runs; i++) {
      const url = `${baseUrl}${q.path(pick)}`;
      const started = process.hrtime.bigint();
      const res = await fetch(url);
      const body = (await res.json()) as unknown;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status} ${JSON.stringify(body)}`);
      rows = q.rows(body);
      if (i > 0) times.push(ms);
    }
    times.sort((a, b) => a - b);
    out.push({ name: q.name, p50Ms: times[Math.floor((times.length - 1) / 2)] ?? 0, maxMs: times.at(-1) ?? 0, rows });
  }
  return out;
}
