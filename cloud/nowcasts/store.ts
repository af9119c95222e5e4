/**
 * The devices' nowcasts and model update reports (ForwardBatch fields 5 and 8), in a SQLite file of
 * their own (`nowcasts.sqlite`). A batch delivered again (the gateway resends until acknowledged)
 * replaces its rows instead of adding them:
 *   nowcasts      (device_id, base_time_ms, model_version)   index (device_id, issued_ms): the device's latest word
 *   model_reports (device_id, deployment_id, state, time_ms) index (device_id, time_ms) for the latest
 * A nowcast without an input window (no history yet) is keyed on its issue time instead.
 * Entries are validated at this boundary (common/nowcast-message.ts); invalid ones are counted, never stored.
 */
import { Counter, type Registry } from 'prom-client';
import { modelReportProblem, longToNumber, nowcastProblem } from '../../common/nowcast-message.js';
import { openDatabase, type SqliteDatabase } from '../../common/sqlite.js';
import { variableFromProto, type VariableName } from '../../common/variables.js';
import { ModelUpdateState, NowcastState, type ModelUpdateReportProps, type NowcastProps } from '../../protos/index.js';

export interface NowcastRow {
  deviceId: string;
  baseTimeMs: number;
  issuedMs: number;
  state: string;
  reason: string;
  modelId: string;
  modelVersion: string;
  executionProvider: string;
  inputFromMs: number;
  inputToMs: number;
  inputSteps: number;
  inputMissing: number;
  inputLastSeq: number;
  quantileLevels: number[];
  values: { variable: VariableName; leadMinutes: number; quantiles: number[] }[];
  inferenceMs: number;
  gatewayId: string;
  gatewayReceivedMs: number;
}

export interface ModelReportRow {
  deviceId: string;
  deploymentId: string;
  modelId: string;
  version: string;
  state: string;
  reason: string;
  activeVersion: string;
  timeMs: number;
  bytesReceived: number;
  gatewayId: string;
}

export interface NowcastQuery {
  station: string;
  fromMs?: number;
  toMs?: number;
  limit: number;
}

interface DbNowcast {
  device_id: string; base_time_ms: number; issued_ms: number; state: string; reason: string; model_id: string; model_version: string;
  execution_provider: string; input_from_ms: number; input_to_ms: number; input_steps: number; input_missing: number; input_last_seq: number;
  quantile_levels: string; values_json: string; inference_ms: number; gateway_id: string; gateway_received_ms: number;
}

const stateName = (s: number | null | undefined): string => (NowcastState[s ?? 0] ?? 'NOWCAST_STATE_UNSPECIFIED').replace(/^NOWCAST_/, '');
const reportStateName = (s: number | null | undefined): string => (ModelUpdateState[s ?? 0] ?? 'UNSPECIFIED').replace(/^MODEL_UPDATE_/, '');

export class NowcastStore {
  private readonly db: SqliteDatabase;
  private readonly write: (n: readonly NowcastRow[], r: readonly ModelReportRow[]) => void;
  private readonly metrics;

