// Finding the header row(s) among the first rows of a sheet: every span of 1-3 rows is mapped and scored, the best one wins.
import type { RegisterKind } from '../model/types';
import { cellText, isBlankRow, isNumberRow, looksLikeData } from './header-cells';
import type { MatchCache } from './header-match';
import { assign, type Assignment, type AssignOptions, type HeaderColumn } from './mapping';

/** The header starts in one of the first 10 rows. */
export const SCAN_ROWS = 10;
/** "Realisasi" / "Keuangan" / "TW I": up to three header rows. */
export const MAX_HEADER_ROWS = 3;

export interface Candidate {
  first: number;
  last: number;
  columns: HeaderColumn[];
  assignment: Assignment;
}

/** The texts of the rows that detection may look at: the scan window, the deepest header below it, and the number row under that. */
export function readTop(grid: readonly (readonly unknown[])[]): string[][] {
  const n = Math.min(grid.length, SCAN_ROWS + MAX_HEADER_ROWS + 2);
  const texts: string[][] = [];
  for (let r = 0; r < n; r++) {
    const row = grid[r];
    const t: string[] = [];
    if (Array.isArray(row)) for (let c = 0; c < row.length; c++) t.push(cellText(row[c]));
    texts.push(t);
  }
  return texts;
}

/**
 * Columns of the header spanning rows first..last. A merged group cell keeps its text in its top-left cell only, so an empty
 * group cell takes the text on its left when both columns have sub-headers below (a merge across them); a lone column
 * ("Nama", merged down) hands nothing on.
 */
export function buildColumns(texts: readonly string[][], first: number, last: number): HeaderColumn[] {
  let width = 0;
  for (let r = first; r <= last; r++) if (texts[r].length > width) width = texts[r].length;
  const at = (r: number, c: number): string => texts[r][c] ?? '';
  const depth = last - first + 1;
  const filled: string[][] = [];
  for (let i = 0; i < depth - 1; i++) {
    const row: string[] = new Array(width);
    let prevBelow = false;
    for (let c = 0; c < width; c++) {
      let below = false;
      for (let j = first + i + 1; j <= last && !below; j++) below = at(j, c) !== '';
      const raw = at(first + i, c);
      row[c] = raw !== '' ? raw : below && prevBelow && c > 0 ? row[c - 1] : '';
      prevBelow = below;
    }
    filled.push(row);
  }
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < width; c++) {
    const levels: string[] = [];
    for (let i = 0; i < depth; i++) {
      const s = i < depth - 1 ? filled[i][c] : at(last, c);
      // Unmerged sheets repeat a label down the header rows: show it once.
      if (s !== '' && (levels.length === 0 || levels[levels.length - 1].toLowerCase() !== s.toLowerCase())) levels.push(s);
    }
    if (levels.length) columns.push({ index: c, label: levels.join(' '), levels });
  }
  return columns;
}

const nonEmpty = (t: readonly string[]): number => {
  let n = 0;
  for (const s of t) if (s !== '') n++;
  return n;
};

/**
 * A column-number row numbers the header from its first column on (or nearly every column); "1 | 2 | 3 | 4" under one
 * group only are quarter sub-headers.
 */
export function isColumnNumberRow(row: readonly unknown[] | undefined, firstColumn: number, headerColumns: number): boolean {
  if (!row || !isNumberRow(row)) return false;
  if (cellText(row[firstColumn]) !== '') return true;
  let n = 0;
  for (let c = 0; c < row.length; c++) if (cellText(row[c]) !== '') n++;
  return n >= Math.ceil(headerColumns * 0.8);
}

/** Whether candidate a is a better header than b (b may be undefined). */
function better(a: Candidate, b: Candidate | undefined, grid: readonly (readonly unknown[])[], storedLast: number): boolean {
  if (!b) return true;
  const sa = a.assignment.score;
  const sb = b.assignment.score;
  if (Math.abs(sa - sb) > 1e-9) return sa > sb;
  if ((a.last === storedLast) !== (b.last === storedLast)) return a.last === storedLast;
  if (a.assignment.partial !== b.assignment.partial) return a.assignment.partial < b.assignment.partial;
  if (a.first !== b.first) {
    // Overlapping spans: a row above that adds nothing is a title. Separate spans: a repeated header, the first one counts.
    const overlap = a.first <= b.last && b.first <= a.last;
    return overlap ? a.first > b.first : a.first < b.first;
  }
  if (a.last !== b.last) {
    // Same top row, same fields: a unit row ("(Rp)", "%") below belongs to the header, a data row does not.
    const [short, long] = a.last < b.last ? [a, b] : [b, a];
    let data = false;
    for (let r = short.last + 1; r <= long.last && !data; r++) data = looksLikeData(grid[r]);
    return data ? a === short : a === long;
  }
  return false;
}

// Header texts repeat from sheet to sheet (agencies copy one template): matches are kept across calls, within a bound.
const CACHES: Record<RegisterKind, MatchCache> = { beneficiary: new Map(), program: new Map() };
const CACHE_LIMIT = 20000;
function cacheOf(kind: RegisterKind): MatchCache {
  const c = CACHES[kind];
  if (c.size > CACHE_LIMIT) c.clear();
  return c;
}

/** The best-scoring header span and kind whose mapping has at least 2 fields, one of them required; undefined when none has. */
export function findHeader(
  grid: readonly (readonly unknown[])[],
  texts: readonly string[][],
  kinds: readonly RegisterKind[],
  options: AssignOptions,
): Candidate | undefined {
  const storedLast = options.stored ? options.stored.headerRow - 1 : -1;
  let best: Candidate | undefined;
  const top = Math.min(SCAN_ROWS, texts.length);
  for (let first = 0; first < top; first++) {
    if (nonEmpty(texts[first]) === 0 || isNumberRow(grid[first])) continue;
    let above = 0;
    let firstColumn = Infinity;
    for (let last = first; last < Math.min(texts.length, first + MAX_HEADER_ROWS); last++) {
      // A lower header row holds labels: a blank row, the column numbers or a row of values ends the header.
      if (last > first && (isBlankRow(grid[last]) || isColumnNumberRow(grid[last], firstColumn, above) || looksLikeData(grid[last]))) break;
      above = Math.max(above, nonEmpty(texts[last]));
      const lead = texts[last].findIndex((s) => s !== '');
      if (lead >= 0 && lead < firstColumn) firstColumn = lead;
      const columns = buildColumns(texts, first, last);
      for (const kind of kinds) {
        const assignment = assign(kind, columns, options, cacheOf(kind));
        if (assignment.mapped < 2 || assignment.required < 1) continue;
        const cand: Candidate = { first, last, columns, assignment };
        if (better(cand, best, grid, storedLast)) best = cand;
      }
    }
  }
  return best;
}
