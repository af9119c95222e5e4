/**
 * The hub's web dashboard in a real browser (Debian's Chromium) against a real hub on a loopback
 * port: the stations with their state, values and QC flags in the table and on the map; one station's
 * recent observations and the forecast at its location; the analysis and forecast fields as map tiles
 * with their legend; a hub with readers asking for a token; and text from devices never run as HTML.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { latLngToCell } from 'h3-js';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser.js';
import { HOURS, LEADS, NOWCAST_LEADS_MIN, READER_TOKEN, startDashboardHub, STATIONS, temperatureAt, type DashboardHub } from './hub.js';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function withHub(options: Parameters<typeof startDashboardHub>[0], fn: (hub: DashboardHub) => Promise<void>): Promise<void> {
  const hub = await startDashboardHub(options);
  try {
    await fn(hub);
  } finally {
    await hub.stop();
  }
}

/** A hub and the dashboard open on it; `errors` collects the page's script errors. */
async function withDashboard(options: Parameters<typeof startDashboardHub>[0], fn: (page: Page, errors: string[], hub: DashboardHub) => Promise<void>): Promise<void> {
  await withHub(options, async (hub) => {
    const { page, errors } = await openPage(browser, hub.url);
    try {
      await fn(page, errors, hub);
    } finally {
      await page.close();
    }
  });
}

const loaded = (page: Page) => page.waitForSelector('body[data-loaded=true]', { timeout: 15_000 });
// What the functions run in the page use of it: the tests compile without the DOM's types.
declare const document: {
  querySelector(selector: string): { textContent: string | null; getAttribute(name: string): string | null } | null;
  querySelectorAll(selector: string): Iterable<{ complete: boolean; naturalWidth: number }>;
};
/** Waits for a condition evaluated in the page. */
const until = (page: Page, predicate: () => boolean) => page.waitForFunction(predicate, undefined, { timeout: 15_000 });
const tileShown = () => [...document.querySelectorAll('#map img.leaflet-tile')].some((i) => i.complete && i.naturalWidth === 256);
const rowText = async (page: Page, id: string) => (await page.textContent(`#stations tr[data-station="${id}"]`)) ?? '';

void test('the dashboard lists every station with its state, latest values and QC flags, puts them on the map, and filters the list', async () => {
  await withDashboard({}, async (page, errors) => {
    await loaded(page);
    assert.equal(await page.locator('#stations tbody tr').count(), STATIONS.length);
    const newest = temperatureAt(0, HOURS - 1).toFixed(1);
    assert.match(await rowText(page, 'dongsi'), new RegExp(`Dongsi\\s*online\\s*6\\d s ago\\s*2016-10-01 12:00 UTC\\s*${newest} °C\\s*-3\\.0 °C\\s*1012\\.0 hPa`));
    // Huairou went offline two hours ago: its last status is marked as the silent alert would.
    assert.match(await rowText(page, 'huairou'), /offline\s*2 h ago/);
    assert.equal(await page.locator('#stations tr[data-station="huairou"] td.flag-suspect').textContent(), '2 h ago');
    // Tiantan's newest temperature is flagged suspect: the cell and the QC column say so.
    assert.match(await rowText(page, 'tiantan'), /temperature: suspect/);
    assert.equal(await page.locator('#stations tr[data-station="tiantan"] td.flag-suspect').count(), 2);
    const summary = (await page.textContent('#summary')) ?? '';
    assert.match(summary, /3 stations/);
    assert.match(summary, /2 online/);
    assert.match(summary, /1 offline/);
    assert.match((await page.textContent('#gateways tbody')) ?? '', new RegExp(`gw-a\\s*${STATIONS.length * HOURS}`));
    assert.equal(await page.locator('#map path.leaflet-interactive').count(), STATIONS.length, 'a marker per station');
    assert.equal(await page.locator('#map path[data-station="huairou"]').getAttribute('fill'), '#c0392b', 'an offline station is red');
    // Filtered by text, or to those needing attention (offline or silent: Huairou; a flagged reading: Tiantan).
    await page.fill('#station-filter', 'HUAI');
    await until(page, () => [...document.querySelectorAll('#stations tbody tr')].length === 1);
    assert.match(await rowText(page, 'huairou'), /Huairou/);
    assert.equal(await page.textContent('#shown-count'), '1 of 3 shown');
    await page.fill('#station-filter', '');
    await page.check('#only-problems');
    await until(page, () => [...document.querySelectorAll('#stations tbody tr')].length === 2);
    assert.deepEqual(await page.locator('#stations tbody tr').evaluateAll((rows) => rows.map((r) => (r as unknown as { dataset: { station: string } }).dataset.station)), ['huairou', 'tiantan']);
    assert.equal(await page.locator('#map path.leaflet-interactive').count(), STATIONS.length, 'the map keeps every station');
    assert.deepEqual(errors, []);
  });
});

