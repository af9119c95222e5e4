/**
 * Sequence numbers the outbox has handed out or may hand out soon, kept outside the outbox file
 * (`outbox.seq-floor` beside it). The hub is idempotent on (device, seq): a station whose outbox is
 * lost to corruption and starts counting from 1 again would have every new reading dropped as a
 * duplicate of an old one. So before the outbox uses a seq above the recorded bound it records a new
 * bound STEP further (one small durable write every STEP readings, about a week at a reading a
 * minute), and a fresh outbox after a corrupted one starts above it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { replaceFileDurably } from '../../common/durable-file.js';

export const SEQ_FLOOR_STEP = 10_000;

export interface SeqFloor {
  /** Every seq used so far is at most this (undefined: no valid record). */
  readonly reservedThrough: number | undefined;
  /** Records that seqs up to `seq` may be used; throws what the disk throws (ENOSPC). */
  reserveThrough(seq: number): void;
}

/** Why a floor file could not be read, for the log (the outbox then relies on the clock; see recover.ts). */
export type SeqFloorProblem = 'missing' | 'unreadable' | 'other-device';

export function openSeqFloor(path: string, deviceId: string, onProblem?: (problem: SeqFloorProblem, detail?: string) => void): SeqFloor {
  let reserved: number | undefined;
  if (!existsSync(path)) onProblem?.('missing');
  else {
    try {
      const r = JSON.parse(readFileSync(path, 'utf8')) as { deviceId?: unknown; reservedThrough?: unknown };
      if (r.deviceId !== deviceId) onProblem?.('other-device', String(r.deviceId));
      else if (typeof r.reservedThrough === 'number' && Number.isSafeInteger(r.reservedThrough) && r.reservedThrough >= 0) reserved = r.reservedThrough;
      else onProblem?.('unreadable', 'reservedThrough is not a non-negative integer');
    } catch (err) {
      onProblem?.('unreadable', (err as Error).message);
    }
  }
  return {
    get reservedThrough() {
      return reserved;
    },
    reserveThrough(seq: number) {
      replaceFileDurably(path, JSON.stringify({ deviceId, reservedThrough: seq }) + '\n');
      reserved = seq;
    },
  };
}
