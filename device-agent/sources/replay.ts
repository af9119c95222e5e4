import { isAbsolute, resolve } from 'node:path';
import { WxError } from '../../common/errors.js';
import { readBeijingCsv, readJenaCsv, type StationRecord } from '../../common/datasets/index.js';
import type { ReplayOptions } from '../config/types.js';
import { Pacer } from './pacer.js';
import type { Sample, Source, SourceHost } from './types.js';

/**
 * Replays an observed station file: readings carry the file's own times (so the data are real),
 * paced by `speedup`. The cursor is `{"index": next row, "lap": n}`; with `loop` the file starts
 * again and times shift by whole laps (file span + one step) so they keep increasing.
 */
interface ReplayCursor {
  index: number;
  lap: number;
}

export interface ReplaySourceOptions {
  kind: 'replay-beijing' | 'replay-jena';
  records: readonly StationRecord[];
  replay: ReplayOptions;
  host: SourceHost;
  cursor?: string;
  details?: Record<string, string>;
}

export function parseReplayCursor(text: string | undefined): ReplayCursor | undefined {
  if (!text) return undefined;
  try {
    const c = JSON.parse(text) as Partial<ReplayCursor>;
    if (Number.isInteger(c.index) && Number.isInteger(c.lap) && c.index! >= 0 && c.lap! >= 0) return { index: c.index!, lap: c.lap! };
  } catch {
    // fall through
  }
  throw new WxError('WX_ERR_SOURCE', `replay cursor is unreadable: ${JSON.stringify(text)}`);
}

export function createReplaySource(options: ReplaySourceOptions): Source {
  const { records, replay, host } = options;
  if (records.length === 0) throw new WxError('WX_ERR_SOURCE', `${replay.file}: no rows to replay`);
  const first = records[0]!.timeMs;
  const last = records[records.length - 1]!.timeMs;
  const stepMs = records.length > 1 ? records[1]!.timeMs - first : 3_600_000;
  const lapMs = last - first + stepMs;
  let pos: ReplayCursor = parseReplayCursor(options.cursor) ?? { index: startIndex(records, replay.startLocalTime), lap: 0 };
  const pacer = new Pacer(host, replay.speedup);
  let closed = false;

  return {
    kind: options.kind,
    realIntervalMs: stepMs / replay.speedup,
    details: { source: options.kind, file: replay.file, speedup: String(replay.speedup), ...options.details },
    async next(signal) {
      if (closed) return undefined;
      if (pos.index >= records.length) {
        if (!replay.loop) return undefined;
        pos = { index: 0, lap: pos.lap + 1 };
      }
      const record = records[pos.index]!;
      const timeMs = record.timeMs + pos.lap * lapMs;
      await pacer.waitFor(timeMs, signal);
      // Advance only once the sample is handed out: an abort while waiting loses nothing.
      pos = { index: pos.index + 1, lap: pos.lap };
      const sample: Sample = { timeMs, clockSynced: true, values: { ...record.values } };
      return sample;
    },
    cursor: () => JSON.stringify(pos),
    async close() {
      closed = true;
    },
  };
}

function startIndex(records: readonly StationRecord[], startLocalTime: string | undefined): number {
  if (!startLocalTime) return 0;
  const i = records.findIndex((r) => r.localTime >= startLocalTime);
  if (i < 0) throw new WxError('WX_ERR_SOURCE', `source.replay.startLocalTime ${startLocalTime} is after the end of the file`, { field: 'source.replay.startLocalTime' });
  return i;
}

export function resolveDataFile(file: string, sharedDir: string): string {
  return isAbsolute(file) ? file : resolve(sharedDir, file);
}

export function createBeijingReplay(replay: ReplayOptions, host: SourceHost, sharedDir: string, cursor?: string): Source {
  const path = resolveDataFile(replay.file, sharedDir);
  return createReplaySource({ kind: 'replay-beijing', records: readBeijingCsv(path), replay, host, ...(cursor === undefined ? {} : { cursor }) });
}

export function createJenaReplay(replay: ReplayOptions, host: SourceHost, sharedDir: string, cursor?: string): Source {
  const path = resolveDataFile(replay.file, sharedDir);
  return createReplaySource({ kind: 'replay-jena', records: readJenaCsv(path), replay, host, ...(cursor === undefined ? {} : { cursor }) });
}
