// The stations and gateways tables and the summary line in the header.
import { el, flaggedValues, formatAge, formatTime, formatValue } from './format.js';

/** A station whose last status is older than this is marked, as the WxStationSilent alert would (30 min). */
const SILENT_MS = 30 * 60_000;

const isSilent = (s, now = Date.now()) => !s.statusTime || now - Date.parse(s.statusTime) > SILENT_MS;

function stateBadge(state) {
  const known = state === 'online' || state === 'offline';
  return el('span', state ?? 'no status', `state state-${known ? state : 'unknown'}`);
}

function numCell(variable, reading) {
  const v = reading?.values?.[variable];
  const td = el('td', formatValue(variable, v?.value), 'num');
  if (v && v.flag !== 'good') td.classList.add(`flag-${v.flag}`);
  if (v) td.title = `QC: ${v.flag}${v.tests?.length ? ` (${v.tests.join(', ')})` : ''}`;
  return td;
}

/** Why a station needs attention: offline, silent, or its newest reading flagged suspect or bad. */
export function needsAttention(s, now = Date.now()) {
  if (s.state === 'offline') return true;
  if (isSilent(s, now)) return true;
  return flaggedValues(s.latest).some((f) => f.flag === 'suspect' || f.flag === 'bad');
}

/** The stations a filter text (matched in name, id, gateway and state) and the problems box let through. */
export function filterStations(stations, text, onlyProblems) {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return stations.filter((s) => {
    if (onlyProblems && !needsAttention(s)) return false;
    const hay = `${s.name ?? ''} ${s.id} ${s.gatewayId ?? ''} ${s.state ?? ''} ${s.site ?? ''}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

export function renderStations(tbody, stations, selectedId, onSelect) {
  const rows = [...stations].sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id)).map((s) => {
    const tr = document.createElement('tr');
    tr.dataset.station = s.id;
    if (s.id === selectedId) tr.classList.add('selected');
    const name = el('td', s.name ?? s.id);
    name.title = s.id;
    const state = el('td');
    state.append(stateBadge(s.state));
    state.title = s.statusTime ? `status ${formatAge(s.statusTime)}` : 'no status yet';
    const heard = el('td', s.statusTime ? formatAge(s.statusTime) : 'never');
    heard.title = 'when the hub last had a status from the station';
    if (isSilent(s)) heard.className = 'flag-suspect';
    const speed = s.latest?.values?.wind_speed?.value;
    const dir = s.latest?.values?.wind_direction?.value;
    const wind = el('td', speed === undefined ? '–' : `${formatValue('wind_speed', speed)}${dir === undefined || dir === null ? '' : ` from ${Math.round(dir)}°`}`, 'num');
    const flagged = flaggedValues(s.latest);
    const qc = el('td', flagged.length === 0 ? 'good' : flagged.map((f) => `${f.name}: ${f.flag}`).join(', '));
    if (flagged.some((f) => f.flag === 'bad')) qc.className = 'flag-bad';
    else if (flagged.some((f) => f.flag === 'suspect')) qc.className = 'flag-suspect';
    tr.append(name, state, heard, el('td', formatTime(s.lastReadingTime)), numCell('temperature', s.latest), numCell('dew_point', s.latest), numCell('pressure', s.latest), wind, qc, el('td', s.gatewayId ?? '–'));
    tr.addEventListener('click', () => onSelect(s.id));
    return tr;
  });
  tbody.replaceChildren(...rows);
}

export function renderGateways(tbody, stats) {
  tbody.replaceChildren(
    ...stats.gateways.map((g) => {
      const tr = document.createElement('tr');
      tr.append(el('td', g.id), el('td', g.readingsStored.toLocaleString('en'), 'num'), el('td', g.duplicatesDropped.toLocaleString('en'), 'num'), el('td', g.rejected.toLocaleString('en'), 'num'), el('td', formatAge(g.lastSeen)));
      return tr;
    }),
  );
}

export function renderSummary(container, stations, stats) {
  const count = (state) => stations.filter((s) => s.state === state).length;
  const other = stations.length - count('online') - count('offline');
  container.replaceChildren(
    el('span', `${stations.length} stations`),
    el('span', `${count('online')} online`),
    el('span', `${count('offline')} offline`),
    ...(other > 0 ? [el('span', `${other} without status`)] : []),
    el('span', `${stats.readingsStored.toLocaleString('en')} readings stored`),
    el('span', `${stats.gateways.length} gateways`),
  );
}
