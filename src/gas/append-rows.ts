// Appends rows below a log-like sheet's last row in one setValues, creating the sheet with its header on first use.
import { textCell } from '../app/text-cell';
import { growTo } from './sync-master';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Cell = string | number | Date;

/**
 * A new sheet gets the header as text, frozen, in its own setValues; an existing one costs one getLastRow. Rows are as wide as
 * the header and ready for setValues (strings already through textCell).
 */
export function appendRows(ss: Spreadsheet, sheetName: string, header: readonly string[], rows: readonly (readonly Cell[])[]): void {
  if (rows.length === 0) return;
  const width = header.length;
  let sheet = ss.getSheetByName(sheetName);
  let start: number;
  if (!sheet) {
    sheet = ss.insertSheet(sheetName, ss.getNumSheets());
    growTo(sheet, 1 + rows.length, width);
    sheet.getRange(1, 1, 1, width).setValues([header.map(textCell)]);
    sheet.setFrozenRows(1);
    start = 2;
  } else {
    start = sheet.getLastRow() + 1;
    growTo(sheet, start + rows.length - 1, width);
  }
  sheet.getRange(start, 1, rows.length, width).setValues(rows as Cell[][]);
}
