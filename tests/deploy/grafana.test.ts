/**
 * deploy/grafana and deploy/prometheus against the programs: every series a dashboard or an alerting
 * rule queries is one that a running cloud, gateway or agent exposes on /metrics, with the labels it
 * groups by, and the dashboards load into the provisioned Grafana.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../../scripts/lib/processes.js';
import { RULES_FILE } from '../../scripts/write-prometheusrule.js';
import { familyOf, parseExposition, scrapeLiveTiers, type Exposition } from './live-tiers.js';

const GRAFANA = join(REPO_ROOT, 'deploy/grafana');

interface Target {
  refId?: string;
  expr?: string;
  legendFormat?: string;
  datasource?: { type?: string; uid?: string };
}
interface Panel {
  id: number;
  type: string;
  title: string;
  datasource?: { type?: string; uid?: string };
  targets?: Target[];
  panels?: Panel[];
}
interface Dashboard {
  uid: string;
  title: string;
  panels: Panel[];
}

const dashboardFiles = readdirSync(join(GRAFANA, 'dashboards')).filter((f) => f.endsWith('.json'));
const dashboards = dashboardFiles.map((f) => ({ file: f, dashboard: JSON.parse(readFileSync(join(GRAFANA, 'dashboards', f), 'utf8')) as Dashboard }));
const panelsOf = (ps: readonly Panel[]): Panel[] => ps.flatMap((p) => [p, ...panelsOf(p.panels ?? [])]);
// The PrometheusRule beside it holds the same groups (tests/deploy/alerts.test.ts).
const alertRules = (parseYaml(readFileSync(RULES_FILE, 'utf8')) as { groups: { rules: { alert: string; expr: string }[] }[] }).groups.flatMap((g) =>
  g.rules.map((r) => ({ file: 'wx-alerts.yaml', ...r })),
);
const queries = (): { where: string; target: Target & { expr: string } }[] => [
  ...dashboards.flatMap(({ file, dashboard }) =>
    panelsOf(dashboard.panels).flatMap((p) =>
      (p.targets ?? []).filter((t): t is Target & { expr: string } => typeof t.expr === 'string').map((target) => ({ where: `${file} "${p.title}" ${target.refId ?? ''}`, target })),
    ),
  ),
  ...alertRules.map((r) => ({ where: `${r.file} ${r.alert}`, target: { expr: r.expr } })),
];

const PROMQL_KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'bool', 'and', 'or', 'unless', 'offset', 'inf', 'nan']);
/** Labels Prometheus adds to every scraped series (target labels), beyond what the programs set. */
const TARGET_LABELS = new Set(['job', 'instance']);

/** The series names a PromQL expression selects (functions, keywords, labels, durations left out). */
function promqlMetrics(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""') // string literals
    .replace(/\{[^}]*\}/g, '') // label matchers
    .replace(/\[[^\]]*\]/g, '') // range and subquery windows ($__rate_interval, 5m)
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ') // label lists
    .replace(/\$\w+/g, ' '); // Grafana variables
  const names: string[] = [];
  for (const m of bare.matchAll(/(?<![\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\()?/g)) {
    if (m[2] || PROMQL_KEYWORDS.has(m[1]!.toLowerCase())) continue; // a function or aggregation call, or a keyword
    names.push(m[1]!);
  }
  return names;
}

/** Label names an expression groups or matches on. */
const promqlLabels = (expr: string): string[] => [
  ...[...expr.matchAll(/\b(?:by|without|on|ignoring)\s*\(([^)]*)\)/g)].flatMap((m) => m[1]!.split(',').map((l) => l.trim()).filter(Boolean)),
  ...[...expr.matchAll(/\{([^}]*)\}/g)].flatMap((m) => [...m[1]!.matchAll(/([a-zA-Z_]\w*)\s*(?:=~|!~|!=|=)/g)].map((x) => x[1]!)),
];

let live: { tiers: Record<string, Exposition> } | undefined;

before(async () => {
  const scraped = await scrapeLiveTiers();
  live = { tiers: Object.fromEntries(Object.entries(scraped.metrics).map(([k, v]) => [k, parseExposition(v)])) };
}, { timeout: 120_000 });

test('the PromQL reader finds series names and leaves functions, labels and windows out', () => {
  assert.deepEqual(
    promqlMetrics('histogram_quantile(0.99, sum by (le, from) (rate(wx_cloud_ingest_latency_seconds_bucket{from="device"}[$__rate_interval]))) / on (x) group_left wx_b offset 5m'),
    ['wx_cloud_ingest_latency_seconds_bucket', 'wx_b'],
  );
  assert.deepEqual(promqlLabels('sum by (reason, gateway) (rate(x{tier="gateway", kind!~"a"}[5m]))'), ['reason', 'gateway', 'tier', 'kind']);
});

