// Periksa sheet ini / Periksa semua sheet / Hapus tanda, the onEdit simple trigger, and checkChunk for long runs driven by the sidebar.
import { t } from '../../core/i18n';
import type { Lang } from '../../core/model/types';
import { checkEdit } from '../check-edit';
import {
  chunkStatus,
  clearAllMarks,
  continueRun,
  startRun,
  type ChunkStatus,
  type RunOptions,
  type Scope,
  type StartOutcome,
} from '../check-run';
import { guarded } from '../guard';
import { docLang } from '../lang';

export type { ChunkStatus } from '../check-run';

/**
 * What the sidebar sends. null (its first call): start a new run of every sheet. `{ start: true, scope }`: start a
 * run of every sheet or of the active one. Anything else (the `state` a chunk returned, or `{}`): go on with the run
 * under way. `budgetMs` and `blockCells` bound a call's work (tests make them tiny).
 */
export interface ChunkRequest extends RunOptions {
  start?: boolean;
  scope?: Scope;
  runId?: string;
}

const LOCK_WAIT_MS = 10_000;

/** Runs fn under the document lock, so that two runs (or a run and an edit) never interleave their writes. */
function locked<T>(waitMs: number, fn: () => T, busy: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(waitMs)) return busy();
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

function alert(lang: Lang, titleKey: string, key: string, params: Record<string, string | number> = {}): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(t(lang, titleKey), t(lang, key, params), ui.ButtonSet.OK);
}

function outcomeMessage(lang: Lang, out: StartOutcome): string | undefined {
  if (out.kind === 'own') return t(lang, 'check.own_sheet', { sheet: out.sheet });
  if (out.kind === 'not_register') return t(lang, 'check.not_register', { sheet: out.sheet });
  return undefined;
}

function runFromMenu(scope: Scope): void {
  const lang = docLang();
  guarded(lang, 'chunk.failed', () =>
    locked(
      LOCK_WAIT_MS,
      () => {
        const out = startRun(scope);
        if (out.kind === 'own') alert(lang, 'check.own_sheet.title', 'check.own_sheet', { sheet: out.sheet });
        else if (out.kind === 'not_register') alert(lang, 'check.not_register.title', 'check.not_register', { sheet: out.sheet });
        // Too big for one run: the findings sheet is written, the marking goes on from the sidebar.
        else if (!out.status.done) {
          const percent = Math.floor((100 * out.status.done_units) / out.status.total_units);
          alert(lang, 'check.continue.title', 'check.continue', { percent });
        }
      },
      () => alert(lang, 'check.busy.title', 'check.busy'),
    ),
  );
}

/** Periksa sheet ini: the active sheet, with the workbook's reference sheets. */
export function menuCheckSheet(): void {
  runFromMenu('sheet');
}

/** Periksa semua sheet (lintas sheet): every sheet, reference lists and cross-sheet checks included. */
export function menuCheckAll(): void {
  runFromMenu('all');
}

/** Hapus tanda: every background and note Sinergi put on cells goes; the user's own stay as they were. */
export function menuClearMarks(): void {
  const lang = docLang();
  guarded(lang, 'panel.error', () =>
    locked(
      LOCK_WAIT_MS,
      () => {
        const { removed } = clearAllMarks();
        const msg = removed === 0 ? t(lang, 'marks.none') : t(lang, 'marks.cleared', { count: removed });
        SpreadsheetApp.getActive().toast(msg, t(lang, 'app.name'), 8);
      },
      () => alert(lang, 'check.busy.title', 'check.busy'),
    ),
  );
}

/**
 * Simple trigger: re-checks the edited rows. It must never throw (Sheets would show the error to whoever typed)
 * and never wait long for a run that holds the lock: the edit is then left to the next Periksa.
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    let lock: GoogleAppsScript.Lock.Lock | null = null;
    try {
      lock = LockService.getDocumentLock();
    } catch {
      lock = null; // no lock service in this run: check anyway, an edit touches few cells
    }
    if (lock && !lock.tryLock(2_000)) return;
    try {
      checkEdit(e);
    } finally {
      lock?.releaseLock();
    }
  } catch {
    // Deliberately silent: see above.
  }
}

/**
 * One call of a long check, for the sidebar's progress bar (google.script.run: plain JSON in and out). Call again
 * with the returned `state` while `done` is false; the run's result equals one uninterrupted Periksa.
 */
export function checkChunk(request?: ChunkRequest | null): ChunkStatus {
  const lang = docLang();
  // The request comes from the browser: only plain non-negative numbers are taken.
  const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);
  const options: RunOptions = { budgetMs: num(request?.budgetMs), blockCells: num(request?.blockCells) };
  return locked(
    LOCK_WAIT_MS,
    () => {
      if (request && !request.start) return continueRun(options);
      const out = startRun(request?.scope ?? 'all', options);
      return out.kind === 'ok' ? out.status : chunkStatus(true, 0, 0, outcomeMessage(lang, out) ?? '');
    },
    // Not done: the sidebar asks again (continuing, if this was a continuation), when the other command may be over.
    () => chunkStatus(false, 0, 0, t(lang, 'check.busy'), request && !request.start ? (request.runId ?? '') : undefined),
  );
}
