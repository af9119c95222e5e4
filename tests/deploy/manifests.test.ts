/**
 * deploy/kubernetes against the programs: flags and variables from their --help, ports they bind,
 * probe paths they serve (the containers are started as real processes), memory they were measured
 * to need, and the references between the manifests.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse as parseYaml } from 'yaml';
import { metricSum } from '../../scripts/bench/sut.js';
import { freePort, NODE_FLAGS, REPO_ROOT, startProcess, type ManagedProcess } from '../../scripts/lib/processes.js';
import {
  cores, envValue, kustomization, loadManifests, manifestFiles, mebibytes, ofKind, resolvePort, selectedBy, volumeFiles,
  type Container, type Manifest, type Probe, type StatefulSet,
} from './kubernetes.js';
import { helpOf, packageBins, systemdMalloc } from './programs.js';

const manifests: Manifest[] = loadManifests();
const workloads = ofKind(manifests, 'StatefulSet');
const services = ofKind(manifests, 'Service');
const containerOf = (s: StatefulSet): Container => s.spec.template.spec.containers[0]!;
const probesOf = (c: Container): [string, Probe][] =>
  (['startupProbe', 'readinessProbe', 'livenessProbe'] as const).filter((k) => c[k]).map((k) => [k, c[k]!]);
/** `--flag value` and `--flag=value` pairs of a container's args. */
function flags(c: Container): Map<string, string> {
  const out = new Map<string, string>();
  const args = c.args ?? [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    assert.ok(a.startsWith('--'), `${c.name}: argument ${a} is not a flag`);
    const eq = a.indexOf('=');
    if (eq > 0) out.set(a.slice(0, eq), a.slice(eq + 1));
    else out.set(a, args[++i] ?? '');
  }
  return out;
}
/** Ports the container binds on every interface (`--x 0.0.0.0:<port>`), flag by flag. */
const listenPorts = (c: Container): Map<string, number> =>
  new Map([...flags(c)].flatMap(([f, v]) => {
    const m = /^0\.0\.0\.0:(\d+)$/.exec(v);
    return m ? [[f, Number(m[1])] as [string, number]] : [];
  }));
const tierOf = (c: Container): 'cloud' | 'gateway' | 'agent' => packageBins().get(c.command?.[0] ?? '')!.tier;

test('every manifest parses, and kustomization.yaml lists exactly the manifests present', () => {
  for (const { file, object } of manifests) {
    assert.ok(object.apiVersion && object.kind && object.metadata?.name, `${file}: apiVersion, kind and metadata.name`);
  }
  assert.deepEqual([...kustomization().resources].sort(), manifestFiles());
  const names = manifests.map((m) => `${m.object.kind}/${m.object.metadata.name}`);
  assert.equal(new Set(names).size, names.length, `duplicate objects: ${names.join(', ')}`);
  assert.deepEqual(workloads.map((w) => containerOf(w).command?.[0]).sort(), ['wx-cloud', 'wx-gateway'], 'a cloud and a gateway; agents run on stations');
});

test("containers run package bins with only flags and environment variables from the program's --help", () => {
  const images = new Set((kustomization().images ?? []).map((i) => i.name));
  for (const w of workloads) {
    const sidecars = w.spec.template.spec.containers.slice(1);
    assert.ok(sidecars.every((s) => s.name === 'backup'), `${w.metadata.name}: one program's container (and its backup)`);
    const c = containerOf(w);
    const bin = c.command?.[0];
    assert.ok(bin && packageBins().has(bin) && c.command?.length === 1, `${w.metadata.name}: command ${JSON.stringify(c.command)} is not a package bin`);
    assert.ok(images.has(c.image.split(':')[0]!), `${w.metadata.name}: image ${c.image} is not one kustomization.yaml sets`);
    const help = helpOf(bin);
    for (const f of flags(c).keys()) assert.ok(help.flags.has(f), `${w.metadata.name}: ${f} is not a ${bin} flag (${[...help.flags].join(' ')})`);
    const env = new Map((c.env ?? []).map((v) => [v.name, envValue(manifests, v)]));
    for (const name of env.keys()) {
      if (name.startsWith('MALLOC_') || name === 'NODE_OPTIONS') continue;
      assert.ok(help.env.has(name), `${w.metadata.name}: ${name} is not in ${bin} --help (${[...help.env].join(', ')})`);
    }
    // Node and glibc malloc as deploy/systemd and the launcher run them (docs/perf-notes.md).
    for (const [k, v] of systemdMalloc()) assert.equal(env.get(k), v, `${w.metadata.name}: ${k}`);
    const nodeFlags = NODE_FLAGS[tierOf(c)];
    assert.equal(env.get('NODE_OPTIONS'), nodeFlags.length > 0 ? nodeFlags.join(' ') : undefined, `${w.metadata.name}: NODE_OPTIONS`);
  }
});

