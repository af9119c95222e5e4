/**
 * Model chunks over MQTT: a wx.v1.ModelChunkRequest goes out on the device's model-req topic and the
 * gateway answers with Command{kind: "model.chunk", payload: ModelChunk} on its cmd topic. One request
 * is outstanding at a time; an answer that does not match it (late, duplicate) is ignored, and a
 * request without an answer within the timeout rejects (download.ts asks again).
 */
import type { MqttClient } from 'mqtt';
import { buildTopic } from '../../common/topics.js';
import { v1, type ModelChunk } from '../../protos/index.js';
import type { FirmwareConfig } from '../config/types.js';
import type { ChunkRequest, ChunkSource } from './download.js';

export interface MqttChunkSource extends ChunkSource {
  /** Feed for the "model.chunk" command handler. */
  onChunk(chunk: ModelChunk): void;
}

export function createMqttChunkSource(config: FirmwareConfig, client: () => MqttClient | undefined, timeoutMs: number): MqttChunkSource {
  const topic = buildTopic(config.site, config.deviceId, 'model-req');
  let waiting: { req: ChunkRequest; resolve: (b: Uint8Array) => void; reject: (e: Error) => void; timer: NodeJS.Timeout } | undefined;
  return {
    fetch(req) {
      return new Promise<Uint8Array>((resolve, reject) => {
        const c = client();
        if (!c?.connected) {
          // Not connected: wait a timeout's length (the reconnect) before the caller asks again.
          setTimeout(() => reject(new Error('not connected to the gateway')), timeoutMs).unref();
          return;
        }
        const timer = setTimeout(() => {
          waiting = undefined;
          reject(new Error(`no chunk at ${req.offset} within ${timeoutMs} ms`));
        }, timeoutMs);
        timer.unref();
        waiting = { req, resolve, reject, timer };
        const bytes = v1.ModelChunkRequest.encode({ deploymentId: req.deploymentId, modelId: req.modelId, version: req.version, offset: req.offset, length: req.length }).finish();
        c.publishAsync(topic, Buffer.from(bytes), { qos: 1 }).catch((err: unknown) => {
          if (waiting?.timer !== timer) return;
          clearTimeout(timer);
          waiting = undefined;
          reject(err as Error);
        });
      });
    },
    onChunk(chunk) {
      const w = waiting;
      if (!w || chunk.modelId !== w.req.modelId || chunk.version !== w.req.version || Number(chunk.offset) !== w.req.offset) return;
      clearTimeout(w.timer);
      waiting = undefined;
      if (chunk.error) w.reject(new Error(`gateway: ${chunk.error}`));
      else w.resolve(chunk.data);
    },
  };
}
