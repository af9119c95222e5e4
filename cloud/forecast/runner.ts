/**
 * Autoregressive roll-out of a contract-described ONNX model (or a chain of models of different
 * steps, Pangu-Weather style) to a horizon, with ensemble members batched along the batch dimension.
 *
 * Memory stays flat as the horizon grows: the state lives in a fixed pool of (models + 1) buffers per
 * tensor, ONNX outputs are written straight into a pool buffer (pre-allocated output tensors), and
 * each lead is denormalised into one reused scratch buffer and written to the field store at once.
 * The model works in normalised space; values are normalised once at the start and denormalised only
 * for the store, so no rounding drift accumulates from repeated (de)normalisation.
 */
import * as ort from 'onnxruntime-node';
import { WxError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import type { LatLonGrid } from '../assimilation/geo.js';
import type { ForecastStore } from '../fields/forecast-store.js';
import type { StoredVariable } from '../fields/layout.js';
import { checkModelAgainstContract } from './check.js';
import { channelNames, type ContractTensor, type LoadedContract } from './contract.js';
import { chooseExecutionProvider, sessionOptions, type ProviderChoice } from './provider.js';

interface TensorLayout {
  spec: ContractTensor;
  hasBatch: boolean;
  channels: string[];
  /** Normalisation per channel. */
  mean: Float32Array;
  std: Float32Array;
  /** Values per batch entry per time level: channels × points. */
  perTime: number;
  times: number;
}

interface Model {
  stepHours: number;
  session: ort.InferenceSession;
}

/** Writes the physical initial value of one channel (store order: rows south → north) for a member and time level (0 = oldest). */
export type InitialFieldFn = (member: number, timeLevel: number, channel: string, out: Float32Array) => void;

export interface RolloutRequest {
  runTimeMs: number;
  members: number;
  horizonHours: number;
  initial: InitialFieldFn;
  store: ForecastStore;
}

export interface RolloutResult {
  runIndex: number;
  leadsHours: number[];
  modelRuns: number;
  ms: number;
}

export class ForecastRunner {
  private constructor(
    readonly contract: LoadedContract,
    readonly provider: ProviderChoice,
    private readonly models: Model[],
    private readonly layouts: TensorLayout[],
    /** Largest batch every model takes. */
    readonly maxBatch: number,
    private readonly logger: Logger,
  ) {}

  /** Loads every model of the contract, checks each against it, and logs the execution provider. */
  static async create(loaded: LoadedContract, logger: Logger, options: { provider?: 'auto' | 'cpu'; intraOpThreads?: number } = {}): Promise<ForecastRunner> {
    const choice = chooseExecutionProvider(options.provider ?? 'auto');
    logger.info({ provider: choice.provider, reason: choice.reason, contract: loaded.contract.name }, 'forecast execution provider chosen');
    const c = loaded.contract;
    const models: Model[] = [];
    let maxBatch = Infinity;
    try {
      for (const [i, m] of c.models.entries()) {
        const path = loaded.modelPaths[i] as string;
        const session = await ort.InferenceSession.create(path, sessionOptions(choice, options.intraOpThreads ?? 1));
        models.push({ stepHours: m.stepHours, session });
        maxBatch = Math.min(maxBatch, checkModelAgainstContract(session, c, m.file).maxBatch);
      }
    } catch (err) {
      for (const m of models) await m.session.release();
      throw err;
    }
    models.sort((a, b) => b.stepHours - a.stepHours);
    const nPts = c.grid.nLat * c.grid.nLon;
    const layouts = c.tensors.map((t): TensorLayout => {
      const channels = channelNames(c, t);
      const mean = new Float32Array(channels.length);
      const std = new Float32Array(channels.length);
      let k = 0;
      for (const v of t.variables) {
        const n = c.normalisation[v] as { mean: number[]; std: number[] };
        n.mean.forEach((m, l) => {
          mean[k] = m;
          std[k++] = n.std[l] ?? 1;
        });
      }
      return { spec: t, hasBatch: t.dims.includes('batch'), channels, mean, std, perTime: channels.length * nPts, times: c.inputTimeLevels };
    });
    return new ForecastRunner(loaded, choice, models, layouts, maxBatch, logger);
  }

  /** Grid of the stored fields (always rows south → north). */
  storeGrid(): LatLonGrid {
    const g = this.contract.contract.grid;
    const lat0Deg = g.latOrder === 'south-north' ? g.lat0Deg : g.lat0Deg - (g.nLat - 1) * g.dLatDeg;
    return { lat0Deg, dLatDeg: g.dLatDeg, nLat: g.nLat, lon0Deg: g.lon0Deg, dLonDeg: g.dLonDeg, nLon: g.nLon, periodicLon: g.periodicLon };
  }

  /** Stored variables: every channel of every tensor, in tensor order ('t850' for upper-air ones). */
  storeVariables(): StoredVariable[] {
    const c = this.contract.contract;
    return this.layouts.flatMap((l) =>
      l.spec.variables.flatMap((v) => {
        const cv = c.variables.find((x) => x.name === v);
        const names = cv?.levels ? cv.levels.map((lv) => `${v}${lv}`) : [v];
        return names.map((name) => ({ name, units: cv?.units ?? '' }));
      }),
    );
  }

  leadsFor(horizonHours: number): number[] {
    const step = this.contract.contract.timeStepHours;
    const n = Math.floor(horizonHours / step + 1e-9);
    if (n < 1) throw new WxError('WX_ERR_CONFIG_INVALID', `horizon ${horizonHours} h is shorter than the time step ${step} h`, { field: 'horizonHours' });
    return Array.from({ length: n }, (_, i) => (i + 1) * step);
  }

  async release(): Promise<void> {
    for (const m of this.models) await m.session.release();
  }

  /** Runs the forecast from `initial` to the horizon, writing each lead to `store` as it comes. */
  async rollout(req: RolloutRequest): Promise<RolloutResult> {
    const t0 = performance.now();
    const c = this.contract.contract;
    const leads = this.leadsFor(req.horizonHours);
    if (req.store.leadsHours.join(',') !== leads.join(',')) throw new WxError('WX_ERR_CONFIG_INVALID', `forecast store leads [${req.store.leadsHours.join(', ')}] differ from the roll-out's [${leads.join(', ')}]`, { field: 'horizonHours' });
    if (req.store.ensembleLabels.length !== req.members) throw new WxError('WX_ERR_CONFIG_INVALID', `forecast store holds ${req.store.ensembleLabels.length} members, roll-out has ${req.members}`, { field: 'members' });
    const runIndex = await req.store.beginRun(req.runTimeMs);
    const batch = Math.max(1, Math.min(req.members, this.maxBatch));
    const nPts = c.grid.nLat * c.grid.nLon;
    const storeChannels = this.layouts.reduce((s, l) => s + l.channels.length, 0);
    // Pool: one state per model (the latest state on that model's step) plus one to write into.
    const pool = Array.from({ length: this.models.length + 1 }, () => this.layouts.map((l) => new Float32Array(batch * l.times * l.perTime)));
    const scratchOut = c.inputTimeLevels > 1 ? this.layouts.map((l) => new Float32Array(batch * l.perTime)) : undefined;
    const lead = new Float32Array(batch * storeChannels * nPts);
    const field = new Float32Array(nPts);
    let modelRuns = 0;
    for (let first = 0; first < req.members; first += batch) {
      const count = Math.min(batch, req.members - first);
      this.fillInitial(pool[0] as Float32Array[], first, count, req.initial, field);
      const latestAt = this.models.map(() => 0);
      for (const [li, h] of leads.entries()) {
        const mi = this.models.findIndex((m) => Math.abs(h / m.stepHours - Math.round(h / m.stepHours)) < 1e-9);
        const src = latestAt[mi] as number;
        const dst = pool.findIndex((_, p) => !latestAt.includes(p));
        // A model with a fixed batch size runs full batches; the padding entries are never stored.
        const runCount = Number.isFinite(this.maxBatch) ? batch : count;
        await this.step(this.models[mi] as Model, pool[src] as Float32Array[], pool[dst] as Float32Array[], runCount, scratchOut);
        modelRuns++;
        this.models.forEach((m, j) => {
          if (Math.abs(h / m.stepHours - Math.round(h / m.stepHours)) < 1e-9) latestAt[j] = dst;
        });
        this.denormalise(pool[dst] as Float32Array[], count, lead);
        await req.store.writeFields(runIndex, li, first, lead.subarray(0, count * storeChannels * nPts));
        if (first + count >= req.members) await req.store.markLeadsDone(runIndex, li + 1);
      }
    }
    const ms = performance.now() - t0;
    this.logger.debug({ runIndex, leads: leads.length, members: req.members, batch, modelRuns, ms: Math.round(ms) }, 'forecast roll-out done');
    return { runIndex, leadsHours: leads, modelRuns, ms };
  }

  /** Index of grid point p (store order, south → north) in the model's row order. */
  private modelPoint(p: number): number {
    const g = this.contract.contract.grid;
    if (g.latOrder === 'south-north') return p;
    const row = Math.floor(p / g.nLon);
    return (g.nLat - 1 - row) * g.nLon + (p % g.nLon);
  }

  private fillInitial(state: Float32Array[], first: number, count: number, initial: InitialFieldFn, field: Float32Array): void {
    const nPts = field.length;
    this.layouts.forEach((l, ti) => {
      const buf = state[ti] as Float32Array;
      for (let b = 0; b < count; b++) {
        for (let t = 0; t < l.times; t++) {
          l.channels.forEach((ch, k) => {
            field.fill(NaN);
            initial(first + b, t, ch, field);
            const off = (b * l.times + t) * l.perTime + k * nPts;
            const m = l.mean[k] as number;
            const s = l.std[k] as number;
            for (let p = 0; p < nPts; p++) {
              const v = field[p] as number;
              if (!Number.isFinite(v)) throw new WxError('WX_ERR_PAYLOAD_INVALID', `initial field '${ch}' of member ${first + b} is not finite at point ${p}`, { field: ch });
              buf[off + this.modelPoint(p)] = (v - m) / s;
            }
          });
        }
      }
    });
  }

  private async step(model: Model, src: Float32Array[], dst: Float32Array[], count: number, scratchOut: Float32Array[] | undefined): Promise<void> {
    const feeds: Record<string, ort.Tensor> = {};
    const fetches: Record<string, ort.Tensor> = {};
    this.layouts.forEach((l, ti) => {
      const inShape = l.spec.shape.map((v, i) => (l.spec.dims[i] === 'batch' ? count : (v as number)));
      const outShape = inShape.map((v, i) => (l.spec.dims[i] === 'time' ? 1 : v));
      feeds[l.spec.input] = new ort.Tensor('float32', (src[ti] as Float32Array).subarray(0, count * l.times * l.perTime), inShape);
      const out = scratchOut ? (scratchOut[ti] as Float32Array) : (dst[ti] as Float32Array);
      fetches[l.spec.output] = new ort.Tensor('float32', out.subarray(0, count * l.perTime), outShape);
    });
    // Pre-allocated outputs: onnxruntime writes into our pool buffers, nothing new per step.
    const results = await model.session.run(feeds, fetches);
    this.layouts.forEach((l, ti) => {
      const got = results[l.spec.output];
      const want = fetches[l.spec.output];
      // Safety net should a provider ignore the pre-allocated output: copy its data.
      if (got && want && got.data !== want.data) (want.data as Float32Array).set(got.data as Float32Array);
      if (scratchOut) {
        // Several time levels: drop the oldest, append the new one.
        const s = src[ti] as Float32Array;
        const d = dst[ti] as Float32Array;
        const o = scratchOut[ti] as Float32Array;
        for (let b = 0; b < count; b++) {
          const base = b * l.times * l.perTime;
          d.set(s.subarray(base + l.perTime, base + l.times * l.perTime), base);
          d.set(o.subarray(b * l.perTime, (b + 1) * l.perTime), base + (l.times - 1) * l.perTime);
        }
      }
    });
  }

  /** Latest time level of every tensor, physical units, store order, into `lead` [member][channel][lat][lon]. */
  private denormalise(state: Float32Array[], count: number, lead: Float32Array): void {
    const nPts = this.contract.contract.grid.nLat * this.contract.contract.grid.nLon;
    const storeChannels = this.layouts.reduce((s, l) => s + l.channels.length, 0);
    for (let b = 0; b < count; b++) {
      let ch = 0;
      this.layouts.forEach((l, ti) => {
        const buf = state[ti] as Float32Array;
        const base = (b * l.times + (l.times - 1)) * l.perTime;
        for (let k = 0; k < l.channels.length; k++, ch++) {
          const m = l.mean[k] as number;
          const s = l.std[k] as number;
          const out = (b * storeChannels + ch) * nPts;
          for (let p = 0; p < nPts; p++) lead[out + p] = (buf[base + k * nPts + this.modelPoint(p)] as number) * s + m;
        }
      });
    }
  }
}
