// One station in detail: its facts, its recent observations of a variable (flagged points marked)
// with its own nowcast, the hub's forecast at its location (ensemble mean with the 10-90 % band),
// and its readings as a CSV file.
import { getBlob, getJson, query } from './api.js';
import { drawChart } from './chart.js';
import { el, formatAge, formatTime, labelOf, stateWords, VARIABLES } from './format.js';

const HOURS_SHOWN = 72;

/** The station's newest model update report (GET /api/v1/devices/models), as a line; none: undefined. */
async function modelUpdate(stationId) {
  try {
    const body = await getJson('/api/v1/devices/models');
    const r = body.devices.find((d) => d.device === stationId);
    if (!r) return undefined;
    return `${r.modelId}@${r.version}: ${stateWords(r.state)}${r.reason ? ` (${r.reason})` : ''}, ${formatAge(r.time)}; runs ${r.activeVersion || 'no model'}`;
  } catch {
    return undefined; // a hub without nowcasts: no line
  }
}

function facts(station, update) {
  const rows = [
    ['Id', station.id],
    ['Site', station.site],
    ['Location', station.location.latitude === null ? '–' : `${station.location.latitude.toFixed(3)}, ${station.location.longitude.toFixed(3)}${station.location.elevationM === null ? '' : `, ${station.location.elevationM} m`}`],
    ['Hardware', station.hardware],
    ['Gateway', station.gatewayId],
    ['Agent version', station.agentVersion],
    ['State', `${station.state ?? 'no status'}${station.statusTime ? `, ${formatAge(station.statusTime)}` : ''}`],
    ['Last reading', formatTime(station.lastReadingTime)],
    ...(update ? [['Model update', update]] : []),
    ...Object.entries(station.details ?? {}),
  ];
  const dl = document.getElementById('detail-facts');
  dl.replaceChildren(...rows.flatMap(([k, v]) => [el('dt', k), el('dd', v ?? '–')]));
}

/**
 * The station's newest nowcast of a variable (its on-device model): the median as a projection from
 * the base time, the band between its outer quantiles, and a line saying what it is or why none.
 */
async function latestNowcast(stationId, variable) {
  const none = (note) => ({ median: [], band: [], note });
  let body;
  try {
    body = await getJson(`/api/v1/nowcasts${query({ station: stationId, limit: 1 })}`);
  } catch (err) {
    return none(err.status === 404 ? 'This hub does not keep nowcasts.' : `nowcasts: ${err.message}`);
  }
  const n = body.nowcasts[0];
  if (!n) return none('No nowcast from this station yet.');
  if (n.state !== 'OK') return none(`Nowcast of ${formatTime(n.issued)}: ${stateWords(n.state)}${n.reason ? ` (${n.reason})` : ''}.`);
  const base = Date.parse(n.baseTime);
  const values = n.values.filter((v) => v.variable === variable).sort((a, b) => a.leadMinutes - b.leadMinutes);
  const model = `${n.modelId}@${n.modelVersion} on ${n.executionProvider}`;
  if (values.length === 0) return none(`The nowcast (${model}) does not cover ${labelOf(variable).toLowerCase()}.`);
  const levels = n.quantileLevels;
  const mid = levels.reduce((best, q, i) => (Math.abs(q - 0.5) < Math.abs(levels[best] - 0.5) ? i : best), 0);
  const at = (v) => base + v.leadMinutes * 60_000;
  return {
    median: values.map((v) => ({ t: at(v), v: v.quantiles[mid] })),
    band: levels.length > 1 ? values.map((v) => ({ t: at(v), lo: Math.min(...v.quantiles), hi: Math.max(...v.quantiles) })) : [],
    note: `Nowcast from ${formatTime(n.baseTime)} by ${model}: quantiles ${levels.join(', ')}.`,
  };
}

