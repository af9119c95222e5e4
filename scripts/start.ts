/**
 * `npm start`: the whole stack on one machine on embedded defaults — a cloud hub, one gateway and a
 * station agent per replay config (the twelve Beijing stations), as separate processes. Ctrl-C
 * stops them all. Secrets (device passwords, the gateway's cloud token) are generated once and kept
 * in <data-dir>/launcher-secrets.json so restarts keep the same identities and data.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { helpText, parseCli } from '../common/cli.js';
import { hashPassword, randomSecret } from '../common/credentials.js';
import { describeError } from '../common/errors.js';
import { REPO_ROOT, startProcess, type ManagedProcess } from './lib/processes.js';

const OPTIONS = {
  help: { type: 'boolean', short: 'h', description: 'show this help' },
  'data-dir': { type: 'string', env: 'WX_DATA_DIR', default: './data', description: 'folder for every tier\'s SQLite files' },
  speedup: { type: 'string', env: 'WX_SPEEDUP', default: '3600', description: 'replay speed: simulated seconds per real second' },
  stations: { type: 'string', description: 'comma-separated device ids to replay (default: all replay configs)' },
  configs: { type: 'string', default: 'firmware-configs/replay', description: 'folder of station configs to run' },
  match: { type: 'string', default: '^beijing-', description: 'regular expression the config file names must match' },
  http: { type: 'string', env: 'WX_CLOUD_HTTP', default: '127.0.0.1:8080', description: 'cloud REST API address' },
  grpc: { type: 'string', env: 'WX_CLOUD_GRPC', default: '127.0.0.1:50051', description: 'cloud gRPC address' },
  mqtt: { type: 'string', env: 'WX_GATEWAY_MQTT', default: '127.0.0.1:1883', description: 'gateway MQTT address' },
  metrics: { type: 'string', env: 'WX_GATEWAY_METRICS', default: '127.0.0.1:9464', description: 'gateway /metrics address' },
  'log-level': { type: 'string', env: 'WX_LOG_LEVEL', default: 'warn', description: 'log level of the child processes' },
  'no-fields': { type: 'boolean', description: 'skip fusion at the gateway and the analysis and forecast cycles in the cloud (raw readings only)' },
} as const;

interface Secrets {
  cloudToken: string;
  devices: Record<string, string>;
}

interface StationConfig {
  file: string;
  deviceId: string;
  site: string;
}

function loadSecrets(path: string): Secrets {
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as Secrets;
  return { cloudToken: randomSecret(), devices: {} };
}

function findStationConfigs(dir: string, match: RegExp, only: string[] | undefined): StationConfig[] {
  const abs = resolve(REPO_ROOT, dir);
  const files = readdirSync(abs).filter((f) => /\.(ya?ml|json)$/.test(f) && match.test(f)).sort();
  const configs = files.map((f) => {
    const doc = parseYaml(readFileSync(join(abs, f), 'utf8')) as { deviceId?: unknown; site?: unknown };
    if (typeof doc.deviceId !== 'string' || typeof doc.site !== 'string') throw new Error(`${f}: deviceId and site are required`);
    return { file: join(abs, f), deviceId: doc.deviceId, site: doc.site };
  });
  return only ? configs.filter((c) => only.includes(c.deviceId)) : configs;
}

const children: ManagedProcess[] = [];
let stopAll = async (): Promise<void> => {};

async function main(): Promise<void> {
  const { options } = parseCli(OPTIONS);
  if (options.help) {
    process.stdout.write(helpText('npm start --', 'Runs a cloud hub, a gateway and replaying station agents locally.', OPTIONS));
    return;
  }
  const dataDir = resolve(options['data-dir'] ?? './data');
  mkdirSync(dataDir, { recursive: true });
  const runDir = join(dataDir, 'run');
  mkdirSync(runDir, { recursive: true });
  const stations = findStationConfigs(options.configs ?? 'firmware-configs/replay', new RegExp(options.match ?? ''), options.stations?.split(',').map((s) => s.trim()));
  if (stations.length === 0) throw new Error('no station configs found');

  const secretsPath = join(dataDir, 'launcher-secrets.json');
  const secrets = loadSecrets(secretsPath);
  for (const s of stations) secrets.devices[s.deviceId] ??= randomSecret();
  writeFileSync(secretsPath, JSON.stringify(secrets, null, 2), { mode: 0o600 });

  const gatewayConfigPath = join(dataDir, 'gateway.yaml');
  // Fields on by default: spatial QC and H3 cell estimates at the gateway; an hourly analysis of the
  // Beijing grid and a 24-h ensemble forecast from it in the cloud (the configs' defaults).
  const fields = !options['no-fields'];
  writeFileSync(
    gatewayConfigPath,
    stringifyYaml({
      gatewayId: 'gw-local',
      devices: stations.map((s) => ({ deviceId: s.deviceId, site: s.site, passwordHash: hashPassword(secrets.devices[s.deviceId]!) })),
      ...(fields ? { fusion: { enabled: true } } : {}),
    }),
  );
  const cloudConfigPath = join(dataDir, 'cloud.yaml');
  writeFileSync(cloudConfigPath, stringifyYaml(fields ? { analysis: { enabled: true }, forecast: { enabled: true } } : {}));

  const logLevel = options['log-level'] ?? 'warn';
  const prefix = (name: string) => (line: string) => process.stdout.write(`[${name}] ${line}\n`);
  let stopping = false;
  stopAll = async (): Promise<void> => {
    stopping = true;
    // Agents first so their last readings reach the gateway, the cloud last.
    for (const tier of [children.filter((c) => c.name.startsWith('agent')), children.filter((c) => c.name === 'gateway'), children.filter((c) => c.name === 'cloud')]) {
      await Promise.all(tier.map((c) => c.stop()));
    }
  };
  // A terminal's Ctrl-C reaches npm and this launcher both (npm forwards it): only a second Ctrl-C
  // a moment later means "stop now".
  let firstSignalAt = 0;
  process.on('SIGINT', () => {
    if (stopping && Date.now() - firstSignalAt > 1000) process.exit(130);
    if (stopping) return;
    firstSignalAt = Date.now();
    process.stdout.write('\nstopping (Ctrl-C again to force)...\n');
    void stopAll().then(() => process.exit(0));
  });
  process.on('SIGTERM', () => {
    if (!stopping) void stopAll().then(() => process.exit(0));
  });

  const cloud = startProcess({
    name: 'cloud',
    tier: 'cloud',
    readyFile: join(runDir, 'cloud.json'),
    output: prefix('cloud'),
    args: ['--config', cloudConfigPath, '--data-dir', join(dataDir, 'cloud'), '--http', options.http!, '--grpc', options.grpc!, `--gateway-token=${secrets.cloudToken}`, '--log-level', logLevel],
  });
  children.push(cloud);
  const cloudInfo = await cloud.ready;

  const gateway = startProcess({
    name: 'gateway',
    tier: 'gateway',
    readyFile: join(runDir, 'gateway.json'),
    output: prefix('gateway'),
    args: [
      '--config', gatewayConfigPath,
      '--data-dir', join(dataDir, 'gateway'),
      '--mqtt', options.mqtt!,
      '--metrics', options.metrics!,
      '--cloud', String(cloudInfo.grpcAddress ?? options.grpc),
      `--cloud-token=${secrets.cloudToken}`,
      '--log-level', logLevel,
    ],
  });
  children.push(gateway);
  const gatewayInfo = await gateway.ready;
  const mqttUrl = String(gatewayInfo.mqttUrl ?? `mqtt://${options.mqtt}`);

  const agents = stations.map((s) =>
    startProcess({
      name: `agent-${s.deviceId}`,
      tier: 'agent',
      readyFile: join(runDir, `agent-${s.deviceId}.json`),
      output: prefix(s.deviceId),
      env: { WX_AGENT_PASSWORD: secrets.devices[s.deviceId] },
      args: ['--config', s.file, '--data-dir', join(dataDir, `agent-${s.deviceId}`), '--gateway', mqttUrl, '--speedup', options.speedup!, '--log-level', logLevel],
    }),
  );
  children.push(...agents);
  await Promise.all(agents.map((a) => a.ready));

  const api = String(cloudInfo.httpUrl);
  process.stdout.write(
    [
      '',
      `wx-edge is running: cloud, gateway and ${agents.length} station agents (replay at ${options.speedup}x)`,
      `  dashboard       ${api}/`,
      `  stations        ${api}/api/v1/stations`,
      `  observations    ${api}/api/v1/observations?station=${stations[0]!.deviceId}`,
      `  stats           ${api}/api/v1/stats`,
      ...(fields
        ? [
            `  fused cells     ${api}/api/v1/fused?variable=temperature`,
            `  analysis        ${api}/api/v1/analysis/latest?lat=39.93&lon=116.42`,
            `  forecast        ${api}/api/v1/forecast?lat=39.93&lon=116.42`,
          ]
        : []),
      `  API document    ${api}/api/v1/openapi.json`,
      `  cloud metrics   ${api}/metrics`,
      `  gateway metrics ${String(gatewayInfo.metricsUrl ?? '')}`,
      `  gateway status  ${String(gatewayInfo.metricsUrl ?? '').replace(/\/metrics$/, '/status')}`,
      `  gateway MQTT    ${mqttUrl} (device credentials in ${secretsPath})`,
      `  data            ${dataDir}`,
      'Ctrl-C stops everything; `npm start` again resumes where it left off.',
      '',
    ].join('\n'),
  );

  for (const c of children) {
    void c.exited.then((code) => {
      if (!stopping) process.stdout.write(`[launcher] ${c.name} exited with ${code}; stopping the stack\n`);
      if (!stopping) void stopAll().then(() => process.exit(1));
    });
  }
}

main().catch(async (err: unknown) => {
  process.stderr.write(`npm start failed: ${describeError(err)}\n`);
  await stopAll();
  process.exit(1);
});
