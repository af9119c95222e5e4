import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** Every gateway metric, registered on the process's registry (never prom-client's global one). */
/** Read at scrape time, so gauges are exact without timers. Set by the components that own the state. */
export interface MetricSources {
  outbox?: () => { depth: number; oldestReceivedMs: number | undefined };
  outboxFileBytes?: () => number;
  outboxReserveBytes?: () => number;
  forwardOldestUnackedMs?: () => number | undefined;
  connectedDevices?: () => number;
  backpressureHeld?: () => number;
}

export interface GatewayMetrics {
  registry: Registry;
  sources: MetricSources;
  messagesReceived: Counter<'kind'>;
  readingsAccepted: Counter;
  statusesAccepted: Counter;
  rejected: Counter<'reason'>;
  clockSuspect: Counter;
  authFailures: Counter<'reason'>;
  connectedDevices: Gauge;
  outboxDepth: Gauge;
  outboxOldestAge: Gauge;
  outboxFull: Counter;
  outboxSync: Histogram;
  outboxFileBytes: Gauge;
  outboxWriteFailures: Counter;
  outboxRecovered: Counter;
  outboxReclaimed: Counter;
  outboxDiskFull: Gauge;
  configReloads: Counter<'result'>;
  outboxReserveBytes: Gauge;
  forwardedReadings: Counter;
  forwardedStatuses: Counter;
  batchesSent: Counter;
  batchesAcked: Counter;
  cloudStored: Counter;
  cloudDuplicates: Counter;
  cloudRejected: Counter;
  forwardLag: Gauge;
  streamReconnects: Counter;
  streamConnected: Gauge;
  inflightBatches: Gauge;
  backpressureDelayed: Counter;
  backpressureEngaged: Gauge;
  backpressureHeld: Gauge;
}

/** Both results exposed from the start, so an alert on an increase of "invalid" sees the first one. */
function zeroed(counter: Counter<'result'>, results: string[]): Counter<'result'> {
  for (const result of results) counter.inc({ result }, 0);
  return counter;
}

