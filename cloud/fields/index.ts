/**
 * The field store: gridded analyses and forecasts as Zarr v2 groups that xarray opens
 * (`xr.open_zarr(path, consolidated=False)`). Layout in docs/field-store.md.
 */
export { AnalysisStore, type AnalysisRecord, type AnalysisStoreSpec, type FieldsByVariable } from './analysis-store.js';
export { ForecastStore, type ForecastStoreSpec } from './forecast-store.js';
export type { StoredVariable } from './layout.js';
export { ZarrArray } from './zarr-v2.js';