test("the hub's backup sidecar runs wx-cloud backup --into a volume of its own, on the hub's data folder, with flags its --help lists", () => {
  const cloud = workloads.find((w) => containerOf(w).command?.[0] === 'wx-cloud')!;
  const sidecar = cloud.spec.template.spec.containers.find((c) => c.name === 'backup');
  assert.ok(sidecar, 'a backup container beside wx-cloud');
  assert.deepEqual(sidecar.command, ['wx-cloud']);
  assert.equal(sidecar.args?.[0], 'backup');
  assert.equal(sidecar.image, containerOf(cloud).image, 'the same image');
  const f = flags({ ...sidecar, args: sidecar.args!.slice(1) });
  const help = execFileSync(process.execPath, [join(REPO_ROOT, 'dist/cloud/main.js'), 'backup', '--help'], { encoding: 'utf8' });
  for (const flag of f.keys()) assert.match(help, new RegExp(`^\\s+${flag} `, 'm'), `${flag} in wx-cloud backup --help`);
  assert.ok(f.has('--every') && f.has('--keep'), 'stays running, keeps a bounded number');
  assert.equal(f.get('--data-dir'), flags(containerOf(cloud)).get('--data-dir'), "the hub's own data folder");
  const claims = new Set((cloud.spec.volumeClaimTemplates ?? []).map((v) => v.metadata.name));
  const mountOf = (c: Container, path: string) => c.volumeMounts?.find((m) => path.startsWith(m.mountPath + '/') || path === m.mountPath);
  assert.equal(mountOf(sidecar, f.get('--data-dir')!)?.name, mountOf(containerOf(cloud), f.get('--data-dir')!)?.name, 'the volume the hub writes');
  const into = mountOf(sidecar, f.get('--into')!)?.name;
  assert.ok(into && claims.has(into) && into !== mountOf(sidecar, f.get('--data-dir')!)?.name, `--into on a volume claim of its own (${into})`);
  const r = sidecar.resources;
  assert.ok(r?.requests?.memory && r.limits?.memory && mebibytes(r.requests.memory) <= mebibytes(r.limits.memory), 'memory request and limit');
});

test('container ports are the ports the listen flags bind; probes, scrape annotations and Services use them', () => {
  for (const w of workloads) {
    const c = containerOf(w);
    const listening = listenPorts(c);
    assert.deepEqual((c.ports ?? []).map((p) => p.containerPort).sort(), [...listening.values()].sort(), `${w.metadata.name}: containerPorts vs ${[...listening.keys()].join(', ')}`);
    assert.ok(probesOf(c).some(([k]) => k === 'livenessProbe') && probesOf(c).some(([k]) => k === 'readinessProbe'), `${w.metadata.name}: liveness and readiness probes`);
    for (const [kind, p] of probesOf(c)) {
      const port = p.httpGet?.port ?? p.tcpSocket?.port;
      assert.ok(port !== undefined && resolvePort(c, port) !== undefined, `${w.metadata.name} ${kind}: port ${port} is not a container port`);
    }
    const a = w.spec.template.metadata.annotations ?? {};
    assert.equal(a['prometheus.io/scrape'], 'true', `${w.metadata.name}: prometheus.io/scrape`);
    assert.ok(resolvePort(c, a['prometheus.io/port'] ?? '') !== undefined, `${w.metadata.name}: prometheus.io/port ${a['prometheus.io/port']}`);
    assert.ok(Object.entries(w.spec.selector.matchLabels).every(([k, v]) => w.spec.template.metadata.labels?.[k] === v), `${w.metadata.name}: selector matches its pods`);
    assert.ok(services.some((s) => s.metadata.name === w.spec.serviceName && selectedBy(manifests, s).includes(w)), `${w.metadata.name}: serviceName ${w.spec.serviceName} selects it`);
  }
  for (const s of services) {
    const [w, ...more] = selectedBy(manifests, s);
    assert.ok(w && more.length === 0, `Service ${s.metadata.name} selects one workload`);
    for (const p of s.spec.ports) {
      assert.ok(resolvePort(containerOf(w), p.targetPort ?? p.port) !== undefined, `Service ${s.metadata.name}: targetPort ${p.targetPort} is not a port of ${w.metadata.name}`);
    }
  }
});

