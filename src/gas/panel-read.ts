// Reads what the sidebar shows: the findings sheet (one read of displays, one of formulas) and the rollup sheet's headline block.
import { parseFindingsSheet, type PanelFinding } from '../app/panel-findings';
import { HEADLINE_ROWS, readHeadline, type Headline } from '../app/rollup-sheet-headline';
import { SHEETS } from '../app/sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Null when no check has written the findings sheet yet. */
export function readFindings(ss: Spreadsheet): PanelFinding[] | null {
  const sheet = ss.getSheetByName(SHEETS.findings);
  if (!sheet) return null;
  const range = sheet.getDataRange();
  return parseFindingsSheet(range.getDisplayValues(), range.getFormulas());
}

/** The headline written by Rekap progres; null when there is no rollup sheet or it no longer starts with Sinergi's block. */
export function readRollupHeadline(ss: Spreadsheet): Headline | null {
  const sheet = ss.getSheetByName(SHEETS.rollup);
  if (!sheet || sheet.getMaxRows() < HEADLINE_ROWS || sheet.getMaxColumns() < 2) return null;
  return readHeadline(sheet.getRange(1, 1, HEADLINE_ROWS, 2).getValues());
}
