import { dirname, isAbsolute, resolve } from 'node:path';
import { readConfigFile, validateConfig } from '../../common/config.js';
import { isWxError, WxError } from '../../common/errors.js';
import { devicesFileSchema, gatewayConfigSchema, type DeviceConfig, type GatewayConfig } from './schema.js';

export const DEFAULT_BRIDGE_TOPICS = Object.freeze(['wx/v1/+/+/readings', 'wx/v1/+/+/status']);

/**
 * Validates an already parsed configuration (plus the devices of a separate devices file, when the
 * config names one) and returns it frozen. Every problem is listed by field in one WxError.
 */
export function validateGatewayConfig(data: unknown, source: string, readFile: (path: string) => unknown = readConfigFile): GatewayConfig {
  const config = validateConfig<GatewayConfig>(gatewayConfigSchema, data, source);
  let devices: DeviceConfig[] = [...config.devices];
  const problems: string[] = [];
  if (config.devicesFile !== undefined) {
    const path = isAbsolute(config.devicesFile) ? config.devicesFile : resolve(dirname(source), config.devicesFile);
    try {
      const raw = readFile(path);
      const wrapped = Array.isArray(raw) ? { devices: raw } : raw;
      devices = devices.concat(validateConfig<{ devices: DeviceConfig[] }>(devicesFileSchema, wrapped, path).devices);
    } catch (err) {
      if (!isWxError(err)) throw err;
      problems.push(...(err.details.length > 0 ? err.details.map((d) => `devicesFile (${path}): ${d}`) : [`devicesFile: ${err.message}`]));
    }
  }
  const seen = new Set<string>();
  devices.forEach((d, i) => {
    if (seen.has(d.deviceId)) problems.push(`devices.${i}.deviceId: duplicate device id ${JSON.stringify(d.deviceId)}`);
    seen.add(d.deviceId);
  });
  if (config.forwarding.retryMaxMs < config.forwarding.retryInitialMs) {
    problems.push('forwarding.retryMaxMs: must be >= forwarding.retryInitialMs');
  }
  if (problems.length > 0) {
    throw new WxError('WX_ERR_CONFIG_INVALID', `${source}: configuration is invalid (${problems.length} error${problems.length === 1 ? '' : 's'})`, {
      details: problems,
    });
  }
  return Object.freeze({ ...config, devices: Object.freeze(devices) as DeviceConfig[] });
}

export function loadGatewayConfig(path: string): GatewayConfig {
  return validateGatewayConfig(readConfigFile(path), path);
}