test('every series the dashboards and alerting rules query is exposed on /metrics by a running cloud, gateway or agent', () => {
  assert.ok(live);
  const all = queries();
  assert.ok(all.length > 20, `only ${all.length} queries`);
  const exposed = Object.values(live.tiers);
  const missing: string[] = [];
  for (const { where, target } of all) {
    const names = promqlMetrics(target.expr);
    assert.ok(names.length > 0, `${where}: no series in ${target.expr}`);
    for (const name of names) if (!exposed.some((e) => familyOf(name, e.types))) missing.push(`${where}: ${name}`);
  }
  assert.deepEqual(missing, [], 'series no program exposes');
});

test('labels the dashboards and alerting rules group by, match on and show in legends are on the series (where they have samples)', () => {
  assert.ok(live);
  const problems: string[] = [];
  for (const { where, target } of queries()) {
    const names = promqlMetrics(target.expr);
    const sampled = names.flatMap((n) => Object.values(live!.tiers).map((e) => e.sampleLabels.get(n)).filter((s): s is Set<string> => s !== undefined));
    const grouped = [...target.expr.matchAll(/\bby\s*\(([^)]*)\)/g)].flatMap((m) => m[1]!.split(',').map((l) => l.trim()));
    // A legend shows labels the query result keeps: the by() labels when it aggregates.
    for (const l of [...(target.legendFormat ?? '').matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!)) {
      if (grouped.length > 0 && !grouped.includes(l)) problems.push(`${where}: legend {{${l}}} is not in by (${grouped.join(', ')})`);
    }
    if (sampled.length === 0) continue; // no samples yet (e.g. no rejection happened): names only
    const known = new Set([...TARGET_LABELS, ...sampled.flatMap((s) => [...s])]);
    for (const l of promqlLabels(target.expr)) if (!known.has(l)) problems.push(`${where}: label ${l} is not on ${names.join(', ')} (${[...known].join(', ')})`);
  }
  assert.deepEqual(problems, []);
});

test('dashboards are valid JSON with unique uids and panel ids, on the provisioned datasource', () => {
  const provisioned = parseYaml(readFileSync(join(GRAFANA, 'provisioning/datasources/prometheus.yaml'), 'utf8')) as { datasources: { uid: string; type: string }[] };
  const sources = new Map(provisioned.datasources.map((d) => [d.uid, d.type]));
  assert.ok(dashboards.length >= 2, 'pipeline and nowcast dashboards');
  assert.equal(new Set(dashboards.map((d) => d.dashboard.uid)).size, dashboards.length, 'dashboard uids are unique');
  for (const { file, dashboard } of dashboards) {
    assert.ok(dashboard.uid && dashboard.title, `${file}: uid and title`);
    const panels = panelsOf(dashboard.panels);
    const ids = panels.map((p) => p.id);
    assert.ok(ids.every((id) => Number.isInteger(id)), `${file}: integer panel ids`);
    assert.equal(new Set(ids).size, ids.length, `${file}: duplicate panel ids`);
    for (const p of panels) {
      if (p.type === 'row' || p.type === 'text') continue;
      assert.ok((p.targets ?? []).length > 0, `${file} "${p.title}": no query`);
      for (const ds of [p.datasource, ...(p.targets ?? []).map((t) => t.datasource)]) {
        assert.ok(ds?.uid && sources.get(ds.uid) === ds.type, `${file} "${p.title}": datasource ${JSON.stringify(ds)} is not provisioned`);
      }
      const refs = (p.targets ?? []).map((t) => t.refId);
      assert.equal(new Set(refs).size, refs.length, `${file} "${p.title}": duplicate refIds`);
    }
  }
});

test('the dashboards provider is a file provider that Grafana can mount the dashboards folder at', () => {
  const doc = parseYaml(readFileSync(join(GRAFANA, 'provisioning/dashboards/wx.yaml'), 'utf8')) as { apiVersion: number; providers: { type: string; options: { path: string } }[] };
  assert.equal(doc.apiVersion, 1);
  const [provider] = doc.providers;
  assert.ok(provider && provider.type === 'file' && provider.options.path.startsWith('/'), 'one file provider with an absolute path');
  // deploy/grafana/README.md mounts dashboards/ at exactly that path.
  assert.ok(readFileSync(join(GRAFANA, 'README.md'), 'utf8').includes(`deploy/grafana/dashboards:${provider.options.path}`), 'README mounts dashboards/ at the provider path');
});
