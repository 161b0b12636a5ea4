// sinergiHourly, the document's one hourly trigger: a small dispatcher of scheduled jobs (consolidation today, reminders later), and the menu items that turn it on and off.
import { JAKARTA_OFFSET_MINUTES, jakartaDay } from '../../app/ports';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/model/types';
import { CURSOR_KEY } from '../../core/sync/state';
import { guarded } from '../guard';
import { docLang } from '../lang';
import { documentOfFiring, installHourly, removeHourly } from '../schedule';
import { appendAudit } from '../sync-audit';
import { SYNC_SHEETS } from '../sync-names';
import { SheetsStore } from '../sync-store';
import { consolidateStep } from './consolidate';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const LOCK_WAIT_MS = 10_000;
/** A new daily consolidation starts at the first firing from this hour (Asia/Jakarta) on. */
export const DAILY_HOUR = 6;
/** The Jakarta day the schedule last started a consolidation. */
export const DAILY_KEY = 'schedule:consolidate:day';

export interface HourlyOptions {
  /** Budget of the consolidation chunk (default DEFAULT_BUDGET_MS); tests make it tiny. */
  budgetMs?: number;
  /** Tests drive the fake clock. */
  now?: () => Date;
  /** The firing trigger's unique id (event `triggerUid`), to find its document when none is active. */
  triggerUid?: string;
}

interface JobContext {
  ss: Spreadsheet;
  lang: Lang;
  now: () => Date;
  store: SheetsStore;
  options: HourlyOptions;
}

/** A scheduled job: does at most one bounded piece of work per firing and says what it did (a short code, for the log and tests). */
interface Job {
  name: string;
  run(ctx: JobContext): string;
}

const jakartaHour = (d: Date): number =>
  Math.floor(((((d.getTime() + JAKARTA_OFFSET_MINUTES * 60000) % 86400000) + 86400000) % 86400000) / 3600000);

/**
 * One chunk per firing: continues a run in progress (whoever started it: menu, sidebar or schedule); otherwise starts the
 * day's run at the first firing from DAILY_HOUR on, once per Jakarta day (runs started from the menu do not count).
 */
function consolidationJob(ctx: JobContext): string {
  const inProgress = ctx.store.get(CURSOR_KEY) !== undefined;
  const now = ctx.now();
  const today = String(jakartaDay(now));
  if (!inProgress) {
    if (jakartaHour(now) < DAILY_HOUR || ctx.store.get(DAILY_KEY) === today) return 'idle';
    // No sources sheet yet: a trigger does not create sheets nobody asked for.
    if (!ctx.ss.getSheetByName(SYNC_SHEETS.sources)) return 'no_sources';
  }
  const out = consolidateStep(ctx.ss, ctx.lang, { budgetMs: ctx.options.budgetMs, now: ctx.now });
  // Marked only after a chunk went through: a firing that failed before saving a cursor is retried next hour.
  if (!inProgress) ctx.store.set(DAILY_KEY, today);
  return out.kind === 'run' ? (out.result.done ? 'done' : 'continue') : out.kind;
}

/** In firing order. The reminders job joins here. */
const JOBS: readonly Job[] = [{ name: 'consolidate', run: consolidationJob }];

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Nobody sees a trigger's errors: a failed job leaves a row in the audit log, and the log is best effort. */
function recordFailure(ctx: JobContext, job: Job, e: unknown): void {
  try {
    console.warn(`sinergiHourly ${job.name}: ${messageOf(e)}`);
    appendAudit(ctx.ss, [{ action: `${job.name}_scheduled`, source: '', outcome: `failed: ${messageOf(e)}` }], ctx.lang, ctx.now());
  } catch {
    // Nothing more can be done from a trigger.
  }
}

/** The trigger handler. Never touches the Ui (getUi throws in triggers) and never throws. */
export function sinergiHourly(e?: { triggerUid?: unknown }): void {
  sinergiHourlyWith({ triggerUid: typeof e?.triggerUid === 'string' ? e.triggerUid : undefined });
}

/** sinergiHourly with options (tests); returns each job's outcome as 'job:code', or ['busy'] / ['no_document'] / ['failed']. */
export function sinergiHourlyWith(options: HourlyOptions = {}): string[] {
  try {
    const ss = documentOfFiring(options.triggerUid);
    if (!ss) return ['no_document'];
    // Without an active document there is no document lock; the script lock is coarser but still keeps runs apart.
    const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
    // Someone is checking or consolidating by hand: skip this firing, the next one comes in an hour.
    if (!lock || !lock.tryLock(LOCK_WAIT_MS)) return ['busy'];
    try {
      const ctx: JobContext = { ss, lang: docLang(), now: options.now ?? (() => new Date()), store: new SheetsStore(), options };
      return JOBS.map((job) => {
        try {
          return `${job.name}:${job.run(ctx)}`;
        } catch (e) {
          recordFailure(ctx, job, e);
          return `${job.name}:failed`;
        }
      });
    } finally {
      lock.releaseLock();
    }
  } catch (e) {
    try {
      console.warn(`sinergiHourly: ${messageOf(e)}`);
    } catch {
      // No console: nothing to do.
    }
    return ['failed'];
  }
}

function alert(lang: Lang, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(t(lang, 'syncgas.schedule.title'), message, ui.ButtonSet.OK);
}

/** Menu "Konsolidasi terjadwal: aktifkan". */
export function menuScheduleConsolidation(): void {
  const lang = docLang();
  guarded(lang, 'syncgas.schedule.failed', () => {
    const out = installHourly(SpreadsheetApp.getActive().getId());
    if (out.ok) alert(lang, t(lang, out.created ? 'syncgas.schedule.on' : 'syncgas.schedule.already', { hour: DAILY_HOUR }));
    else alert(lang, t(lang, `syncgas.schedule.refused.${out.reason}`, { message: out.message }));
  });
}

/** Menu "Konsolidasi terjadwal: matikan". */
export function menuUnscheduleConsolidation(): void {
  const lang = docLang();
  guarded(lang, 'syncgas.schedule.failed', () => {
    const removed = removeHourly(SpreadsheetApp.getActive().getId());
    alert(lang, t(lang, removed > 0 ? 'syncgas.schedule.off' : 'syncgas.schedule.off_none'));
  });
}
