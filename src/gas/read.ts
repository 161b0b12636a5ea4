// Reads the spreadsheet's sheets for the engine: one getValues (and one getNumberFormats) per sheet, Sinergi's own sheets skipped.
import { isOwnSheet } from '../app/sheets';
import type { SheetInput } from '../core/engine';

export interface ReadSheet extends SheetInput {
  sheetId: number;
}

/** Minutes east of UTC of the spreadsheet's time zone today, for reading its Date cells as calendar days. */
export function tzOffsetMinutes(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date = new Date()): number {
  const z = Utilities.formatDate(now, ss.getSpreadsheetTimeZone(), 'Z'); // e.g. "+0700"
  const m = /^([+-])(\d\d)(\d\d)$/.exec(z);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 420;
}

export function readSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): ReadSheet {
  const range = sheet.getDataRange();
  return { sheet: sheet.getName(), sheetId: sheet.getSheetId(), values: range.getValues(), numberFormats: range.getNumberFormats() };
}

/** Every sheet of the spreadsheet except Sinergi's own. */
export function readAllSheets(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ReadSheet[] {
  return ss
    .getSheets()
    .filter((s) => !isOwnSheet(s.getName()))
    .map(readSheet);
}
