import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { NowcastCard } from '../../common/nowcast/card.js';
import type { ModelDeployProps, NowcastProps } from '../../protos/index.js';
import { loadNowcastModel, type HistoryReading, type NowcastModel } from '../../device-agent/nowcast/index.js';
import type { ChunkRequest, ChunkSource } from '../../device-agent/ota/download.js';
import type { ModelHost } from '../../device-agent/ota/updater.js';
import { CARD_PATH, beijingHistory } from '../nowcast/helpers.js';

export { CARD_PATH };

export function keys(): { privateKey: KeyObject; publicKey: KeyObject } {
  return generateKeyPairSync('ed25519');
}

/** A deploy of `bytes` (an .onnx file) with `card` (its int8 entry rewritten to match), signed by `privateKey`. */
export function makeDeploy(id: string, version: string, bytes: Buffer, privateKey: KeyObject, cardEdit: (c: NowcastCard) => void = () => undefined): ModelDeployProps {
  const card = JSON.parse(readFileSync(CARD_PATH, 'utf8')) as NowcastCard;
  const digest = createHash('sha256').update(bytes).digest();
  card.version = version;
  card.files = [{ precision: 'int8', file: 'model.int8.onnx', bytes: bytes.length, sha256: digest.toString('hex') }];
  cardEdit(card);
  return { deploymentId: id, modelId: card.modelId, version, sha256: digest.toString('hex'), sizeBytes: bytes.length, chunkSize: 16 * 1024, signature: sign(null, digest, privateKey), cardJson: JSON.stringify(card) };
}

/** The version of the committed model a device starts with (what a failed update leaves active). */
export const COMMITTED_VERSION = (JSON.parse(readFileSync(CARD_PATH, 'utf8')) as NowcastCard).version;

export function committedInt8(): Buffer {
  const card = JSON.parse(readFileSync(CARD_PATH, 'utf8')) as NowcastCard;
  return readFileSync(join(dirname(CARD_PATH), card.files.find((f) => f.precision === 'int8')!.file));
}

/** Serves `bytes` from memory; can corrupt them, fail after n chunks, and records the offsets asked. */
export class FakeChunks implements ChunkSource {
  offsets: number[] = [];
  failAfter = Infinity;
  corruptAt: number | undefined;
  constructor(public bytes: Buffer) {}
  async fetch(req: ChunkRequest): Promise<Uint8Array> {
    if (this.offsets.length >= this.failAfter) throw new Error('gateway unreachable');
    this.offsets.push(req.offset);
    const out = Buffer.from(this.bytes.subarray(req.offset, req.offset + req.length));
    if (this.corruptAt !== undefined && this.corruptAt >= req.offset && this.corruptAt < req.offset + out.length) out[this.corruptAt - req.offset] = out[this.corruptAt - req.offset]! ^ 0xff;
    return out;
  }
}

/** A stand-in for the nowcast runner: holds the model, real Beijing history, forwards nowcasts. */
export class Host implements ModelHost {
  model: NowcastModel | undefined;
  listeners: ((n: NowcastProps) => void)[] = [];
  readonly hist: HistoryReading[] = beijingHistory().slice(100, 130);
  setModel(m: NowcastModel | undefined): void {
    this.model = m;
  }
  history(): HistoryReading[] {
    return this.hist;
  }
  onNowcast(l: (n: NowcastProps) => void): void {
    this.listeners.push(l);
  }
  /** One nowcast cycle, as the runner does it. */
  async cycle(): Promise<NowcastProps> {
    const n = await this.model!.forecast('dongsi', this.hist, this.hist[this.hist.length - 1]!.timeMs);
    for (const l of this.listeners) l(n);
    return n;
  }
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'wx-ota-'));
}

export const load = (cardPath: string): Promise<NowcastModel> => loadNowcastModel(cardPath);
