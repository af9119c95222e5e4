import * as ort from 'onnxruntime-node';
import type { NowcastCard } from '../../common/nowcast/card.js';
import { decodeOutput, OUTPUT_NAMES } from '../../common/nowcast/features.js';
import type { SampleSet } from './data.js';

/** Scores of one variable at one lead, all on the same rows (truth, persistence and yesterday present). */
export interface Score {
  variable: string;
  leadMinutes: number;
  rows: number;
  mae: number;
  rmse: number;
  persistenceMae: number;
  yesterdayMae: number;
  /** Share of truths inside P10..P90. */
  coverage: number;
  /** Mean pinball loss over the three quantiles, in the variable's unit. */
  pinball: number;
}

/** Runs an ONNX model over all rows in batches; returns the raw output [n, V*L*Q]. */
export async function runOnnx(session: ort.InferenceSession, card: NowcastCard, set: SampleSet, batch = 4096): Promise<Float32Array> {
  const O = card.output.shape[1] * card.output.shape[2] * card.output.shape[3];
  const out = new Float32Array(set.n * O);
  for (let s = 0; s < set.n; s += batch) {
    const m = Math.min(batch, set.n - s);
    const x = new ort.Tensor('float32', set.X.subarray(s * set.F, (s + m) * set.F), [m, set.F]);
    const res = await session.run({ [card.input.tensor]: x });
    out.set(res[card.output.tensor]!.data as Float32Array, s * O);
  }
  return out;
}

/** Physical quantiles [n][V][L][Q] via the device's own decoder (common/nowcast/features.ts). */
export function decodeAll(raw: Float32Array, card: NowcastCard, set: SampleSet): number[][][][] {
  const O = raw.length / set.n;
  const V = OUTPUT_NAMES.length;
  const out: number[][][][] = [];
  for (let r = 0; r < set.n; r++) {
    const base: Record<string, number> = {};
    OUTPUT_NAMES.forEach((v, vi) => (base[v] = set.base[r * V + vi]!));
    out.push(decodeOutput(raw, r * O, base, card));
  }
  return out;
}

export function score(pred: number[][][][], card: NowcastCard, set: SampleSet, rowFilter: (r: number) => boolean = () => true): Score[] {
  const V = OUTPUT_NAMES.length;
  const L = card.output.leadsMinutes.length;
  const qs = card.output.quantiles;
  const scores: Score[] = [];
  for (let vi = 0; vi < V; vi++) {
    for (let li = 0; li < L; li++) {
      let [n, ae, se, pe, ye, inside, pin] = [0, 0, 0, 0, 0, 0, 0];
      for (let r = 0; r < set.n; r++) {
        if (!rowFilter(r)) continue;
        const y = set.truth[(r * V + vi) * L + li]!;
        const p = set.base[r * V + vi]!;
        const yd = set.yesterday[(r * V + vi) * L + li]!;
        if (!Number.isFinite(y) || !Number.isFinite(p) || !Number.isFinite(yd)) continue;
        const q = pred[r]![vi]![li]!;
        n += 1;
        ae += Math.abs(q[1]! - y);
        se += (q[1]! - y) ** 2;
        pe += Math.abs(p - y);
        ye += Math.abs(yd - y);
        if (y >= q[0]! && y <= q[q.length - 1]!) inside += 1;
        q.forEach((x, qi) => {
          const tau = qs[qi]!;
          const e = y - x;
          pin += (e > 0 ? tau * e : (tau - 1) * e) / q.length;
        });
      }
      scores.push({
        variable: card.output.variables[vi]!.name, leadMinutes: card.output.leadsMinutes[li]!, rows: n,
        mae: ae / n, rmse: Math.sqrt(se / n), persistenceMae: pe / n, yesterdayMae: ye / n, coverage: inside / n, pinball: pin / n,
      });
    }
  }
  return scores;
}

const f = (x: number, d = 3): string => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');

export function scoreTable(scores: readonly Score[], title: string): string {
  const lines = [
    `| ${title} | lead | rows | MAE | RMSE | persistence MAE | MAE / persistence | same-hour-yesterday MAE | P10..P90 coverage | pinball |`,
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const s of scores) {
    lines.push(`| ${s.variable} | ${s.leadMinutes / 60} h | ${s.rows} | ${f(s.mae)} | ${f(s.rmse)} | ${f(s.persistenceMae)} | ${f(s.mae / s.persistenceMae, 2)} | ${f(s.yesterdayMae)} | ${f(s.coverage * 100, 1)} % | ${f(s.pinball)} |`);
  }
  return lines.join('\n');
}
