/**
 * deploy/prometheus/wx-alerts.yaml with Prometheus's own tool (Debian package `prometheus`, which
 * .ci/run installs): the rules load, and `promtool test rules` shows each alert firing on the series
 * it is about, and not before its time. An alert added without a case here fails the last test.
 * (tests/deploy/grafana.test.ts checks the series against what the running programs expose.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { test } from 'node:test';
import { parse as parseYaml, stringify } from 'yaml';
import { PROMETHEUS_RULE_FILE, prometheusRuleYaml, RULES_FILE } from '../../scripts/write-prometheusrule.js';
import { testDir } from '../common/temp-dir.js';

const RULES = RULES_FILE;

interface Rule {
  alert: string;
  expr: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}
const rules = (parseYaml(readFileSync(RULES, 'utf8')) as { groups: { rules: Rule[] }[] }).groups.flatMap((g) => g.rules);

interface Case {
  /** promtool input series: `name{labels}` and its values, one a minute. */
  series: Record<string, string>;
  /** Not firing yet (not there, or pending its `for`). */
  quietAt: string;
  firingAt: string;
  /** The alert's labels besides its own (severity...). */
  labels: Record<string, string>;
}

const GW = 'tier="gateway",gateway="gw1"';
const ST = 'tier="agent",device="st1"';
const HUB = 'tier="cloud"';
/** Reloads applied each minute, then one refused: `reloads` is the counter with its labels, less `result`. */
const refusedReload = (reloads: string, labels: Record<string, string>): Case => ({
  series: { [`${reloads},result="invalid"}`]: '0x10 1x10', [`${reloads},result="applied"}`]: '0+1x20' },
  quietAt: '5m',
  firingAt: '12m',
  labels,
});
const CASES: Record<string, Case> = {
  WxGatewayDiskFull: { series: { [`wx_gateway_outbox_disk_full{${GW}}`]: '0x5 1x10' }, quietAt: '6m', firingAt: '8m', labels: { gateway: 'gw1' } },
  WxGatewayRefusingMessages: { series: { [`wx_gateway_outbox_full_total{${GW}}`]: '0x10 5+5x10' }, quietAt: '5m', firingAt: '13m', labels: { gateway: 'gw1' } },
  WxGatewayOutboxWriteFailures: { series: { [`wx_gateway_outbox_write_failures_total{${GW}}`]: '0x10 1+1x10' }, quietAt: '5m', firingAt: '13m', labels: { gateway: 'gw1' } },
  WxGatewayOutboxReplaced: { series: { [`wx_gateway_outbox_recovered_total{${GW}}`]: '0x10 1x10' }, quietAt: '5m', firingAt: '15m', labels: { gateway: 'gw1' } },
  WxGatewayCloudUnreachable: { series: { [`wx_gateway_stream_connected{${GW}}`]: '1x5 0x20' }, quietAt: '10m', firingAt: '20m', labels: { gateway: 'gw1' } },
  WxGatewaySilent: {
    // Seen at time 0 and then never again: quiet for the first 15 minutes, firing 5 minutes after.
    series: { [`wx_cloud_gateway_last_seen_timestamp_seconds{${HUB},gateway="gw1"}`]: '0x40' },
    quietAt: '14m',
    firingAt: '25m',
    labels: { gateway: 'gw1' },
  },
  WxGatewayForwardLag: { series: { [`wx_gateway_forward_lag_seconds{${GW}}`]: '10x5 1000x20' }, quietAt: '10m', firingAt: '20m', labels: { gateway: 'gw1' } },
  WxGatewayConfigReloadRefused: refusedReload(`wx_gateway_config_reloads_total{${GW}`, { gateway: 'gw1' }),
  WxStationWrongPassword: { series: { [`wx_gateway_auth_failures_total{${GW},reason="bad_password"}`]: '0x10 0+2x10' }, quietAt: '5m', firingAt: '20m', labels: { gateway: 'gw1' } },
  WxStationSilent: {
    // Fresh (the newest reading keeps up with the clock) for 10 minutes, then nothing new.
    series: { [`wx_cloud_station_last_reading_timestamp_seconds{${HUB},device="st1",site="north"}`]: '0+60x10 600x60' },
    quietAt: '30m',
    firingAt: '50m',
    labels: { device: 'st1', site: 'north' },
  },
  WxStationOffline: { series: { [`wx_cloud_station_online{${HUB},device="st1",site="north"}`]: '1x5 0x30' }, quietAt: '15m', firingAt: '25m', labels: { device: 'st1', site: 'north' } },
  WxStationDiskFull: { series: { [`wx_agent_outbox_reserve_bytes{${ST}}`]: '8388608x5 0x10' }, quietAt: '8m', firingAt: '14m', labels: { device: 'st1' } },
  WxStationBacklog: { series: { [`wx_agent_outbox_oldest_age_seconds{${ST}}`]: '10x5 4000x30' }, quietAt: '10m', firingAt: '25m', labels: { device: 'st1' } },
  WxStationDroppingReadings: { series: { [`wx_agent_outbox_full_total{${ST},action="dropped"}`]: '0x10 1+1x10' }, quietAt: '5m', firingAt: '15m', labels: { device: 'st1' } },
  WxStationOutboxReplaced: { series: { [`wx_agent_outbox_recovered_total{${ST}}`]: '0x10 1x10' }, quietAt: '5m', firingAt: '15m', labels: { device: 'st1' } },
  WxStationSensorErrors: { series: { [`wx_agent_source_errors_total{${ST}}`]: '0x5 0+1x30' }, quietAt: '8m', firingAt: '30m', labels: { device: 'st1' } },
  WxCloudReloadRefused: refusedReload(`wx_cloud_reloads_total{${HUB}`, { tier: 'cloud' }),
  WxCloudStoreFailing: { series: { [`wx_cloud_store_errors_total{${HUB}}`]: '0x5 0+1x20' }, quietAt: '4m', firingAt: '20m', labels: { tier: 'cloud' } },
  WxCloudInfluxCopyBehind: { series: { [`wx_cloud_influx_gaps{${HUB}}`]: '0x5 2x60' }, quietAt: '20m', firingAt: '45m', labels: { tier: 'cloud' } },
  WxCloudNoReadings: { series: { [`wx_cloud_readings_stored_total{${HUB}}`]: '0+10x10 100x40' }, quietAt: '20m', firingAt: '45m', labels: { tier: 'cloud' } },
};

