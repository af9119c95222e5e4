/**
 * A hub's REST API listening on a loopback port with a real SQLite store holding three stations of
 * the Beijing network, and a real analysis and forecast (Zarr stores) over them: what the dashboard
 * shows, with known values to check it against.
 */
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { hashToken } from '../../common/credentials.js';
import { silentLogger } from '../../common/logger.js';
import { QC_FLAGS } from '../../common/variables.js';
import { buildApi } from '../../cloud/api/app.js';
import { createReadAccess } from '../../cloud/access/read-access.js';
import { regionalGrid } from '../../cloud/assimilation/geo.js';
import { AnalysisStore, ForecastStore } from '../../cloud/fields/index.js';
import { FieldQueries } from '../../cloud/fields/query.js';
import { NowcastStore } from '../../cloud/nowcasts/store.js';
import { FusionOutputStore } from '../../cloud/fusion/store.js';
import { latLngToCell } from 'h3-js';
import { NowcastState } from '../../protos/index.js';
import { createCloudMetrics } from '../../cloud/metrics.js';
import { openSqliteStore } from '../../cloud/store/sqlite-store.js';
import type { ReadingRecord, StationUpdate } from '../../cloud/store/types.js';
import { tempDir } from '../cloud/helpers.js';

export const READER_TOKEN = 'desk-reader-token';
/** The newest reading's time (device clock): the replayed data is from 2016. */
export const LAST = Date.UTC(2016, 9, 1, 12);
export const HOURS = 48;
export const LEADS = [1, 2, 3];
export const NOWCAST_LEADS_MIN = [60, 120, 180];
/** The newest fused temperature of each station's cell. */
export const FUSED_VALUES = [4, 8, 11];

export interface StationSpec {
  id: string;
  name: string;
  lat: number;
  lon: number;
  state: StationUpdate['state'];
  /** The newest reading's temperature flag. */
  lastFlag?: keyof typeof QC_FLAGS;
}

export const STATIONS: StationSpec[] = [
  { id: 'dongsi', name: 'Dongsi', lat: 39.929, lon: 116.417, state: 'online' },
  { id: 'tiantan', name: 'Tiantan', lat: 39.886, lon: 116.407, state: 'online', lastFlag: 'suspect' },
  { id: 'huairou', name: 'Huairou', lat: 40.328, lon: 116.628, state: 'offline' },
];

/** Temperature at hour h of a station: a daily cycle, offset per station. */
export const temperatureAt = (station: number, h: number): number => 10 + station + 6 * Math.sin((2 * Math.PI * h) / 24);

export interface DashboardHub {
  url: string;
  stop(): Promise<void>;
}