test('volumes, Secrets and ConfigMaps the workloads use exist; data and config paths lie on their mounts', () => {
  for (const w of workloads) {
    const c = containerOf(w);
    const volumes = new Map((w.spec.template.spec.volumes ?? []).map((v) => [v.name, v]));
    const claims = new Set((w.spec.volumeClaimTemplates ?? []).map((v) => v.metadata.name));
    const mountOf = (path: string) => c.volumeMounts?.find((m) => path.startsWith(m.mountPath + '/'));
    for (const m of c.volumeMounts ?? []) {
      assert.ok(volumes.has(m.name) || claims.has(m.name), `${w.metadata.name}: volumeMount ${m.name} has no volume`);
      const v = volumes.get(m.name);
      if (v) volumeFiles(manifests, v); // throws on a missing object or key
    }
    for (const v of c.env ?? []) assert.notEqual(envValue(manifests, v), undefined, `${w.metadata.name}: env ${v.name} has no value`);
    const f = flags(c);
    const data = f.get('--data-dir');
    assert.ok(data && claims.has(mountOf(data)?.name ?? ''), `${w.metadata.name}: --data-dir ${data} is not on a volume claim`);
    const config = f.get('--config');
    if (config) {
      const m = mountOf(config);
      const v = m && volumes.get(m.name);
      assert.ok(v && volumeFiles(manifests, v).has(config.slice(m.mountPath.length + 1)), `${w.metadata.name}: --config ${config} is not in a mounted ConfigMap`);
    }
    assert.equal(w.spec.replicas, 1, `${w.metadata.name}: one replica (SQLite on a ReadWriteOnce volume)`);
  }
});

test("the gateway forwards to the cloud Service's gRPC port with a token the cloud's config accepts", () => {
  const gw = containerOf(workloads.find((w) => containerOf(w).command?.[0] === 'wx-gateway')!);
  const cloudSet = workloads.find((w) => containerOf(w).command?.[0] === 'wx-cloud')!;
  const [host, port] = flags(gw).get('--cloud')!.split(':');
  const svc = services.find((s) => s.metadata.name === host);
  assert.ok(svc && selectedBy(manifests, svc).includes(cloudSet), `--cloud ${host}: no Service for wx-cloud`);
  const target = svc.spec.ports.find((p) => p.port === Number(port));
  assert.ok(target, `Service ${host} has no port ${port}`);
  assert.equal(resolvePort(containerOf(cloudSet), target.targetPort ?? target.port), listenPorts(containerOf(cloudSet)).get('--grpc'), 'the Service port reaches --grpc');

  const token = envValue(manifests, gw.env!.find((v) => v.name === 'WX_GATEWAY_CLOUD_TOKEN')!)!;
  const files = (w: StatefulSet, flag: string): string => {
    const c = containerOf(w);
    const path = flags(c).get(flag)!;
    const m = c.volumeMounts!.find((x) => path.startsWith(x.mountPath + '/'))!;
    return volumeFiles(manifests, w.spec.template.spec.volumes!.find((v) => v.name === m.name)!).get(path.slice(m.mountPath.length + 1))!;
  };
  const gatewayId = (parseYaml(files(workloads.find((w) => containerOf(w) === gw)!, '--config')) as { gatewayId: string }).gatewayId;
  const cloudConfig = parseYaml(files(cloudSet, '--config')) as { gateways: { id: string; tokenSha256: string }[] };
  const entry = cloudConfig.gateways.find((g) => g.id === gatewayId);
  assert.ok(entry, `the cloud config has no gateway ${gatewayId}`);
  assert.equal(entry.tokenSha256, createHash('sha256').update(token, 'utf8').digest('hex'), 'tokenSha256 is the SHA-256 of the Secret token');
});

