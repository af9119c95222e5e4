/**
 * What must be undone at the end of a benchmark (children stopped, temp files removed), run once, in
 * reverse order of registration, each step bounded in time and isolated from the others' failures.
 */
export class Cleanup {
  private readonly steps: Array<() => Promise<void>> = [];
  private running: Promise<void> | undefined;

  add(step: () => Promise<void>): () => void {
    this.steps.push(step);
    return () => {
      const i = this.steps.indexOf(step);
      if (i >= 0) this.steps.splice(i, 1);
    };
  }

  /** Runs every step (newest first), at most `stepTimeoutMs` each. Safe to call more than once. */
  run(stepTimeoutMs = 15_000): Promise<void> {
    this.running ??= (async () => {
      while (this.steps.length > 0) {
        const step = this.steps.pop()!;
        let timer: NodeJS.Timeout | undefined;
        try {
          await Promise.race([step(), new Promise<void>((resolve) => (timer = setTimeout(resolve, stepTimeoutMs)))]);
        } catch (err) {
          console.error(`cleanup step failed: ${(err as Error).message}`);
        } finally {
          clearTimeout(timer);
        }
      }
    })();
    return this.running;
  }
}