/** Saves the station's readings of the last HOURS_SHOWN hours (every variable, flags and tests) as a CSV file. */
export async function downloadCsv(station) {
  const last = station.lastReadingTime ? Date.parse(station.lastReadingTime) : Date.now();
  const blob = await getBlob(`/api/v1/observations${query({ station: station.id, from: new Date(last - HOURS_SHOWN * 3_600_000).toISOString(), format: 'csv', limit: 10_000 })}`);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${station.id}-observations.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/**
 * The gateway's spatial QC of the station's readings of a variable since `from`: the seqs its
 * neighbours' checks flagged, and a line with the count by test and the station's latest trust.
 */
async function spatialVerdicts(stationId, variable, from) {
  let body;
  try {
    body = await getJson(`/api/v1/spatial-qc${query({ station: stationId, from, limit: 10_000 })}`);
  } catch (err) {
    return { flaggedSeqs: new Set(), note: err.status === 404 ? '' : `spatial QC: ${err.message}` };
  }
  const mine = body.verdicts.filter((v) => v.variable === variable);
  if (mine.length === 0) return { flaggedSeqs: new Set(), note: '' };
  const flagged = mine.filter((v) => v.flag !== 'good');
  const byTest = new Map();
  for (const v of flagged) for (const t of v.tests) byTest.set(t, (byTest.get(t) ?? 0) + 1);
  const tests = [...byTest].map(([t, n]) => `${t} ${n}`).join(', ');
  const trust = mine.at(-1).trust;
  return {
    flaggedSeqs: new Set(flagged.map((v) => v.seq)),
    note: `Spatial QC at the gateway: ${flagged.length} of ${mine.length} readings flagged${tests ? ` (${tests})` : ''}${trust === null ? '' : `; trust ${trust.toFixed(2)}`}.`,
  };
}

// Each showStation call draws only while it is the newest: a slow answer for the station clicked
// before must not draw over the one clicked after.
let newestCall = 0;

export async function showStation(station, variable) {
  const call = ++newestCall;
  const stale = () => call !== newestCall;
  document.getElementById('station-detail').hidden = false;
  document.getElementById('detail-title').textContent = `${station.name ?? station.id}`;
  document.getElementById('detail-title').dataset.station = station.id;
  facts(station, undefined);
  void modelUpdate(station.id).then((update) => {
    if (update && document.getElementById('detail-title').dataset.station === station.id) facts(station, update);
  });
  const select = document.getElementById('detail-variable');
  if (select.options.length === 0) {
    for (const name of Object.keys(VARIABLES).filter((v) => !v.startsWith('wind_u') && !v.startsWith('wind_v'))) select.append(new Option(labelOf(name), name));
  }
  select.value = variable;
  const unit = VARIABLES[variable]?.unit ?? '';

  const obsBox = document.getElementById('detail-observations');
  const fcBox = document.getElementById('detail-forecast');
  document.getElementById('detail-nowcast').textContent = '';
  document.getElementById('detail-spatial').textContent = '';
  const last = station.lastReadingTime ? Date.parse(station.lastReadingTime) : undefined;
  if (last === undefined) {
    drawChart(obsBox, { points: [], emptyText: 'no readings yet' });
  } else {
    try {
      const from = new Date(last - HOURS_SHOWN * 3_600_000).toISOString();
      const [body, nowcast, spatial] = await Promise.all([
        getJson(`/api/v1/observations${query({ station: station.id, from, variable, limit: 1000 })}`),
        latestNowcast(station.id, variable),
        spatialVerdicts(station.id, variable, from),
      ]);
      if (stale()) return;
      // Flagged by the station's own QC, or by its gateway's spatial checks against its neighbours.
      const ownFlag = (o) => (o.values[variable]?.flag ?? 'good') !== 'good' && o.values[variable]?.flag !== 'missing';
      const points = body.observations.map((o) => ({ t: o.timeMs, v: o.values[variable]?.value ?? null, flagged: ownFlag(o) || spatial.flaggedSeqs.has(o.seq) }));
      document.getElementById('detail-spatial').textContent = spatial.note;
      drawChart(obsBox, { points, band: nowcast.band, projection: nowcast.median, unit, emptyText: `no ${labelOf(variable).toLowerCase()} in the last ${HOURS_SHOWN} h of readings` });
      document.getElementById('detail-nowcast').textContent = nowcast.note;
    } catch (err) {
      if (stale()) return;
      drawChart(obsBox, { points: [], emptyText: `observations: ${err.message}` });
    }
  }

  if (stale()) return;
  if (station.location.latitude === null) {
    drawChart(fcBox, { points: [], emptyText: 'the station has no location' });
    return;
  }
  try {
    const fc = await getJson(`/api/v1/forecast${query({ lat: station.location.latitude, lon: station.location.longitude, quantiles: '0.1,0.9' })}`);
    if (stale()) return;
    const leads = fc.leads.filter((l) => l.values[variable]);
    const points = leads.map((l) => ({ t: Date.parse(l.validTime), v: l.values[variable].mean, flagged: false }));
    const band = leads.map((l) => ({ t: Date.parse(l.validTime), lo: l.values[variable].quantiles['0.1'], hi: l.values[variable].quantiles['0.9'] }));
    drawChart(fcBox, { points, band, unit, emptyText: `${labelOf(variable)} is not forecast (run of ${formatTime(fc.runTime)})` });
    fcBox.dataset.runTime = fc.runTime;
  } catch (err) {
    if (stale()) return;
    drawChart(fcBox, { points: [], emptyText: `forecast: ${err.message}` });
  }
}
