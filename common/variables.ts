/**
 * The variables a station measures, their wire enum number (wx.v1.Variable) and their unit.
 * Every tier uses these names as keys (config, QC, storage columns, REST output).
 */
export const VARIABLES = [
  { name: 'temperature', proto: 1, unit: '°C', column: 'temperature_c' },
  { name: 'pressure', proto: 2, unit: 'hPa', column: 'pressure_hpa' },
  { name: 'dew_point', proto: 3, unit: '°C', column: 'dew_point_c' },
  { name: 'relative_humidity', proto: 4, unit: '%', column: 'relative_humidity_pct' },
  { name: 'wind_speed', proto: 5, unit: 'm/s', column: 'wind_speed_ms' },
  { name: 'wind_direction', proto: 6, unit: '°', column: 'wind_direction_deg' },
  { name: 'precipitation', proto: 7, unit: 'mm', column: 'precipitation_mm' },
] as const;

export type VariableName = (typeof VARIABLES)[number]['name'];
export const VARIABLE_NAMES: readonly VariableName[] = VARIABLES.map((v) => v.name);

const byName = new Map<string, (typeof VARIABLES)[number]>(VARIABLES.map((v) => [v.name, v]));
const byProto = new Map<number, (typeof VARIABLES)[number]>(VARIABLES.map((v) => [v.proto, v]));

export function isVariableName(name: string): name is VariableName {
  return byName.has(name);
}

export function variableToProto(name: VariableName): number {
  return byName.get(name)!.proto;
}

export function variableFromProto(value: number): VariableName | undefined {
  return byProto.get(value)?.name;
}

export function variableUnit(name: VariableName): string {
  return byName.get(name)!.unit;
}

/** The variable's column name with its unit (temperature_c): the store's, and CSV exports'. */
export function variableColumn(name: VariableName): string {
  return byName.get(name)!.column;
}

/** QC flags as names (wx.v1.QcFlag numbers). */
export const QC_FLAGS = { unspecified: 0, good: 1, suspect: 2, bad: 3, missing: 4 } as const;
export type QcFlagName = keyof typeof QC_FLAGS;
const flagNames = Object.fromEntries(Object.entries(QC_FLAGS).map(([k, v]) => [v, k])) as Record<number, QcFlagName>;
export function qcFlagName(value: number): QcFlagName {
  return flagNames[value] ?? 'unspecified';
}

/** QC test bits (wx.v1.QcTest). */
export const QC_TESTS = {
  sensor_range: 1,
  climate_range: 2,
  step: 4,
  persistence: 8,
  spike: 16,
  consistency: 32,
  clock: 64,
} as const;
export type QcTestName = keyof typeof QC_TESTS;
export const QC_TEST_NAMES = Object.keys(QC_TESTS) as QcTestName[];

export function qcTestsFromMask(mask: number): QcTestName[] {
  return QC_TEST_NAMES.filter((t) => (mask & QC_TESTS[t]) !== 0);
}
