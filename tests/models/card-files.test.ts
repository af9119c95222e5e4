import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { readCard, validateCard } from '../../common/nowcast/card.js';
import { featureCount, featureSpecOf } from '../../common/nowcast/features.js';
import { versionCards } from './helpers.js';

test('every committed model version has a valid card whose sizes and SHA-256 match its files', () => {
  const cards = versionCards();
  assert.ok(cards.length >= 1, 'no model version committed under models/nowcast');
  for (const path of cards) {
    const card = readCard(path);
    assert.deepEqual(card.files.map((f) => f.precision).sort(), ['fp32', 'int8'], `${path}: both precisions kept`);
    for (const f of card.files) {
      const bytes = readFileSync(join(dirname(path), f.file));
      assert.equal(bytes.length, f.bytes, `${f.file}: size`);
      assert.equal(statSync(join(dirname(path), f.file)).size, f.bytes);
      assert.equal(createHash('sha256').update(bytes).digest('hex'), f.sha256, `${f.file}: sha256`);
    }
    assert.equal(card.input.shape[1], featureCount(featureSpecOf(card)), 'input width agrees with the shared feature code');
    assert.ok(card.training.comparison.filter((c) => c.chosen).length === 1, 'exactly one architecture chosen');
    assert.ok(readFileSync(join(dirname(path), 'card.md'), 'utf8').includes(card.files[0]!.sha256), 'card.md lists the hashes');
  }
});

test('an invalid card is refused with every problem naming its field', () => {
  const card = JSON.parse(readFileSync(versionCards()[0]!, 'utf8')) as Record<string, unknown>;
  const bad = structuredClone(card) as { files: { sha256: string }[]; timeStepMs?: number; output: { quantiles: number[] } };
  bad.files[0]!.sha256 = 'not-a-hash';
  delete bad.timeStepMs;
  assert.throws(() => validateCard(bad), (err: Error & { details: string[] }) => {
    assert.ok(err.details.some((d) => d.startsWith('files.0.sha256:')), err.details.join('; '));
    assert.ok(err.details.some((d) => d === 'timeStepMs: is required'), err.details.join('; '));
    return true;
  });
  const crossed = structuredClone(card) as { output: { quantiles: number[] } };
  crossed.output.quantiles = [0.5, 0.1, 0.9];
  assert.throws(() => validateCard(crossed), /output\.quantiles: must be ascending/);
  // A card whose lags do not match its input width would feed the model a misaligned vector.
  const lagged = structuredClone(card) as { historySteps: number; input: { lagSteps?: number[]; variables: { diffStd: number[] }[] } };
  lagged.input.lagSteps = [1, 2];
  for (const v of lagged.input.variables) v.diffStd = [1, 1];
  assert.throws(() => validateCard(lagged), /input\.shape\[1\]: \d+ but the card's variables, lags and levels make \d+ features/);
});