test('resources: requests under limits, and memory limits above what the programs were measured to use', () => {
  const bench = readFileSync(join(REPO_ROOT, 'docs/bench-pipeline.md'), 'utf8');
  const peaks = /Peak RSS: gateway \/ cloud[^|]*\| ([\d.]+) MB \/ ([\d.]+) MB/.exec(bench);
  assert.ok(peaks, 'docs/bench-pipeline.md reports peak RSS of gateway and cloud');
  const peak = { gateway: Number(peaks[1]), cloud: Number(peaks[2]) };
  for (const w of workloads) {
    const c = containerOf(w);
    const r = c.resources;
    assert.ok(r?.requests?.cpu && r.requests.memory && r.limits?.cpu && r.limits.memory, `${w.metadata.name}: cpu and memory requests and limits`);
    assert.ok(cores(r.requests.cpu) <= cores(r.limits.cpu), `${w.metadata.name}: cpu request over limit`);
    assert.ok(mebibytes(r.requests.memory) <= mebibytes(r.limits.memory), `${w.metadata.name}: memory request over limit`);
    const tier = tierOf(c) as 'cloud' | 'gateway';
    // Peaks are MiB (scripts/bench/report.ts): the limit must leave the measured peak room.
    assert.ok(mebibytes(r.limits.memory) >= peak[tier] * 1.25, `${w.metadata.name}: limit ${r.limits.memory} vs peak RSS ${peak[tier]} MB under 1,000 devices`);
    const max = /^MemoryMax=(\d+)M$/m.exec(readFileSync(join(REPO_ROOT, `deploy/systemd/wx-${tier}.service`), 'utf8'));
    // systemd's M is MiB: the pod gets what the unit allows, no more.
    if (max) assert.equal(mebibytes(r.limits.memory), Number(max[1]), `${w.metadata.name}: limit vs the unit's MemoryMax=${max[1]}M`);
  }
});