/** The annotations promtool should see: `{{ $labels.x }}` filled in (the rules use no other templating). */
function expanded(annotations: Record<string, string>, labels: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(annotations).map(([k, v]) => [k, v.replace(/\{\{\s*\$labels\.(\w+)\s*\}\}/g, (_, l: string) => labels[l] ?? '')]));
}

function promtool(...args: string[]): { status: number | null; output: string } {
  const r = spawnSync('promtool', args, { encoding: 'utf8' });
  assert.ok(!r.error, 'promtool is missing: apt-get install prometheus (.ci/run does)');
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

void test('the alerting rules load in Prometheus', () => {
  const { status, output } = promtool('check', 'rules', RULES);
  assert.equal(status, 0, output);
});

void test('each alert fires on the series it is about, and not before its time', () => {
  const dir = testDir('wx-alerts-');
  const tests = rules.filter((r) => CASES[r.alert]).map((rule) => {
    const c = CASES[rule.alert]!;
    return {
      interval: '1m',
      input_series: Object.entries(c.series).map(([series, values]) => ({ series, values })),
      alert_rule_test: [
        { eval_time: c.quietAt, alertname: rule.alert, exp_alerts: [] },
        { eval_time: c.firingAt, alertname: rule.alert, exp_alerts: [{ exp_labels: { ...rule.labels, ...c.labels }, exp_annotations: expanded(rule.annotations ?? {}, c.labels) }] },
      ],
    };
  });
  const file = join(dir, 'wx-alerts.test.yaml');
  writeFileSync(file, stringify({ rule_files: [RULES], evaluation_interval: '1m', tests }));
  const { status, output } = promtool('test', 'rules', file);
  assert.equal(status, 0, output);
});

void test('every alert has a case above, and says what is wrong and what to do', () => {
  assert.deepEqual(rules.map((r) => r.alert).filter((a) => !CASES[a]), []);
  assert.deepEqual(Object.keys(CASES).filter((a) => !rules.some((r) => r.alert === a)), [], 'cases for alerts that no longer exist');
  for (const r of rules) {
    assert.ok(r.labels?.severity === 'critical' || r.labels?.severity === 'warning', `${r.alert}: severity`);
    assert.ok((r.annotations?.summary ?? '').length > 10 && (r.annotations?.description ?? '').length > 40, `${r.alert}: summary and description`);
  }
});

void test('the PrometheusRule for the Prometheus Operator holds the same rules', () => {
  assert.equal(readFileSync(PROMETHEUS_RULE_FILE, 'utf8'), prometheusRuleYaml(), 'run: npm run alerts:k8s');
  const resource = parseYaml(readFileSync(PROMETHEUS_RULE_FILE, 'utf8')) as { kind: string; spec: { groups: unknown } };
  assert.equal(resource.kind, 'PrometheusRule');
  assert.deepEqual(resource.spec.groups, (parseYaml(readFileSync(RULES, 'utf8')) as { groups: unknown }).groups);
  // A kustomize component beside it, which clusters with the operator add to deploy/kubernetes.
  const component = parseYaml(readFileSync(join(dirname(PROMETHEUS_RULE_FILE), 'kustomization.yaml'), 'utf8')) as { kind: string; resources: string[] };
  assert.deepEqual([component.kind, component.resources], ['Component', [basename(PROMETHEUS_RULE_FILE)]]);
  assert.match(readFileSync(join(dirname(dirname(PROMETHEUS_RULE_FILE)), 'kustomization.yaml'), 'utf8'), /^# components:\n# {3}- alerts$/m, 'named, commented out, in the kustomization');
});
