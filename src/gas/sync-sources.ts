// The TKPP's sources sheet: created with notes and warning-only dropdowns, read into a source list, its status columns written.
import {
  parseSourcesSheet,
  sourcesHeader,
  STATUS_COLUMNS,
  USER_COLUMNS,
  type Source,
  type SourceProblem,
  type SourceStatusCells,
} from '../app/sources-sheet';
import { textCell } from '../app/text-cell';
import { t } from '../core/i18n';
import type { Lang } from '../core/model/types';
import { growTo } from './sync-master';
import { SYNC_SHEETS } from './sync-names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

// Gas callers import these from here; the pure layout and parse live in app so the reminders and the CLI's demo master read
// and write the same sheet the same way.
export {
  spreadsheetIdOf,
  statusCellsOf,
  STATUS_COLUMNS,
  USER_COLUMNS,
  type Source,
  type SourceProblem,
  type SourceStatusCells,
} from '../app/sources-sheet';

const WIDTH = USER_COLUMNS.length + STATUS_COLUMNS.length;
const FIRST_STATUS = USER_COLUMNS.length + 1;

/** Creates the sources sheet unless it exists (a TKPP's list is never rewritten). */
export function ensureSourcesSheet(ss: Spreadsheet, lang: Lang): { sheet: Sheet; created: boolean } {
  const existing = ss.getSheetByName(SYNC_SHEETS.sources);
  if (existing) return { sheet: existing, created: false };
  const sheet = ss.insertSheet(SYNC_SHEETS.sources, ss.getNumSheets());
  growTo(sheet, 2, WIDTH);
  const head = sheet.getRange(1, 1, 1, WIDTH);
  head.setValues([sourcesHeader(lang).map(textCell)]);
  const note = (k: string) => t(lang, `syncgas.note.${k}`);
  head.setNotes([[...USER_COLUMNS.map(note), note('status'), ...STATUS_COLUMNS.slice(1).map(() => '')]]);
  head
    .setFontWeight('bold')
    .setBackgrounds([Array<string>(WIDTH).fill('#e8f0fe')])
    .setWrap(true);
  sheet.setFrozenRows(1);
  const body = sheet.getMaxRows() - 1;
  const list = (values: string[]) => SpreadsheetApp.newDataValidation().requireValueInList(values, true).setAllowInvalid(true).build();
  sheet.getRange(2, 2, body, 1).setDataValidation(list([t(lang, 'syncgas.kind.beneficiary'), t(lang, 'syncgas.kind.program')]));
  sheet.getRange(2, 7, body, 1).setDataValidation(list(['Y', 'N']));
  // The reference column holds ids that look like numbers or dates to Sheets; keep it text.
  sheet.getRange(2, 3, body, 1).setNumberFormat('@');
  return { sheet, created: true };
}

/** One getValues; rows that cannot be synced become problems, never exceptions. Empty rows are skipped silently. */
export function readSources(ss: Spreadsheet): { sources: Source[]; problems: SourceProblem[] } {
  const sheet = ss.getSheetByName(SYNC_SHEETS.sources);
  if (!sheet) return { sources: [], problems: [] };
  return parseSourcesSheet(sheet.getDataRange().getValues());
}

/**
 * The status columns of every row in one read and one setValues: rows without a new status keep theirs, and columns
 * A-G are outside the written range so a TKPP edit made meanwhile is never overwritten.
 */
export function writeSourceStatuses(ss: Spreadsheet, statuses: SourceStatusCells[]): void {
  const sheet = ss.getSheetByName(SYNC_SHEETS.sources);
  if (!sheet || statuses.length === 0) return;
  let last = sheet.getLastRow();
  for (const s of statuses) if (s.row > last) last = s.row;
  if (last < 2) return;
  growTo(sheet, last, WIDTH);
  const range = sheet.getRange(2, FIRST_STATUS, last - 1, STATUS_COLUMNS.length);
  const grid = range.getValues() as unknown[][];
  // Existing strings go back through textCell too: read back without their apostrophe, they would otherwise be retyped.
  for (const line of grid) for (let c = 0; c < line.length; c++) if (typeof line[c] === 'string') line[c] = textCell(line[c] as string);
  for (const s of statuses) {
    if (s.row < 2) continue;
    grid[s.row - 2] = [s.syncedAt ?? '', textCell(s.status), s.rows ?? '', s.errors ?? '', s.warnings ?? '', textCell(s.digest)];
  }
  range.setValues(grid);
}
