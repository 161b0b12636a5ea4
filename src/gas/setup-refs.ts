// Reference sheets for setup: the programme list (built-in plus "Aturan Program"), and creating a reference sheet on request.
import { defaultPrograms, type SetupLists } from '../app/setup-columns';
import { planReference, type ReferencePlan, type ReferenceSetupKind } from '../app/setup-reference';
import { REFERENCE_SHEETS } from '../app/sheets';
import type { Day, Lang } from '../core/model/types';
import { readProgramRules, referenceKindOf } from '../core/ref/references';
import { asText, protectHeader, setWidths } from './setup-write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Canonical programmes, then those the programme-rules sheet adds (one getValues, only when such a sheet exists). */
export function setupLists(ss: Spreadsheet): SetupLists {
  const programs = defaultPrograms();
  const sheets = ss.getSheets();
  const rules =
    sheets.find((s) => s.getName() === REFERENCE_SHEETS.program_rules) ??
    sheets.find((s) => referenceKindOf(s.getName()) === 'program_rules');
  if (rules) {
    const read = readProgramRules(rules.getDataRange().getValues());
    for (const name of Object.values(read?.aliases ?? {})) if (!programs.includes(name)) programs.push(name);
  }
  return { programs };
}

export type CreateReferenceOutcome = { created: true; plan: ReferencePlan } | { created: false; sheetName: string };

/** Creates the reference sheet unless one of that name exists (its contents are then left alone). */
export function createReference(ss: Spreadsheet, kind: ReferenceSetupKind, lang: Lang, today: Day): CreateReferenceOutcome {
  const plan = planReference(kind, lang, today);
  if (ss.getSheetByName(plan.sheetName)) return { created: false, sheetName: plan.sheetName };
  const sheet = ss.insertSheet(plan.sheetName, ss.getNumSheets());
  const width = plan.rows[0].length;
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  const text = new Set(plan.textColumns);
  // Text format first, so "1.06.04" or a NIK is stored as typed, not as a number.
  for (const c of plan.textColumns) sheet.getRange(plan.headerRow + 1, c + 1, sheet.getMaxRows() - plan.headerRow, 1).setNumberFormat('@');
  sheet
    .getRange(1, 1, plan.rows.length, width)
    .setValues(plan.rows.map((row, r) => row.map((v, c) => (r >= plan.headerRow && text.has(c) ? v : asText(v)))));
  const header = sheet.getRange(plan.headerRow, 1, 1, width);
  header
    .setFontWeight('bold')
    .setBackgrounds([Array<string>(width).fill('#e8f0fe')])
    .setWrap(true);
  if (plan.note) header.setNotes([plan.rows[0].map((_, c) => (c === 0 ? plan.note! : ''))]);
  sheet.setFrozenRows(plan.headerRow);
  protectHeader(sheet, plan.headerRow, width, lang);
  setWidths(sheet, plan.widths);
  return { created: true, plan };
}
