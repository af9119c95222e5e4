import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { HotHistogram, type HotHistogramSeries } from '../common/hot-histogram.js';

/** Seconds, from a few ms (live) to a day (a backlog drained after an outage). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600, 21600, 86400];

/** Observed once or twice per reading, so the series are bound once (common/hot-histogram.ts). */
function latencySeries(h: HotHistogram): { gateway: HotHistogramSeries; device: HotHistogramSeries } {
  return { gateway: h.series({ from: 'gateway' }), device: h.series({ from: 'device' }) };
}

/** The hub's counters and histograms, registered on the process registry (common/metrics.ts). */
export function createCloudMetrics(registry: Registry) {
  const registers = [registry];
  return {
    readingsReceived: new Counter({ name: 'wx_cloud_readings_received_total', help: 'Readings received over gRPC', labelNames: ['gateway'], registers }),
    readingsStored: new Counter({ name: 'wx_cloud_readings_stored_total', help: 'Readings newly stored', labelNames: ['gateway'], registers }),
    readingsDuplicate: new Counter({
      name: 'wx_cloud_readings_duplicate_total',
      help: 'Readings dropped as already stored (same device and sequence)',
      labelNames: ['gateway'],
      registers,
    }),
    readingsRejected: new Counter({
      name: 'wx_cloud_readings_rejected_total',
      help: 'Readings rejected by validation, by reason',
      labelNames: ['gateway', 'reason'],
      registers,
    }),
    statuses: new Counter({ name: 'wx_cloud_statuses_total', help: 'Device statuses received, by outcome', labelNames: ['gateway', 'outcome'], registers }),
    batches: new Counter({ name: 'wx_cloud_batches_total', help: 'Forward batches handled, by outcome', labelNames: ['gateway', 'outcome'], registers }),
    authFailures: new Counter({ name: 'wx_cloud_auth_failures_total', help: 'gRPC streams refused for their credentials', registers }),
    readsRefused: new Counter({ name: 'wx_cloud_reads_refused_total', help: 'REST and gRPC reads refused: reader token missing or wrong (api.readers set)', labelNames: ['api', 'reason'], registers }),
    streams: new Gauge({ name: 'wx_cloud_grpc_streams', help: 'Open gateway forward streams', registers }),
    ingestLatency: latencySeries(
      new HotHistogram(
        'wx_cloud_ingest_latency_seconds',
        'Cloud receive time minus gateway receive time (from="gateway") or device time (from="device", clock-trusted readings only)',
        LATENCY_BUCKETS,
        registers,
      ),
    ),
    storeCommitDuration: new Histogram({
      name: 'wx_cloud_store_commit_duration_seconds',
      help: 'Duration of one store transaction (one or more batches)',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    storeCommitBatches: new Histogram({
      name: 'wx_cloud_store_commit_batches',
      help: 'Batches committed together in one store transaction',
      buckets: [1, 2, 4, 8, 16, 32, 64],
      registers,
    }),
    storeErrors: new Counter({ name: 'wx_cloud_store_errors_total', help: 'Store transactions that failed', registers }),
    influxPointsWritten: new Counter({ name: 'wx_cloud_influx_points_written_total', help: 'Points the InfluxDB sink wrote', registers }),
    influxWriteErrors: new Counter({ name: 'wx_cloud_influx_write_errors_total', help: 'Failed InfluxDB write attempts', registers }),
    influxPointsDropped: new Counter({
      name: 'wx_cloud_influx_points_dropped_total',
      help: 'Points the InfluxDB sink gave up on (retries exhausted or retry buffer full); their spans are written again later from the store',
      registers,
    }),
    influxPointsBackfilled: new Counter({ name: 'wx_cloud_influx_points_backfilled_total', help: 'Points written again from the store to fill what the sink had dropped', registers }),
    influxGaps: new Gauge({ name: 'wx_cloud_influx_gaps', help: 'Spans of device time per device still missing from InfluxDB (written again once it answers)', registers }),
  };
}

export type CloudMetrics = ReturnType<typeof createCloudMetrics>;
