// Appends the day's reminder log entries to the master's log sheet in one setValues, creating the sheet on first use.
import { remindLogHeader, remindLogRows } from '../app/remind-log';
import { SHEETS } from '../app/sheets';
import { textCell } from '../app/text-cell';
import type { Lang } from '../core/model/types';
import type { LogEntry } from '../core/remind/types';
import { growTo } from './sync-master';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Cell = string | number | Date;

/**
 * Writes the entries below the last row (the header with them when the sheet is new): one getLastRow and one setValues.
 * remindLogRows hands over cells ready for setValues (text already through textCell); only the header is made text here.
 */
export function appendRemindLog(ss: Spreadsheet, entries: readonly LogEntry[], lang: Lang, now: Date): void {
  if (entries.length === 0) return;
  const header = remindLogHeader(lang).map(textCell);
  const width = header.length;
  const rows = remindLogRows(entries, lang, now).map((r) => {
    const out = new Array<Cell>(width);
    for (let c = 0; c < width; c++) out[c] = c < r.length ? r[c] : '';
    return out;
  });
  let sheet = ss.getSheetByName(SHEETS.remindLog);
  if (!sheet) {
    sheet = ss.insertSheet(SHEETS.remindLog, ss.getNumSheets());
    growTo(sheet, 1 + rows.length, width);
    sheet.getRange(1, 1, 1 + rows.length, width).setValues([header, ...rows]);
    sheet.getRange(1, 1, 1, width).setFontWeight('bold');
    sheet.setFrozenRows(1);
    return;
  }
  const start = sheet.getLastRow() + 1;
  growTo(sheet, start + rows.length - 1, width);
  sheet.getRange(start, 1, rows.length, width).setValues(rows);
}
