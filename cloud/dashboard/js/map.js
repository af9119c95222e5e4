// The map: the analysis or a forecast lead as the hub's own PNG tiles, with its legend, and the
// stations as markers coloured by state. No basemap: the hub serves the dashboard on networks
// without the internet, and an outside tile server would be one more thing to fail.
import * as L from '/vendor/leaflet/leaflet-src.esm.js';
import { getBlob, query } from './api.js';
import { el, formatTime, formatValue, labelOf } from './format.js';

const STATE_COLOURS = { online: '#2a9d5b', offline: '#c0392b' };

/** A grid layer whose tiles are fetched with the reader token (an <img> could not send it). */
const FieldLayer = L.GridLayer.extend({
  createTile(coords, done) {
    const img = document.createElement('img');
    img.alt = '';
    const path = `/api/v1/tiles/${encodeURIComponent(this.options.variable)}/${coords.z}/${coords.x}/${coords.y}.png${query({ lead: this.options.lead, scale: this.options.scale })}`;
    getBlob(path)
      .then((blob) => {
        img.onload = () => {
          URL.revokeObjectURL(img.src);
          done(null, img);
        };
        img.src = URL.createObjectURL(blob);
      })
      .catch((err) => done(err, img));
    return img;
  },
});

export function createMap(container, { onStationClick }) {
  const map = L.map(container, { zoomControl: true, attributionControl: false, minZoom: 3, maxZoom: 14 });
  map.setView([39.93, 116.4], 9);
  const markers = new Map();
  let fitted = false;
  let field;
  const cells = L.layerGroup().addTo(map);

  return {
    leaflet: map,
    /** Markers for stations with a location: added, moved and restyled in place. */
    setStations(stations) {
      const seen = new Set();
      const located = stations.filter((s) => s.location.latitude !== null && s.location.longitude !== null);
      for (const s of located) {
        seen.add(s.id);
        const colour = STATE_COLOURS[s.state] ?? '#8a94a0';
        const temperature = s.latest?.values?.temperature?.value;
        const tip = `${s.name ?? s.id}: ${formatValue('temperature', temperature)} (${s.state ?? 'no status'})`;
        let m = markers.get(s.id);
        if (!m) {
          m = L.circleMarker([s.location.latitude, s.location.longitude], { radius: 7, weight: 2, color: '#fff', fillOpacity: 0.95 });
          m.on('click', () => onStationClick(s.id));
          m.addTo(map);
          markers.set(s.id, m);
        }
        m.setLatLng([s.location.latitude, s.location.longitude]);
        m.setStyle({ fillColor: colour });
        m.unbindTooltip().bindTooltip(tip);
        m.getElement()?.setAttribute('data-station', s.id);
      }
      for (const [id, m] of markers) {
        if (!seen.has(id)) {
          m.remove();
          markers.delete(id);
        }
      }
      if (!fitted && located.length > 0) {
        fitted = true;
        map.fitBounds(L.latLngBounds(located.map((s) => [s.location.latitude, s.location.longitude])).pad(0.3));
      }
    },
    /** Shows a field (variable, lead hours or undefined for the analysis); undefined removes it. */
    setField(next) {
      if (field) field.remove();
      field = next ? new FieldLayer({ variable: next.variable, lead: next.lead, scale: next.scale, opacity: 0.75, tileSize: 256 }) : undefined;
      field?.addTo(map);
    },
    /**
     * The gateways' fused cells (GET /api/v1/fused?boundary=true, newest per cell), coloured on
     * `scale` (the field's legend) so they compare with the tiles beneath; none: cleared.
     */
    setCells(estimates, scale) {
      cells.clearLayers();
      for (const e of estimates ?? []) {
        const polygon = L.polygon(e.boundary, { weight: 1, color: '#1d2733', fillColor: colourOn(scale, e.value), fillOpacity: 0.85 });
        polygon.bindTooltip(`${formatValue(e.variable, e.value)} ± ${formatValue(e.variable, e.sd, false)} from ${e.stations} station${e.stations === 1 ? '' : 's'} (${e.gateway}), ${formatTime(e.time)}`);
        polygon.addTo(cells);
        polygon.getElement()?.setAttribute('data-cell', e.cell);
      }
    },
    markerCount: () => markers.size,
  };
}

/** The colour of a value on a legend's scale (its RGB stops evenly spaced from min to max). */
function colourOn(scale, value) {
  if (!scale) return '#8a94a0';
  const t = Math.min(Math.max((value - scale.min) / (scale.max - scale.min), 0), 1) * (scale.colours.length - 1);
  const i = Math.min(Math.floor(t), scale.colours.length - 2);
  const [a, b] = [scale.colours[i], scale.colours[i + 1]];
  const mix = (k) => Math.round(a[k] + (t - i) * (b[k] - a[k]));
  return `rgb(${mix(0)}, ${mix(1)}, ${mix(2)})`;
}

/** Draws the legend of a field's colour scale (GET /api/v1/tiles/:variable/scale). */
export function drawLegend(scale) {
  const bar = document.getElementById('legend-bar');
  const stops = scale.colours.map((c, i) => `rgb(${c.join(',')}) ${Math.round((100 * i) / (scale.colours.length - 1))}%`);
  bar.style.background = `linear-gradient(to right, ${stops.join(', ')})`;
  document.getElementById('legend-min').textContent = `${formatValue(scale.variable, scale.min, false)} ${scale.units}`;
  document.getElementById('legend-max').textContent = `${formatValue(scale.variable, scale.max, false)} ${scale.units}`;
  const title = document.getElementById('legend-title');
  title.replaceChildren(el('span', `${labelOf(scale.variable)}, ${scale.leadHours ? `forecast +${scale.leadHours} h` : 'analysis'}, valid ${formatTime(scale.validTime)}`));
  document.getElementById('legend').hidden = false;
}
