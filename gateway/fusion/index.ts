/**
 * Public API of the gateway fusion library: spatial QC (titanlib's buddy check, SCT, isolation and
 * duplicate checks), shared-series grouping, per-station trust and per-H3-cell fused estimates.
 *
 *   const fusion = createFusion(stations, options, savedState);
 *   const { flags, groups, trust, cells } = fusion.update(timeMs, observations);
 *   persist(fusion.state());
 *
 * Options (all optional; `fusionOptionsSchema` documents ranges and defaults; units in the names and
 * the variable's unit °C, hPa, %, m/s elsewhere) are validated with every problem listed by field.
 */
export { createFusion, type Fusion, type FusionStation, type Observation, type FusionResult, type StationFlag, type FlagReason, type CellEstimate, type FusionState } from './fusion.js';
export { resolveFusionOptions, fusionOptionsSchema, FUSED_VARIABLES, type FusionOptions, type FusedVariable, type VariableOptions } from './options.js';
export { buddyCheck, type BuddyCheckOptions, type BuddyCheckResult } from './buddy-check.js';
export { sct, type SctOptions, type SctResult } from './sct.js';
export { isolationCheck, type IsolationCheckOptions } from './isolation-check.js';
export { duplicateCheck, type DuplicateCheckOptions } from './duplicate-check.js';
export { createSharedSeriesDetector, type SharedSeriesDetector, type SharedSeriesOptions, type SharedSeriesState } from './shared-series.js';
export { createTrustModel, type TrustModel, type TrustOptions, type TrustState } from './trust.js';
export { estimateAt, type Estimate, type EstimateInput, type EstimateParams } from './estimate.js';
export { buildWitnesses, type Witness } from './witnesses.js';
export { createStationIndex, type StationIndex, type Neighbours } from './station-index.js';
export { distanceKm } from './geo.js';
export type { SpatialPoints, CheckResult } from './types.js';
