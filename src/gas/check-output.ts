// Sinergi's own output sheets: created on first use, sized to their content, and the findings sheet written in one setValues.
import { FINDINGS_HEAD_ROWS, FINDINGS_WIDTH, type FindingsTable } from '../app/findings-table';
import { MARK_COLOURS } from '../app/marks';
import { SHEETS } from '../app/sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The named sheet, created at the end (and hidden if asked) when missing, with at least `width` columns. A new sheet
 * is cut to `width` columns so that a big table does not spend the workbook's 10-million-cell budget on empty
 * columns; inserting a sheet makes it the active one, so the user's sheet is made active again.
 */
export function ensureOwnSheet(ss: Spreadsheet, name: string, width: number, hidden: boolean, onCreate?: (s: Sheet) => void): Sheet {
  const found = ss.getSheetByName(name);
  if (found) {
    const cols = found.getMaxColumns();
    if (cols < width) found.insertColumnsAfter(cols, width - cols);
    return found;
  }
  const active = ss.getActiveSheet();
  const sheet = ss.insertSheet(name, ss.getNumSheets());
  const cols = sheet.getMaxColumns();
  if (cols > width) sheet.deleteColumns(width + 1, cols - width);
  else if (cols < width) sheet.insertColumnsAfter(cols, width - cols);
  if (hidden) sheet.hideSheet();
  onCreate?.(sheet);
  if (active) ss.setActiveSheet(active);
  return sheet;
}

/**
 * Gives the sheet exactly `rows` rows (setValues never grows a sheet; leftover rows would keep the workbook big).
 * One call either way, so a command's call count does not depend on whether its table grew or shrank.
 */
export function fitRows(sheet: Sheet, rows: number): void {
  const max = sheet.getMaxRows();
  if (max < rows) sheet.insertRowsAfter(max, rows - max);
  else if (max > rows) sheet.deleteRows(rows + 1, max - rows);
}

/** Replaces the findings sheet with the table: clear, size, one setValues, then the formats in batch. */
export function writeFindingsSheet(ss: Spreadsheet, table: FindingsTable): Sheet {
  const sheet = ensureOwnSheet(ss, SHEETS.findings, FINDINGS_WIDTH, false, (s) => {
    s.setColumnWidths(1, 4, 130);
    s.setColumnWidth(5, 560);
    s.setColumnWidth(6, 240);
  });
  const n = table.rows.length;
  sheet.clear();
  const max = sheet.getMaxRows();
  if (max < n) sheet.insertRowsAfter(max, n - max);
  // Frozen before shrinking: Sheets refuses to delete rows when a user's larger freeze would cover them all.
  sheet.setFrozenRows(FINDINGS_HEAD_ROWS);
  if (max > n) sheet.deleteRows(n + 1, max - n);
  sheet.getRange(1, 1, n, FINDINGS_WIDTH).setValues(table.rows);
  sheet.getRange(1, 1, FINDINGS_HEAD_ROWS, FINDINGS_WIDTH).setFontWeight('bold');
  const body = table.severities.slice(FINDINGS_HEAD_ROWS).map((s) => [s ? MARK_COLOURS[s] : null]);
  sheet.getRange(FINDINGS_HEAD_ROWS + 1, 2, body.length, 1).setBackgrounds(body);
  return sheet;
}
