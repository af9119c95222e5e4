/**
 * QC against the real defects and the real extremes listed in ../shared/data/README.md.
 * Dates are the files' local times.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { beijingSplit, readBeijingCsv, readBeijingStations, readJenaCsv, sharedDataDir, type StationRecord } from '../../common/datasets/index.js';
import { QC_FLAGS, QC_TESTS, qcTestsFromMask, type VariableName } from '../../common/variables.js';
import { createQcEngine, defaultQcConfig, type QcOutcome } from '../../device-agent/qc/index.js';

const dir = sharedDataDir();
const HOUR = 3_600_000;
const stations = readBeijingStations(join(dir, 'beijing_prsa'));
const jenaPath = join(dir, 'jena_mpi_roof', 'mpi_roof_20240609-20241020.csv');

function qc(rows: StationRecord[], intervalMs: number): Map<string, QcOutcome> {
  const engine = createQcEngine(defaultQcConfig(), intervalMs);
  const out: QcOutcome[] = [];
  rows.forEach((r, seq) => out.push(...engine.push({ seq, timeMs: r.timeMs, clockSynced: true, values: r.values }, r.timeMs)));
  out.push(...engine.flush(Date.now()));
  return new Map(out.map((o) => [rows[o.seq]!.localTime, o]));
}

const beijing = new Map<string, { rows: StationRecord[]; qc: Map<string, QcOutcome> }>();
function station(name: string) {
  let s = beijing.get(name);
  if (!s) {
    const rows = readBeijingCsv(stations.find((x) => x.name === name)!.file);
    s = { rows, qc: qc(rows, HOUR) };
    beijing.set(name, s);
  }
  return s;
}

const describe = (o: QcOutcome | undefined, v: VariableName) => `${o?.variables[v]?.value} flag ${o?.variables[v]?.flag} ${qcTestsFromMask(o?.variables[v]?.tests ?? 0).join('+')}`;

void test('Beijing flat lines: Dongsi, Nongzhanguan and Tiantan TEMP stuck from 2014-11-29 11:00, 2014-12-15 21:00, 2015-02-20 23:00 are caught', () => {
  for (const name of ['Dongsi', 'Nongzhanguan', 'Tiantan']) {
    const { rows, qc: res } = station(name);
    for (const start of ['2014-11-29 11:00', '2014-12-15 21:00', '2015-02-20 23:00']) {
      const i = rows.findIndex((r) => r.localTime === start);
      let end = i;
      while (rows[end + 1]!.values.temperature === rows[i]!.values.temperature) end++;
      assert.ok(end - i >= 11, `${name} ${start}: a run of ${end - i + 1} h`);
      const last = res.get(rows[end]!.localTime);
      assert.ok(last!.variables.temperature!.tests & QC_TESTS.persistence, `${name} ${start}: end of run ${describe(last, 'temperature')}`);
      assert.ok(last!.variables.temperature!.flag >= QC_FLAGS.suspect);
    }
  }
});

void test('Beijing whole-number pressure: Dongsi 2014-12-23 1013 -> 1018 -> 1013 -> 1020 is caught (spike/step)', () => {
  const { qc: res } = station('Dongsi');
  for (const t of ['2014-12-23 18:00', '2014-12-23 19:00']) {
    const o = res.get(t);
    assert.ok(o!.variables.pressure!.flag >= QC_FLAGS.suspect, `${t}: ${describe(o, 'pressure')}`);
    assert.ok(o!.variables.pressure!.tests & (QC_TESTS.spike | QC_TESTS.step), `${t}: ${describe(o, 'pressure')}`);
  }
});

void test('Beijing gust front Dongsi 2014-05-31 21:00 (T -9.9 °C, p +5.5 hPa, wind 6.3 m/s) is not flagged', () => {
  const { qc: res } = station('Dongsi');
  for (const t of ['2014-05-31 20:00', '2014-05-31 21:00', '2014-05-31 22:00']) {
    const o = res.get(t)!;
    for (const v of ['temperature', 'pressure', 'dew_point', 'wind_speed', 'precipitation'] as const) {
      assert.equal(o.variables[v]!.flag, QC_FLAGS.good, `${t} ${v}: ${describe(o, v)}`);
    }
  }
});

void test('Jena storm of 2024-10-10 (pressure 959 hPa, wind 10-11 m/s) is not flagged bad, and its pressure and wind not at all', () => {
  const rows = readJenaCsv(jenaPath);
  const res = qc(rows, 10 * 60_000);
  for (const r of rows.filter((x) => x.localTime >= '2024-10-09 18:00' && x.localTime <= '2024-10-10 18:00')) {
    const o = res.get(r.localTime)!;
    for (const [v, x] of Object.entries(o.variables)) assert.notEqual(x.flag, QC_FLAGS.bad, `${r.localTime} ${v}: ${describe(o, v as VariableName)}`);
    for (const v of ['pressure', 'wind_speed', 'temperature'] as const) assert.equal(o.variables[v]!.flag, QC_FLAGS.good, `${r.localTime} ${v}: ${describe(o, v)}`);
  }
});

void test('Jena -9999: the file holds them in max. PAR (not a platform variable); at those 18 rows a -9999 in any variable is bad and leaves its neighbours alone', () => {
  const raw = readFileSync(jenaPath).toString('latin1').split('\n');
  const times = new Set(raw.filter((l) => l.includes(',-9999')).map((l) => l.slice(0, 16)));
  assert.equal(times.size, 18);
  const rows = readJenaCsv(jenaPath);
  const clean = qc(rows, 10 * 60_000);
  const hit = rows.map((r, i) => [r, i] as const).filter(([r]) => {
    const [d, m, y] = r.localTime.slice(0, 10).split('-').reverse();
    return times.has(`${d}.${m}.${y} ${r.localTime.slice(11)}`);
  });
  assert.equal(hit.length, 18);
  for (const [r] of hit) {
    for (const [v, x] of Object.entries(clean.get(r.localTime)!.variables)) assert.equal(x.tests & QC_TESTS.sensor_range, 0, `${r.localTime} ${v}`);
  }
  for (const variable of ['temperature', 'pressure', 'dew_point', 'relative_humidity', 'wind_speed', 'wind_direction', 'precipitation'] as const) {
    const faulty = rows.map((r) => ({ ...r, values: { ...r.values } }));
    for (const [, i] of hit) faulty[i]!.values[variable] = -9999;
    const res = qc(faulty, 10 * 60_000);
    for (const [r, i] of hit) {
      const o = res.get(r.localTime)!;
      assert.equal(o.variables[variable]!.flag, QC_FLAGS.bad, `${r.localTime} ${variable}`);
      assert.ok(o.variables[variable]!.tests & QC_TESTS.sensor_range);
      for (const j of [i - 1, i + 1]) {
        if (hit.some(([, k]) => k === j)) continue;
        const n = res.get(rows[j]!.localTime)!.variables[variable]!;
        assert.equal(n.flag, clean.get(rows[j]!.localTime)!.variables[variable]!.flag, `neighbour ${rows[j]!.localTime} ${variable}`);
      }
    }
  }
});

void test('false alarms on the Beijing train split: bad under 0.05 % of values for every variable at every station', () => {
  const report: string[] = [];
  for (const s of stations) {
    const { rows, qc: res } = station(s.name);
    const n: Record<string, [number, number]> = {};
    for (const r of rows) {
      if (beijingSplit(r.localTime) !== 'train') continue;
      for (const [v, x] of Object.entries(res.get(r.localTime)!.variables)) {
        if (x.flag === QC_FLAGS.missing) continue;
        const c = (n[v] ??= [0, 0]);
        c[0]++;
        if (x.flag === QC_FLAGS.bad) c[1]++;
      }
    }
    for (const [v, [total, badCount]] of Object.entries(n)) {
      report.push(`${s.name} ${v} ${badCount}/${total}`);
      assert.ok(badCount / total < 0.0005, `${s.name} ${v}: ${badCount} of ${total} bad`);
    }
  }
});

void test('Jena wind speed stuck at 4.12-4.13 m/s for up to 22 h (2024-06-30 to 2024-07-09, not in the README) is caught', () => {
  const rows = readJenaCsv(jenaPath);
  const res = qc(rows, 10 * 60_000);
  const stuck = rows.filter((r) => r.localTime >= '2024-07-09 06:10' && r.localTime < '2024-07-09 06:10'.replace('06:10', '23:59') && r.values.wind_speed! >= 4.12 && r.values.wind_speed! <= 4.13);
  assert.ok(stuck.length > 100);
  const flagged = stuck.filter((r) => res.get(r.localTime)!.variables.wind_speed!.tests & QC_TESTS.persistence);
  assert.ok(flagged.length / stuck.length > 0.6, `${flagged.length} of ${stuck.length}`);
});
