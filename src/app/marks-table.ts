// The hidden tracking sheet as a grid: Sinergi's marks (and the pending marks of a run in chunks), written and read back in one call each.
import { t } from '../core/i18n';
import type { Lang, Severity } from '../core/model/types';
import { a1 } from '../core/text/a1';
import { parseCell, sortMarks, type Mark, type MarkItem, type Target } from './marks';
import { textCell } from './text-cell';

/*
 * Row 1 holds headings. Columns A-G: one tracked mark a row (sheet id, cell, original background, original note,
 * Sinergi's background, Sinergi's note, the findings as JSON). Column H stays empty. Columns I-K: the marks a run in
 * chunks still has to apply (sheet id, cell, findings as JSON); empty when no such run is under way.
 * Every text is written as text (leading apostrophe), so a note such as "0812..." or "=x" comes back unchanged.
 */
export const MARKS_COLUMNS = 11;
const PENDING_COL = 8; // 0-based index of column I

export interface MarksState {
  marks: Mark[];
  pending: Target[];
}

type Cell = string | number;

const itemsJson = (items: readonly MarkItem[]): string => JSON.stringify(items.map((i) => [i.rule, i.severity, i.message]));

const SEVERITIES: readonly string[] = ['error', 'warning', 'info'];

function parseItems(v: unknown): MarkItem[] | undefined {
  if (typeof v !== 'string' || v === '') return undefined;
  try {
    const raw: unknown = JSON.parse(v);
    if (!Array.isArray(raw)) return undefined;
    const out: MarkItem[] = [];
    for (const x of raw) {
      if (!Array.isArray(x) || typeof x[0] !== 'string' || !SEVERITIES.includes(x[1]) || typeof x[2] !== 'string') return undefined;
      out.push({ rule: x[0], severity: x[1] as Severity, message: x[2] });
    }
    return out.length > 0 ? out : undefined;
  } catch {
    return undefined;
  }
}

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const sheetIdOf = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : undefined;
};

/** The tracking grid: headings, then max(marks, pending) rows of MARKS_COLUMNS cells. */
export function marksGrid(state: MarksState, lang: Lang): Cell[][] {
  const head = ['sheet_id', 'cell', 'orig_bg', 'orig_note', 'bg', 'note', 'items', '', 'pending_sheet_id', 'pending_cell', 'pending_items'];
  const rows: Cell[][] = [head.map((k) => (k === '' ? '' : textCell(t(lang, `marks.col.${k}`))))];
  const n = Math.max(state.marks.length, state.pending.length);
  for (let i = 0; i < n; i++) {
    const row: Cell[] = new Array<Cell>(MARKS_COLUMNS).fill('');
    const m = state.marks[i];
    if (m) {
      row[0] = m.sheetId;
      row[1] = a1(m.row, m.col - 1);
      row[2] = textCell(m.origBg ?? '');
      row[3] = textCell(m.origNote);
      row[4] = textCell(m.bg);
      row[5] = textCell(m.note);
      row[6] = textCell(itemsJson(m.items));
    }
    const p = state.pending[i];
    if (p) {
      row[PENDING_COL] = p.sheetId;
      row[PENDING_COL + 1] = a1(p.row, p.col - 1);
      row[PENDING_COL + 2] = textCell(itemsJson(p.items));
    }
    rows.push(row);
  }
  return rows;
}

/** Reads the grid back; rows a person damaged are skipped (their cells are then left as they are). */
export function readMarksGrid(values: readonly (readonly unknown[])[]): MarksState {
  const marks: Mark[] = [];
  const pending: Target[] = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const id = sheetIdOf(row[0]);
    const at = parseCell(str(row[1]));
    const items = parseItems(row[6]);
    if (id !== undefined && at && items) {
      const origBg = str(row[2]);
      marks.push({
        sheetId: id,
        row: at.row,
        col: at.col,
        items,
        origBg: origBg === '' ? null : origBg,
        origNote: str(row[3]),
        bg: str(row[4]),
        note: str(row[5]),
      });
    }
    const pid = sheetIdOf(row[PENDING_COL]);
    const pat = parseCell(str(row[PENDING_COL + 1]));
    const pitems = parseItems(row[PENDING_COL + 2]);
    if (pid !== undefined && pat && pitems) pending.push({ sheetId: pid, row: pat.row, col: pat.col, items: pitems });
  }
  return { marks: sortMarks(marks), pending: sortMarks(pending) };
}
