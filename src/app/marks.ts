// Planning Sinergi's cell marks (background + note): undo the old ones where the cell still shows them, add the new ones, track both.
import type { Finding, Severity } from '../core/model/types';

/*
 * A mark is a background colour per severity plus a note block of lines "[Sinergi] <message>", appended under the
 * user's own note. Every mark is tracked (marks-table.ts) with what the cell looked like before, so that removing it
 * restores the user's note and colour exactly, and a rerun never stacks marks:
 *
 *   undo   background: Sinergi's colour still there -> the original; anything else is the user's, kept.
 *          note: still exactly Sinergi's note -> the original; otherwise the user edited it, and only the
 *          "[Sinergi] " lines are taken out (their own text stays as they left it).
 *   apply  the note after undo, minus any stray "[Sinergi] " lines (a mark the table lost: a crash, a deleted
 *          tracking sheet), becomes the original; a stray mark's colour is not taken for the user's.
 *
 * Sheets reports a cell without fill as '#ffffff', the same as a white fill; but writing '#ffffff' back would hide
 * the gridlines. White is therefore written as null (no fill) everywhere in a planned area.
 */

export const MARK_TAG = '[Sinergi] ';

export const MARK_COLOURS: Readonly<Record<Severity, string>> = { error: '#f4cccc', warning: '#fce8b2', info: '#cfe2f3' };

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const WHITE = '#ffffff';

/** One finding on one cell, as its note line and tracking entry keep it. */
export interface MarkItem {
  rule: string;
  severity: Severity;
  message: string;
}

/** Where Sinergi wants a mark: 1-based row and column of a sheet, with what to say there. */
export interface Target {
  sheetId: number;
  row: number;
  col: number;
  items: MarkItem[];
}

/** A mark Sinergi made: what it wrote and what the cell held before. */
export interface Mark extends Target {
  /** null: no fill. */
  origBg: string | null;
  origNote: string;
  bg: string;
  note: string;
}

/** The cells of a rectangle as read in one getBackgrounds and one getNotes call; top/left are 1-based. */
export interface Area {
  top: number;
  left: number;
  backgrounds: readonly (readonly string[])[];
  notes: readonly (readonly string[])[];
}

export interface AreaPlan {
  /** To write with one setBackgrounds (null: no fill). */
  backgrounds: (string | null)[][];
  /** To write with one setNotes. */
  notes: string[][];
  /** The area's marks after the plan, by row then column. */
  marks: Mark[];
  /** Cells whose background or note the plan changes. */
  changed: number;
}

