/** Gridded forecasts from ONNX models described by a contract (docs/forecast-contract.md). */
export { contractSchema, loadContract, validateContract, channelNames, type ForecastContract, type LoadedContract, type ContractTensor, type ContractVariable } from './contract.js';
export { checkModelAgainstContract } from './check.js';
export { chooseExecutionProvider, type ProviderChoice } from './provider.js';
export { ForecastRunner, type InitialFieldFn, type RolloutRequest, type RolloutResult } from './runner.js';
export { perturbedInitial } from './ensemble.js';
export { startForecast, builtInContractPath, type ForecastService } from './service.js';
export { forecastConfigSchema, type ForecastConfig } from './config.js';
