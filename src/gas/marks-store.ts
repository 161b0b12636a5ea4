// Sinergi's marks in a spreadsheet: the hidden tracking sheet (one read, one write) and marking a rectangle in four range calls.
import { planArea, type Mark, type Target } from '../app/marks';
import { MARKS_COLUMNS, marksGrid, readMarksGrid, type MarksState } from '../app/marks-table';
import { SHEETS } from '../app/sheets';
import type { Lang } from '../core/model/types';
import { ensureOwnSheet, fitRows } from './check-output';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface MarksStore extends MarksState {
  sheet: Sheet | null;
}

export function readMarks(ss: Spreadsheet): MarksStore {
  const sheet = ss.getSheetByName(SHEETS.marks);
  if (!sheet) return { sheet: null, marks: [], pending: [] };
  return { sheet, ...readMarksGrid(sheet.getDataRange().getValues()) };
}

/** Rewrites the tracking sheet whole (created hidden on first need), sorted, so two equal states give equal sheets. */
export function writeMarks(ss: Spreadsheet, store: MarksStore, lang: Lang): void {
  if (!store.sheet && store.marks.length === 0 && store.pending.length === 0) return;
  const sheet = store.sheet ?? ensureOwnSheet(ss, SHEETS.marks, MARKS_COLUMNS, true);
  store.sheet = sheet;
  const grid = marksGrid(store, lang);
  sheet.clearContents();
  fitRows(sheet, grid.length);
  sheet.getRange(1, 1, grid.length, MARKS_COLUMNS).setValues(grid);
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Marks one rectangle of a sheet: one getBackgrounds and one getNotes, the plan, one setBackgrounds and one setNotes,
 * whatever the rectangle's size. Returns the rectangle's marks after the plan.
 */
export function markRect(sheet: Sheet, rect: Rect, previous: readonly Mark[], targets: readonly Target[]): Mark[] {
  const range = sheet.getRange(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
  const plan = planArea(
    { top: rect.top, left: rect.left, backgrounds: range.getBackgrounds(), notes: range.getNotes() },
    previous,
    targets,
  );
  range.setBackgrounds(plan.backgrounds);
  range.setNotes(plan.notes);
  return plan.marks;
}
