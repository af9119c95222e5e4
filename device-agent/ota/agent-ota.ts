/**
 * OTA as the agent runs it: the "model.deploy" and "model.chunk" command handlers, chunks over MQTT,
 * reports on the model-report topic (QoS 1; held in memory while disconnected, bounded), and the
 * resumption of an update that a restart interrupted, once the MQTT client is up.
 */
import type { MqttClient } from 'mqtt';
import { join } from 'node:path';
import { describeError } from '../../common/errors.js';
import { componentLogger, type Logger } from '../../common/logger.js';
import { buildTopic } from '../../common/topics.js';
import { ModelUpdateState, v1, type ModelUpdateReportProps } from '../../protos/index.js';
import type { FirmwareConfig } from '../config/types.js';
import type { CommandHandler } from '../mqtt/commands.js';
import type { NowcastModel } from '../nowcast/index.js';
import type { NowcastRunner } from '../nowcasting/runner.js';
import { createMqttChunkSource } from './mqtt-chunks.js';
import { parsePublicKey } from './signature.js';
import { createUpdater } from './updater.js';

const MAX_HELD_REPORTS = 100;

export interface AgentOtaDeps {
  config: FirmwareConfig;
  dataDir: string;
  runner: NowcastRunner;
  load: (cardPath: string) => Promise<NowcastModel>;
  initialCardPath: string | undefined;
  logger: Logger;
}

/** `<dataDir>/models`: where updates are downloaded and installed, with the pointer file. */
export const otaRoot = (dataDir: string): string => join(dataDir, 'models');

export function createAgentOta(deps: AgentOtaDeps): { commands: Record<string, CommandHandler> } {
  const { config, runner } = deps;
  const log = componentLogger(deps.logger, 'ota');
  const update = config.nowcast.update;
  const reportTopic = buildTopic(config.site, config.deviceId, 'model-report');
  const held: Buffer[] = [];

  const send = (c: MqttClient | undefined): void => {
    while (c?.connected && held.length > 0) {
      const payload = held.shift()!;
      c.publishAsync(reportTopic, payload, { qos: 1 }).catch(() => held.unshift(payload));
    }
  };
  const report = (r: ModelUpdateReportProps): void => {
    held.push(Buffer.from(v1.ModelUpdateReport.encode(r).finish()));
    if (held.length > MAX_HELD_REPORTS) held.shift();
    send(runner.client);
  };

  if (!update) {
    return {
      commands: {
        'model.deploy': (cmd) => {
          const d = v1.ModelDeploy.decode(cmd.payload);
          report({ deviceId: config.deviceId, deploymentId: d.deploymentId, modelId: d.modelId, version: d.version, state: ModelUpdateState.MODEL_UPDATE_FAILED, reason: 'this device has no update key configured (nowcast.update.publicKeyPem)', activeVersion: runner.model?.card.version ?? '', timeMs: Date.now() });
          return { ok: false, message: 'no update key configured' };
        },
      },
    };
  }
  const chunks = createMqttChunkSource(config, () => runner.client, update.chunkTimeoutMs);
  const updater = createUpdater({
    deviceId: config.deviceId,
    root: otaRoot(deps.dataDir),
    publicKey: parsePublicKey(update.publicKeyPem),
    precision: config.nowcast.precision,
    samplingIntervalMs: config.samplingIntervalMs,
    host: runner,
    source: chunks,
    load: deps.load,
    report,
    watchCycles: update.watchCycles,
    initialCardPath: deps.initialCardPath,
    logger: deps.logger,
  });
  runner.onStart((c) => {
    c.on('connect', () => send(c));
    const resume = (): void => void updater.resume().catch((err: unknown) => log.error({ err: describeError(err) }, 'resuming an update failed'));
    if (c.connected) resume();
    else c.once('connect', resume);
  });
  return {
    commands: {
      'model.deploy': (cmd) => {
        const d = v1.ModelDeploy.decode(cmd.payload);
        if (updater.busy) return { ok: true, message: `busy with an update; ${d.deploymentId} will be taken when repeated` };
        void updater.deploy(d).catch((err: unknown) => log.error({ err: describeError(err) }, 'update failed unexpectedly'));
        return { ok: true, message: `deployment ${d.deploymentId} accepted` };
      },
      'model.chunk': (cmd) => {
        chunks.onChunk(v1.ModelChunk.decode(cmd.payload));
        return { ok: true, message: 'chunk' };
      },
    },
  };
}
