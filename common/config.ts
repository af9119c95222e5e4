import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { WxError } from './errors.js';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the callable sits on .default.
const addFormats = addFormatsModule.default;

const ajv = new Ajv({ allErrors: true, useDefaults: true, strict: true, allowUnionTypes: true });
addFormats(ajv);

const compiled = new WeakMap<object, ValidateFunction>();

function describeAjvError(e: ErrorObject): string {
  const base = e.instancePath === '' ? '(root)' : e.instancePath.slice(1).replaceAll('/', '.');
  switch (e.keyword) {
    case 'required':
      return `${base === '(root)' ? '' : base + '.'}${String(e.params.missingProperty)}: is required`;
    case 'additionalProperties':
      return `${base === '(root)' ? '' : base + '.'}${String(e.params.additionalProperty)}: is not a known field`;
    case 'enum':
      return `${base}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${base}: ${e.message ?? 'is invalid'}`;
  }
}

/**
 * Validates `data` against a JSON Schema, filling in schema defaults, and returns it frozen.
 * Every violation is listed, each naming its field, in the thrown WxError's details.
 */
export function validateConfig<T>(schema: object, data: unknown, source: string): T {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (!validate(data)) {
    const details = (validate.errors ?? []).map(describeAjvError);
    throw new WxError('WX_ERR_CONFIG_INVALID', `${source}: configuration is invalid (${details.length} error${details.length === 1 ? '' : 's'})`, {
      details,
    });
  }
  return deepFreeze(data) as T;
}

/** Reads a YAML or JSON file (chosen by extension; YAML is a superset of JSON so either parses). */
export function readConfigFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new WxError('WX_ERR_CONFIG_UNREADABLE', `${path}: cannot read file`, { cause: err });
  }
  try {
    return extname(path).toLowerCase() === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new WxError('WX_ERR_CONFIG_UNREADABLE', `${path}: cannot parse: ${(err as Error).message}`, { cause: err });
  }
}

export function loadConfigFile<T>(schema: object, path: string): T {
  return validateConfig<T>(schema, readConfigFile(path), path);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/**
 * Top-level sections of a reloaded config that differ from the running one, less those the reload
 * applies (`live`): what only a restart applies. Sorted, for the log.
 */
export function changedSections(running: object, next: object, live: readonly string[]): string[] {
  const section = (c: object, k: string): string => JSON.stringify((c as Record<string, unknown>)[k]);
  const keys = new Set([...Object.keys(running), ...Object.keys(next)].filter((k) => !live.includes(k)));
  return [...keys].filter((k) => section(running, k) !== section(next, k)).sort();
}
