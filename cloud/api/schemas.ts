import { QC_TEST_NAMES, qcFlagName, qcTestsFromMask, VARIABLES, variableUnit } from '../../common/variables.js';
import type { ReadingRecord } from '../store/types.js';
import { isoOrNull } from './time.js';

/** JSON schemas shared by the routes (registered with addSchema, referenced by $id). */
const valueSchema = {
  type: 'object',
  required: ['value', 'unit', 'flag', 'tests'],
  properties: {
    value: { type: ['number', 'null'], description: 'raw value in the unit; null when missing' },
    unit: { type: 'string' },
    flag: { type: 'string', enum: ['unspecified', 'good', 'suspect', 'bad', 'missing'] },
    tests: { type: 'array', items: { type: 'string', enum: QC_TEST_NAMES }, description: 'QC tests that fired' },
  },
} as const;

export const readingSchema = {
  $id: 'Reading',
  type: 'object',
  required: ['seq', 'time', 'timeMs', 'clockSynced', 'clockSuspect', 'gatewayId', 'gatewayReceivedMs', 'cloudReceivedMs', 'values'],
  properties: {
    seq: { type: 'integer' },
    time: { type: 'string', format: 'date-time', description: 'device time' },
    timeMs: { type: 'integer' },
    clockSynced: { type: 'boolean' },
    clockSuspect: { type: 'boolean' },
    gatewayId: { type: 'string' },
    gatewayReceivedMs: { type: ['integer', 'null'] },
    cloudReceivedMs: { type: 'integer' },
    values: {
      type: 'object',
      description: 'per variable measured in this reading',
      properties: Object.fromEntries(VARIABLES.map((v) => [v.name, { ...valueSchema, description: `${v.name} in ${v.unit}` }])),
    },
  },
} as const;

export const stationSchema = {
  $id: 'Station',
  type: 'object',
  required: ['id', 'site', 'name', 'location', 'hardware', 'gatewayId', 'state', 'lastReadingTime', 'latest'],
  properties: {
    id: { type: 'string' },
    site: { type: ['string', 'null'] },
    name: { type: ['string', 'null'] },
    location: {
      type: 'object',
      required: ['latitude', 'longitude', 'elevationM'],
      properties: {
        latitude: { type: ['number', 'null'] },
        longitude: { type: ['number', 'null'] },
        elevationM: { type: ['number', 'null'] },
      },
    },
    hardware: { type: ['string', 'null'] },
    gatewayId: { type: ['string', 'null'] },
    state: { type: ['string', 'null'], description: 'online | offline | unspecified, from the last status' },
    statusTime: { type: ['string', 'null'] },
    agentVersion: { type: ['string', 'null'] },
    details: {
      type: ['object', 'null'],
      additionalProperties: { type: 'string' },
      description: "facts of the station's last status: its source, hardware, sampling interval, nowcast model, a replaced outbox (outboxRecovered)...",
    },
    lastReadingTime: { type: ['string', 'null'], description: 'latest device time of a stored reading' },
    latest: { anyOf: [{ $ref: 'Reading#' }, { type: 'null' }] },
  },
} as const;

export const sharedSchemas = [readingSchema, stationSchema];

/**
 * Route option for the routes that send many readings (observations, the station list): their
 * bodies go out through JSON.stringify rather than the serializer Fastify compiles from the response
 * schema. With seven variables per reading, each an object whose value may be a number or null,
 * the compiled one takes about twice as long for a day of one station (docs/bench-store.md).
 * The handlers build exactly the documented shape (readingToJson, stationToJson), so nothing is
 * lost; the schemas still document the responses in the OpenAPI document.
 */
export const serializeWithJsonStringify = {
  serializerCompiler: () => (data: unknown) => JSON.stringify(data),
} as const;

/** A stored reading as the API shows it (flag and test names, units). */
export function readingToJson(r: ReadingRecord): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(r.values)) {
    if (!v) continue;
    values[name] = { value: v.value, unit: variableUnit(name as (typeof VARIABLES)[number]['name']), flag: qcFlagName(v.flag), tests: qcTestsFromMask(v.tests) };
  }
  return {
    seq: r.seq,
    time: isoOrNull(r.timeMs),
    timeMs: r.timeMs,
    clockSynced: r.clockSynced,
    clockSuspect: r.clockSuspect,
    gatewayId: r.gatewayId,
    gatewayReceivedMs: r.gatewayReceivedMs,
    cloudReceivedMs: r.cloudReceivedMs,
    values,
  };
}
