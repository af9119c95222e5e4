/**
 * FusionResult → the wire messages that travel beside the raw readings (protos/wx/v1/fusion.proto):
 * one SpatialQc per station and variable the checks saw, one FusedEstimate per H3 cell and variable
 * with an estimate.
 */
import { variableToProto } from '../../common/variables.js';
import { v1, type FusedEstimateProps, type SpatialQcProps } from '../../protos/index.js';
import type { FusedVariable, FusionResult } from '../fusion/index.js';
import type { StepReading } from './step-grouper.js';

const TEST_BITS: Record<string, number> = {
  buddy: v1.SpatialTest.SPATIAL_TEST_BUDDY,
  sct: v1.SpatialTest.SPATIAL_TEST_SCT,
  isolated: v1.SpatialTest.SPATIAL_TEST_ISOLATION,
  duplicate: v1.SpatialTest.SPATIAL_TEST_DUPLICATE,
};

export function spatialQcMessages(result: FusionResult, readings: readonly StepReading[]): SpatialQcProps[] {
  const byStation = new Map(readings.map((r) => [r.deviceId, r]));
  const out: SpatialQcProps[] = [];
  for (const [deviceId, vars] of Object.entries(result.flags)) {
    const r = byStation.get(deviceId);
    if (r === undefined) continue;
    for (const [variable, f] of Object.entries(vars)) {
      if (f === undefined) continue;
      out.push({
        deviceId,
        seq: r.seq,
        timeMs: r.timeMs,
        variable: variableToProto(variable as FusedVariable),
        flag: f.suspect ? v1.QcFlag.QC_SUSPECT : v1.QcFlag.QC_GOOD,
        tests: f.reasons.reduce((m, reason) => m | (TEST_BITS[reason] ?? 0), 0),
        trust: result.trust[deviceId] ?? 1,
      });
    }
  }
  return out;
}

export function fusedMessages(result: FusionResult, h3Resolution: number): FusedEstimateProps[] {
  const out: FusedEstimateProps[] = [];
  for (const c of result.cells) {
    for (const [variable, e] of Object.entries(c.values)) {
      if (e === undefined || !Number.isFinite(e.value)) continue;
      out.push({
        h3Cell: c.cell,
        h3Resolution,
        timeMs: result.timeMs,
        variable: variableToProto(variable as FusedVariable),
        value: e.value,
        sd: e.sd,
        stations: e.stations.length,
        independentSeries: e.witnesses,
        deviceIds: e.stations,
      });
    }
  }
  return out;
}
