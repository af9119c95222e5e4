/**
 * deploy/container/Dockerfile against the repository: no docker daemon here, so the image is not
 * built; what can rot silently is checked instead (sources, runtime files, environment, bins).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { test } from 'node:test';
import { dashboardRoot } from '../../cloud/api/dashboard.js';
import { builtInContractPath } from '../../cloud/forecast/service.js';
import { loadContract } from '../../cloud/forecast/contract.js';
import { defaultCardPath } from '../../device-agent/nowcasting/open.js';
import { REPO_ROOT } from '../../scripts/lib/processes.js';
import { copies, dockerIgnored, dockerignorePatterns, envOf, expandSource, filesUnder, last, parseDockerfile, type Stage } from './dockerfile.js';
import { helpOf, packageBins, systemdMalloc } from './programs.js';

const stages = parseDockerfile(readFileSync(join(REPO_ROOT, 'deploy/container/Dockerfile'), 'utf8'));
const build = stages.find((s) => s.name === 'build');
const runtime = stages.at(-1)!;
const runs = (stage: Stage): string[] => stage.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
/** The build stage's folder: `COPY --from=build <it>/x` is the repository's x (or a build output). */
const buildDir = build ? (last(build, 'WORKDIR') ?? '/') : '/';
const BUILD_OUTPUTS = ['dist', 'node_modules'];

/** Image path -> repository path (or `build:<output>`) of every file the runtime stage copies in. */
function runtimeFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const buildContext = new Set(build ? copies(build).filter((c) => !c.from).flatMap((c) => c.sources.flatMap(expandSource)) : []);
  for (const c of copies(runtime)) {
    for (const source of c.sources) {
      let repoPaths: string[];
      if (c.from === undefined) repoPaths = expandSource(source);
      else {
        assert.equal(c.from, build?.name, `line ${c.line}: COPY --from=${c.from} is not the build stage`);
        const rel = posix.relative(buildDir, posix.resolve(buildDir, source));
        if (BUILD_OUTPUTS.includes(rel)) {
          files.set(c.dest.replace(/\/$/, ''), `build:${rel}`);
          continue;
        }
        assert.ok(buildContext.has(rel), `line ${c.line}: ${source} was not copied into the build stage`);
        repoPaths = [rel];
      }
      for (const p of repoPaths) {
        for (const f of filesUnder(p)) {
          // A folder's contents go into the destination; a file goes into it when it ends with '/'.
          const target = f === '' ? (c.dest.endsWith('/') ? posix.join(c.dest, posix.basename(p)) : c.dest) : posix.join(c.dest, f);
          files.set(target, f === '' ? p : posix.join(p, f));
        }
      }
    }
  }
  return files;
}

test('both stages build on a Debian Node 20 image, the major version package.json asks for', () => {
  assert.ok(build, 'a stage named "build"');
  assert.equal(stages.length, 2, 'a build stage and a runtime stage');
  const engines = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
  const major = /(\d+)/.exec(engines)![1];
  for (const s of stages) assert.equal(s.image, `node:${major}-bookworm-slim`, `FROM ${s.image}`);
});

test('every COPY from the build context names files in the repository that .dockerignore lets through', () => {
  const patterns = dockerignorePatterns();
  let n = 0;
  for (const stage of stages) {
    for (const c of copies(stage).filter((x) => x.from === undefined)) {
      for (const source of c.sources) {
        const paths = expandSource(source);
        assert.ok(paths.length > 0, `line ${c.line}: COPY ${source}: nothing in the repository`);
        for (const p of paths) {
          for (const f of filesUnder(p)) assert.ok(!dockerIgnored(patterns, f === '' ? p : posix.join(p, f)), `line ${c.line}: ${posix.join(p, f)} is excluded by .dockerignore`);
          n++;
        }
      }
    }
  }
  assert.ok(n > 0);
  // Local build outputs and state never reach the daemon.
  for (const p of ['node_modules', 'dist', 'data', '.git', 'tests']) assert.ok(dockerIgnored(patterns, p), `.dockerignore lets ${p} through`);
});

test('the build stage installs with the repository .npmrc, builds, and keeps production dependencies only', () => {
  assert.ok(build);
  assert.match(readFileSync(join(REPO_ROOT, '.npmrc'), 'utf8'), /onnxruntime-node-install=skip/);
  const all = build.instructions.map((i) => `${i.keyword} ${i.args}`);
  const npmrc = all.findIndex((l) => /^COPY .*\.npmrc/.test(l));
  const ci = all.findIndex((l) => /^RUN .*\bnpm ci\b/.test(l));
  assert.ok(npmrc >= 0 && ci > npmrc, '.npmrc is copied before npm ci');
  assert.ok(runs(build).some((r) => /\bnpm run build\b/.test(r)), 'npm run build');
  assert.ok(runs(build).some((r) => /\bnpm prune --omit=dev\b/.test(r)), 'npm prune --omit=dev');
  // npm ci skips scripts (the root's prepare needs the sources): the native addons must be rebuilt.
  const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean; dev?: boolean }> };
  if (runs(build).some((r) => /npm ci\b.*--ignore-scripts/.test(r))) {
    for (const [path, p] of Object.entries(lock.packages)) {
      const name = path.replace(/^.*node_modules\//, '');
      if (!p.hasInstallScript || p.dev || name === 'protobufjs') continue; // protobufjs's postinstall only prints version advice
      assert.ok(runs(build).some((r) => new RegExp(`npm rebuild\\b.*\\b${name}\\b`).test(r)), `${name} has an install script: npm rebuild it`);
    }
  }
});