/** "B12" -> { row: 12, col: 2 }; undefined for anything else. */
export function parseCell(a1: string): { row: number; col: number } | undefined {
  let col = 0;
  let i = 0;
  for (; i < a1.length; i++) {
    const c = a1.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  if (i === 0 || i === a1.length) return undefined;
  let row = 0;
  for (let j = i; j < a1.length; j++) {
    const c = a1.charCodeAt(j);
    if (c < 48 || c > 57) return undefined;
    row = row * 10 + (c - 48);
  }
  return row >= 1 ? { row, col } : undefined;
}

export const markColour = (items: readonly MarkItem[]): string => MARK_COLOURS[worstSeverity(items)];

export function worstSeverity(items: readonly MarkItem[]): Severity {
  let best: Severity = 'info';
  for (const it of items) if (RANK[it.severity] < RANK[best]) best = it.severity;
  return best;
}

/** The note lines of a mark: one per finding, worst first; a message never spans lines (undo relies on that). */
export function markBlock(items: readonly MarkItem[]): string {
  return items.map((it) => MARK_TAG + it.message.replace(/\s*[\r\n]+\s*/g, ' ')).join('\n');
}

/** The note without Sinergi's lines. */
export function stripMarkLines(note: string): string {
  if (!note.includes(MARK_TAG)) return note;
  const kept = note.split('\n').filter((line) => !line.startsWith(MARK_TAG));
  return kept.join('\n');
}

const sortItems = (items: MarkItem[]): MarkItem[] => items.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
const byPlace = (a: Target, b: Target): number => a.sheetId - b.sheetId || a.row - b.row || a.col - b.col;
export const sortMarks = <T extends Target>(list: T[]): T[] => list.sort(byPlace);

/**
 * The cells the findings point at, with their items: every place of a cross-register finding is marked, several
 * findings on one cell become one mark. Sheet-level findings (no cell) and sheets without an id are not marked.
 */
export function targetsOf(findings: readonly Finding[], sheetIdOf: (sheet: string) => number | undefined): Target[] {
  const byCell = new Map<string, Target>();
  for (const f of findings) {
    const places = f.places && f.places.length > 0 ? f.places : [{ sheet: f.sheet, row: f.row, cell: f.cell }];
    for (const p of places) {
      if (p.cell === '') continue;
      const id = sheetIdOf(p.sheet);
      const at = parseCell(p.cell);
      if (id === undefined || !at) continue;
      const key = `${id}|${at.row}|${at.col}`;
      let t = byCell.get(key);
      if (!t) byCell.set(key, (t = { sheetId: id, row: at.row, col: at.col, items: [] }));
      if (!t.items.some((it) => it.rule === f.rule && it.message === f.message)) {
        t.items.push({ rule: f.rule, severity: f.severity, message: f.message });
      }
    }
  }
  const out = [...byCell.values()];
  for (const t of out) sortItems(t.items);
  return sortMarks(out);
}

const sameColour = (a: string | null, b: string | null): boolean => (a ?? WHITE).toLowerCase() === (b ?? WHITE).toLowerCase();
const fill = (c: string | null): string | null => (c === null || c === '' || c.toLowerCase() === WHITE ? null : c.toLowerCase());
const isMarkColour = (c: string | null): boolean => c !== null && (Object.values(MARK_COLOURS) as string[]).includes(c.toLowerCase());

/**
 * Plans one rectangle of one sheet: undo `previous` (the tracked marks inside it), then apply `targets` (inside it).
 * Cells outside both keep their note and colour (white written as no fill, see above).
 */
export function planArea(area: Area, previous: readonly Mark[], targets: readonly Target[]): AreaPlan {
  const { top, left } = area;
  const backgrounds = area.backgrounds.map((row) => row.map(fill));
  const notes = area.notes.map((row) => row.slice());
  const width = backgrounds.length > 0 ? backgrounds[0].length : 0;
  // Cells the plan visits, with what they held, to count real changes at the end.
  const before = new Map<number, [string | null, string]>();
  const touch = (i: number, j: number) => {
    const k = i * width + j;
    if (!before.has(k)) before.set(k, [backgrounds[i][j], notes[i][j]]);
  };
  const inside = (i: number, j: number) => i >= 0 && i < backgrounds.length && j >= 0 && j < width;

  for (const m of previous) {
    const i = m.row - top;
    const j = m.col - left;
    if (!inside(i, j)) continue;
    const bg = backgrounds[i][j];
    const note = notes[i][j];
    const nextBg = sameColour(bg, m.bg) ? fill(m.origBg) : bg;
    const nextNote = note === m.note ? m.origNote : stripMarkLines(note);
    touch(i, j);
    backgrounds[i][j] = nextBg;
    notes[i][j] = nextNote;
  }

  const marks: Mark[] = [];
  for (const t of targets) {
    const i = t.row - top;
    const j = t.col - left;
    if (!inside(i, j) || t.items.length === 0) continue;
    const baseBg = backgrounds[i][j];
    const baseNote = notes[i][j];
    const origNote = stripMarkLines(baseNote);
    const stray = origNote !== baseNote;
    const origBg = stray && isMarkColour(baseBg) ? null : baseBg;
    const items = sortItems(t.items.slice());
    const block = markBlock(items);
    const bg = markColour(items);
    const note = origNote === '' ? block : `${origNote}\n${block}`;
    touch(i, j);
    backgrounds[i][j] = bg;
    notes[i][j] = note;
    marks.push({ sheetId: t.sheetId, row: t.row, col: t.col, items, origBg, origNote, bg, note });
  }
  let changed = 0;
  for (const [k, [bg, note]] of before) {
    const i = Math.floor(k / width);
    const j = k % width;
    if (backgrounds[i][j] !== bg || notes[i][j] !== note) changed++;
  }
  return { backgrounds, notes, marks: sortMarks(marks), changed };
}

/** The smallest rectangle holding every given cell, or undefined when there is none. */
export function boundsOf(
  cells: readonly { row: number; col: number }[],
): { top: number; left: number; bottom: number; right: number } | undefined {
  if (cells.length === 0) return undefined;
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const c of cells) {
    if (c.row < top) top = c.row;
    if (c.row > bottom) bottom = c.row;
    if (c.col < left) left = c.col;
    if (c.col > right) right = c.col;
  }
  return { top, left, bottom, right };
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(findings: readonly { severity: Severity }[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return c;
}
