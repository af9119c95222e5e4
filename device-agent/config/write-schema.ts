// Writes firmware-configs/schema.json from the schema in code: node --import tsx device-agent/config/write-schema.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firmwareConfigSchema } from './schema.js';

export const SCHEMA_JSON_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'firmware-configs', 'schema.json');

export function schemaJson(): string {
  return JSON.stringify(firmwareConfigSchema, null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_JSON_PATH, schemaJson());
  process.stdout.write(`wrote ${SCHEMA_JSON_PATH}\n`);
}
