/**
 * Preloaded into wx-gateway and wx-cloud by `bench:pipeline --profile-dir` (through
 * NODE_OPTIONS=--import, which does not accept --cpu-prof): records a V8 CPU profile of the whole
 * process and writes it to $WX_BENCH_PROFILE_DIR/<pid>.cpuprofile when the process exits. The
 * in-thread inspector session answers synchronously, so the exit handler can stop and save it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const dir = process.env['WX_BENCH_PROFILE_DIR'];
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  process.once('exit', () => {
    session.post('Profiler.stop', (err, result) => {
      if (err) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