// Each container as a real process: volumes written to a temp folder, listen addresses moved to free
// loopback ports, Service names resolved to the started programs. Then every probe and scrape path
// is asked, and the cloud must accept the gateway's forward stream with the Secret's token.
test("the manifests' containers start as the programs, answer their probes and scrape paths, and the cloud accepts the gateway", { timeout: 120_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'wx-k8s-'));
  const logs: string[] = [];
  const running: ManagedProcess[] = [];
  /** Per workload: container port -> local port. */
  const local = new Map<StatefulSet, Map<number, number>>();
  const order = [...workloads].sort((a, b) => (flags(containerOf(a)).has('--cloud') ? 1 : 0) - (flags(containerOf(b)).has('--cloud') ? 1 : 0));
  try {
    for (const w of order) {
      const c = containerOf(w);
      const ports = new Map<number, number>();
      for (const p of c.ports ?? []) ports.set(p.containerPort, await freePort());
      local.set(w, ports);
      const mounts = (c.volumeMounts ?? []).map((m) => {
        const at = join(dir, w.metadata.name, m.name);
        mkdirSync(at, { recursive: true });
        const v = w.spec.template.spec.volumes?.find((x) => x.name === m.name);
        if (v) for (const [path, content] of volumeFiles(manifests, v)) writeFileSync(join(at, path), content);
        return { from: m.mountPath, to: at };
      });
      const args = (c.args ?? []).map((a) => {
        const mount = mounts.find((m) => a === m.from || a.startsWith(m.from + '/'));
        if (mount) return mount.to + a.slice(mount.from.length);
        const listen = /^0\.0\.0\.0:(\d+)$/.exec(a);
        if (listen) return `127.0.0.1:${ports.get(Number(listen[1]))}`;
        const remote = /^([a-z0-9-]+):(\d+)$/.exec(a);
        const svc = remote && services.find((s) => s.metadata.name === remote[1]);
        if (svc) {
          const target = selectedBy(manifests, svc)[0]!;
          const sp = svc.spec.ports.find((p) => p.port === Number(remote[2]))!;
          const hostPort = local.get(target)?.get(resolvePort(containerOf(target), sp.targetPort ?? sp.port)!);
          assert.ok(hostPort, `${a}: ${target.metadata.name} is not started yet`);
          return `127.0.0.1:${hostPort}`;
        }
        return a;
      });
      const env = Object.fromEntries((c.env ?? []).map((v) => [v.name, envValue(manifests, v)]));
      const p = startProcess({
        name: w.metadata.name, tier: tierOf(c), args: [...args, '--log-level', 'warn'], env, readyFile: join(dir, `${w.metadata.name}.ready.json`),
        output: (line) => logs.push(`[${w.metadata.name}] ${line}`),
      });
      running.push(p);
      await p.ready.catch((err: unknown) => assert.fail(`${w.metadata.name}: ${String(err)}\n${logs.join('\n')}`));

      for (const [kind, probe] of probesOf(c)) {
        const port = ports.get(resolvePort(c, (probe.httpGet?.port ?? probe.tcpSocket?.port)!)!)!;
        if (probe.httpGet) {
          const res = await fetch(`http://127.0.0.1:${port}${probe.httpGet.path}`);
          assert.equal(res.status, 200, `${w.metadata.name} ${kind}: GET ${probe.httpGet.path}`);
        } else {
          await new Promise<void>((resolve, reject) => {
            const s = createConnection({ host: '127.0.0.1', port }, () => (s.end(), resolve()));
            s.once('error', reject);
          });
        }
      }
      const a = w.spec.template.metadata.annotations ?? {};
      const res = await fetch(`http://127.0.0.1:${ports.get(resolvePort(c, a['prometheus.io/port']!)!)}${a['prometheus.io/path'] ?? '/metrics'}`);
      assert.equal(res.status, 200, `${w.metadata.name}: scrape path`);
      assert.match(await res.text(), /^# TYPE wx_/m, `${w.metadata.name}: Prometheus text`);
      t.diagnostic(`${w.metadata.name} started as ${c.command?.join(' ')} ${args.join(' ')}`);
    }

    // The cloud accepts the gateway's forward stream: the Secret's token matches the cloud config's
    // tokenSha256 (a refused stream counts in wx_cloud_auth_failures_total instead).
    const cloud = workloads.find((w) => containerOf(w).command?.[0] === 'wx-cloud')!;
    const a = cloud.spec.template.metadata.annotations ?? {};
    const metricsUrl = `http://127.0.0.1:${local.get(cloud)!.get(resolvePort(containerOf(cloud), a['prometheus.io/port']!)!)}${a['prometheus.io/path'] ?? '/metrics'}`;
    const deadline = Date.now() + 20_000;
    let text = '';
    while (Date.now() < deadline) {
      text = await (await fetch(metricsUrl)).text();
      if ((metricSum(text, 'wx_cloud_grpc_streams') ?? 0) >= 1 || (metricSum(text, 'wx_cloud_auth_failures_total') ?? 0) > 0) break;
      await sleep(200);
    }
    assert.equal(metricSum(text, 'wx_cloud_auth_failures_total'), 0, `the cloud refused the gateway's token:\n${logs.join('\n')}`);
    assert.ok((metricSum(text, 'wx_cloud_grpc_streams') ?? 0) >= 1, `no gateway stream reached the cloud:\n${logs.join('\n')}`);
  } finally {
    for (const p of running.reverse()) await p.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