void test("clicking a station shows its facts, its recent observations with their QC flags (its own and its gateway's) and its nowcast, the hub's forecast at its location, and downloads its readings", async () => {
  await withDashboard({}, async (page, errors) => {
    await loaded(page);
    await page.click('#stations tr[data-station="dongsi"]');
    await page.waitForSelector('#detail-forecast svg polyline');
    assert.equal(await page.textContent('#detail-title'), 'Dongsi');
    assert.match((await page.textContent('#detail-facts')) ?? '', /Location\s*39\.929, 116\.417, 50 m.*source\s*replay-beijing/s);
    await until(page, () => document.querySelector('#detail-facts')?.textContent?.includes('Model update') === true);
    assert.match((await page.textContent('#detail-facts')) ?? '', /Model update\s*station-nowcast@1\.3\.0: failed \(signature does not verify\), 5 min ago; runs 1\.2\.0/);
    // Every reading of the last 72 h: one unbroken line of HOURS points.
    const points = (await page.getAttribute('#detail-observations svg polyline.series', 'points'))!.trim().split(/\s+/);
    assert.equal(points.length, HOURS);
    // The station's own nowcast continues the line: its median dashed, its 10-90 % band shaded.
    const nowcast = (await page.getAttribute('#detail-observations svg polyline.projection', 'points'))!.trim().split(/\s+/);
    assert.equal(nowcast.length, NOWCAST_LEADS_MIN.length);
    assert.ok(Number(nowcast[0]!.split(',')[0]) > Number(points.at(-1)!.split(',')[0]), 'the nowcast lies after the newest reading');
    assert.equal(await page.locator('#detail-observations svg polygon.band').count(), 1);
    assert.equal(await page.textContent('#detail-nowcast'), 'Nowcast from 2016-10-01 12:00 UTC by station-nowcast@1.2.0 on cpu: quantiles 0.1, 0.5, 0.9.');
    const forecast = (await page.getAttribute('#detail-forecast svg polyline', 'points'))!.trim().split(/\s+/);
    assert.equal(forecast.length, LEADS.length, 'a point per lead');
    assert.equal(await page.locator('#detail-forecast svg polygon.band').count(), 1, 'the 10-90 % band of the ensemble');
    // Its readings as a file, with the reader's flags: a header and a row per reading.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    assert.equal(download.suggestedFilename(), 'dongsi-observations.csv');
    const csv = readFileSync((await download.path())!, 'utf8').trimEnd().split('\n');
    assert.match(csv[0]!, /^time,seq,clock_synced,gateway,temperature_c,temperature_flag,temperature_tests,pressure_hpa/);
    assert.equal(csv.length, 1 + HOURS);
    // Tiantan: one reading flagged by its gateway's spatial checks, its newest by its own QC.
    await page.click('#stations tr[data-station="tiantan"]');
    await until(page, () => document.querySelector('#detail-spatial')?.textContent === 'Spatial QC at the gateway: 1 of 2 readings flagged (buddy 1, sct 1); trust 0.75.');
    assert.equal(await page.locator('#detail-observations svg circle.point-flagged').count(), 2);
    // A station without a nowcast says so.
    await page.click('#stations tr[data-station="huairou"]');
    await until(page, () => document.querySelector('#detail-nowcast')?.textContent === 'No nowcast from this station yet.');
    assert.equal(await page.locator('#detail-observations svg polyline.projection').count(), 0);
    await page.click('#stations tr[data-station="dongsi"]');
    await until(page, () => document.querySelector('#detail-title')?.textContent === 'Dongsi');
    // Another variable: pressure, constant at 1012 hPa for Dongsi.
    await page.selectOption('#detail-variable', 'pressure');
    await until(page, () => new Set((document.querySelector('#detail-observations svg polyline.series')?.getAttribute('points') ?? '').trim().split(/\s+/).map((p) => p.split(',')[1])).size === 1);
    assert.deepEqual(errors, []);
  });
});

