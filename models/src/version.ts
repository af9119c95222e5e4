import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeModel, type OnnxGraphBuilder } from '../../common/onnx/index.js';
import { validateCard, type CardFile, type NowcastCard, type Precision } from '../../common/nowcast/card.js';

/** Writes model.<precision>.onnx files; returns their card entries (size and SHA-256). */
export async function writeModelFiles(dir: string, models: Record<Precision, OnnxGraphBuilder>): Promise<CardFile[]> {
  return (Object.entries(models) as [Precision, OnnxGraphBuilder][]).map(([precision, g]) => {
    const bytes = encodeModel(g);
    const file = `model.${precision}.onnx`;
    writeFileSync(join(dir, file), bytes);
    return { precision, file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
}

/** Validates the card and writes card.json (programs) and card.md (people). */
export function writeCard(dir: string, card: NowcastCard): void {
  validateCard(card, 'generated card');
  writeFileSync(join(dir, 'card.json'), `${JSON.stringify(card, null, 2)}\n`);
  writeFileSync(join(dir, 'card.md'), cardMarkdown(card));
}

const fmt = (x: number | undefined, d = 3): string => (x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(d));

export function cardMarkdown(c: NowcastCard): string {
  const m = c.metrics;
  const lagText = c.input.lagSteps ? `${c.input.lagSteps.join(', ')} h` : `1 h .. ${c.historySteps - 1} h`;
  const lines: string[] = [
    `# ${c.modelId} ${c.version}`,
    '',
    c.description,
    '',
    `Created ${c.createdAt}. Architecture: ${c.architecture}.`,
    '',
    '## Files',
    '',
    '| precision | file | bytes | SHA-256 |',
    '|---|---|---|---|',
    ...c.files.map((f) => `| ${f.precision} | ${f.file} | ${f.bytes} | \`${f.sha256}\` |`),
    '',
    'One card describes both files (same contract); a device loads one (`precision`, default int8). An OTA unit may carry only one of them with this card.',
    '',
    '## Input',
    '',
    `Tensor \`${c.input.tensor}\`, float32, shape [batch, ${c.input.shape[1]}]. History: ${c.historySteps} steps of ${c.timeStepMs / 60_000} min, the newest at the base time t.`,
    `Values must carry a QC flag in [${c.input.usableFlags.join(', ')}] (1 = good). A missing step takes the last valid value if at most ${c.input.maxFillAgeSteps} steps old, else the newest value; its availability input is 0 either way. More than ${c.input.maxMissingSteps} missing steps in any input (counting the lag steps and t), or no QC-passed temperature, pressure, dew point (or humidity) or wind at t: no forecast (NOWCAST_INSUFFICIENT_HISTORY).`,
    'The vector is built by `common/nowcast/features.ts` (the same code in training and on the device):',
    '',
    `| input | unit | mean | std | level enters | tendency scale (lag ${lagText}) |`,
    '|---|---|---|---|---|---|',
    ...c.input.variables.map((v) => `| ${v.name} | ${v.unit} | ${fmt(v.mean)} | ${fmt(v.std)} | ${v.level === false ? 'no' : 'yes'} | ${v.diffStd.map((x) => fmt(x, 2)).join(', ')} |`),
    '',
    `Layout: newest value per input whose level enters ((x - mean) / std), then per input the tendencies (x[t-k] - x[t]) / scale[k] for k = ${lagText}, then per input an availability flag for each of those steps and t, then sin/cos of local solar hour and of day of year. Normalised values are clamped to +-8; rain enters as log1p(mm per step); wind as u/v components (calm below 0.2 m/s = 0).`,
    '',
    '## Output',
    '',
    `Tensor \`${c.output.tensor}\`, float32, shape [batch, ${c.output.shape.slice(1).join(', ')}] = [batch, variable, lead, quantile]. Leads ${c.output.leadsMinutes.map((l) => `${l / 60} h`).join(', ')}; quantiles ${c.output.quantiles.join(', ')} (never cross: P10 = m - f softplus(a), P50 = m, P90 = m + f softplus(b), f = the spread factor calibrated per variable and lead on the validation split, stored in the graph).`,
    'Physical value = value at t + output x scale[lead]; humidity clipped to 0..100 %, wind speed to >= 0.',
    '',
    '| variable | unit | scale per lead | plausible range (smoke test) |',
    '|---|---|---|---|',
    ...c.output.variables.map((v) => `| ${v.name} | ${v.unit} | ${v.scale.map((x) => fmt(x)).join(', ')} | ${v.min}..${v.max} |`),
    '',
    '## Training',
    '',
    `Data: ${c.training.data}.`,
    '',
    `Split: ${c.training.split}. Seed ${c.training.seed}.`,
    '',
    ...c.training.notes.map((n) => `- ${n}`),
    '',
    '### Architecture choice (validation split)',
    '',
    '| candidate | validation pinball (normalised) | T MAE 1 h (°C) | T MAE 3 h (°C) | chosen |',
    '|---|---|---|---|---|',
    ...c.training.comparison.map((x) => `| ${x.name} | ${fmt(x.validationPinball, 4)} | ${fmt(x.validationT1hMae)} | ${fmt(x.validationT3hMae)} | ${x.chosen ? 'yes' : ''} |`),
    '',
    '## Validation figures (exported files)',
    '',
    '| variable | lead | FP32 MAE | INT8 MAE | persistence MAE | FP32 P10..P90 coverage | INT8 coverage |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const v of c.output.variables) {
    for (const l of c.output.leadsMinutes) {
      const k = (p: string, what: string): number | undefined => m[`validation.${p}.${v.name}.${l}min.${what}`];
      lines.push(`| ${v.name} | ${l / 60} h | ${fmt(k('fp32', 'mae'))} | ${fmt(k('int8', 'mae'))} | ${fmt(k('fp32', 'persistenceMae'))} | ${fmt((k('fp32', 'coverage') ?? NaN) * 100, 1)} % | ${fmt((k('int8', 'coverage') ?? NaN) * 100, 1)} % |`);
    }
  }
  lines.push('', 'Test-split figures: docs/nowcast-eval.md (`npm run models:eval`).', '');
  return lines.join('\n');
}
