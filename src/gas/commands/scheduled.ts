// sinergiHourly, the document's one time-driven trigger: a small dispatcher of the scheduled jobs the document has on (consolidation, reminders), and the consolidation menu items.
import { jakartaDay } from '../../app/ports';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/model/types';
import { CURSOR_KEY } from '../../core/sync/state';
import { guarded } from '../guard';
import { docLang, langOfLocale } from '../lang';
import { REMIND_DAY_KEY, remindJob, REMIND_LATEST_HOUR } from '../remind-job';
import { documentOfFiring, jakartaHour, jobProperties, readFlags, REMIND_HOUR, setScheduledJob, type ScheduleFlags } from '../schedule';
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
  flags: ScheduleFlags;
  options: HourlyOptions;
}

/** A scheduled job: does at most one bounded piece of work per firing and says what it did (a short code, for the log and tests). */
interface Job {
  name: string;
  /** The document has this job switched on. */
  on(flags: ScheduleFlags): boolean;
  run(ctx: JobContext): string;
  /**
   * The outcome took the firing's time (a consolidation chunk runs up to 4.5 minutes, sending up to 4): the jobs after it
   * wait for the next firing, so that two never add up past Apps Script's 6-minute limit.
   */
  heavy(code: string): boolean;
}

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
  const out = consolidateStep(ctx.ss, ctx.lang, { budgetMs: ctx.options.budgetMs, now: ctx.now, store: ctx.store });
  // Marked only after a chunk went through: a firing that failed before saving a cursor is retried next hour.
  if (!inProgress) ctx.store.set(DAILY_KEY, today);
  return out.kind === 'run' ? (out.result.done ? 'done' : 'continue') : out.kind;
}

const CONSOLIDATE: Job = {
  name: 'consolidate',
  on: (f) => f.consolidate,
  run: consolidationJob,
  heavy: (code) => code === 'continue' || code === 'done' || code === 'failed',
};

const REMIND: Job = {
  name: 'remind',
  on: (f) => f.remind,
  // Reminders wait for a consolidation in progress only when the trigger is hourly: a daily trigger would wait a whole day.
  run: (ctx) => remindJob(ctx.ss, ctx.lang, ctx.now(), ctx.store, ctx.flags.consolidate),
  heavy: (code) => code === 'done',
};

/**
 * In firing order: the day's consolidation first, so that reminders (which wait for it) read fresh statuses; but from
 * REMIND_LATEST_HOUR on, reminders not yet sent today go first and the consolidation chunk takes the next firing.
 */
function jobsOf(ctx: JobContext): Job[] {
  const now = ctx.now();
  const overdue = jakartaHour(now) >= REMIND_LATEST_HOUR && ctx.store.get(REMIND_DAY_KEY) !== String(jakartaDay(now));
  return (overdue ? [REMIND, CONSOLIDATE] : [CONSOLIDATE, REMIND]).filter((job) => job.on(ctx.flags));
}

/** A firing without stored flags comes from the previous version's trigger, which meant consolidation. */
const LEGACY_FLAGS: ScheduleFlags = { consolidate: true, remind: false };

/** The firing's document may not be the active one: its own locale decides the language. */
function langOf(ss: Spreadsheet): Lang {
  try {
    return langOfLocale(ss.getSpreadsheetLocale());
  } catch {
    return 'id';
  }
}

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

/**
 * sinergiHourly with options (tests); returns each job's outcome as 'job:code' in the order run (jobs switched off are not
 * run; 'job:next_firing' when an earlier job took the firing), or ['busy'] / ['no_document'] / ['failed'].
 */
export function sinergiHourlyWith(options: HourlyOptions = {}): string[] {
  try {
    const ss = documentOfFiring(options.triggerUid);
    if (!ss) return ['no_document'];
    // Without an active document there is no document lock; the script lock is coarser but still keeps runs apart.
    const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
    // Someone is checking or consolidating by hand: skip this firing, the next one comes in an hour.
    if (!lock || !lock.tryLock(LOCK_WAIT_MS)) return ['busy'];
    try {
      const props = jobProperties(ss.getId());
      const store = new SheetsStore(props);
      // The document's own metadata first: an editor may have switched a job off since the owner's mirror was written.
      const flags = readFlags(ss) ?? LEGACY_FLAGS;
      const ctx: JobContext = { ss, lang: langOf(ss), now: options.now ?? (() => new Date()), store, flags, options };
      const out: string[] = [];
      let spent = false;
      for (const job of jobsOf(ctx)) {
        if (spent) {
          out.push(`${job.name}:next_firing`);
          continue;
        }
        let code: string;
        try {
          code = job.run(ctx);
        } catch (e) {
          recordFailure(ctx, job, e);
          code = 'failed';
        }
        out.push(`${job.name}:${code}`);
        spent = job.heavy(code);
      }
      return out;
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

/** Menu "Konsolidasi terjadwal: aktifkan": the consolidation flag on, the trigger hourly; reminders are left as they are. */
export function menuScheduleConsolidation(): void {
  const lang = docLang();
  guarded(lang, 'syncgas.schedule.failed', () => {
    const out = setScheduledJob(SpreadsheetApp.getActive(), 'consolidate', true);
    if (!out.ok && out.reason === 'busy') return alert(lang, t(lang, 'remindgas.busy'));
    if (!out.ok) return alert(lang, t(lang, `syncgas.schedule.refused.${out.reason}`, { message: out.message }));
    alert(lang, t(lang, out.before.consolidate ? 'syncgas.schedule.already' : 'syncgas.schedule.on', { hour: DAILY_HOUR }));
  });
}

/** Menu "Konsolidasi terjadwal: matikan": the consolidation flag off; with reminders on the trigger stays, daily. */
export function menuUnscheduleConsolidation(): void {
  const lang = docLang();
  guarded(lang, 'syncgas.schedule.failed', () => {
    const out = setScheduledJob(SpreadsheetApp.getActive(), 'consolidate', false);
    if (!out.ok && out.reason === 'busy') return alert(lang, t(lang, 'remindgas.busy'));
    if (!out.ok) return alert(lang, t(lang, 'syncgas.schedule.failed', { message: out.message }));
    const lines = [t(lang, out.before.consolidate ? 'syncgas.schedule.off' : 'syncgas.schedule.off_none')];
    if (out.before.consolidate && out.after.remind) lines.push(t(lang, 'remindgas.consolidation_off_kept', { hour: REMIND_HOUR }));
    alert(lang, lines.join('\n\n'));
  });
}
