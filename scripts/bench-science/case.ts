/**
 * Runs one bench:science case in this (fresh) process and prints one JSON line:
 * { case, size, ms: [...], cpuMs: [...], heapMB, rssMB, maxRssMB, note }. Usage: case.ts <case> <size> <repeat>.
 * A fresh process per case keeps the memory figures apart (maxRSS is per process).
 */
import { syntheticSetup } from '../perf/assimilation-timing.js';
import { forecastStepSetup } from './forecast-step.js';
import { spatialQcSetup } from './spatial-qc.js';

const [name, sizeArg, repeatArg] = process.argv.slice(2);
const size = Number(sizeArg);
const repeat = Math.max(1, Number(repeatArg ?? 3));

async function prepare(): Promise<{ run: () => unknown | Promise<unknown>; note: string }> {
  switch (name) {
    case 'oi':
    case 'letkf':
    case 'letkf-wi3': {
      const setup = syntheticSetup(20);
      const obs = setup.observations(size);
      if (name === 'oi') return { run: () => setup.runOi(obs), note: `${setup.nPts} grid points` };
      if (name === 'letkf') return { run: () => setup.runLetkf(obs), note: `${setup.nPts} grid points, k = ${setup.k}` };
      return { run: () => setup.runLetkf(obs, 3), note: `${setup.nPts} grid points, k = ${setup.k}, transforms on every 3rd row and column, interpolated` };
    }
    case 'qc': {
      const s = spatialQcSetup(size);
      return { run: () => s.run(), note: 'duplicate + index + isolation + buddy + SCT' };
    }
    case 'forecast-builtin':
    case 'forecast-global': {
      const s = await forecastStepSetup(name === 'forecast-builtin' ? 'builtin' : 'global', size);
      return { run: () => s.step(), note: s.note };
    }
    default:
      throw new Error(`unknown case ${name}`);
  }
}

const { run, note } = await prepare();
// One untimed run first for the short cases, so the figures are of JIT-compiled code.
if (name === 'qc') await run();
const ms: number[] = [];
// CPU time of the process (user + system, all its threads) per run: on a shared machine it counts the
// work without the time spent waiting for a core, which wall time includes.
const cpuMs: number[] = [];
let result: unknown;
for (let r = 0; r < repeat; r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  result = await run();
  ms.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpuMs.push((c.user + c.system) / 1000);
}
const mem = process.memoryUsage();
console.log(JSON.stringify({ case: name, size, ms, cpuMs, heapMB: mem.heapUsed / 2 ** 20, externalMB: (mem.external + mem.arrayBuffers) / 2 ** 20, rssMB: mem.rss / 2 ** 20, maxRssMB: process.resourceUsage().maxRSS / 1024, note, result }));
