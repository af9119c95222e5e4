import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on the module `relative` (written without extension) next to `from`
 * (the caller's import.meta.url).
 *
 * Built code (dist/) runs the sibling .js file. Under tsx (tests, `node --import tsx` tools) the
 * caller is a .ts file: Node 20 does not hand tsx's loader hooks to worker threads, so the worker
 * first registers tsx itself, then imports the .ts module. tsx is a dev dependency and this branch
 * never runs in an installed system.
 */
export function startModuleWorker(from: string, relative: string, options: WorkerOptions = {}): Worker {
  if (from.endsWith('.ts')) {
    const url = new URL(`${relative}.ts`, from).href;
    const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); })`;
    return new Worker(bootstrap, { ...options, eval: true });
  }
  return new Worker(new URL(`${relative}.js`, from), options);
}
