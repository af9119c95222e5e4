import type { OptionSpecs } from '../common/cli.js';

/** wx-agent's flags (DEVELOPERS.md, program contracts): flag > environment > config file > default. */
export const AGENT_OPTIONS = {
  config: { type: 'string', env: 'WX_AGENT_CONFIG', description: 'firmware config file (YAML or JSON), required' },
  gateway: { type: 'string', env: 'WX_AGENT_GATEWAY', description: 'MQTT broker URL (mqtt://host:port), overrides gateway.url' },
  password: { type: 'string', env: 'WX_AGENT_PASSWORD', description: 'MQTT password, overrides gateway.password' },
  speedup: { type: 'string', description: 'replay/simulation speed: simulated seconds per real second' },
  'max-readings': { type: 'string', description: "stop producing once this device's seq reaches n (counts across restarts); keeps draining" },
  metrics: { type: 'string', env: 'WX_AGENT_METRICS', description: 'serve /metrics on host:port (port 0 = any free port)' },
  'data-dir': { type: 'string', env: 'WX_DATA_DIR', description: 'state folder (outbox.sqlite)', default: './data/agent-<deviceId>' },
  'ready-file': { type: 'string', description: 'write {pid, deviceId, metricsUrl?} here once started' },
  'log-level': { type: 'string', env: 'WX_LOG_LEVEL', description: 'fatal, error, warn, info, debug, trace, silent', default: 'info' },
  help: { type: 'boolean', short: 'h', description: 'print this help' },
} satisfies OptionSpecs;
