/**
 * The device side of an over-the-air model update (issue 3): for one wx.v1.ModelDeploy it
 *   DOWNLOADING  fetches the file in chunks, resumably (download.ts),
 *   VERIFYING    checks size, SHA-256 and the Ed25519 signature against the configured key, the
 *                card's contract against what this agent can feed (checkContract), then loads the
 *                model and smoke-tests it on recent history,
 *   ACTIVE       swaps it in (new folder, then the pointer file renamed over; the old model serves
 *                until that moment),
 * and reports every state (report callback -> model-report topic). Any failed check ends in FAILED with
 * the reason and the old model still serving; a stalled transfer is reported DOWNLOADING 'paused: ...'
 * and resumes when the deploy comes again. After the swap the next `watchCycles` nowcasts are watched:
 * a FAILED one (non-finite or implausible output, inference error) rolls back to the previous model
 * and reports ROLLED_BACK. The deploy being worked on is kept in `<root>/deploy.json`, so a restart
 * mid-update resumes it (resume()).
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { describeError } from '../../common/errors.js';
import { componentLogger, type Logger } from '../../common/logger.js';
import { cardFile, validateCard, type Precision } from '../../common/nowcast/card.js';
import { VARIABLE_NAMES, type VariableName } from '../../common/variables.js';
import { ModelUpdateState, NowcastState, type ModelDeployProps, type ModelUpdateReportProps, type NowcastProps } from '../../protos/index.js';
import { checkContract, smokeTest, type NowcastModel } from '../nowcast/index.js';
import type { FlaggedHistoryReading } from '../outbox/outbox.js';
import { bytesOnDisk, discardPart, download, type ChunkSource } from './download.js';
import { ModelStore } from './model-store.js';
import { sha256, signatureValid } from './signature.js';

/** What the updater needs of the nowcast runner. */
export interface ModelHost {
  readonly model: NowcastModel | undefined;
  setModel(model: NowcastModel | undefined, reason?: string): void;
  history(): FlaggedHistoryReading[];
  /** Registers a listener for every nowcast produced (the post-swap watch). */
  onNowcast(listener: (n: NowcastProps) => void): void;
}

export interface UpdaterDeps {
  deviceId: string;
  /** `<dataDir>/models`: downloads, installed versions, the pointer file. */
  root: string;
  publicKey: KeyObject;
  precision: Precision;
  samplingIntervalMs: number;
  host: ModelHost;
  /** Card of the model the agent started with (the rollback target of the first update). */
  initialCardPath: string | undefined;
  source: ChunkSource;
  load: (cardPath: string) => Promise<NowcastModel>;
  report: (r: ModelUpdateReportProps) => void;
  /** Nowcasts watched after a swap; one FAILED among them rolls back. [1...1000] */
  watchCycles: number;
  logger: Logger;
  now?: () => number;
}

export interface Updater {
  /** Handles a deploy command; resolves when it ended (ACTIVE or FAILED). A deploy already done is re-reported. */
  deploy(d: ModelDeployProps): Promise<void>;
  /** After a restart: continues the deploy that was under way, if any. */
  resume(): Promise<void>;
  readonly busy: boolean;
}

interface Watch {
  deploy: ModelDeployProps;
  left: number;
  previousCard: string | undefined;
}

const DEPLOY_FILE = 'deploy.json';

function saveDeploy(root: string, d: ModelDeployProps): void {
  const json = { ...d, signature: Buffer.from(d.signature ?? new Uint8Array()).toString('base64'), sizeBytes: Number(d.sizeBytes ?? 0) };
  const tmp = join(root, `${DEPLOY_FILE}.tmp`);
  writeFileSync(tmp, JSON.stringify(json));
  renameSync(tmp, join(root, DEPLOY_FILE)); // a restart sees the old or the new deploy file, never a torn one
}

function loadDeploy(root: string): ModelDeployProps | undefined {
  const p = join(root, DEPLOY_FILE);
  if (!existsSync(p)) return undefined;
  try {
    const j = JSON.parse(readFileSync(p, 'utf8')) as ModelDeployProps & { signature: string };
    return { ...j, signature: Buffer.from(j.signature, 'base64') };
  } catch {
    return undefined;
  }
}

