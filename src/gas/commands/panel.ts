// Rekap progres (rollup sheet with charts), the findings sidebar and its server calls (sidebarData, jumpTo).
import { buildSidebarData, sidebarWords, type SidebarData } from '../../app/panel';
import { planJump } from '../../app/panel-jump';
import { planRollupSheet } from '../../app/rollup-sheet';
import { SHEETS } from '../../app/sheets';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/model/types';
import { guarded } from '../guard';
import { docLang } from '../lang';
import { readFindings, readRollupHeadline } from '../panel-read';
import { checkSpreadsheet } from '../rollup-run';
import { writeRollupSheet } from '../rollup-write';

/** How long Rekap progres waits for another run of it (or a consolidation) holding the document lock. */
const LOCK_WAIT_MS = 10000;

/** Menu "Rekap progres": check every register, write the rollup tables and charts to Sinergi's rollup sheet, show it. */
export function menuRollup(): void {
  const lang = docLang();
  guarded(lang, 'panel.error', () => rollup(lang));
}

function rollup(lang: Lang): void {
  const ui = SpreadsheetApp.getUi();
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) {
    ui.alert(t(lang, 'rekap.busy'));
    return;
  }
  try {
    const ss = SpreadsheetApp.getActive();
    const now = new Date();
    const result = checkSpreadsheet(ss, lang, now);
    const plan = planRollupSheet(result, lang, Utilities.formatDate(now, ss.getSpreadsheetTimeZone(), 'dd/MM/yyyy HH:mm'));
    const sheet = writeRollupSheet(ss, plan);
    sheet.activate();
    if (plan.tables.length === 0) ui.alert(t(lang, 'rekap.empty'));
    else
      ss.toast(
        t(lang, 'rekap.done', { tables: plan.tables.length, charts: plan.charts.length, sheet: SHEETS.rollup }),
        t(lang, 'app.name'),
      );
  } finally {
    lock?.releaseLock();
  }
}

/** Menu "Panel temuan": the sidebar; its words are printed into the template with <?= ?> (escaped). */
export function menuSidebar(): void {
  const lang = docLang();
  const template = HtmlService.createTemplateFromFile('sidebar');
  template.lang = lang;
  template.words = sidebarWords(lang);
  SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(t(lang, 'app.name')));
}

/** google.script.run: findings grouped by rule, the filters' lists and the rollup headline, as plain JSON. */
export function sidebarData(): SidebarData {
  const lang = docLang();
  const ss = SpreadsheetApp.getActive();
  return buildSidebarData(readFindings(ss), readRollupHeadline(ss), lang, SHEETS.findings);
}

export type JumpResult = { ok: true } | { ok: false; message: string };

/**
 * google.script.run: select a finding's cell. Anything the page sends is checked (sheet exists and is visible, the
 * address is A1 inside the sheet); a bad one gets a message to show, never an exception.
 */
export function jumpTo(sheetName?: unknown, a1?: unknown): JumpResult {
  const lang = docLang();
  const ss = SpreadsheetApp.getActive();
  const sheet = typeof sheetName === 'string' && sheetName !== '' && sheetName.length <= 200 ? ss.getSheetByName(sheetName) : null;
  const target = sheet
    ? { name: sheet.getName(), maxRows: sheet.getMaxRows(), maxColumns: sheet.getMaxColumns(), hidden: sheet.isSheetHidden() }
    : null;
  const plan = planJump(lang, sheetName, a1, target);
  if (!plan.ok) return plan;
  sheet!.activate();
  if (plan.range) sheet!.getRange(plan.range.row, plan.range.column, plan.range.numRows, plan.range.numColumns).activate();
  return { ok: true };
}