void test('a slow answer for the station clicked before does not draw over the one clicked after', async () => {
  await withDashboard({}, async (page) => {
    await loaded(page);
    // Dongsi's observations answer 1.5 s late; Huairou's at once.
    await page.route('**/api/v1/observations?station=dongsi*', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.click('#stations tr[data-station="dongsi"]');
    await page.click('#stations tr[data-station="huairou"]');
    await until(page, () => document.querySelector('#detail-nowcast')?.textContent === 'No nowcast from this station yet.');
    await page.waitForTimeout(2500); // Dongsi's answer has come by now
    assert.equal(await page.textContent('#detail-title'), 'Huairou');
    assert.equal(await page.textContent('#detail-nowcast'), 'No nowcast from this station yet.', "not Dongsi's nowcast");
    assert.equal(await page.locator('#detail-observations svg polyline.projection').count(), 0);
  });
});

void test("the map shows the analysis and each forecast lead as the hub's tiles, with a legend of their colours", async () => {
  await withDashboard({}, async (page, errors) => {
    await loaded(page);
    await page.waitForSelector('#legend:not([hidden])');
    assert.match((await page.textContent('#legend-title')) ?? '', /Temperature, analysis, valid 2016-10-01 12:00 UTC/);
    // The dashboard colours by the field's own range: the synthetic field spans about 0-12 °C.
    const min = parseFloat((await page.textContent('#legend-min')) ?? '');
    const max = parseFloat((await page.textContent('#legend-max')) ?? '');
    assert.ok(min > -1 && min < 2 && max > 10 && max < 13, `legend ${min}..${max}`);
    await until(page, tileShown);
    const options = await page.locator('#field-time option').allTextContents();
    assert.equal(options.length, 1 + LEADS.length, `analysis and ${LEADS.length} leads: ${options.join(' | ')}`);
    await page.selectOption('#field-time', '2');
    await until(page, () => document.querySelector('#legend-title')?.textContent?.includes('forecast +2 h') === true);
    assert.match((await page.textContent('#legend-title')) ?? '', /valid 2016-10-01 14:00 UTC/);
    // The gateways' cells on the same colours: the newest estimate of each, with its uncertainty.
    await page.selectOption('#field-time', '');
    await until(page, () => document.querySelector('#legend-title')?.textContent?.includes('analysis') === true);
    await page.check('#show-cells');
    await until(page, () => document.querySelector('#cells-note')?.textContent === '3 gateway cells');
    const fills = await page.locator('#map path[data-cell]').evaluateAll((ps) => ps.map((p) => (p as unknown as { getAttribute(n: string): string }).getAttribute('fill')));
    assert.equal(new Set(fills).size, STATIONS.length, `a colour per value: ${fills.join(' ')}`);
    await page.hover(`#map path[data-cell="${latLngToCell(STATIONS[2]!.lat, STATIONS[2]!.lon, 7)}"]`);
    await until(page, () => document.querySelector('.leaflet-tooltip')?.textContent?.startsWith('11.0 °C ± 0.4 from 2 stations (gw-a)') === true);
    await page.uncheck('#show-cells');
    await until(page, () => [...document.querySelectorAll('#map path[data-cell]')].length === 0);
    await page.selectOption('#field-scale', 'fixed');
    await until(page, () => document.querySelector('#legend-min')?.textContent === '-25.0 °C');
    assert.deepEqual(errors, []);
  });
});

void test('a hub without fields yet says so on the map, and the rest of the page works', async () => {
  await withDashboard({ fields: false }, async (page) => {
    await loaded(page);
    assert.match((await page.textContent('#field-note')) ?? '', /no analysis yet/);
    assert.equal(await page.locator('#stations tbody tr').count(), STATIONS.length);
  });
});

void test('with reader tokens the page asks for one, refuses a wrong one, and keeps a right one for the tab only', async () => {
  await withDashboard({ readers: true }, async (page, _errors, hub) => {
    // The page itself is open; the data is not.
    const res = await fetch(hub.url);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.equal((await fetch(`${hub.url}/api/v1/stations`)).status, 401);

    await page.waitForSelector('#token-form:not([hidden])');
    assert.equal(await page.locator('#stations tbody tr').count(), 0);
    await page.fill('#token', 'not-the-token');
    await page.click('#token-form button');
    await until(page, () => document.querySelector('#token-error')?.textContent === 'that token was refused');
    await page.fill('#token', READER_TOKEN);
    await page.click('#token-form button');
    await loaded(page);
    assert.equal(await page.locator('#stations tbody tr').count(), STATIONS.length);
    assert.equal(await page.isHidden('#token-form'), true);
    // Tiles need the token too: fetched with it, shown as blob: images.
    await until(page, tileShown);
    const storage = await page.evaluate(`({ session: sessionStorage.getItem('wx-reader-token'), local: localStorage.length })`);
    assert.deepEqual(storage, { session: READER_TOKEN, local: 0 });
  });
});

void test('station names and details from devices are shown as text, never run as HTML', async () => {
  const evil = '<img src=x onerror="window.__wxInjected=1">';
  await withDashboard({ stations: [{ id: 'st-evil', name: evil, lat: 39.9, lon: 116.4, state: 'online' }], fields: false }, async (page) => {
    await loaded(page);
    await page.click('#stations tr[data-station="st-evil"]');
    await page.waitForSelector('#station-detail:not([hidden])');
    assert.equal(await page.textContent('#detail-title'), evil);
    assert.equal(await page.locator('#stations img, #station-detail img').count(), 0);
    assert.equal(await page.evaluate('window.__wxInjected'), undefined);
  });
});

void test('a hub configured without the dashboard (api.dashboard: false) serves the API only', async () => {
  await withHub({ dashboard: false, fields: false }, async (hub) => {
    assert.equal((await fetch(hub.url)).status, 404);
    assert.equal((await fetch(`${hub.url}/js/main.js`)).status, 404);
    assert.equal((await fetch(`${hub.url}/api/v1/stations`)).status, 200);
  });
});