export function createUpdater(deps: UpdaterDeps): Updater {
  const store = new ModelStore(deps.root);
  const log = componentLogger(deps.logger, 'ota');
  const now = deps.now ?? Date.now;
  let busy = false;
  let currentCardPath = deps.initialCardPath;
  let watch: Watch | undefined;
  const doneDeployments = new Map<string, ModelUpdateReportProps>();

  const activeVersion = (): string => deps.host.model?.card.version ?? '';
  const report = (d: ModelDeployProps, state: number, reason = '', bytes = 0): ModelUpdateReportProps => {
    const r: ModelUpdateReportProps = {
      deviceId: deps.deviceId, deploymentId: d.deploymentId ?? '', modelId: d.modelId ?? '', version: d.version ?? '', state, reason,
      activeVersion: activeVersion(), timeMs: now(), bytesReceived: bytes,
    };
    log[state === ModelUpdateState.MODEL_UPDATE_FAILED || state === ModelUpdateState.MODEL_UPDATE_ROLLED_BACK ? 'warn' : 'info'](
      { deploymentId: r.deploymentId, version: r.version, state: ModelUpdateState[state], reason }, 'model update');
    deps.report(r);
    return r;
  };

  deps.host.onNowcast((n) => {
    const w = watch;
    // Only the new model's own nowcasts judge it (a cycle that started on the old one may end after the swap).
    if (!w || n.modelVersion !== w.deploy.version) return;
    if (n.state === NowcastState.NOWCAST_FAILED || n.state === NowcastState.NOWCAST_NO_MODEL) {
      watch = undefined;
      void rollback(w, `after the swap: ${NowcastState[n.state]}: ${n.reason ?? ''}`);
    } else if (n.state === NowcastState.NOWCAST_OK && --w.left <= 0) {
      watch = undefined;
      log.info({ version: w.deploy.version }, 'new model passed its watch');
    }
  });

  async function rollback(w: Watch, reason: string): Promise<void> {
    const bad = deps.host.model;
    try {
      if (!w.previousCard) throw new Error('no previous model to go back to');
      const previous = await deps.load(w.previousCard);
      store.setPointer({ current: w.previousCard });
      deps.host.setModel(previous);
      await bad?.close();
      doneDeployments.set(w.deploy.deploymentId ?? '', report(w.deploy, ModelUpdateState.MODEL_UPDATE_ROLLED_BACK, reason));
    } catch (err) {
      deps.host.setModel(undefined, `rolled back model could not be loaded: ${describeError(err)}`);
      await bad?.close();
      doneDeployments.set(w.deploy.deploymentId ?? '', report(w.deploy, ModelUpdateState.MODEL_UPDATE_ROLLED_BACK, `${reason}; previous model failed to load: ${describeError(err)}`));
    }
  }

  /** Every check before the swap; returns the installed, loaded and smoke-tested model, or throws with the reason. */
  async function prepare(d: ModelDeployProps, partDir: string): Promise<{ model: NowcastModel; cardPath: string }> {
    let cardData: unknown;
    try {
      cardData = JSON.parse(d.cardJson ?? '');
    } catch {
      throw new Error('card_json: not JSON');
    }
    const history = deps.host.history();
    const seen = new Set<VariableName>();
    for (const h of history) for (const [k, v] of Object.entries(h.values)) if (Number.isFinite(v)) seen.add(k as VariableName);
    const contract = checkContract(cardData, { variables: seen.size > 0 ? [...seen] : VARIABLE_NAMES, samplingIntervalMs: deps.samplingIntervalMs });
    if (contract.length > 0) throw new Error(`contract: ${contract.join('; ')}`);
    const card = validateCard(cardData, 'card_json');
    const entry = cardFile(card, deps.precision);
    if (!entry) throw new Error(`card_json: lists no ${deps.precision} file`);
    const path = join(partDir, `${d.deploymentId}.part`);
    const bytes = await readFile(path);
    const digest = sha256(bytes);
    const size = Number(d.sizeBytes ?? 0);
    if (bytes.byteLength !== size) throw new Error(`size: ${bytes.byteLength} bytes received, ${size} announced`);
    if (digest.toString('hex') !== (d.sha256 ?? '').toLowerCase()) throw new Error(`sha256: file hashes to ${digest.toString('hex')}, the deploy says ${d.sha256}`);
    if (!signatureValid(digest, d.signature ?? new Uint8Array(), deps.publicKey)) throw new Error('signature: not a valid Ed25519 signature of the file by the configured key');
    if (entry.sha256 !== digest.toString('hex')) throw new Error(`card_json: files.${deps.precision}.sha256 does not match the file`);
    const cardPath = store.install(`${card.modelId}-${card.version}-${d.deploymentId}`, d.cardJson!, entry.file, path);
    let model: NowcastModel;
    try {
      model = await deps.load(cardPath);
    } catch (err) {
      store.remove(cardPath);
      throw new Error(`load: ${describeError(err)}`);
    }
    const problems = await smokeTest(model, history);
    if (problems.length > 0) {
      await model.close();
      store.remove(cardPath);
      throw new Error(`smoke test: ${problems.join('; ')}`);
    }
    return { model, cardPath };
  }

  async function run(d: ModelDeployProps): Promise<void> {
    const id = d.deploymentId ?? '';
    const partDir = join(deps.root, 'downloads');
    saveDeploy(deps.root, d);
    report(d, ModelUpdateState.MODEL_UPDATE_DOWNLOADING, '', bytesOnDisk(partDir, id));
    try {
      await download(partDir, { deploymentId: id, modelId: d.modelId ?? '', version: d.version ?? '', sizeBytes: Number(d.sizeBytes ?? 0), chunkSize: d.chunkSize || 64 * 1024 }, deps.source);
    } catch (err) {
      // Not a verdict on the model: the partial file and deploy.json stay, the deployment stays open,
      // and the gateway's next repeat of the deploy (or a restart) resumes the transfer.
      report(d, ModelUpdateState.MODEL_UPDATE_DOWNLOADING, `paused: ${describeError(err)}`, bytesOnDisk(partDir, id));
      return;
    }
    report(d, ModelUpdateState.MODEL_UPDATE_VERIFYING, '', Number(d.sizeBytes ?? 0));
    let prepared: { model: NowcastModel; cardPath: string };
    try {
      prepared = await prepare(d, partDir);
    } catch (err) {
      discardPart(partDir, id); // bad bytes are not resumed
      rmSync(join(deps.root, DEPLOY_FILE), { force: true });
      doneDeployments.set(id, report(d, ModelUpdateState.MODEL_UPDATE_FAILED, (err as Error).message, Number(d.sizeBytes ?? 0)));
      return;
    }
    // The swap: the pointer names the new card (atomic rename), then the runner takes the new model.
    const previousCard = store.pointer()?.current ?? currentCardPath;
    store.setPointer({ current: prepared.cardPath, ...(previousCard ? { previous: previousCard } : {}), deploymentId: id });
    const old = deps.host.model;
    deps.host.setModel(prepared.model);
    currentCardPath = prepared.cardPath;
    await old?.close();
    rmSync(join(deps.root, DEPLOY_FILE), { force: true });
    watch = { deploy: d, left: deps.watchCycles, previousCard };
    doneDeployments.set(id, report(d, ModelUpdateState.MODEL_UPDATE_ACTIVE, '', Number(d.sizeBytes ?? 0)));
  }

  return {
    get busy() {
      return busy;
    },
    async deploy(d) {
      const done = doneDeployments.get(d.deploymentId ?? '');
      if (done) {
        deps.report({ ...done, timeMs: now() }); // the gateway repeats deploys until it hears the outcome
        return;
      }
      if (busy) return;
      const running = deps.host.model?.card;
      if (running && running.modelId === d.modelId && running.version === d.version) {
        // Already swapped in (e.g. the ACTIVE report was lost in a restart): say so, fetch nothing.
        doneDeployments.set(d.deploymentId ?? '', report(d, ModelUpdateState.MODEL_UPDATE_ACTIVE, 'already running this version', Number(d.sizeBytes ?? 0)));
        return;
      }
      busy = true;
      try {
        await run(d);
      } finally {
        busy = false;
      }
    },
    async resume() {
      const d = loadDeploy(deps.root);
      if (d) await this.deploy(d);
    },
  };
}

/** Tells the updater which card the agent started with (the rollback target of the first update). */
export function startingCard(root: string, fallback: string): string {
  const p = new ModelStore(root).pointer();
  return p?.current && existsSync(p.current) ? p.current : fallback;
}
