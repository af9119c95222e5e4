import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const MODELS_DIR = join(import.meta.dirname, '..', '..', 'models', 'nowcast');

/** Every committed version folder (models/nowcast/<modelId>-<version>/card.json). */
export function versionCards(): string[] {
  return readdirSync(MODELS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(MODELS_DIR, d.name, 'card.json'));
}

export const CURRENT_CARD = join(MODELS_DIR, 'station-nowcast-1.2.0', 'card.json');
