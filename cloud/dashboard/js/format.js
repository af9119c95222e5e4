// How values, times and QC flags read on the dashboard.
export const VARIABLES = {
  temperature: { label: 'Temperature', unit: '°C', digits: 1 },
  dew_point: { label: 'Dew point', unit: '°C', digits: 1 },
  relative_humidity: { label: 'Relative humidity', unit: '%', digits: 0 },
  pressure: { label: 'Pressure', unit: 'hPa', digits: 1 },
  wind_speed: { label: 'Wind speed', unit: 'm/s', digits: 1 },
  wind_direction: { label: 'Wind direction', unit: '°', digits: 0 },
  precipitation: { label: 'Precipitation', unit: 'mm', digits: 1 },
  wind_u: { label: 'Wind (east)', unit: 'm/s', digits: 1 },
  wind_v: { label: 'Wind (north)', unit: 'm/s', digits: 1 },
};

export function labelOf(variable) {
  return VARIABLES[variable]?.label ?? variable;
}

export function formatValue(variable, value, withUnit = true) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const v = VARIABLES[variable];
  // toFixed keeps the sign of a value that rounds to zero ("-0.0"): drop it.
  const text = value.toFixed(v?.digits ?? 2).replace(/^-(0(\.0+)?)$/, '$1');
  return withUnit && v ? `${text} ${v.unit}` : text;
}

/** An API state name as words: ROLLED_BACK -> "rolled back". */
export function stateWords(state) {
  return state.toLowerCase().replaceAll('_', ' ');
}

/** "2013-03-02 05:00 UTC": data times are shown in UTC, as stored. */
export function formatTime(iso) {
  if (!iso) return '–';
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** "3 min ago", for when the hub last heard something. */
export function formatAge(iso, now = Date.now()) {
  if (!iso) return 'never';
  const s = Math.round((now - Date.parse(iso)) / 1000);
  if (s < 0) return 'just now';
  if (s < 90) return `${s} s ago`;
  if (s < 90 * 60) return `${Math.round(s / 60)} min ago`;
  if (s < 36 * 3600) return `${Math.round(s / 3600)} h ago`;
  return `${Math.round(s / 86400)} d ago`;
}

/** The QC flags of a reading that are not "good", as "temperature: suspect". */
export function flaggedValues(reading) {
  if (!reading) return [];
  return Object.entries(reading.values)
    .filter(([, v]) => v.flag && v.flag !== 'good')
    .map(([name, v]) => ({ name, flag: v.flag, tests: v.tests ?? [] }));
}

/** Creates an element with text (never HTML: station names and details come from devices). */
export function el(tag, text, className) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (className) e.className = className;
  return e;
}
