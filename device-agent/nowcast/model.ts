import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as ort from 'onnxruntime-node';
import { componentLogger, type Logger } from '../../common/logger.js';
import { WxError } from '../../common/errors.js';
import { cardFile, readCard, type NowcastCard, type Precision } from '../../common/nowcast/card.js';
import { buildFeatures, decodeOutput, featureSpecOf, outputProblem, outputValues, type FeatureSpec } from '../../common/nowcast/features.js';
import { buildWindow, type FlaggedReading } from '../../common/nowcast/window.js';
import { variableToProto, type VariableName } from '../../common/variables.js';
import { NowcastState, type NowcastProps } from '../../protos/index.js';
import { DEFAULT_PROVIDERS, availableProviders, openSession, type ProviderName } from './providers.js';

/** What the agent hands over, oldest first: raw values and their QC flags. */
export interface HistoryReading extends FlaggedReading {
  seq: number;
  timeMs: number;
  values: Partial<Record<VariableName, number>>;
  flags: Partial<Record<VariableName, number>>;
}

export interface NowcastModel {
  readonly card: NowcastCard;
  /** 'cpu' | 'cuda' | 'tensorrt' */
  readonly executionProvider: string;
  readonly precision: Precision;
  /** Never throws for data problems: state NOWCAST_INSUFFICIENT_HISTORY / NOWCAST_FAILED with a reason. */
  forecast(deviceId: string, history: readonly HistoryReading[], nowMs: number): Promise<NowcastProps>;
  close(): Promise<void>;
}

export interface LoadOptions {
  /** Intra-op threads. [1...cores], default 1 */
  threads?: number;
  /** Preference order; CPU is always the last resort. Default tensorrt, cuda, cpu (those the runtime has). */
  providers?: ProviderName[];
  logger?: Logger;
  /** Which of the card's files to run. Default int8. */
  precision?: Precision;
  /** Station longitude, degrees east: local solar time for the time-of-day input. Default 0 (UTC). */
  longitudeDeg?: number;
  /** A newest reading older than this is stale: no forecast. ms, default the card's timeStepMs. */
  maxStalenessMs?: number;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

class OnnxNowcastModel implements NowcastModel {
  private readonly spec: FeatureSpec;
  private readonly input: Float32Array;
  /** Inferences running now; close() waits for them (an OTA swap closes a model a cycle may be using). */
  private running = 0;
  private closed = false;
  private released: Promise<void> | undefined;
  private releaseNow: (() => void) | undefined;

  constructor(
    readonly card: NowcastCard,
    readonly executionProvider: ProviderName,
    readonly precision: Precision,
    private readonly session: ort.InferenceSession,
    private readonly solarOffsetHours: number,
    private readonly maxStalenessMs: number,
  ) {
    this.spec = featureSpecOf(card);
    this.input = new Float32Array(card.input.shape[1]);
  }

  async forecast(deviceId: string, history: readonly HistoryReading[], nowMs: number): Promise<NowcastProps> {
    const c = this.card;
    const base: NowcastProps = {
      deviceId, issuedMs: nowMs, modelId: c.modelId, modelVersion: c.version, executionProvider: this.executionProvider,
      quantileLevels: [...c.output.quantiles], inputSteps: c.historySteps,
    };
    const insufficient = (reason: string, extra: Partial<NowcastProps> = {}): NowcastProps => ({ ...base, ...extra, state: NowcastState.NOWCAST_INSUFFICIENT_HISTORY, reason });
    const newest = history[history.length - 1];
    if (newest === undefined) return insufficient('no history yet');
    const needMs = (c.historySteps - 1) * c.timeStepMs;
    const spanMs = newest.timeMs - history[0]!.timeMs;
    if (spanMs < needMs - c.timeStepMs / 2) return insufficient(`history covers ${(spanMs / 60_000).toFixed(0)} of the ${(needMs / 60_000).toFixed(0)} minutes the model needs`);
    if (nowMs - newest.timeMs > this.maxStalenessMs) return insufficient(`newest reading is ${((nowMs - newest.timeMs) / 60_000).toFixed(0)} minutes old`);

    const window = buildWindow(history, c.historySteps, c.timeStepMs, c.input.usableFlags)!;
    const windowProps: Partial<NowcastProps> = { baseTimeMs: window.baseTimeMs, inputFromMs: window.fromMs, inputToMs: window.baseTimeMs, inputLastSeq: window.lastSeq };
    const built = buildFeatures(window.steps, window.baseTimeMs, this.solarOffsetHours, this.spec, this.input);
    if (!built.ok) return insufficient(built.reason, windowProps);

    if (this.closed) return { ...base, ...windowProps, state: NowcastState.NOWCAST_FAILED, reason: 'model was closed (replaced or shutting down)' };
    const started = performance.now();
    let raw: Float32Array;
    this.running += 1;
    try {
      const feeds = { [c.input.tensor]: new ort.Tensor('float32', this.input, [1, this.input.length]) };
      const out = await this.session.run(feeds);
      raw = out[c.output.tensor]!.data as Float32Array;
    } catch (err) {
      return { ...base, ...windowProps, inputMissing: built.missing, state: NowcastState.NOWCAST_FAILED, reason: `inference failed: ${(err as Error).message}` };
    } finally {
      this.running -= 1;
      if (this.running === 0) this.releaseNow?.();
    }
    const inferenceMs = performance.now() - started;
    const values = decodeOutput(raw, 0, outputValues(window.newest), c);
    const problem = outputProblem(values, c);
    const done = { ...base, ...windowProps, inputMissing: built.missing, inferenceMs };
    if (problem !== undefined) return { ...done, state: NowcastState.NOWCAST_FAILED, reason: problem };
    return {
      ...done,
      state: NowcastState.NOWCAST_OK,
      reason: '',
      values: c.output.variables.flatMap((ov, vi) =>
        c.output.leadsMinutes.map((lead, li) => ({ variable: variableToProto(ov.name), leadMinutes: lead, quantiles: values[vi]![li]! })),
      ),
    };
  }

