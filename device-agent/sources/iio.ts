import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WxError } from '../../common/errors.js';
import type { VariableName } from '../../common/variables.js';
import type { IioDeviceSpec, IioOptions, IioVariable } from '../config/types.js';
import { dewPointC } from './dewpoint.js';
import type { Sample, Source, SourceHost } from './types.js';

/**
 * Linux Industrial I/O sensors through sysfs (/sys/bus/iio/devices/iio:deviceN). A device is
 * identified by its `name` file (the driver: bme280, bmp280, bme680, sht3x...). Channels, per the IIO
 * ABI (Documentation/ABI/testing/sysfs-bus-iio):
 *   in_temp_input             milli °C
 *   in_pressure_input         kPa
 *   in_humidityrelative_input milli %
 * or, without `_input`, `_raw` with optional `_offset` and `_scale`: value = (raw + offset) * scale,
 * in the same units as `_input`. A failed read gives NaN (a dropout for QC), never a crash.
 */
const CHANNELS: Record<IioVariable, { prefix: string; toPlatformUnit: (v: number) => number }> = {
  temperature: { prefix: 'in_temp', toPlatformUnit: (v) => v / 1000 },
  pressure: { prefix: 'in_pressure', toPlatformUnit: (v) => v * 10 },
  relative_humidity: { prefix: 'in_humidityrelative', toPlatformUnit: (v) => v / 1000 },
};
const IIO_VARIABLES = Object.keys(CHANNELS) as IioVariable[];

/** Drivers taken when the config lists no devices. */
export const KNOWN_IIO_DRIVERS = ['bme280', 'bmp280', 'bme680', 'bmp180', 'bmp380', 'sht3x', 'sht4x', 'hdc100x', 'htu21', 'si7020', 'dht11'];

export interface IioChannel {
  variable: IioVariable;
  device: string;
  driver: string;
  input?: string;
  raw?: string;
  offset?: string;
  scale?: string;
}

async function readNumber(path: string): Promise<number> {
  const text = (await readFile(path, 'utf8')).trim();
  const n = Number(text);
  if (text === '' || !Number.isFinite(n)) throw new WxError('WX_ERR_SOURCE', `${path}: not a number: ${JSON.stringify(text)}`);
  return n;
}

async function listDevices(root: string): Promise<{ dir: string; driver: string }[]> {
  let entries: string[];
  try {
    entries = await readdir(root);
  } catch (err) {
    throw new WxError('WX_ERR_SOURCE', `${root}: cannot list IIO devices`, { cause: err });
  }
  const out: { dir: string; driver: string }[] = [];
  for (const e of entries.filter((n) => /^iio:device\d+$/.test(n)).sort((a, b) => Number(a.slice(10)) - Number(b.slice(10)))) {
    const dir = join(root, e);
    const driver = await readFile(join(dir, 'name'), 'utf8').then((t) => t.trim(), () => '');
    out.push({ dir, driver });
  }
  return out;
}

/** Works out which files give which variable (first device wins for a variable). */
export async function discoverIioChannels(options: IioOptions): Promise<IioChannel[]> {
  const devices = await listDevices(options.sysfsRoot);
  const wanted: readonly IioDeviceSpec[] = options.devices ?? devices.filter((d) => KNOWN_IIO_DRIVERS.includes(d.driver)).map((d) => ({ name: d.driver }));
  if (wanted.length === 0) throw new WxError('WX_ERR_SOURCE', `${options.sysfsRoot}: no known IIO weather sensor found (${devices.map((d) => d.driver).join(', ') || 'no devices'})`);
  const taken = new Set<string>();
  const channels: IioChannel[] = [];
  for (const spec of wanted) {
    const device = devices.find((d) => d.driver === spec.name && !taken.has(d.dir));
    if (!device) throw new WxError('WX_ERR_SOURCE', `${options.sysfsRoot}: no IIO device named ${spec.name}`, { field: 'source.iio.devices' });
    taken.add(device.dir);
    const files = new Set(await readdir(device.dir));
    for (const variable of spec.variables ?? IIO_VARIABLES) {
      if (channels.some((c) => c.variable === variable)) continue;
      const p = CHANNELS[variable].prefix;
      const at = (suffix: string): string | undefined => (files.has(`${p}_${suffix}`) ? join(device.dir, `${p}_${suffix}`) : undefined);
      const input = at('input');
      const raw = at('raw');
      if (!input && !raw) {
        if (spec.variables) throw new WxError('WX_ERR_SOURCE', `${device.dir} (${device.driver}): has no ${p}_input or ${p}_raw`);
        continue;
      }
      const offset = at('offset');
      const scale = at('scale');
      channels.push({
        variable,
        device: device.dir,
        driver: device.driver,
        ...(input ? { input } : { raw: raw! }),
        ...(!input && offset ? { offset } : {}),
        ...(!input && scale ? { scale } : {}),
      });
    }
  }
  if (channels.length === 0) throw new WxError('WX_ERR_SOURCE', `${options.sysfsRoot}: the IIO devices expose no temperature, pressure or humidity channel`);
  return channels;
}

export async function readIioChannel(c: IioChannel): Promise<number> {
  let value: number;
  if (c.input) value = await readNumber(c.input);
  else {
    const raw = await readNumber(c.raw!);
    const offset = c.offset ? await readNumber(c.offset) : 0;
    const scale = c.scale ? await readNumber(c.scale) : 1;
    value = (raw + offset) * scale;
  }
  return CHANNELS[c.variable].toPlatformUnit(value);
}

export interface IioSourceOptions {
  options: IioOptions;
  samplingIntervalMs: number;
  host: SourceHost;
  onReadError?: (channel: IioChannel, err: unknown) => void;
}

export async function createIioSource({ options, samplingIntervalMs, host, onReadError }: IioSourceOptions): Promise<Source> {
  const channels = await discoverIioChannels(options);
  let nextDue = host.now();
  let lastTimeMs = 0;
  let closed = false;
  return {
    kind: 'iio',
    realIntervalMs: samplingIntervalMs,
    details: { source: 'iio', drivers: [...new Set(channels.map((c) => c.driver))].join(','), channels: channels.map((c) => c.variable).join(',') },
    async next(signal) {
      if (closed) return undefined;
      await host.sleep(Math.max(0, nextDue - host.now()), signal);
      nextDue = Math.max(nextDue + samplingIntervalMs, host.now());
      const values: Partial<Record<VariableName, number>> = {};
      for (const c of channels) {
        try {
          values[c.variable] = await readIioChannel(c);
        } catch (err) {
          values[c.variable] = NaN;
          onReadError?.(c, err);
        }
      }
      if (options.derivedDewPoint && values.temperature !== undefined && values.relative_humidity !== undefined) {
        values.dew_point = dewPointC(values.temperature, values.relative_humidity);
      }
      lastTimeMs = host.now();
      const sample: Sample = { timeMs: lastTimeMs, clockSynced: host.clockSynced(), values };
      return sample;
    },
    cursor: () => JSON.stringify({ lastTimeMs }),
    async close() {
      closed = true;
    },
  };
}
