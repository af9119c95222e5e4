import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WxError } from '../errors.js';
import { pad2, parseNumber, splitCsvLine } from './csv.js';
import type { Split, StationMeta, StationRecord } from './types.js';

/**
 * Beijing Multi-Site Air-Quality (UCI #501) files: hourly, CRLF, quoted strings, NA for gaps.
 * Times are Beijing local time, taken as UTC+8 (China has no daylight saving since 1991).
 */
export const BEIJING_UTC_OFFSET_HOURS = 8;

/** 16 compass points -> degrees the wind blows from. */
const COMPASS: Record<string, number> = {
  N: 0, NNE: 22.5, NE: 45, ENE: 67.5, E: 90, ESE: 112.5, SE: 135, SSE: 157.5,
  S: 180, SSW: 202.5, SW: 225, WSW: 247.5, W: 270, WNW: 292.5, NW: 315, NNW: 337.5,
};

export function compassToDegrees(point: string): number {
  return COMPASS[point.trim().toUpperCase()] ?? NaN;
}

/** Split boundaries from shared/data/README.md, in the files' local time. */
const TRAIN_END_LOCAL = '2015-10-31 23:00';
const VALIDATION_END_LOCAL = '2016-08-31 23:00';

export function beijingSplit(localTime: string): Split {
  if (localTime <= TRAIN_END_LOCAL) return 'train';
  if (localTime <= VALIDATION_END_LOCAL) return 'validation';
  return 'test';
}

export function localToUtcMs(year: number, month: number, day: number, hour: number, minute: number, offsetHours: number): number {
  return Date.UTC(year, month - 1, day, hour, minute) - offsetHours * 3_600_000;
}

/** Reads stations.csv (name, file, coordinates). Elevations are not given by the source: NaN. */
export function readBeijingStations(dir: string): StationMeta[] {
  const path = join(dir, 'stations.csv');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new WxError('WX_ERR_SOURCE', `${path}: cannot read station table`, { cause: err });
  }
  const [header, ...rows] = text.split('\n').filter((l) => l.trim() !== '');
  const cols = splitCsvLine(header ?? '');
  const idx = (name: string): number => {
    const i = cols.indexOf(name);
    if (i < 0) throw new WxError('WX_ERR_SOURCE', `${path}: column ${name} is missing`);
    return i;
  };
  const [iName, iFile, iLat, iLon] = [idx('station'), idx('file'), idx('lat_deg_n'), idx('lon_deg_e')];
  return rows.map((line) => {
    const f = splitCsvLine(line);
    const name = f[iName] ?? '';
    return {
      id: name.toLowerCase(),
      name,
      latitude: parseNumber(f[iLat]),
      longitude: parseNumber(f[iLon]),
      elevationM: NaN,
      file: join(dir, f[iFile] ?? ''),
      utcOffsetHours: BEIJING_UTC_OFFSET_HOURS,
    };
  });
}

const REQUIRED = ['year', 'month', 'day', 'hour', 'TEMP', 'PRES', 'DEWP', 'RAIN', 'wd', 'WSPM'] as const;

/** Parses a whole PRSA file into records, oldest first. A row with a broken timestamp is skipped. */
export function parseBeijingCsv(text: string, source = 'beijing csv'): StationRecord[] {
  const lines = text.split('\n');
  const cols = splitCsvLine(lines[0] ?? '');
  const at: Record<string, number> = {};
  for (const name of REQUIRED) {
    const i = cols.indexOf(name);
    if (i < 0) throw new WxError('WX_ERR_SOURCE', `${source}: column ${name} is missing from the header`);
    at[name] = i;
  }
  const out: StationRecord[] = [];
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') continue;
    const f = splitCsvLine(line);
    const y = parseNumber(f[at.year!]);
    const mo = parseNumber(f[at.month!]);
    const d = parseNumber(f[at.day!]);
    const h = parseNumber(f[at.hour!]);
    if (![y, mo, d, h].every(Number.isFinite)) continue;
    out.push({
      timeMs: localToUtcMs(y, mo, d, h, 0, BEIJING_UTC_OFFSET_HOURS),
      localTime: `${y}-${pad2(mo)}-${pad2(d)} ${pad2(h)}:00`,
      values: {
        temperature: parseNumber(f[at.TEMP!]),
        pressure: parseNumber(f[at.PRES!]),
        dew_point: parseNumber(f[at.DEWP!]),
        precipitation: parseNumber(f[at.RAIN!]),
        wind_direction: compassToDegrees(f[at.wd!] ?? ''),
        wind_speed: parseNumber(f[at.WSPM!]),
      },
    });
  }
  return out;
}

export function readBeijingCsv(path: string): StationRecord[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new WxError('WX_ERR_SOURCE', `${path}: cannot read`, { cause: err });
  }
  return parseBeijingCsv(text, path);
}