  constructor(path: string, registry?: Registry) {
    this.db = openDatabase(path, { synchronous: 'NORMAL' });
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS nowcasts (
        device_id TEXT NOT NULL, base_time_ms INTEGER NOT NULL, model_version TEXT NOT NULL, model_id TEXT NOT NULL,
        issued_ms INTEGER NOT NULL, state TEXT NOT NULL, reason TEXT NOT NULL, execution_provider TEXT NOT NULL,
        input_from_ms INTEGER NOT NULL, input_to_ms INTEGER NOT NULL, input_steps INTEGER NOT NULL, input_missing INTEGER NOT NULL,
        input_last_seq INTEGER NOT NULL, quantile_levels TEXT NOT NULL, values_json TEXT NOT NULL, inference_ms REAL NOT NULL,
        gateway_id TEXT NOT NULL, gateway_received_ms INTEGER NOT NULL,
        PRIMARY KEY (device_id, base_time_ms, model_version)) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS nowcasts_device_issued ON nowcasts (device_id, issued_ms);
      CREATE TABLE IF NOT EXISTS model_reports (
        device_id TEXT NOT NULL, deployment_id TEXT NOT NULL, state TEXT NOT NULL, time_ms INTEGER NOT NULL,
        model_id TEXT NOT NULL, version TEXT NOT NULL, reason TEXT NOT NULL, active_version TEXT NOT NULL,
        bytes_received INTEGER NOT NULL, gateway_id TEXT NOT NULL,
        PRIMARY KEY (device_id, deployment_id, state, time_ms)) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS model_reports_device_time ON model_reports (device_id, time_ms);
    `);
    const insN = this.db.prepare(`INSERT OR REPLACE INTO nowcasts (device_id, base_time_ms, model_version, model_id, issued_ms, state, reason, execution_provider,
      input_from_ms, input_to_ms, input_steps, input_missing, input_last_seq, quantile_levels, values_json, inference_ms, gateway_id, gateway_received_ms)
      VALUES (@deviceId, @baseTimeMs, @modelVersion, @modelId, @issuedMs, @state, @reason, @executionProvider, @inputFromMs, @inputToMs, @inputSteps,
      @inputMissing, @inputLastSeq, @quantileLevels, @values, @inferenceMs, @gatewayId, @gatewayReceivedMs)`);
    const insR = this.db.prepare(`INSERT OR REPLACE INTO model_reports (device_id, deployment_id, state, time_ms, model_id, version, reason, active_version, bytes_received, gateway_id)
      VALUES (@deviceId, @deploymentId, @state, @timeMs, @modelId, @version, @reason, @activeVersion, @bytesReceived, @gatewayId)`);
    this.write = this.db.transaction((ns: readonly NowcastRow[], rs: readonly ModelReportRow[]) => {
      for (const n of ns) insN.run({ ...n, quantileLevels: JSON.stringify(n.quantileLevels), values: JSON.stringify(n.values) });
      for (const r of rs) insR.run(r);
    });
    const registers = registry ? [registry] : [];
    this.metrics = {
      nowcasts: new Counter({ name: 'wx_cloud_nowcasts_total', help: 'Nowcasts received from gateways, by state (or "invalid")', labelNames: ['state'], registers }),
      reports: new Counter({ name: 'wx_cloud_model_reports_total', help: 'Model update reports received, by state (or "invalid")', labelNames: ['state'], registers }),
    };
  }

  /** Validates and stores one batch's nowcasts and model reports in one transaction (idempotent). */
  store(gatewayId: string, nowcasts: readonly NowcastProps[], reports: readonly ModelUpdateReportProps[]): { stored: number; dropped: number } {
    const ns: NowcastRow[] = [];
    const rs: ModelReportRow[] = [];
    for (const n of nowcasts) {
      if (nowcastProblem(n, n.deviceId ?? '') !== undefined) {
        this.metrics.nowcasts.inc({ state: 'invalid' });
        continue;
      }
      const base = longToNumber(n.baseTimeMs);
      ns.push({
        deviceId: n.deviceId!, baseTimeMs: base > 0 ? base : longToNumber(n.issuedMs), issuedMs: longToNumber(n.issuedMs), state: stateName(n.state),
        reason: n.reason ?? '', modelId: n.modelId ?? '', modelVersion: n.modelVersion ?? '', executionProvider: n.executionProvider ?? '',
        inputFromMs: longToNumber(n.inputFromMs), inputToMs: longToNumber(n.inputToMs), inputSteps: n.inputSteps ?? 0, inputMissing: n.inputMissing ?? 0,
        inputLastSeq: longToNumber(n.inputLastSeq), quantileLevels: [...(n.quantileLevels ?? [])],
        values: (n.values ?? []).map((v) => ({ variable: variableFromProto(v.variable ?? 0)!, leadMinutes: v.leadMinutes ?? 0, quantiles: [...(v.quantiles ?? [])] })),
        inferenceMs: n.inferenceMs ?? 0, gatewayId: n.gatewayId || gatewayId, gatewayReceivedMs: longToNumber(n.gatewayReceivedMs),
      });
    }
    for (const r of reports) {
      if (modelReportProblem(r, r.deviceId ?? '') !== undefined) {
        this.metrics.reports.inc({ state: 'invalid' });
        continue;
      }
      rs.push({
        deviceId: r.deviceId!, deploymentId: r.deploymentId ?? '', modelId: r.modelId ?? '', version: r.version ?? '', state: reportStateName(r.state),
        reason: r.reason ?? '', activeVersion: r.activeVersion ?? '', timeMs: longToNumber(r.timeMs), bytesReceived: longToNumber(r.bytesReceived), gatewayId,
      });
    }
    this.write(ns, rs);
    for (const n of ns) this.metrics.nowcasts.inc({ state: n.state });
    for (const r of rs) this.metrics.reports.inc({ state: r.state });
    return { stored: ns.length + rs.length, dropped: nowcasts.length + reports.length - ns.length - rs.length };
  }

  /** One station's nowcasts with base time in [from, to), the most recently issued first. */
  query(q: NowcastQuery): NowcastRow[] {
    const rows = this.db
      .prepare(`SELECT * FROM nowcasts WHERE device_id = ? AND base_time_ms >= ? AND base_time_ms < ? ORDER BY issued_ms DESC, base_time_ms DESC LIMIT ?`)
      .all(q.station, q.fromMs ?? -8.64e15, q.toMs ?? 8.64e15, q.limit) as DbNowcast[];
    return rows.map(fromDb);
  }

  /** The most recently issued nowcast of every station. */
  latest(): NowcastRow[] {
    const rows = this.db
      .prepare(`SELECT n.* FROM nowcasts n JOIN (SELECT device_id, MAX(issued_ms) AS t FROM nowcasts GROUP BY device_id) m
        ON n.device_id = m.device_id AND n.issued_ms = m.t ORDER BY n.device_id, n.base_time_ms DESC`)
      .all() as DbNowcast[];
    const seen = new Set<string>();
    return rows.map(fromDb).filter((r) => !seen.has(r.deviceId) && seen.add(r.deviceId));
  }

  /** The newest model update report of every device (its model version and rollout state). */
  deviceModels(): ModelReportRow[] {
    const rows = this.db
      .prepare(`SELECT r.* FROM model_reports r JOIN (SELECT device_id, MAX(time_ms) AS t FROM model_reports GROUP BY device_id) m
        ON r.device_id = m.device_id AND r.time_ms = m.t ORDER BY r.device_id`)
      .all() as DbReport[];
    const seen = new Set<string>();
    return rows.map(reportFromDb).filter((r) => !seen.has(r.deviceId) && seen.add(r.deviceId));
  }

  /** Every report of one device, oldest first (what happened during a rollout). */
  reportsOf(deviceId: string, limit = 1000): ModelReportRow[] {
    return (this.db.prepare(`SELECT * FROM model_reports WHERE device_id = ? ORDER BY time_ms LIMIT ?`).all(deviceId, limit) as DbReport[]).map(reportFromDb);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

interface DbReport {
  device_id: string; deployment_id: string; model_id: string; version: string; state: string; reason: string;
  active_version: string; time_ms: number; bytes_received: number; gateway_id: string;
}

function reportFromDb(r: DbReport): ModelReportRow {
  return {
    deviceId: r.device_id, deploymentId: r.deployment_id, modelId: r.model_id, version: r.version, state: r.state, reason: r.reason,
    activeVersion: r.active_version, timeMs: r.time_ms, bytesReceived: r.bytes_received, gatewayId: r.gateway_id,
  };
}

function fromDb(r: DbNowcast): NowcastRow {
  return {
    deviceId: r.device_id, baseTimeMs: r.base_time_ms, issuedMs: r.issued_ms, state: r.state, reason: r.reason, modelId: r.model_id,
    modelVersion: r.model_version, executionProvider: r.execution_provider, inputFromMs: r.input_from_ms, inputToMs: r.input_to_ms,
    inputSteps: r.input_steps, inputMissing: r.input_missing, inputLastSeq: r.input_last_seq, quantileLevels: JSON.parse(r.quantile_levels) as number[],
    values: JSON.parse(r.values_json) as NowcastRow['values'], inferenceMs: r.inference_ms, gatewayId: r.gateway_id, gatewayReceivedMs: r.gateway_received_ms,
  };
}
