/**
 * On-device nowcasting: loads a model version (card + one .onnx file), verifies the file against
 * the card, picks an execution provider and forecasts from the agent's QC-flagged history. The
 * public API of this folder; the agent loop, MQTT and OTA (wired elsewhere) use only these names.
 */
export type { HistoryReading, NowcastModel, LoadOptions } from './model.js';
export { loadNowcastModel, smokeTest } from './model.js';
export type { AgentCapabilities } from './contract.js';
export { checkContract } from './contract.js';
export { availableProviders, type ProviderName } from './providers.js';
export type { NowcastCard, Precision } from '../../common/nowcast/card.js';
