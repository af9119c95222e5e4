/**
 * Gateway fusion at run time (the small API that Node-RED nodes can wrap later):
 * FusionRunner (steps, fusion, persistence, metrics), the outbox tap that feeds it, the encoder that
 * writes its output as outbox rows, and the config section.
 */
export { FusionRunner, type FusionRunnerDeps } from './runner.js';
export { FusionStateStore, type SavedFusion } from './state-store.js';
export { StepGrouper, type StepReading, type ClosedStep } from './step-grouper.js';
export { spatialQcMessages, fusedMessages } from './messages.js';
export { createFusionMetrics, type FusionMetrics } from './metrics.js';
export { tapOutbox, type AcceptedListener } from './outbox-tap.js';
export { fusionOutboxRow } from './outbox-row.js';
export { fusionRunConfigSchema, type FusionRunConfig } from './config.js';
export { startFusion, type FusionService, type FusionServiceDeps } from './service.js';
