import type { FirmwareConfig } from '../config/types.js';
import { requireBlock } from '../config/load.js';
import { createIioSource, type IioChannel } from './iio.js';
import { createBeijingReplay, createJenaReplay } from './replay.js';
import { createSimulatedSource } from './simulated.js';
import type { Source, SourceHost } from './types.js';

export type { Sample, Source, SourceHost } from './types.js';
export { realHost } from './pacer.js';

export interface SourceDeps {
  host: SourceHost;
  /** Folder replay files are relative to. */
  sharedDir: string;
  /** Position saved with the last stored reading, if any. */
  cursor?: string;
  onReadError?: (channel: IioChannel, err: unknown) => void;
}

/** The source registry: one implementation per `source.kind`. */
export async function createSource(config: FirmwareConfig, deps: SourceDeps): Promise<Source> {
  const { host, sharedDir, cursor } = deps;
  switch (config.source.kind) {
    case 'replay-beijing':
      return createBeijingReplay(requireBlock(config, 'replay'), host, sharedDir, cursor);
    case 'replay-jena':
      return createJenaReplay(requireBlock(config, 'replay'), host, sharedDir, cursor);
    case 'simulated':
      return createSimulatedSource({
        options: requireBlock(config, 'simulated'),
        samplingIntervalMs: config.samplingIntervalMs,
        host,
        longitudeDeg: config.station.longitude,
        ...(cursor === undefined ? {} : { cursor }),
      });
    case 'iio':
      return createIioSource({
        options: requireBlock(config, 'iio'),
        samplingIntervalMs: config.samplingIntervalMs,
        host,
        ...(deps.onReadError ? { onReadError: deps.onReadError } : {}),
      });
  }
}
