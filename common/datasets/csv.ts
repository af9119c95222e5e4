/**
 * A minimal CSV line splitter for the station files: comma separated, optional double quotes, no
 * embedded commas or newlines inside quotes in these files. Written here rather than pulling a CSV
 * library because the files are simple and the replay reads them on a Pi line by line.
 */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  for (const raw of line.replace(/\r$/, '').split(',')) {
    out.push(raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw);
  }
  return out;
}

/** Parses a number; NA, empty and non-numeric text become NaN (missing). */
export function parseNumber(text: string | undefined): number {
  if (text === undefined) return NaN;
  const t = text.trim();
  if (t === '' || t === 'NA' || t === 'NaN') return NaN;
  const n = Number(t);
  return Number.isFinite(n) ? n : NaN;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
