// Writes a setup plan to a sheet: whole-range calls only (one per header row, per column run or per block), never per row.
import { t } from '../core/i18n';
import type { Lang } from '../core/model/types';
import type { HeaderResult } from '../core/parse/header';
import { SINERGI_MARK, type ValidationSpec, type SetupLists } from '../app/setup-columns';
import { mergeHeaderNotes, planExistingRegister, runsOf, type NewRegisterPlan } from '../app/setup-plan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

const HEADER_BACKGROUND = '#e8f0fe';

/** Text Sinergi writes into a cell is never read as a formula. */
export const asText = (v: string | number): string | number => (typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v);

/** Every rule only warns: an existing value is never rejected, a paste of a whole list never fails on one cell. */
export function buildRule(spec: ValidationSpec): Rule {
  const b = SpreadsheetApp.newDataValidation();
  if (spec.kind === 'list') b.requireValueInList([...spec.values], true);
  else if (spec.kind === 'date') b.requireDate();
  else b.requireNumberBetween(spec.min, spec.max);
  return b.setAllowInvalid(true).setHelpText(spec.help).build();
}

/** Whether a rule read from the sheet is one Sinergi set; remembered per rule object, as cells often share one. */
function oursTest(): (rule: Rule) => boolean {
  const seen = new Map<Rule, boolean>();
  return (rule) => {
    let ours = seen.get(rule);
    if (ours === undefined) seen.set(rule, (ours = rule.getHelpText().startsWith(SINERGI_MARK)));
    return ours;
  };
}

/** Removes the warning-only header protections an earlier setup of this sheet left, so a rerun does not stack them. */
function dropOurProtections(sheet: Sheet): void {
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) if (p.getDescription().startsWith(SINERGI_MARK)) p.remove();
}

export function protectHeader(sheet: Sheet, rows: number, columns: number, lang: Lang): void {
  dropOurProtections(sheet);
  sheet
    .getRange(1, 1, rows, columns)
    .protect()
    .setDescription(SINERGI_MARK + t(lang, 'setup.protect'))
    .setWarningOnly(true);
}

export function setWidths(sheet: Sheet, widths: readonly number[]): void {
  const runs = runsOf(
    widths.map((value, index) => ({ index, value })),
    (a, b) => a === b,
  );
  for (const r of runs) sheet.setColumnWidths(r.start + 1, r.count, r.value);
}

/** A fresh (or empty) sheet becomes a register: header, notes, frozen row, formats, dropdowns, protection, widths. */
export function writeNewRegister(sheet: Sheet, plan: NewRegisterPlan, lang: Lang): void {
  const n = plan.headers.length;
  if (sheet.getMaxColumns() < n) sheet.insertColumnsAfter(sheet.getMaxColumns(), n - sheet.getMaxColumns());
  if (sheet.getMaxRows() < 2) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
  const body = sheet.getMaxRows() - 1;
  const head = sheet.getRange(1, 1, 1, n);
  head.setValues([plan.headers.map(asText)]);
  head.setNotes([plan.notes]);
  head
    .setFontWeight('bold')
    .setBackgrounds([Array<string>(n).fill(HEADER_BACKGROUND)])
    .setWrap(true)
    .setVerticalAlignment('middle');
  sheet.setFrozenRows(1);
  for (const r of plan.formatRuns) sheet.getRange(2, r.start + 1, body, r.count).setNumberFormat(r.value);
  for (const r of plan.validationRuns) sheet.getRange(2, r.start + 1, body, r.count).setDataValidation(buildRule(r.value));
  protectHeader(sheet, 1, n, lang);
  setWidths(sheet, plan.widths);
}

export interface ExistingResult {
  textColumns: number;
  ruleColumns: number;
  notesAdded: number;
  /** Cells whose own (not Sinergi's) validation rule was kept. */
  keptRules: number;
  numericIds: number;
}

/**
 * Formats and validations on the mapped columns of a user's register, below its header and above any block under the
 * table; header notes where the user has none. Values are never written: notes and validations outside Sinergi's cells
 * are written back as they were read.
 */
export function applyToExisting(sheet: Sheet, grid: unknown[][], header: HeaderResult, lang: Lang, lists: SetupLists): ExistingResult {
  const plan = planExistingRegister(grid, header, lang, lists);
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);

  let notesAdded = 0;
  const hr = plan.headerRows;
  if (width > 0) {
    const range = sheet.getRange(hr.first, 1, hr.last - hr.first + 1, width);
    const merged = mergeHeaderNotes(grid, header, range.getNotes(), lang, lists);
    if (merged.changed) range.setNotes(merged.notes);
    notesAdded = merged.added;
  }

  const first = plan.dataFirstRow;
  const last = plan.dataLastRow ?? sheet.getMaxRows();
  const rows = last - first + 1;
  const text = plan.columns.filter((c) => c.format);
  const ruled = plan.columns.filter((c) => c.validation);
  let keptRules = 0;
  if (rows >= 1) {
    const runs = runsOf(
      text.map((c) => ({ index: c.index, value: c.format })),
      (a, b) => a === b,
    );
    for (const r of runs) sheet.getRange(first, r.start + 1, rows, r.count).setNumberFormat(r.value!);

    if (ruled.length > 0) {
      const left = ruled[0].index;
      const right = ruled[ruled.length - 1].index;
      const range = sheet.getRange(first, left + 1, rows, right - left + 1);
      const rules = range.getDataValidations();
      const isOurs = oursTest();
      for (const c of ruled) {
        const rule = buildRule(c.validation!);
        const j = c.index - left;
        for (let i = 0; i < rows; i++) {
          const had = rules[i][j];
          if (had === null || isOurs(had)) rules[i][j] = rule;
          else keptRules++;
        }
      }
      range.setDataValidations(rules);
    }
  }
  return { textColumns: text.length, ruleColumns: ruled.length, notesAdded, keptRules, numericIds: plan.numericIds };
}
