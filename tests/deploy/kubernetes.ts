/**
 * deploy/kubernetes read into typed objects (only the fields the deploy tests look at), and the
 * look-ups between them: a workload's Services, the Secret or ConfigMap a reference names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { REPO_ROOT } from '../../scripts/lib/processes.js';

export const K8S_DIR = join(REPO_ROOT, 'deploy/kubernetes');

export interface Meta {
  name: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}
export interface KeyRef {
  name: string;
  key: string;
}
export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: KeyRef; configMapKeyRef?: KeyRef };
}
export interface Probe {
  httpGet?: { path: string; port: string | number };
  tcpSocket?: { port: string | number };
}
export interface Quantities {
  cpu?: string;
  memory?: string;
}
export interface Container {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
  env?: EnvVar[];
  ports?: { name?: string; containerPort: number }[];
  startupProbe?: Probe;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources?: { requests?: Quantities; limits?: Quantities };
  volumeMounts?: { name: string; mountPath: string }[];
}
export interface ItemsRef {
  name: string;
  items?: { key: string; path: string }[];
}
export interface Volume {
  name: string;
  configMap?: ItemsRef;
  secret?: { secretName: string; items?: { key: string; path: string }[] };
  projected?: { sources: { configMap?: ItemsRef; secret?: ItemsRef }[] };
  emptyDir?: object;
  persistentVolumeClaim?: { claimName: string };
}
interface Base {
  apiVersion: string;
  metadata: Meta;
}
export interface StatefulSet extends Base {
  kind: 'StatefulSet';
  spec: {
    replicas?: number;
    serviceName: string;
    selector: { matchLabels: Record<string, string> };
    template: { metadata: Meta & { name?: string }; spec: { containers: Container[]; volumes?: Volume[] } };
    volumeClaimTemplates?: { metadata: { name: string } }[];
  };
}
export interface Service extends Base {
  kind: 'Service';
  spec: { selector: Record<string, string>; ports: { name?: string; port: number; targetPort?: string | number }[] };
}
export interface Data extends Base {
  kind: 'Secret' | 'ConfigMap';
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}
export type K8sObject = StatefulSet | Service | Data | (Base & { kind: string });

export interface Manifest {
  file: string;
  object: K8sObject;
}

/** Every manifest (every YAML document of every file but kustomization.yaml). */
export function loadManifests(): Manifest[] {
  const out: Manifest[] = [];
  for (const file of manifestFiles()) {
    for (const doc of parseAllDocuments(readFileSync(join(K8S_DIR, file), 'utf8'))) {
      if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
      const object = doc.toJS() as K8sObject | null;
      if (object) out.push({ file, object });
    }
  }
  return out;
}

export function manifestFiles(): string[] {
  return readdirSync(K8S_DIR).filter((f) => /\.ya?ml$/.test(f) && f !== 'kustomization.yaml').sort();
}

export function kustomization(): { resources: string[]; namespace?: string; images?: { name: string; newName?: string; newTag?: string }[] } {
  return parseAllDocuments(readFileSync(join(K8S_DIR, 'kustomization.yaml'), 'utf8'))[0]!.toJS() as ReturnType<typeof kustomization>;
}

export const ofKind = <K extends string>(ms: readonly Manifest[], kind: K): Extract<K8sObject, { kind: K }>[] =>
  ms.map((m) => m.object).filter((o): o is Extract<K8sObject, { kind: K }> => o.kind === kind);

/** A Secret's or ConfigMap's value for a key (stringData, or base64 data). */
export function dataValue(ms: readonly Manifest[], kind: 'Secret' | 'ConfigMap', name: string, key: string): string | undefined {
  const obj = ms.map((m) => m.object).find((o): o is Data => o.kind === kind && o.metadata.name === name);
  if (!obj) return undefined;
  if (obj.stringData?.[key] !== undefined) return obj.stringData[key];
  const raw = obj.data?.[key];
  return raw === undefined ? undefined : kind === 'Secret' ? Buffer.from(raw, 'base64').toString('utf8') : raw;
}

/** The files a volume shows in its mount folder: relative path -> content (empty for claims and emptyDir). */
export function volumeFiles(ms: readonly Manifest[], volume: Volume): Map<string, string> {
  const files = new Map<string, string>();
  const add = (kind: 'Secret' | 'ConfigMap', ref: ItemsRef): void => {
    const obj = ms.map((m) => m.object).find((o): o is Data => o.kind === kind && o.metadata.name === ref.name);
    if (!obj) throw new Error(`volume ${volume.name}: no ${kind} ${ref.name}`);
    const keys = ref.items ?? Object.keys({ ...obj.data, ...obj.stringData }).map((key) => ({ key, path: key }));
    for (const { key, path } of keys) {
      const value = dataValue(ms, kind, ref.name, key);
      if (value === undefined) throw new Error(`volume ${volume.name}: ${kind} ${ref.name} has no key ${key}`);
      files.set(path, value);
    }
  };
  if (volume.configMap) add('ConfigMap', volume.configMap);
  if (volume.secret) add('Secret', { name: volume.secret.secretName, ...(volume.secret.items ? { items: volume.secret.items } : {}) });
  for (const s of volume.projected?.sources ?? []) {
    if (s.configMap) add('ConfigMap', s.configMap);
    if (s.secret) add('Secret', s.secret);
  }
  return files;
}

/** An environment variable's value, from `value` or the Secret/ConfigMap key it refers to. */
export function envValue(ms: readonly Manifest[], v: EnvVar): string | undefined {
  if (v.value !== undefined) return v.value;
  const s = v.valueFrom?.secretKeyRef;
  if (s) return dataValue(ms, 'Secret', s.name, s.key);
  const c = v.valueFrom?.configMapKeyRef;
  if (c) return dataValue(ms, 'ConfigMap', c.name, c.key);
  return undefined;
}

/** A probe's or annotation's port (a name or a number) as a container port number. */
export function resolvePort(c: Container, port: string | number): number | undefined {
  if (typeof port === 'number') return c.ports?.some((p) => p.containerPort === port) ? port : undefined;
  if (/^\d+$/.test(port)) return resolvePort(c, Number(port));
  return c.ports?.find((p) => p.name === port)?.containerPort;
}

/** The StatefulSet whose pods a Service selects (its selector is a subset of the pod labels). */
export function selectedBy(ms: readonly Manifest[], svc: Service): StatefulSet[] {
  return ofKind(ms, 'StatefulSet').filter((s) => Object.entries(svc.spec.selector).every(([k, v]) => s.spec.template.metadata.labels?.[k] === v));
}

/** Kubernetes memory quantity in MiB (Mi, Gi, M, G, plain bytes). */
export function mebibytes(q: string): number {
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|K|M|G)?$/.exec(q);
  if (!m) throw new Error(`memory quantity ${q}`);
  const factor: Record<string, number> = { Ki: 1 / 1024, Mi: 1, Gi: 1024, K: 1e3 / 2 ** 20, M: 1e6 / 2 ** 20, G: 1e9 / 2 ** 20 };
  return Number(m[1]) * (m[2] ? factor[m[2]]! : 1 / 2 ** 20);
}

/** Kubernetes CPU quantity in cores. */
export function cores(q: string): number {
  return q.endsWith('m') ? Number(q.slice(0, -1)) / 1000 : Number(q);
}
