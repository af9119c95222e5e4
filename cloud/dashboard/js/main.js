// The dashboard page: loads stations, gateways and the latest field, refreshes them, and asks for a
// reader token when the hub needs one.
import { ApiError, getJson, query, setReaderToken } from './api.js';
import { downloadCsv, showStation } from './detail.js';
import { formatTime, labelOf } from './format.js';
import { createMap, drawLegend } from './map.js';
import { filterStations, renderGateways, renderStations, renderSummary } from './stations.js';

const REFRESH_MS = 15_000;
const $ = (id) => document.getElementById(id);

const state = { scale: undefined, stations: [], selected: undefined, detailVariable: 'temperature', shownReading: undefined, fieldTime: undefined, fieldsKnown: false, timer: undefined };

const map = createMap($('map'), { onStationClick: (id) => select(id) });

function showError(message) {
  $('error').hidden = !message;
  $('error').textContent = message ?? '';
}

function needToken(err) {
  $('token-form').hidden = false;
  $('token-error').textContent = err.code === 'WX_ERR_NOT_AUTHORIZED' && err.message.includes('wrong') ? 'that token was refused' : '';
  $('token').focus();
}

/** The table, filtered as asked; the map keeps every station. */
function showStations() {
  const shown = filterStations(state.stations, $('station-filter').value, $('only-problems').checked);
  renderStations($('stations').tBodies[0], shown, state.selected, select);
  $('shown-count').textContent = shown.length === state.stations.length ? '' : `${shown.length} of ${state.stations.length} shown`;
}

async function select(id) {
  state.selected = id;
  state.shownReading = undefined;
  await refreshDetail();
  showStations();
}

async function refreshDetail() {
  const s = state.stations.find((x) => x.id === state.selected);
  if (!s) return;
  const key = `${s.id}:${s.lastReadingTime}:${state.detailVariable}`;
  if (key === state.shownReading) return;
  state.shownReading = key;
  await showStation(s, state.detailVariable);
}

/** The box around the stations, for asking which fields the hub analyses there. */
function stationsBox() {
  const located = state.stations.filter((s) => s.location.latitude !== null && s.location.longitude !== null);
  if (located.length === 0) return undefined;
  const lats = located.map((s) => s.location.latitude);
  const lons = located.map((s) => s.location.longitude);
  return [Math.min(...lons) - 0.1, Math.min(...lats) - 0.1, Math.max(...lons) + 0.1, Math.max(...lats) + 0.1].map((v) => v.toFixed(3)).join(',');
}

/** Fills the field selectors once the hub has an analysis (and a forecast) near the stations. */
async function loadFieldChoices(preferred = 'temperature') {
  const bbox = stationsBox();
  if (!bbox) return;
  let analysis;
  try {
    analysis = await getJson(`/api/v1/analysis/latest${query({ bbox })}`);
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) throw err;
    $('field-note').textContent = err instanceof ApiError && err.status === 404 ? 'no analysis yet: fields appear once the hub has made one' : `fields: ${err.message}`;
    return;
  }
  const variables = $('field-variable');
  variables.replaceChildren(...analysis.variables.map((v) => new Option(labelOf(v.name), v.name)));
  if (analysis.variables.some((v) => v.name === preferred)) variables.value = preferred;
  const times = $('field-time');
  const options = [new Option(`analysis ${formatTime(analysis.time)}`, '')];
  const first = state.stations.find((s) => s.location.latitude !== null);
  try {
    const fc = await getJson(`/api/v1/forecast${query({ lat: first.location.latitude, lon: first.location.longitude, quantiles: '0.5' })}`);
    for (const l of fc.leads) options.push(new Option(`forecast +${l.leadHours} h (${formatTime(l.validTime)})`, String(l.leadHours)));
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) throw err;
    // No complete forecast run yet: the analysis alone.
  }
  times.replaceChildren(...options);
  state.fieldsKnown = true;
  state.fieldTime = analysis.time;
  $('field-note').textContent = '';
  await showField();
}

