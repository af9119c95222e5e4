/**
 * The model registry and rollouts (`<dataDir>/models.sqlite`, files in `<dataDir>/models/`).
 * Signing: the OPERATOR signs (Ed25519 over the raw SHA-256 of the .onnx file) and supplies the
 * signature with the file; the cloud checks hash and size against the card, stores the signature and
 * never holds a private key. Devices verify against the public key in their config.
 *
 * A deployment targets device ids (or every device seen at a site). With a canary share, that share
 * of the targets (at least one) is released first; the rest is released once every canary reports
 * ACTIVE, and the deployment stops (state 'halted') when a canary reports FAILED or ROLLED_BACK.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { WxError } from '../../common/errors.js';
import { validateCard } from '../../common/nowcast/card.js';
import { openDatabase, type SqliteDatabase } from '../../common/sqlite.js';
import { isValidId } from '../../common/topics.js';

export interface ModelVersionRow {
  modelId: string;
  version: string;
  sha256: string;
  sizeBytes: number;
  signature: Buffer;
  cardJson: string;
  registeredMs: number;
}

export interface TargetRow {
  deviceId: string;
  phase: 'canary' | 'main';
  released: boolean;
  state: string;
  reason: string;
  updatedMs: number;
}

export interface DeploymentRow {
  deploymentId: string;
  modelId: string;
  version: string;
  state: 'canary' | 'rolling' | 'halted';
  canaryShare: number;
  createdMs: number;
  targets: TargetRow[];
}

export interface DeployRequest {
  modelId: string;
  version: string;
  /** Resolved by the caller (a site becomes the devices seen there). */
  deviceIds: string[];
  canaryShare?: number;
}

export class ModelRegistry {
  private readonly db: SqliteDatabase;
  private readonly filesDir: string;
  private readonly listeners: (() => void)[] = [];

