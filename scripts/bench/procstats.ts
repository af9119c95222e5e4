import { readdirSync, readFileSync } from 'node:fs';

/**
 * Memory and CPU of child processes from /proc (Linux): VmHWM (peak resident set, kernel-tracked, so
 * sampling cannot miss a peak), VmRSS, and user+system CPU time, for the benchmark's table.
 */
export interface ProcSample {
  rssBytes: number;
  hwmBytes: number;
  /** user + system CPU seconds since the process started. */
  cpuS: number;
}

const TICKS_PER_S = 100; // USER_HZ on Linux

export function sampleProc(pid: number): ProcSample | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string): number => {
      const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
      return m ? Number(m[1]) * 1024 : 0;
    };
    const cpuS = statCpuS(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    return { rssBytes: kb('VmRSS'), hwmBytes: kb('VmHWM'), cpuS };
  } catch {
    return undefined; // gone
  }
}

/** user + system CPU seconds from a /proc stat line (a process's or a thread's). */
function statCpuS(stat: string): number {
  // Fields after the ")" closing the command name: state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S;
}

/** user + system CPU seconds of each thread of a process (/proc/<pid>/task), by thread id; {} once it is gone. */
export function sampleThreads(pid: number): Record<string, number> {
  const out: Record<string, number> = {};
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      out[tid] = statCpuS(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'));
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

/** CPU seconds all cores spent busy since boot (user+nice+system+irq+softirq+steal). */
export function machineBusyS(): number | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
    const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
    return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / TICKS_PER_S;
  } catch {
    return undefined;
  }
}

/** Samples a set of named pids every `intervalMs`, keeping each one's peaks and its latest sample. */
export class ProcSampler {
  private readonly peaks = new Map<string, { pid: number; peakRss: number; hwm: number; last?: ProcSample }>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly intervalMs = 250) {}

  watch(name: string, pid: number | undefined): void {
    if (pid !== undefined) this.peaks.set(name, { pid, peakRss: 0, hwm: 0 });
  }

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.sample();
  }

  sample(): void {
    for (const p of this.peaks.values()) {
      const s = sampleProc(p.pid);
      if (!s) continue;
      p.last = s;
      p.peakRss = Math.max(p.peakRss, s.rssBytes);
      p.hwm = Math.max(p.hwm, s.hwmBytes);
    }
  }

  /**
   * CPU seconds used so far by each watched process, and as `other` what the rest of the machine
   * used (busy time from /proc/stat minus the watched processes): other work skews the figures.
   */
  cpu(): Record<string, number> {
    this.sample();
    const own = Object.fromEntries([...this.peaks].map(([name, p]) => [name, p.last?.cpuS ?? 0]));
    const busy = machineBusyS();
    if (busy === undefined) return own;
    return { ...own, other: busy - Object.values(own).reduce((a, b) => a + b, 0) };
  }

  /** CPU seconds so far of every thread of each watched process (for busiestShare). */
  threads(): Record<string, Record<string, number>> {
    return Object.fromEntries([...this.peaks].map(([name, p]) => [name, sampleThreads(p.pid)]));
  }

  /** Starts a new stage: the sampled RSS peaks start again from the current RSS (VmHWM cannot). */
  resetPeaks(): void {
    this.sample();
    for (const p of this.peaks.values()) p.peakRss = p.last?.rssBytes ?? 0;
  }

  /** rssBytes: highest sampled RSS since the last resetPeaks; hwmBytes: VmHWM, the whole life's peak. */
  peak(name: string): { rssBytes: number; hwmBytes: number } | undefined {
    this.sample();
    const p = this.peaks.get(name);
    return p ? { rssBytes: p.peakRss, hwmBytes: p.hwm } : undefined;
  }
}

/** A run's sending time, over which CPU shares are taken. */
type RunSpan = { startMs: number; sendEndMs: number };

function runSeconds(run: RunSpan): number {
  return Math.max(0.001, (run.sendEndMs - run.startMs) / 1000);
}

/** Share of one core per watched process between two ProcSampler.cpu() readings, over a run's sending time. */
export function cpuShare(before: Record<string, number>, after: Record<string, number>, run: RunSpan): Record<string, number> {
  const seconds = runSeconds(run);
  return Object.fromEntries(Object.keys(after).map((k) => [k, ((after[k] ?? 0) - (before[k] ?? 0)) / seconds]));
}

/**
 * Waits (at most `maxS` seconds) until the machine has been nearly idle (< `threshold` of one core
 * busy) for two consecutive seconds, so that other work does not land in a measurement. Returns the
 * busy share of the last second seen.
 */
export async function waitQuiet(maxS: number, threshold = 0.25): Promise<{ waitedS: number; busy: number }> {
  const t0 = Date.now();
  let calm = 0;
  let busy = NaN;
  while ((Date.now() - t0) / 1000 < maxS) {
    const a = machineBusyS();
    await new Promise((r) => setTimeout(r, 1000));
    const b = machineBusyS();
    if (a === undefined || b === undefined) break;
    busy = b - a;
    calm = busy < threshold ? calm + 1 : 0;
    if (calm >= 2) break;
  }
  return { waitedS: (Date.now() - t0) / 1000, busy };
}

/**
 * Share of one core used by each process's busiest thread between two ProcSampler.threads()
 * readings, over a run's sending time: with a core for every thread, the busiest one bounds the
 * process's rate.
 */
export function busiestShare(
  before: Record<string, Record<string, number>>,
  after: Record<string, Record<string, number>>,
  run: RunSpan,
): Record<string, number> {
  const seconds = runSeconds(run);
  return Object.fromEntries(
    Object.entries(after).map(([name, threads]) => [
      name,
      Math.max(0, ...Object.entries(threads).map(([tid, cpuS]) => (cpuS - (before[name]?.[tid] ?? 0)) / seconds)),
    ]),
  );
}
