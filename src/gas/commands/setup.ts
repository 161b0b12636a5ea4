// "Siapkan register": the dialog and its server calls (detect a sheet's mapping, store it and prepare the columns, create registers and reference sheets).
import { jakartaDay } from '../../app/ports';
import { type DetectView, detectView } from '../../app/setup-detect';
import { planNewRegister } from '../../app/setup-plan';
import {
  isSinergiSheet,
  parseApplyRequest,
  parseCreateRequest,
  parseDetectRequest,
  parseReferenceKind,
  registerNameProblem,
} from '../../app/setup-request';
import { t } from '../../core/i18n';
import type { Lang, Params } from '../../core/model/types';
import { detectHeader } from '../../core/parse/header';
import { docLang } from '../lang';
import { loadMapping, saveMapping } from '../mappings';
import { showSetupDialog } from '../setup-dialog';
import { createReference, setupLists } from '../setup-refs';
import { applyToExisting, writeNewRegister } from '../setup-write';

/** What every setup call returns to the dialog: plain JSON. */
export interface SetupResult {
  ok: boolean;
  message: string;
  sheetName?: string;
}

const result = (lang: Lang, ok: boolean, key: string, params: Params = {}, extra: string[] = []): SetupResult => {
  const message = [t(lang, key, params), ...extra].join(' ');
  return typeof params.sheet === 'string' ? { ok, message, sheetName: params.sheet } : { ok, message };
};

/** Menu: Siapkan register. */
export function menuSetup(): void {
  showSetupDialog(setupDetect());
}

/** The active sheet (or the named one, with a kind the user chose) as the dialog shows it. */
export function setupDetect(request?: unknown): DetectView {
  const lang = docLang();
  const req = parseDetectRequest(request) ?? {};
  const ss = SpreadsheetApp.getActive();
  const sheet = req.sheetName !== undefined ? ss.getSheetByName(req.sheetName) : ss.getActiveSheet();
  if (!sheet) return detectView({ sheetName: req.sheetName ?? '', grid: [], missing: true }, lang);
  const name = sheet.getName();
  if (isSinergiSheet(name)) return detectView({ sheetName: name, grid: [], own: true }, lang);
  const saved = loadMapping(PropertiesService.getDocumentProperties(), sheet.getSheetId());
  const use = saved && (!req.kind || saved.stored.kind === req.kind) ? saved : undefined;
  const grid = sheet.getDataRange().getValues();
  return detectView({ sheetName: name, grid, kind: req.kind, stored: use?.stored, overrides: use?.overrides }, lang);
}

/** Stores the confirmed mapping ({ sheetName, kind, overrides }) and prepares the mapped columns; values are never changed. */
export function setupApplyMapping(request: unknown): SetupResult {
  const lang = docLang();
  const req = parseApplyRequest(request);
  if (!req) return result(lang, false, 'setup.result.bad_request');
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getSheetByName(req.sheetName);
  if (!sheet) return result(lang, false, 'setup.result.no_sheet', { sheet: req.sheetName });
  const name = sheet.getName();
  if (isSinergiSheet(name)) return result(lang, false, 'setup.result.own', { sheet: name });
  const props = PropertiesService.getDocumentProperties();
  const prev = loadMapping(props, sheet.getSheetId());
  const same = prev && prev.stored.kind === req.kind ? prev : undefined;
  // The user's earlier corrections stand unless changed now.
  const overrides = { ...(same?.overrides ?? {}), ...req.overrides };
  const grid = sheet.getDataRange().getValues();
  const header = detectHeader(grid, { kind: req.kind, stored: same?.stored, overrides });
  if (!header) return result(lang, false, 'setup.result.no_header', { sheet: name });
  saveMapping(props, sheet.getSheetId(), header.mapping, Object.keys(overrides).length > 0 ? overrides : undefined);

  const done = applyToExisting(sheet, grid, header, lang, setupLists(ss));
  const extra: string[] = [];
  if (done.keptRules > 0) extra.push(t(lang, 'setup.result.kept_rules', { count: done.keptRules }));
  if (done.numericIds > 0) extra.push(t(lang, 'setup.numeric_ids', { count: done.numericIds }));
  const params = {
    sheet: name,
    mapped: Object.keys(header.fields).length,
    text: done.textColumns,
    rules: done.ruleColumns,
    notes: done.notesAdded,
  };
  return result(lang, true, 'setup.result.applied', params, extra);
}

/** Creates a register sheet ({ kind, name }); an existing sheet of that name is used only when it is empty. */
export function setupCreateRegister(request: unknown): SetupResult {
  const lang = docLang();
  const req = parseCreateRequest(request);
  if (!req) return result(lang, false, 'setup.result.bad_request');
  const name = (req.name ?? '').trim() || t(lang, `setup.new.default.${req.kind}`);
  const problem = registerNameProblem(name);
  if (problem) return result(lang, false, `setup.result.${problem}`, { sheet: name });
  const ss = SpreadsheetApp.getActive();
  let sheet = ss.getSheetByName(name);
  const reused = sheet !== null;
  if (sheet && (sheet.getLastRow() > 0 || sheet.getLastColumn() > 0))
    return result(lang, false, 'setup.result.exists', { sheet: sheet.getName() });
  if (!sheet) sheet = ss.insertSheet(name, ss.getNumSheets());
  const plan = planNewRegister(req.kind, lang, setupLists(ss));
  writeNewRegister(sheet, plan, lang);
  saveMapping(PropertiesService.getDocumentProperties(), sheet.getSheetId(), plan.mapping);
  sheet.activate();
  return result(lang, true, reused ? 'setup.result.reused' : 'setup.result.created', {
    sheet: sheet.getName(),
    columns: plan.headers.length,
  });
}

/** Creates one reference sheet ('rpjmd' | 'dtks' | 'nomenclature' | 'program_rules' | 'settings') with example rows. */
export function setupCreateReference(kind: unknown): SetupResult {
  const lang = docLang();
  const k = parseReferenceKind(kind);
  if (!k) return result(lang, false, 'setup.result.bad_request');
  const out = createReference(SpreadsheetApp.getActive(), k, lang, jakartaDay(new Date()));
  if (!out.created) return result(lang, false, 'setup.result.ref_exists', { sheet: out.sheetName });
  const examples = k === 'rpjmd' || k === 'dtks' || k === 'nomenclature';
  const extra = k === 'dtks' ? [t(lang, 'setup.ref.dtks_warning')] : [];
  const key = examples ? 'setup.result.ref_created' : 'setup.result.ref_created_plain';
  return result(lang, true, key, { sheet: out.plan.sheetName, rows: out.plan.examples }, extra);
}
