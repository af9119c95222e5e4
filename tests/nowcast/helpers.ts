import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { OnnxGraphBuilder, encodeModel } from '../../common/onnx/index.js';
import type { NowcastCard } from '../../common/nowcast/card.js';
import { beijingSplit, readBeijingCsv, readBeijingStations, sharedDataDir } from '../../common/datasets/index.js';
import type { HistoryReading } from '../../device-agent/nowcast/index.js';
import { qcSeries } from '../../models/src/data.js';

export const CARD_PATH = join(import.meta.dirname, '..', '..', 'models', 'nowcast', 'station-nowcast-1.2.0', 'card.json');

/** A copy of the committed version folder in a temp dir (tests may corrupt it). */
export function copyVersion(): { dir: string; cardPath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'nowcast-'));
  cpSync(dirname(CARD_PATH), dir, { recursive: true });
  return { dir, cardPath: join(dir, 'card.json') };
}

/**
 * A model with the card's contract whose every output is `value` (e.g. NaN): for tests of what a
 * device does with a misbehaving model. Written next to the card as its only (int8) file.
 */
export function writeConstantModel(cardPath: string, value: number): void {
  const card = JSON.parse(readFileSync(cardPath, 'utf8')) as NowcastCard;
  const [, v, l, q] = card.output.shape;
  const g = new OnnxGraphBuilder({ graphName: 'constant' });
  g.input(card.input.tensor, 'float32', ['batch', card.input.shape[1]]);
  g.initializer('zero', new Float32Array([0]), []);
  g.initializer('value', new Float32Array([value]), []);
  g.initializer('shape', new BigInt64Array([-1n, 1n, 1n, 1n]), [4]);
  g.initializer('grid', new BigInt64Array([1n, BigInt(v), BigInt(l), BigInt(q)]), [4]);
  g.initializer('axes', new BigInt64Array([1n]), [1]);
  g.node('ReduceSum', [card.input.tensor, 'axes'], ['sum'], { keepdims: 1 });
  g.node('Mul', ['sum', 'zero'], ['zeros']);
  g.node('Add', ['zeros', 'value'], ['filled']);
  g.node('Reshape', ['filled', 'shape'], ['one']);
  g.node('Expand', ['one', 'grid'], [card.output.tensor]);
  g.output(card.output.tensor, 'float32', ['batch', v, l, q]);
  const bytes = encodeModel(g);
  writeFileSync(join(dirname(cardPath), 'constant.onnx'), bytes);
  card.files = [{ precision: 'int8', file: 'constant.onnx', bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }];
  writeFileSync(cardPath, JSON.stringify(card));
}

let cached: HistoryReading[] | undefined;
/** Real hourly readings of one Beijing station (test split, Dongsi) with the agent's QC flags. */
export function beijingHistory(): HistoryReading[] {
  if (cached) return cached;
  const station = readBeijingStations(join(sharedDataDir(), 'beijing_prsa')).find((s) => s.name === 'Dongsi')!;
  const rows = readBeijingCsv(station.file).filter((r) => beijingSplit(r.localTime) === 'test').slice(0, 24 * 14);
  cached = qcSeries(station.name, station.longitude, rows, 3_600_000).readings;
  return cached;
}