async function showField() {
  const variable = $('field-variable').value;
  const lead = $('field-time').value || undefined;
  const scaleMode = $('field-scale').value;
  if (!variable) return;
  try {
    const scale = await getJson(`/api/v1/tiles/${encodeURIComponent(variable)}/scale${query({ lead, scale: scaleMode })}`);
    drawLegend(scale);
    state.scale = scale;
    map.setField({ variable, lead, scale: scaleMode });
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) throw err;
    map.setField(undefined);
    state.scale = undefined;
    $('legend').hidden = true;
    $('field-note').textContent = `${labelOf(variable)}: ${err.message}`;
  }
}

/** Variables the gateways fuse per cell (the /api/v1/fused enum); the analysis has wind components instead. */
const FUSED = new Set(['temperature', 'pressure', 'dew_point', 'relative_humidity', 'wind_speed', 'precipitation']);

/** The gateways' newest estimate per H3 cell near the stations' newest readings, when asked for. */
async function showCells() {
  const variable = $('field-variable').value || 'temperature';
  $('cells-note').textContent = '';
  if (!$('show-cells').checked) return map.setCells([]);
  const newest = Math.max(...state.stations.map((s) => (s.lastReadingTime ? Date.parse(s.lastReadingTime) : 0)));
  if (!FUSED.has(variable) || !(newest > 0)) {
    map.setCells([]);
    $('cells-note').textContent = `the gateways do not fuse ${labelOf(variable).toLowerCase()}`;
    return;
  }
  try {
    const body = await getJson(`/api/v1/fused${query({ variable, from: new Date(newest - 3 * 3_600_000).toISOString(), boundary: true, limit: 10_000 })}`);
    const byCell = new Map();
    for (const e of body.estimates) if (!byCell.has(e.cell) || byCell.get(e.cell).time < e.time) byCell.set(e.cell, e);
    map.setCells([...byCell.values()], state.scale?.variable === variable ? state.scale : undefined);
    $('cells-note').textContent = byCell.size === 0 ? 'no gateway cells in the last 3 h of readings' : `${byCell.size} gateway cells`;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) throw err;
    map.setCells([]);
    $('cells-note').textContent = `gateway cells: ${err.message}`;
  }
}

async function refresh() {
  clearTimeout(state.timer);
  try {
    const [{ stations }, stats] = await Promise.all([getJson('/api/v1/stations'), getJson('/api/v1/stats')]);
    state.stations = stations;
    $('token-form').hidden = true;
    showError(undefined);
    renderSummary($('summary'), stations, stats);
    showStations();
    renderGateways($('gateways').tBodies[0], stats);
    map.setStations(stations);
    if (!state.fieldsKnown) await loadFieldChoices();
    else await refreshFieldTime();
    await showCells(); // after the field (its colours), and new estimates arrive between analyses
    await refreshDetail();
    $('updated').textContent = `updated ${new Date().toLocaleTimeString()}`;
    document.body.dataset.loaded = 'true';
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      needToken(err);
      return; // until a token is given
    }
    showError(`The hub did not answer: ${err.message}`);
  }
  state.timer = setTimeout(refresh, REFRESH_MS);
}

/** A newer analysis (or forecast run) since the selectors were filled: fill them again. */
async function refreshFieldTime() {
  const bbox = stationsBox();
  if (!bbox) return;
  try {
    const analysis = await getJson(`/api/v1/analysis/latest${query({ bbox })}`);
    if (analysis.time !== state.fieldTime) await loadFieldChoices($('field-variable').value);
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) throw err;
  }
}

$('token-form').addEventListener('submit', (e) => {
  e.preventDefault();
  setReaderToken($('token').value.trim());
  $('token').value = '';
  state.fieldsKnown = false;
  void refresh();
});
// The cells take the field's colours: drawn again after it.
const showFieldAndCells = () => void showField().then(showCells);
$('field-variable').addEventListener('change', showFieldAndCells);
$('field-time').addEventListener('change', showFieldAndCells);
$('field-scale').addEventListener('change', showFieldAndCells);
$('show-cells').addEventListener('change', () => void showCells());
$('station-filter').addEventListener('input', showStations);
$('download-csv').addEventListener('click', () => {
  const s = state.stations.find((x) => x.id === state.selected);
  if (s) downloadCsv(s).catch((err) => showError(`The download failed: ${err.message}`));
});
$('only-problems').addEventListener('change', showStations);
$('detail-variable').addEventListener('change', (e) => {
  state.detailVariable = e.target.value;
  void refreshDetail();
});

void refresh();
