/**
 * The device's installed models: `<root>/<modelId>-<version>-<deploymentId>/` (card.json + the .onnx
 * file), and `<root>/current.json`, the pointer naming the card in use and the one before it. The
 * pointer is replaced atomically (write a temporary file, fsync, rename, fsync the folder), so after
 * a crash it names either the old model or the new one, never half of each.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fsyncDir, replaceFileDurably, writeDurable } from '../../common/durable-file.js';

export interface Pointer {
  /** Card of the model in use. */
  current: string;
  /** Card of the model before it (the rollback target), when there was one. */
  previous?: string;
  deploymentId?: string;
}

export class ModelStore {
  constructor(readonly root: string) {
    mkdirSync(root, { recursive: true });
  }

  private get pointerPath(): string {
    return join(this.root, 'current.json');
  }

  pointer(): Pointer | undefined {
    if (!existsSync(this.pointerPath)) return undefined;
    try {
      const p = JSON.parse(readFileSync(this.pointerPath, 'utf8')) as Pointer;
      return typeof p.current === 'string' ? p : undefined;
    } catch {
      return undefined;
    }
  }

  setPointer(p: Pointer): void {
    replaceFileDurably(this.pointerPath, JSON.stringify(p) + '\n');
  }

  /** Writes a new model folder (card + the downloaded file, moved in) durably; returns the card path. */
  install(folderName: string, cardJson: string, fileName: string, downloadedPath: string): string {
    const dir = join(this.root, folderName);
    rmSync(dir, { recursive: true, force: true }); // a half-written folder of an earlier try
    mkdirSync(dir, { recursive: true });
    writeDurable(join(dir, 'card.json'), cardJson);
    renameSync(downloadedPath, join(dir, fileName));
    fsyncDir(dir);
    fsyncDir(this.root);
    return join(dir, 'card.json');
  }

  remove(cardPath: string): void {
    const dir = join(cardPath, '..');
    if (dir.startsWith(this.root) && dir !== this.root) rmSync(dir, { recursive: true, force: true });
  }
}
