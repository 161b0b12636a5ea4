// Cell addresses in the findings sheet: A1 validation, the address inside a HYPERLINK formula, and "Sheet!C7" places.
import { columnLetter } from '../core/text/a1';

export interface A1Range {
  row: number;
  column: number;
  numRows: number;
  /** 0 for whole rows ("7:7"): as many as the sheet has. */
  numColumns: number;
  /** Upper case, without "$": "B7", "B7:C9", or "7:7" for a whole row (a finding about a row). */
  a1: string;
}

/** Sheets' limits: 18,278 columns (ZZZ) and 10 million cells, so no row beyond 10,000,000. */
const MAX_COLUMN = 18278;
const MAX_ROW = 10000000;

function corner(s: string): { row: number; column: number } | null {
  let i = 0;
  if (s.charCodeAt(i) === 36) i++; // $
  let column = 0;
  const start = i;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
  }
  if (i === start || i - start > 3) return null;
  if (s.charCodeAt(i) === 36) i++;
  const digits = s.slice(i);
  if (!/^[1-9][0-9]{0,7}$/.test(digits)) return null;
  const row = Number(digits);
  return row <= MAX_ROW && column <= MAX_COLUMN ? { row, column } : null;
}

const letters = (column: number): string => columnLetter(column - 1);

const ROWS = /^\$?([1-9][0-9]{0,7}):\$?([1-9][0-9]{0,7})$/;

/** "B7", "$b$7", "B7:C9" as a rectangle, "7:7" as whole rows; null for anything else (whole columns, names, sheet-qualified text). */
export function parseA1(text: unknown): A1Range | null {
  if (typeof text !== 'string') return null;
  const s = text.trim();
  if (s === '' || s.length > 30) return null;
  const rows = ROWS.exec(s);
  if (rows) {
    const [r1, r2] = [Number(rows[1]), Number(rows[2])];
    if (r1 > MAX_ROW || r2 > MAX_ROW) return null;
    const row = Math.min(r1, r2);
    const last = Math.max(r1, r2);
    return { row, column: 1, numRows: last - row + 1, numColumns: 0, a1: `${row}:${last}` };
  }
  const parts = s.split(':');
  if (parts.length > 2) return null;
  const a = corner(parts[0]);
  const b = parts.length === 2 ? corner(parts[1]) : a;
  if (!a || !b) return null;
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  const numRows = Math.abs(a.row - b.row) + 1;
  const numColumns = Math.abs(a.column - b.column) + 1;
  const first = letters(column) + row;
  const a1 = numRows === 1 && numColumns === 1 ? first : `${first}:${letters(column + numColumns - 1)}${row + numRows - 1}`;
  return { row, column, numRows, numColumns, a1 };
}

const safeDecode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** The string literals of a formula, in order ("" inside a literal is one quote). */
function literals(formula: string): string[] {
  const out: string[] = [];
  for (let i = formula.indexOf('"'); i >= 0 && i < formula.length;) {
    let s = '';
    let j = i + 1;
    for (; j < formula.length; j++) {
      if (formula[j] === '"') {
        if (formula[j + 1] === '"') {
          s += '"';
          j++;
        } else break;
      } else s += formula[j];
    }
    out.push(s);
    i = formula.indexOf('"', j + 1);
  }
  return out;
}

/**
 * The cell a findings row points at. The check command writes it as =HYPERLINK("#gid=..&range=B7"; "B7"), whose displayed
 * value is the address; when the display is unusable (a formula not yet calculated) the formula is read instead.
 */
export function cellOf(display: unknown, formula: unknown): string {
  const shown = typeof display === 'string' ? display.trim() : '';
  const direct = parseA1(shown.includes('!') ? shown.slice(shown.lastIndexOf('!') + 1) : shown);
  if (direct) return direct.a1;
  if (typeof formula !== 'string' || !/^=\s*HYPERLINK\s*\(/i.test(formula)) return '';
  const lits = literals(formula);
  for (let k = lits.length - 1; k >= 0; k--) {
    const label = lits[k].trim();
    const parsed = parseA1(label.includes('!') ? label.slice(label.lastIndexOf('!') + 1) : label);
    if (parsed) return parsed.a1;
  }
  for (const lit of lits) {
    const m = /[#&?]range=([^&]+)/i.exec(lit);
    const parsed = m && parseA1(safeDecode(m[1]));
    if (parsed) return parsed.a1;
  }
  return '';
}

/** One piece of the "Tempat lain" text: a place in this spreadsheet when it reads as Sheet!A1, else plain text. */
export interface PlaceToken {
  text: string;
  sheet?: string;
  cell?: string;
}

/** Splits on , ; and newlines outside quoted sheet names. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && (ch === ',' || ch === ';' || ch === '\n')) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** "PKH!B7, 'Renja Dinsos'!C9, dan 3 tempat lainnya" -> two places and a text piece. */
export function parsePlaces(text: unknown): PlaceToken[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  return pieces(text.slice(0, 5000)).map((p): PlaceToken => {
    const bang = p.lastIndexOf('!');
    if (bang <= 0) return { text: p };
    let sheet = p.slice(0, bang).trim();
    if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    const cell = parseA1(p.slice(bang + 1));
    return cell && sheet && sheet.length <= 100 ? { text: p, sheet, cell: cell.a1 } : { text: p };
  });
}
