/**
 * Writes deploy/kubernetes/alerts/prometheusrule.yaml: the alerting rules of wx-alerts.yaml as a
 * PrometheusRule, for clusters that run the Prometheus Operator (kube-prometheus-stack). It is a
 * kustomize component (deploy/kubernetes/alerts) that an operator adds to the kustomization: on a
 * cluster without the operator its kind does not exist, so it is not there by default.
 * tests/deploy/alerts.test.ts fails when the two differ: run `npm run alerts:k8s` after an edit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { REPO_ROOT } from './lib/processes.js';

export const RULES_FILE = join(REPO_ROOT, 'deploy/prometheus/wx-alerts.yaml');
export const PROMETHEUS_RULE_FILE = join(REPO_ROOT, 'deploy/kubernetes/alerts/prometheusrule.yaml');

export function prometheusRuleYaml(): string {
  const rules = parse(readFileSync(RULES_FILE, 'utf8')) as { groups: unknown[] };
  const resource = {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: { name: 'wx-alerts', namespace: 'wx', labels: { 'app.kubernetes.io/part-of': 'wx-edge' } },
    spec: { groups: rules.groups },
  };
  const header = '# Generated from deploy/prometheus/wx-alerts.yaml by `npm run alerts:k8s`: edit that file, not this one.\n' +
    '# Needs the Prometheus Operator; enable with `kustomize edit add component alerts` in deploy/kubernetes.\n';
  return header + stringify(resource, { lineWidth: 0 });
}

if (process.argv[1] && resolve(fileURLToPath(import.meta.url)) === resolve(process.argv[1])) {
  writeFileSync(PROMETHEUS_RULE_FILE, prometheusRuleYaml());
  process.stdout.write(`wrote ${PROMETHEUS_RULE_FILE}\n`);
}