  constructor(dataDir: string, private readonly now: () => number = Date.now) {
    this.db = openDatabase(join(dataDir, 'models.sqlite'), { synchronous: 'FULL' });
    this.filesDir = join(dataDir, 'models');
    mkdirSync(this.filesDir, { recursive: true });
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS model_versions (model_id TEXT NOT NULL, version TEXT NOT NULL, sha256 TEXT NOT NULL, size_bytes INTEGER NOT NULL,
        signature BLOB NOT NULL, card_json TEXT NOT NULL, registered_ms INTEGER NOT NULL, PRIMARY KEY (model_id, version)) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS deployments (deployment_id TEXT PRIMARY KEY, model_id TEXT NOT NULL, version TEXT NOT NULL, state TEXT NOT NULL,
        canary_share REAL NOT NULL, created_ms INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS deployment_targets (deployment_id TEXT NOT NULL, device_id TEXT NOT NULL, phase TEXT NOT NULL, released INTEGER NOT NULL,
        state TEXT NOT NULL, reason TEXT NOT NULL, updated_ms INTEGER NOT NULL, PRIMARY KEY (deployment_id, device_id)) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS deployment_targets_device ON deployment_targets (device_id, released);
    `);
  }

  /** Called after every change that may release or withdraw deploys (the gateway watch streams). */
  onChange(listener: () => void): () => void {
    this.listeners.push(listener);
    return () => this.listeners.splice(this.listeners.indexOf(listener), 1);
  }

  private changed(): void {
    for (const l of [...this.listeners]) l();
  }

  /** Registers a version: the card must be valid and list this file (size, SHA-256); the signature is the operator's. */
  register(cardJson: string, file: Uint8Array, signature: Uint8Array): ModelVersionRow {
    let cardData: unknown;
    try {
      cardData = JSON.parse(cardJson);
    } catch {
      throw new WxError('WX_ERR_PAYLOAD_INVALID', 'card: not JSON', { field: 'card' });
    }
    const card = validateCard(cardData, 'card');
    if (!isValidId(card.modelId) || !isValidId(card.version)) throw new WxError('WX_ERR_PAYLOAD_INVALID', 'card: modelId and version must match [A-Za-z0-9_.-]{1,64}', { field: 'card.version' });
    const sha = createHash('sha256').update(file).digest('hex');
    const entry = card.files.find((f) => f.sha256 === sha);
    if (!entry || entry.bytes !== file.byteLength) throw new WxError('WX_ERR_PAYLOAD_INVALID', `file: ${file.byteLength} bytes with sha256 ${sha}, which no entry of card.files lists`, { field: 'file' });
    if (signature.byteLength !== 64) throw new WxError('WX_ERR_PAYLOAD_INVALID', `signature: ${signature.byteLength} bytes, an Ed25519 signature has 64`, { field: 'signature' });
    if (this.version(card.modelId, card.version)) throw new WxError('WX_ERR_PAYLOAD_INVALID', `version ${card.modelId}@${card.version} is already registered`, { field: 'card.version' });
    // The device gets a card listing only the file it receives (one precision per OTA unit).
    const unitCard = JSON.stringify({ ...card, files: [entry] });
    const path = this.filePath(card.modelId, card.version);
    writeFileSync(`${path}.tmp`, file);
    renameSync(`${path}.tmp`, path);
    const row: ModelVersionRow = { modelId: card.modelId, version: card.version, sha256: sha, sizeBytes: file.byteLength, signature: Buffer.from(signature), cardJson: unitCard, registeredMs: this.now() };
    this.db.prepare(`INSERT INTO model_versions VALUES (?, ?, ?, ?, ?, ?, ?)`).run(row.modelId, row.version, row.sha256, row.sizeBytes, row.signature, row.cardJson, row.registeredMs);
    return row;
  }

  private filePath(modelId: string, version: string): string {
    return join(this.filesDir, `${modelId}-${version}.onnx`);
  }

  version(modelId: string, version: string): ModelVersionRow | undefined {
    const r = this.db.prepare(`SELECT * FROM model_versions WHERE model_id = ? AND version = ?`).get(modelId, version) as Record<string, never> | undefined;
    return r && toVersion(r);
  }

  list(): ModelVersionRow[] {
    return (this.db.prepare(`SELECT * FROM model_versions ORDER BY model_id, registered_ms`).all() as Record<string, never>[]).map(toVersion);
  }

  /** Bytes [offset, offset + length) of a registered file. */
  chunk(modelId: string, version: string, offset: number, length: number): { data: Buffer; total: number } {
    const v = this.version(modelId, version);
    if (!v) throw new WxError('WX_ERR_NOT_FOUND', `no model ${modelId}@${version}`, { field: 'version' });
    if (!Number.isSafeInteger(offset) || offset < 0 || offset >= v.sizeBytes || length < 1) throw new WxError('WX_ERR_QUERY_INVALID', `offset ${offset} outside the ${v.sizeBytes}-byte file`, { field: 'offset' });
    const data = readFileSync(this.filePath(modelId, version)).subarray(offset, offset + Math.min(length, 1024 * 1024));
    return { data, total: v.sizeBytes };
  }

  deploy(req: DeployRequest): DeploymentRow {
    if (!this.version(req.modelId, req.version)) throw new WxError('WX_ERR_NOT_FOUND', `no model ${req.modelId}@${req.version}`, { field: 'version' });
    const devices = [...new Set(req.deviceIds ?? [])].sort();
    if (devices.length === 0) throw new WxError('WX_ERR_PAYLOAD_INVALID', 'no target devices: give deviceIds, or a site where devices have reported', { field: 'deviceIds' });
    const bad = devices.find((d) => !isValidId(d));
    if (bad) throw new WxError('WX_ERR_PAYLOAD_INVALID', `deviceIds: ${JSON.stringify(bad)} is not a valid id`, { field: 'deviceIds' });
    const share = req.canaryShare ?? 0;
    if (!(share >= 0 && share <= 1)) throw new WxError('WX_ERR_PAYLOAD_INVALID', 'canaryShare: must be in [0, 1]', { field: 'canaryShare' });
    const canaries = share > 0 ? Math.max(1, Math.floor(devices.length * share)) : 0;
    const id = `dep-${randomUUID().slice(0, 8)}`;
    const t = this.now();
    this.db.transaction(() => {
      this.db.prepare(`INSERT INTO deployments VALUES (?, ?, ?, ?, ?, ?)`).run(id, req.modelId, req.version, canaries > 0 ? 'canary' : 'rolling', share, t);
      // A newer deployment supersedes what a device had not finished.
      const supersede = this.db.prepare(`UPDATE deployment_targets SET released = 0, state = 'SUPERSEDED', updated_ms = ? WHERE device_id = ? AND released = 1 AND state NOT IN ('ACTIVE', 'FAILED', 'ROLLED_BACK')`);
      const ins = this.db.prepare(`INSERT INTO deployment_targets VALUES (?, ?, ?, ?, 'PENDING', '', ?)`);
      devices.forEach((d, i) => {
        const phase = i < canaries ? 'canary' : 'main';
        const released = canaries === 0 || phase === 'canary';
        if (released) supersede.run(t, d);
        ins.run(id, d, phase, released ? 1 : 0, t);
      });
    })();
    this.changed();
    return this.deployment(id)!;
  }

  deployment(id: string): DeploymentRow | undefined {
    const d = this.db.prepare(`SELECT * FROM deployments WHERE deployment_id = ?`).get(id) as { deployment_id: string; model_id: string; version: string; state: DeploymentRow['state']; canary_share: number; created_ms: number } | undefined;
    if (!d) return undefined;
    const targets = (this.db.prepare(`SELECT * FROM deployment_targets WHERE deployment_id = ? ORDER BY device_id`).all(id) as { device_id: string; phase: TargetRow['phase']; released: number; state: string; reason: string; updated_ms: number }[]).map((t) => ({
      deviceId: t.device_id, phase: t.phase, released: t.released === 1, state: t.state, reason: t.reason, updatedMs: t.updated_ms,
    }));
    return { deploymentId: d.deployment_id, modelId: d.model_id, version: d.version, state: d.state, canaryShare: d.canary_share, createdMs: d.created_ms, targets };
  }

  /** What each of these devices should be told: released targets that have not reached an end state. */
  openDeploys(deviceIds: readonly string[]): { deviceId: string; deploymentId: string; version: ModelVersionRow }[] {
    const out: { deviceId: string; deploymentId: string; version: ModelVersionRow }[] = [];
    const st = this.db.prepare(`SELECT t.deployment_id, d.model_id, d.version FROM deployment_targets t JOIN deployments d USING (deployment_id)
      WHERE t.device_id = ? AND t.released = 1 AND t.state IN ('PENDING', 'DOWNLOADING', 'VERIFYING') ORDER BY d.created_ms DESC LIMIT 1`);
    for (const deviceId of deviceIds) {
      const r = st.get(deviceId) as { deployment_id: string; model_id: string; version: string } | undefined;
      const v = r && this.version(r.model_id, r.version);
      if (r && v) out.push({ deviceId, deploymentId: r.deployment_id, version: v });
    }
    return out;
  }

  /** A device's report (via ForwardBatch.model_reports): target state, canary promotion or halt. */
  onReport(deviceId: string, deploymentId: string, state: string, reason: string): void {
    const t = this.now();
    const changed = this.db.prepare(`UPDATE deployment_targets SET state = ?, reason = ?, updated_ms = ? WHERE deployment_id = ? AND device_id = ? AND released = 1`).run(state, reason, t, deploymentId, deviceId).changes;
    if (changed === 0) return;
    const d = this.deployment(deploymentId);
    if (d?.state === 'canary') {
      const canaries = d.targets.filter((x) => x.phase === 'canary');
      if (canaries.some((x) => x.state === 'FAILED' || x.state === 'ROLLED_BACK')) this.db.prepare(`UPDATE deployments SET state = 'halted' WHERE deployment_id = ?`).run(deploymentId);
      else if (canaries.every((x) => x.state === 'ACTIVE')) {
        this.db.transaction(() => {
          this.db.prepare(`UPDATE deployments SET state = 'rolling' WHERE deployment_id = ?`).run(deploymentId);
          this.db.prepare(`UPDATE deployment_targets SET released = 1, updated_ms = ? WHERE deployment_id = ? AND phase = 'main'`).run(t, deploymentId);
        })();
      }
    }
    this.changed();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function toVersion(r: Record<string, never>): ModelVersionRow {
  const x = r as unknown as { model_id: string; version: string; sha256: string; size_bytes: number; signature: Buffer; card_json: string; registered_ms: number };
  return { modelId: x.model_id, version: x.version, sha256: x.sha256, sizeBytes: x.size_bytes, signature: x.signature, cardJson: x.card_json, registeredMs: x.registered_ms };
}

