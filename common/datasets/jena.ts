import { readFileSync } from 'node:fs';
import { WxError } from '../errors.js';
import { localToUtcMs } from './beijing.js';
import { pad2, parseNumber, splitCsvLine } from './csv.js';
import type { StationMeta, StationRecord } from './types.js';

/**
 * MPI-BGC Jena roof station files: 10-minute rows, Latin-1 (the header has ² and µ),
 * "DD.MM.YYYY HH:MM:SS" times. The publisher logs in local standard time; taken as UTC+1 (CET, no
 * daylight saving). Values such as -9999 are kept raw: flagging them is QC's job, not the parser's.
 */
export const JENA_UTC_OFFSET_HOURS = 1;

export const JENA_STATION: Omit<StationMeta, 'file'> = {
  id: 'jena-mpi-roof',
  name: 'Jena Beutenberg (MPI-BGC roof)',
  latitude: 50.91,
  longitude: 11.56,
  elevationM: 220,
  utcOffsetHours: JENA_UTC_OFFSET_HOURS,
};

const COLUMNS = {
  time: 'Date Time',
  pressure: 'p (mbar)',
  temperature: 'T (degC)',
  dew_point: 'Tdew (degC)',
  relative_humidity: 'rh (%)',
  wind_speed: 'wv (m/s)',
  wind_direction: 'wd (deg)',
  precipitation: 'rain (mm)',
} as const;

const TIME = /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2})(?::\d{2})?$/;

export function parseJenaCsv(text: string, source = 'jena csv'): StationRecord[] {
  const lines = text.split('\n');
  const cols = splitCsvLine(lines[0] ?? '');
  const at = {} as Record<keyof typeof COLUMNS, number>;
  for (const [key, name] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    const i = cols.indexOf(name);
    if (i < 0) throw new WxError('WX_ERR_SOURCE', `${source}: column "${name}" is missing from the header`);
    at[key] = i;
  }
  const out: StationRecord[] = [];
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') continue;
    const f = splitCsvLine(line);
    const m = TIME.exec((f[at.time] ?? '').trim());
    if (!m) continue;
    const [dd, mm, yyyy, hh, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
    out.push({
      timeMs: localToUtcMs(yyyy, mm, dd, hh, mi, JENA_UTC_OFFSET_HOURS),
      localTime: `${yyyy}-${pad2(mm)}-${pad2(dd)} ${pad2(hh)}:${pad2(mi)}`,
      values: {
        temperature: parseNumber(f[at.temperature]),
        pressure: parseNumber(f[at.pressure]),
        dew_point: parseNumber(f[at.dew_point]),
        relative_humidity: parseNumber(f[at.relative_humidity]),
        wind_speed: parseNumber(f[at.wind_speed]),
        wind_direction: parseNumber(f[at.wind_direction]),
        precipitation: parseNumber(f[at.precipitation]),
      },
    });
  }
  return out;
}

/** Reads the file as Latin-1, as the publisher writes it. */
export function readJenaCsv(path: string): StationRecord[] {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    throw new WxError('WX_ERR_SOURCE', `${path}: cannot read`, { cause: err });
  }
  return parseJenaCsv(buf.toString('latin1'), path);
}
