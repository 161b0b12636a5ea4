// Menu Pengingat ▸ Aktifkan / Pratinjau / Matikan: the schedule sheet, the reminder flag and its trigger, and a preview that sends nothing.
import { jakartaDay } from '../../app/ports';
import { previewReminders } from '../../app/remind';
import { readRemindSnapshot, type RemindSnapshot } from '../../app/remind-read';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/model/types';
import { guarded } from '../guard';
import { docLang } from '../lang';
import { REMIND_DAY_KEY } from '../remind-job';
import { previewView, showPreview } from '../remind-preview';
import { MasterWorkbook } from '../remind-workbook';
import { currentFlags, ownerProperties, REMIND_HOUR, setScheduledJob } from '../schedule';
import { createReference } from '../setup-refs';
import { SYNC_SHEETS } from '../sync-names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function alert(lang: Lang, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(t(lang, 'remindgas.title'), message, ui.ButtonSet.OK);
}

/** What the TKPP should fix before the first mail: unreadable schedule lines, no TKPP address, sources nobody can be mailed at. */
function warnings(ss: Spreadsheet, snapshot: RemindSnapshot, lang: Lang): string[] {
  const out: string[] = [];
  if (snapshot.scheduleProblems.length > 0)
    out.push(
      t(lang, 'remindgas.warn.schedule'),
      ...snapshot.scheduleProblems.map((p) => `• ${t(lang, p.key, { row: p.row, ...p.params })}`),
    );
  if (snapshot.schedule.tkpp.length === 0) out.push(t(lang, 'remindgas.warn.no_tkpp'));
  const sheet = SYNC_SHEETS.sources;
  const active = snapshot.sources.filter((s) => s.active);
  if (!ss.getSheetByName(sheet)) out.push(t(lang, 'remindgas.warn.no_sources', { sheet }));
  else if (active.length === 0) out.push(t(lang, 'remindgas.warn.no_active', { sheet }));
  else {
    const without = active.filter((s) => s.emails.length === 0).length;
    if (without === active.length) out.push(t(lang, 'remindgas.warn.no_contacts', { sheet }));
    else if (without > 0) out.push(t(lang, 'remindgas.warn.some_contacts', { sheet, count: without, total: active.length }));
  }
  return out;
}

/** Menu Pengingat ▸ Aktifkan. */
export function menuRemindersOn(): void {
  const lang = docLang();
  guarded(lang, 'remindgas.failed', () => {
    const ss = SpreadsheetApp.getActive();
    const lines: string[] = [];
    const made = createReference(ss, 'schedule', lang, jakartaDay(new Date()));
    if (made.created) lines.push(t(lang, 'remindgas.sheet_created', { sheet: made.plan.sheetName }));
    const out = setScheduledJob(ss, 'remind', true);
    if (!out.ok && out.reason === 'busy') return alert(lang, [...lines, t(lang, 'remindgas.busy')].join('\n'));
    if (!out.ok) lines.push(t(lang, `remindgas.refused.${out.reason}`, { message: out.message }));
    else if (out.before.remind) lines.push(t(lang, 'remindgas.already'));
    else lines.push(t(lang, out.after.consolidate ? 'remindgas.on.hourly' : 'remindgas.on.daily', { hour: REMIND_HOUR }));
    const warn = warnings(ss, readRemindSnapshot(new MasterWorkbook(ss)), lang);
    if (warn.length > 0) lines.push('', ...warn);
    alert(lang, lines.join('\n'));
  });
}

/** Menu Pengingat ▸ Pratinjau: exactly what today's firing would send, with the real remaining quota; sends and writes nothing. */
export function menuRemindersPreview(): void {
  runRemindersPreview();
}

/** The preview at a given instant (tests pin the clock). */
export function runRemindersPreview(now: Date = new Date()): void {
  const lang = docLang();
  guarded(lang, 'remindgas.failed', () => {
    const ss = SpreadsheetApp.getActive();
    const snapshot = readRemindSnapshot(new MasterWorkbook(ss));
    const today = jakartaDay(now);
    const plan = previewReminders(snapshot, today, MailApp.getRemainingDailyQuota(), lang);
    // The trigger marks the day where it keeps its state: the document's properties, or its owner's when it ran without the document.
    const doneToday = [PropertiesService.getDocumentProperties(), ownerProperties(ss.getId())].some(
      (p) => p.getProperty(REMIND_DAY_KEY) === String(today),
    );
    showPreview(previewView(plan, lang, currentFlags(ss).remind, doneToday, REMIND_HOUR));
  });
}

/**
 * Menu Pengingat ▸ Matikan: only the reminder flag; the trigger stays (hourly) while scheduled consolidation is on. The
 * trigger may be another editor's (triggers belong to whoever switched the job on): the alert claims a removal only when
 * one of the clicking user's went; another's stays but, reading the flag from the document, sends nothing.
 */
export function menuRemindersOff(): void {
  const lang = docLang();
  guarded(lang, 'remindgas.failed', () => {
    const out = setScheduledJob(SpreadsheetApp.getActive(), 'remind', false);
    if (!out.ok && out.reason === 'busy') return alert(lang, t(lang, 'remindgas.busy'));
    if (!out.ok) return alert(lang, t(lang, 'remindgas.failed', { message: out.message }));
    if (!out.before.remind) return alert(lang, t(lang, 'remindgas.off_none'));
    alert(lang, t(lang, out.after.consolidate ? 'remindgas.off_kept' : out.removed > 0 ? 'remindgas.off' : 'remindgas.off_other'));
  });
}
