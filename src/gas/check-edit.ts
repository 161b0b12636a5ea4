// The onEdit re-check: the edited rows of a register, with the rules that judge one row at a time, and their marks updated.
import { isEditRule, EDIT_RULES } from '../app/edit-rules';
import { boundsOf, sortMarks, targetsOf, type Mark, type MarkItem, type Target } from '../app/marks';
import { jakartaDay } from '../app/ports';
import { isOwnSheet } from '../app/sheets';
import { checkSheet, type CheckOptions } from '../core/engine';
import { t } from '../core/i18n';
import { readProgramRules, referenceKindOf } from '../core/ref/references';
import { docLang } from './lang';
import { loadMapping } from './mappings';
import { markRect, readMarks, writeMarks } from './marks-store';
import { tzOffsetMinutes } from './read';

/*
 * A simple trigger has 30 seconds and no user to ask, so this reads a bounded set of ranges whatever the sheet's
 * size: the first 15 rows (where the header and title block are found), the edited rows, the tracking sheet and the
 * programme-rules sheet (its age bands and aliases change what the row rules say). The rows between stay unread:
 * the row rules do not need them. On the edited rows, marks of the row rules are replaced by the new answer;
 * marks of the other rules (duplicates, DTKS, ...) stay until the next Periksa, which sees every row.
 * The findings sheet is left as the last Periksa wrote it.
 * Skipped: Sinergi's own sheets, sheets named as reference lists, edits above the data, and pastes of more than
 * EDIT_MAX_ROWS rows (a toast asks for Periksa sheet ini instead).
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** detectHeader looks at the first 15 rows at most. */
const TOP_ROWS = 15;
export const EDIT_MAX_ROWS = 5000;

function programRules(ss: Spreadsheet): Pick<CheckOptions, 'config' | 'programAliases'> {
  for (const s of ss.getSheets()) {
    if (referenceKindOf(s.getName()) !== 'program_rules') continue;
    const p = readProgramRules(s.getDataRange().getValues());
    if (p) return { config: p.config, programAliases: p.aliases };
  }
  return {};
}

export function checkEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  const range = e?.range;
  if (!range) return;
  const sheet = range.getSheet();
  const name = sheet.getName();
  if (isOwnSheet(name) || referenceKindOf(name)) return;
  const ss = e?.source ?? SpreadsheetApp.getActive();
  const first = range.getRow();
  const count = range.getNumRows();
  const lang = docLang();
  if (count > EDIT_MAX_ROWS) {
    ss.toast(t(lang, 'edit.too_many', { rows: count }), t(lang, 'app.name'), 10);
    return;
  }
  const lastCol = sheet.getLastColumn();
  const maxRows = sheet.getMaxRows();
  if (lastCol < 1) return;
  const last = Math.min(first + count - 1, maxRows);

  const topRows = Math.min(TOP_ROWS, maxRows);
  const head = sheet.getRange(1, 1, topRows, lastCol);
  const values: unknown[][] = head.getValues();
  const formats: string[][] = head.getNumberFormats();
  if (last > topRows) {
    const from = Math.max(first, topRows + 1);
    const rows = sheet.getRange(from, 1, last - from + 1, lastCol);
    const v = rows.getValues();
    const f = rows.getNumberFormats();
    const blank: unknown[] = [];
    const noFormat: string[] = [];
    for (let r = topRows; r < from - 1; r++) {
      values.push(blank);
      formats.push(noFormat);
    }
    for (let i = 0; i < v.length; i++) {
      values.push(v[i]);
      formats.push(f[i]);
    }
  }

  const sheetId = sheet.getSheetId();
  const saved = loadMapping(PropertiesService.getDocumentProperties(), sheetId);
  const result = checkSheet(
    { sheet: name, values, numberFormats: formats },
    {
      today: jakartaDay(new Date()),
      lang,
      tzOffsetMinutes: tzOffsetMinutes(ss),
      stored: saved?.stored,
      overrides: saved?.overrides,
      rules: EDIT_RULES,
      ...programRules(ss),
    },
  );
  if (!result) return;
  const from = Math.max(first, result.header.dataStart + 1);
  if (from > last) return;

  const fresh = targetsOf(
    result.findings.filter((f) => f.row >= from && f.row <= last),
    (n) => (n === name ? sheetId : undefined),
  );
  const store = readMarks(ss);
  const inRows = (m: Mark) => m.sheetId === sheetId && m.row >= from && m.row <= last;
  const old = store.marks.filter(inRows);
  if (old.length === 0 && fresh.length === 0) return;

  // New answer of the row rules, plus what the other rules had said about the same cells.
  const byCell = new Map<string, Target>();
  const add = (row: number, col: number, items: readonly MarkItem[]) => {
    const key = `${row}|${col}`;
    let tg = byCell.get(key);
    if (!tg) byCell.set(key, (tg = { sheetId, row, col, items: [] }));
    for (const it of items) if (!tg.items.some((x) => x.rule === it.rule && x.message === it.message)) tg.items.push(it);
  };
  for (const tg of fresh) add(tg.row, tg.col, tg.items);
  for (const m of old) {
    const others = m.items.filter((it) => !isEditRule(it.rule));
    if (others.length > 0) add(m.row, m.col, others);
  }
  const targets = [...byCell.values()];
  const maxCols = sheet.getMaxColumns();
  const live = old.filter((m) => m.col <= maxCols);
  const b = boundsOf([...live, ...targets]);
  const made = b ? markRect(sheet, b, live, targets) : [];
  store.marks = sortMarks(store.marks.filter((m) => !inRows(m)).concat(made));
  writeMarks(ss, store, lang);
}