export function createGatewayMetrics(registry: Registry): GatewayMetrics {
  const r = [registry];
  const sources: MetricSources = {};
  const ageSeconds = (ms: number | undefined): number => (ms === undefined ? 0 : Math.max(0, (Date.now() - ms) / 1000));
  return {
    registry,
    sources,
    messagesReceived: new Counter({ name: 'wx_gateway_messages_received_total', help: 'MQTT messages received, by kind', labelNames: ['kind'], registers: r }),
    readingsAccepted: new Counter({ name: 'wx_gateway_readings_accepted_total', help: 'Readings accepted into the outbox', registers: r }),
    statusesAccepted: new Counter({ name: 'wx_gateway_statuses_accepted_total', help: 'Device statuses accepted into the outbox', registers: r }),
    rejected: new Counter({ name: 'wx_gateway_rejected_total', help: 'Messages or readings rejected, by reason', labelNames: ['reason'], registers: r }),
    clockSuspect: new Counter({ name: 'wx_gateway_clock_suspect_total', help: 'Readings kept but flagged for an absurd timestamp', registers: r }),
    authFailures: new Counter({ name: 'wx_gateway_auth_failures_total', help: 'Refused MQTT connections, by reason', labelNames: ['reason'], registers: r }),
    connectedDevices: new Gauge({ name: 'wx_gateway_connected_devices', help: 'Devices connected to the embedded broker', registers: r,
      collect() {
        if (sources.connectedDevices) this.set(sources.connectedDevices());
      },
    }),
    outboxDepth: new Gauge({ name: 'wx_gateway_outbox_depth', help: 'Rows in the outbox not yet acknowledged by the cloud', registers: r,
      collect() {
        if (sources.outbox) this.set(sources.outbox().depth);
      },
    }),
    outboxOldestAge: new Gauge({ name: 'wx_gateway_outbox_oldest_age_seconds', help: 'Age of the oldest outbox row (gateway receive time)', registers: r,
      collect() {
        if (sources.outbox) this.set(ageSeconds(sources.outbox().oldestReceivedMs));
      },
    }),
    outboxFull: new Counter({ name: 'wx_gateway_outbox_full_total', help: 'Messages refused because the outbox reached its bound', registers: r }),
    // SD cards and shared volumes can take 100 ms and more per fsync; every PUBACK waits for one.
    outboxSync: new Histogram({ name: 'wx_gateway_outbox_sync_duration_seconds', help: 'Time each outbox fsync took (PUBACKs wait for it)', registers: r,
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2] }),
    outboxFileBytes: new Gauge({ name: 'wx_gateway_outbox_file_bytes', help: 'Disk taken by the outbox (database and WAL files)', registers: r,
      collect() {
        if (sources.outboxFileBytes) this.set(sources.outboxFileBytes());
      },
    }),
    outboxWriteFailures: new Counter({ name: 'wx_gateway_outbox_write_failures_total', help: 'Outbox appends that failed (a full disk, an I/O error); their messages were refused and devices resend them', registers: r }),
    outboxReclaimed: new Counter({ name: 'wx_gateway_outbox_reclaimed_bytes_total', help: 'Disk given back by the outbox once a backlog had drained', registers: r }),
    outboxReserveBytes: new Gauge({ name: 'wx_gateway_outbox_reserve_bytes', help: 'Disk held back in outbox.reserve for a full disk; 0 while given up (the disk filled)', registers: r,
      collect() {
        if (sources.outboxReserveBytes) this.set(sources.outboxReserveBytes());
      },
    }),
    configReloads: zeroed(new Counter({ name: 'wx_gateway_config_reloads_total', help: 'Config reloads (SIGHUP): applied, or refused as invalid (the devices stay as they were)', labelNames: ['result'] as const, registers: r }), ['applied', 'invalid']),
    outboxRecovered: new Counter({ name: 'wx_gateway_outbox_recovered_total', help: 'damaged outbox files set aside at start, a fresh outbox started with the rows that could be read', registers: r }),
    outboxDiskFull: new Gauge({ name: 'wx_gateway_outbox_disk_full', help: '1 while the disk is full: the outbox reserve is given up and messages are refused (devices keep them)', registers: r }),
    forwardedReadings: new Counter({ name: 'wx_gateway_forwarded_readings_total', help: 'Readings sent to the cloud (resends included)', registers: r }),
    forwardedStatuses: new Counter({ name: 'wx_gateway_forwarded_statuses_total', help: 'Statuses sent to the cloud (resends included)', registers: r }),
    batchesSent: new Counter({ name: 'wx_gateway_forward_batches_sent_total', help: 'ForwardBatches written to the stream', registers: r }),
    batchesAcked: new Counter({ name: 'wx_gateway_forward_batches_acked_total', help: 'ForwardBatches acknowledged by the cloud', registers: r }),
    cloudStored: new Counter({ name: 'wx_gateway_cloud_stored_total', help: 'Readings the cloud reported stored', registers: r }),
    cloudDuplicates: new Counter({ name: 'wx_gateway_cloud_duplicates_total', help: 'Readings the cloud reported as duplicates', registers: r }),
    cloudRejected: new Counter({ name: 'wx_gateway_cloud_rejected_total', help: 'Readings the cloud rejected', registers: r }),
    forwardLag: new Gauge({ name: 'wx_gateway_forward_lag_seconds', help: 'Now minus the receive time of the oldest unacknowledged row', registers: r,
      collect() {
        this.set(ageSeconds(sources.forwardOldestUnackedMs?.() ?? sources.outbox?.().oldestReceivedMs));
      },
    }),
    streamReconnects: new Counter({ name: 'wx_gateway_stream_reconnects_total', help: 'Forward stream (re)connection attempts after a failure', registers: r }),
    streamConnected: new Gauge({ name: 'wx_gateway_stream_connected', help: '1 while the forward stream is open', registers: r }),
    inflightBatches: new Gauge({ name: 'wx_gateway_forward_inflight_batches', help: 'Batches sent and not yet acknowledged', registers: r }),
    backpressureDelayed: new Counter({ name: 'wx_gateway_backpressure_delayed_total', help: 'PUBACKs held because the outbox backlog was beyond its high-water mark', registers: r }),
    backpressureEngaged: new Gauge({ name: 'wx_gateway_backpressure_engaged', help: '1 while PUBACKs are held for the outbox backlog', registers: r }),
    backpressureHeld: new Gauge({ name: 'wx_gateway_backpressure_held', help: 'PUBACKs held now', registers: r,
      collect() {
        if (sources.backpressureHeld) this.set(sources.backpressureHeld());
      },
    }),
  };
}
