import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { beijingSplit, parseBeijingCsv, parseJenaCsv, readBeijingStations, sharedDataDir } from '../../common/datasets/index.js';

test('Beijing rows convert local UTC+8 time, compass points and NA', () => {
  const csv = [
    '"No","year","month","day","hour","PM2.5","PM10","SO2","NO2","CO","O3","TEMP","PRES","DEWP","RAIN","wd","WSPM","station"',
    '1,2013,3,1,0,9,9,3,17,300,89,-0.5,1024.5,-21.4,0,"NNW",5.7,"Dongsi"',
    '2,2013,3,1,1,4,4,3,16,300,88,NA,1025.1,-22.1,0,NA,3.9,"Dongsi"',
  ].join('\r\n');
  const rows = parseBeijingCsv(csv);
  assert.equal(rows.length, 2);
  assert.equal(new Date(rows[0]!.timeMs).toISOString(), '2013-02-28T16:00:00.000Z');
  assert.equal(rows[0]!.values.wind_direction, 337.5);
  assert.ok(Number.isNaN(rows[1]!.values.temperature));
  assert.ok(Number.isNaN(rows[1]!.values.wind_direction));
  assert.equal(rows[1]!.values.pressure, 1025.1);
});

test('Beijing splits follow the data README boundaries', () => {
  assert.equal(beijingSplit('2015-10-31 23:00'), 'train');
  assert.equal(beijingSplit('2015-11-01 00:00'), 'validation');
  assert.equal(beijingSplit('2016-08-31 23:00'), 'validation');
  assert.equal(beijingSplit('2016-09-01 00:00'), 'test');
});

test('Jena rows parse the Latin-1 header and dotted dates; -9999 stays raw', () => {
  const header = 'Date Time,p (mbar),T (degC),Tpot (K),Tdew (degC),rh (%),VPmax (mbar),VPact (mbar),VPdef (mbar),sh (g/kg),H2OC (mmol/mol),rho (g/m**3),wv (m/s),max. wv (m/s),wd (deg),rain (mm),raining (s),SWDR (W/m\u00b2)';
  const row = '10.10.2024 07:00:00,959.1,12.0,0,9.0,80,0,0,0,0,0,0,-9999,11,250,0.2,0,0';
  const text = Buffer.from(`${header}\r\n${row}\r\n`, 'latin1').toString('latin1');
  const [r] = parseJenaCsv(text);
  assert.ok(r);
  assert.equal(r.localTime, '2024-10-10 07:00');
  assert.equal(r.values.pressure, 959.1);
  assert.equal(r.values.wind_speed, -9999);
});

test('the shared station table lists the twelve Beijing sites with coordinates', () => {
  const stations = readBeijingStations(join(sharedDataDir(), 'beijing_prsa'));
  assert.equal(stations.length, 12);
  const dongsi = stations.find((s) => s.id === 'dongsi');
  assert.ok(dongsi);
  assert.equal(dongsi.latitude, 39.929);
  assert.equal(dongsi.longitude, 116.417);
});
