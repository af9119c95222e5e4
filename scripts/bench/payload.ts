import { v1, type ReadingProps } from '../../protos/index.js';

/** What the simulated devices publish: plausible readings, encoded cheaply. */

/** One reading with seven plausible observations (all QC good), stamped with the send time. */
export function makeReading(id: string, seq: number, timeMs: number, offset: number): ReadingProps {
  const phase = (seq % 1440) / 1440 + offset;
  const t = 12 + 8 * Math.sin(2 * Math.PI * phase);
  const good = v1.QcFlag.QC_GOOD;
  return {
    deviceId: id,
    seq,
    timeMs,
    clockSynced: true,
    observations: [
      { variable: v1.Variable.TEMPERATURE, value: Math.round(t * 10) / 10, flag: good },
      { variable: v1.Variable.PRESSURE, value: 1013.2 - 3 * offset, flag: good },
      { variable: v1.Variable.DEW_POINT, value: Math.round((t - 6) * 10) / 10, flag: good },
      { variable: v1.Variable.RELATIVE_HUMIDITY, value: 62, flag: good },
      { variable: v1.Variable.WIND_SPEED, value: 3.4, flag: good },
      { variable: v1.Variable.WIND_DIRECTION, value: 225, flag: good },
      { variable: v1.Variable.PRECIPITATION, value: 0, flag: good },
    ],
  };
}

const VARIANTS = 16;

/**
 * Builds ReadingBatch payloads for one device without going through protobufjs per message: the
 * device id and the observations are encoded once (VARIANTS weather variants, picked by seq), and
 * only seq and time_ms are written per reading. Byte-for-byte what v1.ReadingBatch.encode writes for
 * the same readings (the test checks it), at a fraction of the cost, so that the generator's
 * own CPU time is not what limits the brokers it measures.
 */
export class BatchEncoder {
  private readonly idField: Buffer;
  private readonly observations: Buffer[];

  constructor(
    private readonly id: string,
    private readonly offset: number,
  ) {
    const idBytes = Buffer.from(id, 'utf8');
    this.idField = Buffer.concat([Buffer.from([0x0a]), varint(idBytes.length), idBytes]);
    // Encoding a Reading with only its observations set writes exactly the field-6 entries.
    this.observations = Array.from({ length: VARIANTS }, (_, v) => {
      const { observations } = makeReading(id, v * 90, 0, offset);
      return Buffer.from(v1.Reading.encode({ observations }).finish());
    });
  }

  /** The readings seq firstSeq..firstSeq+count-1, all stamped timeMs, as one encoded ReadingBatch. */
  encode(firstSeq: number, count: number, timeMs: number): Buffer {
    const timeLen = varintLength(timeMs);
    let total = 0;
    for (let i = 0; i < count; i++) {
      const body = this.bodyLength(firstSeq + i, timeLen);
      total += 1 + varintLength(body) + body;
    }
    const out = Buffer.allocUnsafe(total);
    let at = 0;
    for (let i = 0; i < count; i++) {
      const seq = firstSeq + i;
      const obs = this.observations[seq % VARIANTS]!;
      out[at++] = 0x0a; // ReadingBatch.readings, length-delimited
      at = writeVarint(out, at, this.bodyLength(seq, timeLen));
      at += this.idField.copy(out, at);
      out[at++] = 0x10; // Reading.seq
      at = writeVarint(out, at, seq);
      out[at++] = 0x18; // Reading.time_ms
      at = writeVarint(out, at, timeMs);
      out[at++] = 0x20; // Reading.clock_synced = true
      out[at++] = 0x01;
      at += obs.copy(out, at);
    }
    return out;
  }

  private bodyLength(seq: number, timeLen: number): number {
    return this.idField.length + 1 + varintLength(seq) + 1 + timeLen + 2 + this.observations[seq % VARIANTS]!.length;
  }

  /** The same readings as objects (for checks against the generated encoder). */
  readings(firstSeq: number, count: number, timeMs: number): ReadingProps[] {
    return Array.from({ length: count }, (_, i) => {
      const seq = firstSeq + i;
      const r = makeReading(this.id, (seq % VARIANTS) * 90, timeMs, this.offset);
      return { ...r, seq };
    });
  }
}

/** Protobuf base-128 varint of a non-negative integer up to 2^53. */
export function varint(n: number): Buffer {
  const out = Buffer.allocUnsafe(varintLength(n));
  writeVarint(out, 0, n);
  return out;
}

function varintLength(n: number): number {
  let len = 1;
  for (let v = n; v >= 0x80; v = Math.floor(v / 0x80)) len++;
  return len;
}

function writeVarint(out: Buffer, at: number, n: number): number {
  let v = n;
  while (v >= 0x80) {
    out[at++] = (v % 0x80) | 0x80;
    v = Math.floor(v / 0x80);
  }
  out[at++] = v;
  return at;
}
