/**
 * Boundary checks of the nowcast and model-update messages (wx.v1.Nowcast, wx.v1.ModelUpdateReport),
 * shared by the gateway (MQTT ingest) and the cloud (gRPC ingest): pure functions that say what is
 * wrong, naming the field, or undefined when the message can be accepted.
 */
import { isValidId } from './topics.js';
import { variableFromProto } from './variables.js';
import type { ModelUpdateReportProps, NowcastProps } from '../protos/index.js';

/** A nowcast carries at most this many (variable, lead) entries and quantile levels. */
export const NOWCAST_LIMITS = { maxValues: 512, maxQuantiles: 32, maxLeadMinutes: 7 * 24 * 60, maxText: 512 } as const;

/** protobufjs decodes 64-bit fields as Long objects at run time, whatever the typings say. */
export function longToNumber(v: unknown): number {
  if (v === undefined || v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'object' && 'toNumber' in v && typeof v.toNumber === 'function') return (v as { toNumber(): number }).toNumber();
  return Number(v);
}

const finite = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x);
const textOk = (s: string | null | undefined): boolean => (s ?? '').length <= NOWCAST_LIMITS.maxText;

/** Why a nowcast published for `topicDeviceId` cannot be accepted ("field: reason"), or undefined. */
export function nowcastProblem(n: NowcastProps, topicDeviceId: string): string | undefined {
  if (n.deviceId !== topicDeviceId) return `device_id: ${JSON.stringify(n.deviceId)} does not match the topic's ${topicDeviceId}`;
  const state = n.state ?? 0;
  if (state < 1 || state > 4) return `state: ${state} is not a known NowcastState`;
  for (const f of ['baseTimeMs', 'issuedMs', 'inputFromMs', 'inputToMs', 'inputLastSeq'] as const) {
    const v = longToNumber(n[f]);
    if (!Number.isSafeInteger(v) || v < 0) return `${f}: ${v} is not a non-negative time or sequence`;
  }
  if (longToNumber(n.issuedMs) <= 0) return 'issued_ms: missing';
  if (!textOk(n.reason) || !textOk(n.modelId) || !textOk(n.modelVersion) || !textOk(n.executionProvider)) return `text fields: longer than ${NOWCAST_LIMITS.maxText} characters`;
  if (n.inferenceMs !== undefined && n.inferenceMs !== null && !(finite(n.inferenceMs) && n.inferenceMs >= 0)) return 'inference_ms: not a finite non-negative number';
  const levels = n.quantileLevels ?? [];
  if (levels.length > NOWCAST_LIMITS.maxQuantiles) return `quantile_levels: ${levels.length} levels, at most ${NOWCAST_LIMITS.maxQuantiles}`;
  if (!levels.every((q) => finite(q) && q > 0 && q < 1)) return 'quantile_levels: each must be a finite number in (0, 1)';
  const values = n.values ?? [];
  if (values.length > NOWCAST_LIMITS.maxValues) return `values: ${values.length} entries, at most ${NOWCAST_LIMITS.maxValues}`;
  if (state === 1 && values.length === 0) return 'values: an OK nowcast has no values';
  for (const [i, v] of values.entries()) {
    if (variableFromProto(v.variable ?? 0) === undefined) return `values.${i}.variable: unknown variable ${v.variable}`;
    const lead = v.leadMinutes ?? 0;
    if (lead < 1 || lead > NOWCAST_LIMITS.maxLeadMinutes) return `values.${i}.lead_minutes: ${lead} outside [1, ${NOWCAST_LIMITS.maxLeadMinutes}]`;
    const q = v.quantiles ?? [];
    if (q.length !== levels.length) return `values.${i}.quantiles: ${q.length} values for ${levels.length} quantile levels`;
    if (!q.every(finite)) return `values.${i}.quantiles: not finite`;
  }
  return undefined;
}

/** Why a model update report published for `topicDeviceId` cannot be accepted, or undefined. */
export function modelReportProblem(r: ModelUpdateReportProps, topicDeviceId: string): string | undefined {
  if (r.deviceId !== topicDeviceId) return `device_id: ${JSON.stringify(r.deviceId)} does not match the topic's ${topicDeviceId}`;
  const state = r.state ?? 0;
  if (state < 1 || state > 6) return `state: ${state} is not a known ModelUpdateState`;
  const t = longToNumber(r.timeMs);
  if (!Number.isSafeInteger(t) || t <= 0) return 'time_ms: missing or not a time';
  if (!Number.isSafeInteger(longToNumber(r.bytesReceived))) return 'bytes_received: not a safe integer';
  if (r.deploymentId && !isValidId(r.deploymentId)) return 'deployment_id: not a valid id';
  if (![r.reason, r.modelId, r.version, r.activeVersion, r.deploymentId].every(textOk)) return `text fields: longer than ${NOWCAST_LIMITS.maxText} characters`;
  return undefined;
}
