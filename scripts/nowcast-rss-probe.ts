/**
 * Child process of `npm run bench:nowcast`: an agent-like process holding one nowcast model (the
 * device library, onnxruntime, one thread), forecasting 200 times, then reporting its memory as one
 * JSON line. Argument: <card path> <fp32 | int8 | none>; none = the same process without a model
 * (the baseline the model's cost is measured against).
 */
import { loadNowcastModel } from '../device-agent/nowcast/index.js';
import { syntheticHistory } from './nowcast-bench-history.js';

async function main(): Promise<void> {
  const [cardPath, precision] = process.argv.slice(2);
  if (precision !== 'none') {
    const model = await loadNowcastModel(cardPath!, { precision: precision as 'fp32' | 'int8', threads: 1 });
    const history = syntheticHistory(model.card.historySteps + 1, model.card.timeStepMs);
    for (let i = 0; i < 200; i++) await model.forecast('probe', history, history[history.length - 1]!.timeMs);
  }
  global.gc?.();
  const m = process.memoryUsage();
  process.stdout.write(`${JSON.stringify({ rssBytes: m.rss, heapUsedBytes: m.heapUsed, externalBytes: m.external })}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