export async function startDashboardHub(o: { stations?: StationSpec[]; readers?: boolean; fields?: boolean; dashboard?: boolean } = {}): Promise<DashboardHub> {
  const stations = o.stations ?? STATIONS;
  const { dir, cleanup } = tempDir('wx-dashboard-');
  const store = openSqliteStore(join(dir, 'cloud.sqlite'), { writer: 'inline' });
  const readings: ReadingRecord[] = [];
  stations.forEach((s, i) => {
    for (let h = 0; h < HOURS; h++) {
      const timeMs = LAST - (HOURS - 1 - h) * 3_600_000;
      const last = h === HOURS - 1;
      readings.push({
        deviceId: s.id,
        seq: h + 1,
        timeMs,
        clockSynced: true,
        clockSuspect: false,
        gatewayReceivedMs: timeMs,
        cloudReceivedMs: timeMs,
        gatewayId: 'gw-a',
        values: {
          temperature: { value: temperatureAt(i, h), flag: QC_FLAGS[last && s.lastFlag ? s.lastFlag : 'good'], tests: 0 },
          pressure: { value: 1012 - i, flag: QC_FLAGS.good, tests: 0 },
          dew_point: { value: -3 + i, flag: QC_FLAGS.good, tests: 0 },
        },
      });
    }
  });
  const statuses: StationUpdate[] = stations.map((s) => ({
    deviceId: s.id,
    gatewayId: 'gw-a',
    statusTimeMs: Date.now() - (s.state === 'offline' ? 2 * 3_600_000 : 60_000),
    state: s.state,
    agentVersion: '0.1.0',
    lastSeq: HOURS,
    outboxDepth: 0,
    clockSynced: true,
    details: { source: 'replay-beijing', note: s.name },
    info: { site: 'beijing', name: s.name, latitude: s.lat, longitude: s.lon, elevationM: 50, hardware: 'replay' },
  }));
  await store.storeBatch({ gatewayId: 'gw-a', readings, statuses, rejected: 0 });

  let fields: FieldQueries | undefined;
  if (o.fields !== false) {
    // A field with structure (warmer to the south-west), so the map's colours vary across it.
    const grid = regionalGrid({ southDeg: 39.6, northDeg: 40.6, westDeg: 115.9, eastDeg: 117.0, resolutionDeg: 0.05 });
    const nPts = grid.nLat * grid.nLon;
    const field = (offset: number): Float64Array =>
      Float64Array.from({ length: nPts }, (_, p) => 12 + offset - 8 * (Math.floor(p / grid.nLon) / grid.nLat) - 4 * ((p % grid.nLon) / grid.nLon));
    const variables = [
      { name: 'temperature', units: '°C' },
      { name: 'pressure', units: 'hPa' },
    ];
    const an = await AnalysisStore.open(join(dir, 'analysis.zarr'), { grid, variables });
    await an.append(LAST, { temperature: field(0), pressure: new Float64Array(nPts).fill(1011) }, { temperature: new Float64Array(nPts).fill(0.8) });
    const fc = await ForecastStore.open(join(dir, 'forecast.zarr'), { grid, variables, leadsHours: LEADS, ensemble: { members: 4 } });
    const run = await fc.beginRun(LAST);
    for (let l = 0; l < LEADS.length; l++) {
      const lead = new Float32Array(4 * 2 * nPts);
      for (let m = 0; m < 4; m++) {
        const t = field(l + m - 1.5);
        for (let p = 0; p < nPts; p++) {
          lead[m * 2 * nPts + p] = t[p] as number;
          lead[(m * 2 + 1) * nPts + p] = 1010 + m;
        }
      }
      await fc.writeLead(run, l, lead);
    }
    fields = new FieldQueries({ analysisRoot: join(dir, 'analysis.zarr'), forecastRoot: join(dir, 'forecast.zarr') });
  }

  // Dongsi's own nowcast from its newest reading: 10/50/90 % quantiles of temperature 1-3 h ahead.
  const nowcasts = new NowcastStore(join(dir, 'nowcasts.sqlite'));
  nowcasts.store('gw-a', [
    {
      deviceId: 'dongsi', baseTimeMs: LAST, issuedMs: LAST + 60_000, state: NowcastState.NOWCAST_OK, modelId: 'station-nowcast', modelVersion: '1.2.0', executionProvider: 'cpu',
      inputFromMs: LAST - 24 * 3_600_000, inputToMs: LAST, inputSteps: 24, inputMissing: 0, inputLastSeq: HOURS, inferenceMs: 2,
      quantileLevels: [0.1, 0.5, 0.9],
      values: NOWCAST_LEADS_MIN.map((leadMinutes, i) => ({ variable: 1, leadMinutes, quantiles: [7 + i, 8 + i, 9 + i] })),
    },
  ], [
    // Its last model update: 1.3.0 refused (a bad signature), 1.2.0 kept running.
    { deviceId: 'dongsi', deploymentId: 'dep-1', modelId: 'station-nowcast', version: '1.3.0', state: 5, reason: 'signature does not verify', activeVersion: '1.2.0', timeMs: Date.now() - 5 * 60_000, bytesReceived: 1000 },
  ]);

  // The gateway's fused estimates: one H3 cell (resolution 7) per station, an older and a newer one.
  const fusion = new FusionOutputStore(join(dir, 'fusion.sqlite'));
  // Its spatial QC: Tiantan's temperature three hours before its newest reading failed the buddy
  // check and the SCT against its neighbours; an hour later it passed.
  const tiantan = stations.find((x) => x.id === 'tiantan');
  fusion.store(
    'gw-a',
    tiantan
      ? [
          { deviceId: 'tiantan', seq: HOURS - 3, timeMs: LAST - 3 * 3_600_000, variable: 1, flag: QC_FLAGS.suspect, tests: 1 | 2, trust: 0.7 },
          { deviceId: 'tiantan', seq: HOURS - 2, timeMs: LAST - 2 * 3_600_000, variable: 1, flag: QC_FLAGS.good, tests: 0, trust: 0.75 },
        ]
      : [],
    stations.flatMap((s, i) =>
      [LAST - 3_600_000, LAST].map((timeMs) => ({
        h3Cell: latLngToCell(s.lat, s.lon, 7), h3Resolution: 7, timeMs, variable: 1, value: timeMs === LAST ? FUSED_VALUES[i % FUSED_VALUES.length]! : 0, sd: 0.4, stations: 2, independentSeries: 2, deviceIds: [s.id],
      })),
    ),
  );

  const logger = silentLogger();
  const readAccess = o.readers
    ? createReadAccess({ readers: [{ name: 'desk', tokenSha256: hashToken(READER_TOKEN) }], refused: createCloudMetrics(new Registry()).readsRefused, logger })
    : undefined;
  const api = await buildApi({ store, registry: new Registry(), logger, dashboard: o.dashboard ?? true, nowcasts, fusion, ...(fields ? { fields } : {}), ...(readAccess ? { readAccess } : {}) });
  const url = await api.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    stop: async () => {
      await api.close();
      await store.close();
      nowcasts.close();
      fusion.close();
      cleanup();
    },
  };
}
