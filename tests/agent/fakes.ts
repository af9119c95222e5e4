import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceHost } from '../../device-agent/sources/types.js';
import { tempDir } from './helpers.js';

/** A fake clock: sleep() advances time at once and records what was asked. */
export interface FakeHost extends SourceHost {
  time: number;
  sleeps: number[];
  synced: boolean;
}

export function fakeHost(startMs = Date.UTC(2024, 5, 1)): FakeHost {
  const host: FakeHost = {
    time: startMs,
    sleeps: [],
    synced: true,
    now: () => host.time,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      host.sleeps.push(ms);
      host.time += ms;
    },
    clockSynced: () => host.synced,
  };
  return host;
}

/** Writes a device folder under a fake /sys/bus/iio/devices. */
export function fakeIioDevice(root: string, index: number, name: string, files: Record<string, string>): string {
  const dir = join(root, `iio:device${index}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'name'), `${name}\n`);
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), `${content}\n`);
  return dir;
}

/**
 * A fake sysfs with: a BME280 (processed *_input channels), an SHT3x-like device (raw + scale +
 * offset), and an unrelated ADC that must be ignored.
 */
export function fakeSysfs(): { root: string; bme280: string; sht3x: string } {
  const root = join(tempDir('wx-sysfs-'), 'sys', 'bus', 'iio', 'devices');
  mkdirSync(root, { recursive: true });
  const adc = fakeIioDevice(root, 0, 'ads1015', { in_voltage0_raw: '1234' });
  void adc;
  const bme280 = fakeIioDevice(root, 1, 'bme280', {
    in_temp_input: '21500', // milli °C
    in_pressure_input: '101.325', // kPa
    in_humidityrelative_input: '45123', // milli %
  });
  const sht3x = fakeIioDevice(root, 2, 'sht3x', {
    in_temp_raw: '26000',
    in_temp_offset: '-16852', // (raw + offset) * scale = milli °C
    in_temp_scale: '2.670328', // -> 24.4 °C
    in_humidityrelative_raw: '32768',
    in_humidityrelative_scale: '1.525902', // -> 50.0 %
  });
  return { root, bme280, sht3x };
}