test('the runtime stage holds what the programs load at run time, where they look for it', () => {
  const files = runtimeFiles();
  const app = '/app';
  const expectFile = (repoPath: string): void => assert.equal(files.get(posix.join(app, repoPath)), repoPath, `${repoPath} is not at ${posix.join(app, repoPath)} in the image`);
  assert.equal(files.get(`${app}/dist`), 'build:dist', 'dist/ from the build stage');
  assert.equal(files.get(`${app}/node_modules`), 'build:node_modules', 'node_modules/ from the build stage');
  // "type": "module" makes dist/*.js ES modules.
  expectFile('package.json');
  for (const name of packageBins().keys()) expectFile(`bin/${name}.js`);
  // The agent's default nowcast model and every file its card lists (device-agent/nowcasting/open.ts).
  const card = relative(REPO_ROOT, defaultCardPath());
  expectFile(card);
  for (const f of (JSON.parse(readFileSync(defaultCardPath(), 'utf8')) as { files: { file: string }[] }).files) expectFile(posix.join(posix.dirname(card), f.file));
  // The cloud's built-in forecast model: the contract and the ONNX files it names.
  expectFile(relative(REPO_ROOT, builtInContractPath()));
  for (const p of loadContract(builtInContractPath()).modelPaths) expectFile(relative(REPO_ROOT, p));
  expectFile('firmware-configs/schema.json');
  // The hub's web dashboard (cloud/api/dashboard.ts), every file of it.
  const dashboard = dashboardRoot();
  for (const f of readdirSync(dashboard, { recursive: true, withFileTypes: true })) {
    if (f.isFile()) expectFile(relative(REPO_ROOT, join(f.parentPath, f.name)));
  }
});

test("the image's environment: malloc settings as in deploy/systemd, listen addresses the programs know and the image exposes", () => {
  const env = envOf(runtime);
  for (const [k, v] of systemdMalloc()) assert.equal(env.get(k), v, `ENV ${k}`);
  const known = new Set([...packageBins().keys()].flatMap((b) => [...helpOf(b).env]));
  const listening = new Set<string>();
  for (const [k, v] of env) {
    if (k.startsWith('MALLOC_') || k === 'NODE_ENV') continue;
    assert.ok(known.has(k), `ENV ${k} is not in any program's --help (${[...known].join(', ')})`);
    const port = /^0\.0\.0\.0:(\d+)$/.exec(v);
    if (port) listening.add(port[1]!);
  }
  const exposed = new Set((last(runtime, 'EXPOSE') ?? '').split(/\s+/).filter(Boolean));
  assert.deepEqual([...exposed].sort(), [...listening].sort(), 'EXPOSE lists exactly the ports the image listens on');
});

test('the image runs a package bin as a non-root user, with state in the /var/lib/wx volume', () => {
  const bins = [...packageBins().keys()];
  const cmd = JSON.parse(last(runtime, 'CMD') ?? '[]') as string[];
  assert.ok(bins.includes(cmd[0]!), `CMD ${JSON.stringify(cmd)} does not start a package bin (${bins.join(', ')})`);
  const entrypoint = last(runtime, 'ENTRYPOINT');
  assert.ok(entrypoint === undefined || entrypoint === '[]', `ENTRYPOINT ${entrypoint}: the first argument must name the program`);
  // The RUN that puts the bins on PATH names exactly package.json's bins, linked to their files.
  const link = runs(runtime).find((r) => r.includes('ln -s'));
  assert.ok(link, 'a RUN linking the bins onto PATH');
  const names = /for b in ([^;]+);/.exec(link)?.[1]?.trim().split(/\s+/) ?? [];
  assert.deepEqual(names.sort(), [...bins].sort());
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  for (const b of bins) assert.equal(pkg.bin[b], `bin/${b}.js`, `the link target /app/bin/${b}.js`);
  assert.match(link, /ln -s "\/app\/bin\/\$b\.js" "\/usr\/local\/bin\/\$b"/);

  const user = last(runtime, 'USER') ?? 'root';
  assert.ok(!/^(root|0)(:|$)/.test(user), `USER ${user}`);
  assert.ok((last(runtime, 'VOLUME') ?? '').includes('/var/lib/wx'), 'VOLUME /var/lib/wx');
  // Relative default data folders (./data/cloud, ...) must land in the volume, which the user owns.
  assert.equal(last(runtime, 'WORKDIR'), '/var/lib/wx');
  assert.ok(runs(runtime).some((r) => /install -d -o wx -g wx \/var\/lib\/wx/.test(r)), '/var/lib/wx owned by the wx user');
  assert.ok(runs(runtime).some((r) => new RegExp(`useradd .*--uid ${user.split(':')[0]}\\b`).test(r)), `USER ${user} is the created wx user`);
});