  /** Releases the session once no inference is running; forecasts after close() say FAILED. */
  close(): Promise<void> {
    if (this.released) return this.released;
    this.closed = true;
    this.released = new Promise<void>((resolve) => {
      this.releaseNow = resolve;
      if (this.running === 0) resolve();
    }).then(() => this.session.release());
    return this.released;
  }
}

/**
 * Loads the card at `cardPath` and the file of the chosen precision next to it, verifying its size
 * and SHA-256 against the card before any byte reaches onnxruntime.
 */
export async function loadNowcastModel(cardPath: string, options: LoadOptions = {}): Promise<NowcastModel> {
  const card = readCard(cardPath);
  const precision = options.precision ?? 'int8';
  const entry = cardFile(card, precision);
  if (entry === undefined) throw new WxError('WX_ERR_PAYLOAD_INVALID', `${cardPath}: card lists no ${precision} file`, { field: 'files' });
  const path = join(dirname(cardPath), entry.file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new WxError('WX_ERR_NOT_FOUND', `${path}: cannot read model file`, { cause: err, field: 'files' });
  }
  const digest = sha256(bytes);
  if (bytes.length !== entry.bytes || digest !== entry.sha256) {
    throw new WxError('WX_ERR_PAYLOAD_INVALID', `${path}: file does not match its card (${bytes.length} bytes, sha256 ${digest}; card says ${entry.bytes} bytes, ${entry.sha256})`, { field: 'files.sha256' });
  }
  const threads = options.threads ?? 1;
  if (!Number.isInteger(threads) || threads < 1) throw new WxError('WX_ERR_CONFIG_INVALID', `threads: must be a whole number >= 1, got ${threads}`, { field: 'threads' });
  const providers = availableProviders(options.providers ?? DEFAULT_PROVIDERS);
  const log = options.logger ? componentLogger(options.logger, 'nowcast') : undefined;
  const opened = await openSession(bytes, providers, threads);
  for (const f of opened.failed) log?.warn({ provider: f.provider, err: f.error }, 'execution provider failed, trying the next');
  const session = opened.session;
  const missingIo = [card.input.tensor].filter((n) => !session.inputNames.includes(n)).concat([card.output.tensor].filter((n) => !session.outputNames.includes(n)));
  if (missingIo.length > 0) {
    await session.release();
    throw new WxError('WX_ERR_PAYLOAD_INVALID', `${path}: model has no tensor ${missingIo.join(', ')} named by the card`, { field: 'input.tensor' });
  }
  log?.info({ modelId: card.modelId, version: card.version, precision, executionProvider: opened.provider, threads }, 'nowcast model loaded');
  const solar = (options.longitudeDeg ?? 0) / 15;
  return new OnnxNowcastModel(card, opened.provider, precision, session, solar, options.maxStalenessMs ?? card.timeStepMs);
}

const SMOKE_LOOKBACK_MS = 86_400_000;
const SMOKE_MAX_TRIES = 200;

/**
 * Runs a freshly loaded model on recent data before it is trusted: the forecast must be OK, finite,
 * inside the card's plausible ranges, with ordered quantiles. [] = passed, else reasons.
 */
export async function smokeTest(model: NowcastModel, history: readonly HistoryReading[]): Promise<string[]> {
  const newest = history[history.length - 1];
  if (newest === undefined) return ['history: no readings to test the model on'];
  // The newest window may be unusable (a gap, a calm without wind components) although the model is
  // fine: step back through the last day's readings to the newest window the model can forecast from.
  // Only "not enough history" steps back; a model that fails on a usable window fails the test.
  let result = await model.forecast('smoke-test', history, newest.timeMs);
  const oldestEnd = newest.timeMs - SMOKE_LOOKBACK_MS;
  for (let end = history.length - 2, tries = 0; result.state === NowcastState.NOWCAST_INSUFFICIENT_HISTORY && end >= 0 && tries < SMOKE_MAX_TRIES; end--, tries++) {
    const at = history[end]!;
    if (at.timeMs < oldestEnd) break;
    result = await model.forecast('smoke-test', history.slice(0, end + 1), at.timeMs);
  }
  if (result.state !== NowcastState.NOWCAST_OK) return [`forecast: ${NowcastState[result.state ?? 0]}: ${result.reason ?? ''}`];
  const problems: string[] = [];
  const expected = model.card.output.variables.length * model.card.output.leadsMinutes.length;
  if ((result.values ?? []).length !== expected) problems.push(`values: ${(result.values ?? []).length} entries, expected ${expected}`);
  for (const v of result.values ?? []) {
    const q = v.quantiles ?? [];
    if (q.length !== model.card.output.quantiles.length) problems.push(`values: variable ${v.variable} at +${v.leadMinutes} min has ${q.length} quantiles`);
    if (!q.every(Number.isFinite)) problems.push(`values: variable ${v.variable} at +${v.leadMinutes} min is not finite`);
    if (q.some((x, i) => i > 0 && x < q[i - 1]!)) problems.push(`values: variable ${v.variable} at +${v.leadMinutes} min has crossing quantiles`);
  }
  return problems;
}
