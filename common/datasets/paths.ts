import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the observed station data lives: $WX_SHARED_DATA, else ../shared/data beside the checkout
 * (the layout CI and developers have). Found by walking up from this file so it works from dist/ too.
 */
export function sharedDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.WX_SHARED_DATA) return resolve(env.WX_SHARED_DATA);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return resolve(dir, '..', 'shared', 'data');
    dir = dirname(dir);
  }
  return resolve(process.cwd(), '..', 'shared', 'data');
}
