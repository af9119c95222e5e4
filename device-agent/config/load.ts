import { readConfigFile, validateConfig } from '../../common/config.js';
import { WxError } from '../../common/errors.js';
import { loadCa } from '../../common/tls.js';
import { defaultQcConfig, type QcConfig, type VariableQcConfig } from '../qc/index.js';
import type { VariableName } from '../../common/variables.js';
import { firmwareConfigSchema } from './schema.js';
import type { FirmwareConfig } from './types.js';

/** Command-line or environment values that replace config fields before validation. */
export interface ConfigOverrides {
  gatewayUrl?: string;
  password?: string;
  speedup?: number;
}

/** Validates raw config data (every problem listed by field in the WxError's details). */
export function validateFirmwareConfig(data: unknown, source: string): FirmwareConfig {
  return validateConfig<FirmwareConfig>(firmwareConfigSchema, data, source);
}

/** Reads a YAML/JSON firmware config, applies overrides, validates it. */
export function loadFirmwareConfig(path: string, overrides: ConfigOverrides = {}): FirmwareConfig {
  const raw = readConfigFile(path);
  const config = validateFirmwareConfig(applyOverrides(raw, overrides), path);
  checkGatewayTls(config, path);
  return config;
}

/** The CA file must be there and hold a certificate now, not at the first TLS handshake. */
export function checkGatewayTls(config: FirmwareConfig, source: string): void {
  const { caFile, url } = config.gateway;
  if (caFile === undefined) return;
  if (!url.startsWith('mqtts://')) throw new WxError('WX_ERR_CONFIG_INVALID', `${source}: gateway.caFile: only used with an mqtts:// gateway.url (got ${url})`, { field: 'gateway.caFile' });
  try {
    loadCa(caFile, 'gateway.caFile');
  } catch (err) {
    throw new WxError('WX_ERR_CONFIG_INVALID', `${source}: ${(err as Error).message}`, { field: 'gateway.caFile', cause: err });
  }
}

/** Overrides go in before validation, so a bad override is reported like a bad field. */
export function applyOverrides(raw: unknown, overrides: ConfigOverrides): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const data = structuredClone(raw) as Record<string, unknown>;
  const obj = (key: string, parent: Record<string, unknown> = data): Record<string, unknown> => {
    const v = parent[key];
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
    const created: Record<string, unknown> = {};
    parent[key] = created;
    return created;
  };
  if (overrides.gatewayUrl !== undefined) obj('gateway').url = normaliseGatewayUrl(overrides.gatewayUrl);
  if (overrides.password !== undefined) obj('gateway').password = overrides.password;
  if (overrides.speedup !== undefined) {
    const source = obj('source');
    const kind = source.kind;
    if (kind === 'replay-beijing' || kind === 'replay-jena') obj('replay', source).speedup = overrides.speedup;
    else if (kind === 'simulated') obj('simulated', source).speedup = overrides.speedup;
  }
  return data;
}

/** `host:port` is accepted for convenience and becomes `mqtt://host:port`. */
export function normaliseGatewayUrl(value: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `mqtt://${value}`;
}

/** The QC settings the engine gets: the defaults with the config's fields on top. */
export function effectiveQcConfig(config: FirmwareConfig): QcConfig {
  const base = defaultQcConfig();
  const qc = config.qc ?? {};
  // Field by field: a config naming one threshold of a variable keeps the tuned rest.
  const variables: QcConfig['variables'] = { ...base.variables };
  for (const [name, overrides] of Object.entries(qc.variables ?? {}) as [VariableName, VariableQcConfig][]) {
    variables[name] = { ...base.variables[name], ...overrides };
  }
  return { ...base, ...qc, variables };
}

/** The replay/simulated options for the configured kind; throws if absent (the schema requires them). */
export function requireBlock<K extends 'replay' | 'simulated' | 'iio'>(config: FirmwareConfig, key: K): NonNullable<FirmwareConfig['source'][K]> {
  const block = config.source[key];
  if (!block) throw new WxError('WX_ERR_CONFIG_INVALID', `source.${key}: is required for kind ${config.source.kind}`, { field: `source.${key}` });
  return block;
}
