// Header cells as the user sees them, and the rows around a header that are not labels (blank, column numbers, data).

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

/** The text a header cell shows: strings trimmed with line breaks and runs of spaces collapsed; numbers, booleans and dates as text. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') {
    const s = v.trim();
    // Headers often wrap ("Realisasi\nKeuangan"): collapse only when needed, most cells have single spaces.
    return /\s\s|[\t\n\r\u00a0]/.test(s) ? s.replace(/\s+/g, ' ') : s;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'bigint') return String(v);
  // Local calendar parts: Apps Script hands dates as midnight in the spreadsheet's zone.
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : `${pad2(v.getDate())}/${pad2(v.getMonth() + 1)}/${v.getFullYear()}`;
  return '';
}

/** A row with no visible text (also a missing row of a ragged grid). */
export function isBlankRow(row: readonly unknown[] | undefined): boolean {
  if (!row) return true;
  for (let i = 0; i < row.length; i++) if (cellText(row[i]) !== '') return false;
  return true;
}

/** "1", "(1)", " 12 " -> the integer; anything else -> -1. */
function smallInt(v: unknown): number {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 && v <= 500 ? v : -1;
  if (typeof v !== 'string') return -1;
  const m = /^\(?\s*(\d{1,3})\s*\)?$/.exec(v.trim());
  return m ? Number(m[1]) : -1;
}

/**
 * The row of column numbers Indonesian government tables put under the header ("1 | 2 | 3", "(1) | (2)", "(6)=(4)-(5)"):
 * at least `minCells` cells, small integers strictly increasing from left to right, the rest formulas of numbers.
 */
export function isNumberRow(row: readonly unknown[] | undefined, minCells = 2): boolean {
  if (!row) return false;
  let ints = 0;
  let other = 0;
  let last = -1;
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    const s = cellText(v);
    if (s === '') continue;
    const n = smallInt(v);
    if (n >= 0) {
      if (n <= last) return false;
      last = n;
      ints++;
    } else if (typeof v === 'string' && s.length <= 24 && /^[\d()=+\-x×*/:\s]+$/i.test(s) && /\d/.test(s)) other++;
    else return false;
  }
  return ints >= 2 && ints >= other && ints + other >= minCells;
}

/** A row that holds values rather than labels: dates, amounts, 16-digit ids, program codes. Decides ties between header spans. */
export function looksLikeData(row: readonly unknown[] | undefined): boolean {
  if (!row) return false;
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (v instanceof Date) return true;
    if (typeof v === 'number') {
      if (!Number.isInteger(v) || v < 0 || (v > 100 && (v < 1900 || v > 2100))) return true;
    } else if (typeof v === 'string' && /\d{5}|^\s*\d+(\.\d+)+\s*$/.test(v)) return true;
  }
  return false;
}
