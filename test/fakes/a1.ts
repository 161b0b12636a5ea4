// A1 notation: column letters, 'Sheet'!A1:B2 parsing with open ends (A:C, 2:5, A2:C), and rendering.

export function columnToLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1-based rectangle. */
export interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function toA1(rect: Rect): string {
  const start = `${columnToLetters(rect.column)}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  const end = `${columnToLetters(rect.column + rect.numColumns - 1)}${rect.row + rect.numRows - 1}`;
  return `${start}:${end}`;
}

/** Quote a sheet name the way Sheets does inside a reference: 'My Sheet'!A1, 'It''s'!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Split "'My Sheet'!A1:B2" into sheet name (unquoted) and the cell part. */
export function splitSheet(notation: string): { sheetName?: string; ref: string } {
  const bang = notation.lastIndexOf('!');
  if (bang < 0) return { ref: notation };
  let name = notation.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: notation.slice(bang + 1) };
}

interface Corner {
  column?: number;
  row?: number;
}

function parseCorner(text: string): Corner | null {
  const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(text.trim());
  if (!m || (!m[1] && !m[2])) return null;
  return { column: m[1] ? lettersToColumn(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
}

/**
 * Resolve the cell part of an A1 reference against a sheet's size. Open ends reach the sheet's edge
 * (A:C is every row, 2:5 every column, A2:C rows 2 to the last). Returns null for anything unparseable,
 * which callers report as Apps Script does ("Range not found").
 */
export function parseA1(ref: string, maxRows: number, maxColumns: number): Rect | null {
  const parts = ref.split(':');
  if (parts.length > 2) return null;
  const a = parseCorner(parts[0]);
  const b = parts.length === 2 ? parseCorner(parts[1]) : a;
  if (!a || !b) return null;
  if (parts.length === 1 && (a.row === undefined || a.column === undefined)) return null;
  const r1 = a.row ?? 1;
  const c1 = a.column ?? 1;
  const r2 = b.row ?? maxRows;
  const c2 = b.column ?? maxColumns;
  if (r1 < 1 || c1 < 1 || r2 < 1 || c2 < 1) return null;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}
