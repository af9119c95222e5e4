import { Counter, Gauge, type Registry } from 'prom-client';
import { qcFlagName, qcTestsFromMask, type VariableName } from '../common/variables.js';
import type { QcOutcome } from './qc/index.js';

/** What the outbox gauges read at scrape time. */
export interface OutboxReading {
  depth: number;
  oldestStoredMs: number | undefined;
  fileBytes: number;
  /** Disk held back for a full disk (0 while given up). */
  reserveBytes: number;
}

/** The agent's prom-client metrics, on the process registry (common/metrics.ts). */
export interface AgentMetrics {
  produced: Counter;
  published: Counter;
  acked: Counter;
  outboxFull: Counter<'action'>;
  outboxReclaimed: Counter;
  outboxRecovered: Counter;
  outboxDiskFull: Counter;
  qcFlags: Counter<'variable' | 'flag'>;
  qcTests: Counter<'variable' | 'test'>;
  clockSuspect: Counter;
  sourceErrors: Counter;
  reconnects: Counter;
  commands: Counter<'kind' | 'ok'>;
  /** Points the outbox gauges at a live outbox (read at scrape time). */
  observeOutbox(read: () => OutboxReading): void;
  countOutcomes(outcomes: readonly QcOutcome[]): void;
}

export function createAgentMetrics(registry: Registry, now: () => number = Date.now): AgentMetrics {
  let read: () => OutboxReading = () => ({ depth: 0, oldestStoredMs: undefined, fileBytes: 0, reserveBytes: 0 });
  const registers = [registry];
  const qcFlags = new Counter({ name: 'wx_agent_qc_flags_total', help: 'QC verdicts per variable and flag', labelNames: ['variable', 'flag'] as const, registers });
  const qcTests = new Counter({ name: 'wx_agent_qc_tests_total', help: 'QC tests fired per variable and test', labelNames: ['variable', 'test'] as const, registers });
  new Gauge({
    name: 'wx_agent_outbox_depth',
    help: 'readings stored and not yet acknowledged by the broker',
    registers,
    collect() {
      this.set(read().depth);
    },
  });
  new Gauge({
    name: 'wx_agent_outbox_oldest_age_seconds',
    help: 'age (wall clock since stored) of the oldest unacknowledged reading; 0 when empty',
    registers,
    collect() {
      const oldest = read().oldestStoredMs;
      this.set(oldest === undefined ? 0 : Math.max(0, (now() - oldest) / 1000));
    },
  });
  new Gauge({
    name: 'wx_agent_outbox_file_bytes',
    help: 'disk taken by the outbox (database and WAL files)',
    registers,
    collect() {
      this.set(read().fileBytes);
    },
  });
  new Gauge({
    name: 'wx_agent_outbox_reserve_bytes',
    help: 'disk held back in outbox.reserve for a full disk; 0 while given up (the disk filled: free space)',
    registers,
    collect() {
      this.set(read().reserveBytes);
    },
  });
  return {
    produced: new Counter({ name: 'wx_agent_readings_produced_total', help: 'readings sampled and stored in the outbox', registers }),
    published: new Counter({ name: 'wx_agent_readings_published_total', help: 'readings sent to the broker (resends included)', registers }),
    acked: new Counter({ name: 'wx_agent_readings_acked_total', help: 'readings acknowledged by the broker (PUBACK) and deleted', registers }),
    outboxDiskFull: new Counter({ name: 'wx_agent_outbox_disk_full_total', help: 'tries to store a reading that failed on a full disk (the reading is kept and tried again)', registers }),
    outboxReclaimed: new Counter({ name: 'wx_agent_outbox_reclaimed_bytes_total', help: 'disk given back by the outbox once a backlog had drained', registers }),
    outboxRecovered: new Counter({ name: 'wx_agent_outbox_recovered_total', help: 'corrupted outbox files set aside at start, a fresh outbox started with what could be read back', registers }),
    outboxFull: new Counter({ name: 'wx_agent_outbox_full_total', help: 'readings dropped (drop-oldest) or refused (stop-sampling) at the outbox bound', labelNames: ['action'] as const, registers }),
    qcFlags,
    qcTests,
    clockSuspect: new Counter({ name: 'wx_agent_clock_suspect_total', help: 'readings flagged clock-suspect', registers }),
    sourceErrors: new Counter({ name: 'wx_agent_source_errors_total', help: 'sensor or source read failures', registers }),
    reconnects: new Counter({ name: 'wx_agent_mqtt_reconnects_total', help: 'MQTT reconnect attempts', registers }),
    commands: new Counter({ name: 'wx_agent_commands_total', help: 'commands received', labelNames: ['kind', 'ok'] as const, registers }),
    observeOutbox(fn) {
      read = fn;
    },
    countOutcomes(outcomes) {
      for (const o of outcomes) {
        for (const [variable, r] of Object.entries(o.variables) as [VariableName, { flag: number; tests: number }][]) {
          qcFlags.inc({ variable, flag: qcFlagName(r.flag) });
          for (const test of qcTestsFromMask(r.tests)) qcTests.inc({ variable, test });
        }
      }
    },
  };
}
