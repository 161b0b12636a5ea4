// Shared set-up for the Sheets side of consolidation: an installed fake, a master with a sources sheet, and readers.
import { createGasFake, type FakeSheet, type FakeSpreadsheet, type GasFake } from '../fakes/gas';

export function syncFake(): GasFake {
  const fake = createGasFake();
  fake.install();
  return fake;
}

export const urlOf = (fake: GasFake, ss: FakeSpreadsheet): string =>
  `https://docs.google.com/spreadsheets/d/${fake.uncounted(() => ss.getId())}/edit#gid=0`;

/** Values, formulas and notes of a sheet, read without counting. */
export const contents = (fake: GasFake, sheet: FakeSheet) =>
  fake.uncounted(() => {
    const r = sheet.getDataRange();
    return { values: r.getValues(), formulas: r.getFormulas(), notes: r.getNotes(), formats: r.getNumberFormats() };
  });

export const sheetNamesOf = (fake: GasFake, ss: FakeSpreadsheet): string[] => fake.uncounted(() => ss.getSheets().map((s) => s.getName()));

/** The fake as the Apps Script type the host code takes (the fake offers no method Apps Script lacks). */
export const gas = (ss: FakeSpreadsheet): GoogleAppsScript.Spreadsheet.Spreadsheet =>
  ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
export const fakeSheet = (s: GoogleAppsScript.Spreadsheet.Sheet): FakeSheet => s as unknown as FakeSheet;
