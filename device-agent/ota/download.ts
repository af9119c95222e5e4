/**
 * Resumable chunked download of one model file. The bytes go to `<dir>/<deploymentId>.part`, each
 * chunk appended and fsynced before the next is asked for, so the file's size IS the persisted offset:
 * a disconnect or a restart resumes where the last durable chunk ended, never re-fetching or skipping.
 */
import { closeSync, existsSync, fstatSync, fsyncSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { WxError } from '../../common/errors.js';

export interface ChunkRequest {
  deploymentId: string;
  modelId: string;
  version: string;
  offset: number;
  length: number;
}

/** Where chunks come from: the gateway over MQTT (mqtt-chunks.ts), or a stand-in in tests. */
export interface ChunkSource {
  /** Resolves with the bytes at [offset, offset + length) or fewer at the end; rejects on error or timeout. */
  fetch(req: ChunkRequest): Promise<Uint8Array>;
}

export interface DownloadTarget {
  deploymentId: string;
  modelId: string;
  version: string;
  sizeBytes: number;
  chunkSize: number;
}

export function partPath(dir: string, deploymentId: string): string {
  return join(dir, `${deploymentId}.part`);
}

/** Bytes already on disk for this deployment (0 when none). */
export function bytesOnDisk(dir: string, deploymentId: string): number {
  const p = partPath(dir, deploymentId);
  if (!existsSync(p)) return 0;
  const fd = openSync(p, 'r');
  try {
    return fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
}

/**
 * Fetches what is missing of the file; `onProgress` after every durable chunk. Returns the path of
 * the complete file. Throws (keeping what was written) when the source fails.
 */
export async function download(dir: string, t: DownloadTarget, source: ChunkSource, onProgress?: (bytes: number) => void, retries = 5): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = partPath(dir, t.deploymentId);
  const fd = openSync(path, 'a');
  try {
    let offset = fstatSync(fd).size;
    if (offset > t.sizeBytes) throw new WxError('WX_ERR_PAYLOAD_INVALID', `partial file holds ${offset} bytes, the model has ${t.sizeBytes}`, { field: 'size_bytes' });
    let failures = 0;
    while (offset < t.sizeBytes) {
      const length = Math.min(t.chunkSize, t.sizeBytes - offset);
      let data: Uint8Array;
      try {
        data = await source.fetch({ deploymentId: t.deploymentId, modelId: t.modelId, version: t.version, offset, length });
        failures = 0;
      } catch (err) {
        if (++failures > retries) throw new WxError('WX_ERR_SOURCE', `transfer stalled at byte ${offset} of ${t.sizeBytes}: ${(err as Error).message}`, { cause: err });
        continue;
      }
      if (data.byteLength === 0 || data.byteLength > length) throw new WxError('WX_ERR_PAYLOAD_INVALID', `chunk at ${offset}: ${data.byteLength} bytes, asked for ${length}`, { field: 'data' });
      writeSync(fd, data);
      fsyncSync(fd);
      offset += data.byteLength;
      onProgress?.(offset);
    }
    return path;
  } finally {
    closeSync(fd);
  }
}

export function discardPart(dir: string, deploymentId: string): void {
  rmSync(partPath(dir, deploymentId), { force: true });
}
