// Konsolidasi sumber (TKPP), Kirim referensi, and consolidateChunk for the sidebar: the consolidation use-case wired to the Sheets adapters.
import { readReferences } from '../../core/workbook';
import { referenceKindOf } from '../../core/ref/references';
import { DEFAULT_BUDGET_MS, runConsolidation, type ConsolidationResult } from '../../app/consolidate';
import type { WorkbookPort } from '../../app/ports';
import { jakartaDay } from '../../app/ports';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/model/types';
import type { SourceStatus } from '../../core/sync/state';
import { guarded } from '../guard';
import { docLang } from '../lang';
import { readSheet, tzOffsetMinutes } from '../read';
import { appendAudit, type AuditEntry } from '../sync-audit';
import { SheetsMaster } from '../sync-master';
import { SYNC_SHEETS } from '../sync-names';
import { SheetsSourceOpener } from '../sync-open';
import { SourceUnreachable, type SourceFailure, type SourceOpener, type Store } from '../sync-ports';
import { pushReferences } from '../sync-refs';
import {
  ensureSourcesSheet,
  readSources,
  spreadsheetIdOf,
  statusCellsOf,
  writeSourceStatuses,
  type Source,
  type SourceProblem,
} from '../sync-sources';
import { sheetsDigest, SheetsStore } from '../sync-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const LOCK_WAIT_MS = 10_000;
/** Why a source was unreachable outlives the chunk that opened it: the statuses are written by the last chunk. */
const reasonKey = (ref: string): string => `sync:reason:${ref}`;

export interface StepOptions {
  /** Time budget of this chunk (DEFAULT_BUDGET_MS, 4.5 minutes). */
  budgetMs?: number;
  /** Tests pin the clock so that two runs stamp the same synced-at. */
  now?: () => Date;
  /** Where the run keeps its cursor and source records (default: document properties; a firing without its document passes the owner's). */
  store?: Store;
}

export type StepOutcome =
  | { kind: 'created' }
  | { kind: 'empty'; problems: SourceProblem[] }
  | { kind: 'run'; result: ConsolidationResult; problems: SourceProblem[]; sources: Source[]; reasons: Record<string, SourceFailure> };

/** What the sidebar receives: checkChunk's shape, plus `failed` so that an error is not shown as "finished". */
export interface ConsolidateStatus {
  done: boolean;
  failed: boolean;
  doneUnits: number;
  totalUnits: number;
  message: string;
  state: { consolidate: true } | null;
}

/** Remembers why each source could not be opened, in the store, so a later chunk can say it in the Status column. */
class ReasonOpener implements SourceOpener {
  constructor(
    private readonly inner: SourceOpener,
    private readonly store: Store,
  ) {}

  open(ref: string): WorkbookPort {
    try {
      const wb = this.inner.open(ref);
      if (this.store.get(reasonKey(ref)) !== undefined) this.store.delete(reasonKey(ref));
      return wb;
    } catch (e) {
      if (e instanceof SourceUnreachable) this.store.set(reasonKey(ref), e.reason);
      throw e;
    }
  }
}

/** One chunk of a consolidation of the active spreadsheet; on the last chunk, statuses and the audit log are written. */
export function consolidateStep(ss: Spreadsheet, lang: Lang, options: StepOptions = {}): StepOutcome {
  if (ensureSourcesSheet(ss, lang).created) return { kind: 'created' };
  const { sources, problems } = readSources(ss);
  if (!sources.some((s) => s.active)) return { kind: 'empty', problems };
  const now = options.now ?? (() => new Date());
  const store = options.store ?? new SheetsStore();
  const ports = {
    opener: new ReasonOpener(new SheetsSourceOpener(), store),
    store,
    digest: sheetsDigest,
    clock: { now, today: () => jakartaDay(now()) },
    master: new SheetsMaster(ss),
  };
  // The master's own reference sheets (DTKS, RPJMD, nomenclature, programme rules) drive the checks of the consolidated set.
  const { refs, config } = readReferences(
    ss
      .getSheets()
      .filter((sh) => referenceKindOf(sh.getName()) !== undefined)
      .map(readSheet),
  );
  const input = { sources, today: jakartaDay(now()), lang, tzOffsetMinutes: tzOffsetMinutes(ss, now()), refs, config };
  const result = runConsolidation(input, ports, { budgetMs: options.budgetMs ?? DEFAULT_BUDGET_MS });
  const reasons: Record<string, SourceFailure> = {};
  if (!result.done) return { kind: 'run', result, problems, sources, reasons };
  for (const s of sources) {
    const st = result.statuses[s.id];
    const reason = store.get(reasonKey(s.ref));
    if (st?.state === 'unreachable' && reason) reasons[s.id] = reason as SourceFailure;
  }
  writeSourceStatuses(
    ss,
    sources.map((s) => statusCellsOf(s.row, s.active ? result.statuses[s.id] : undefined, lang, reasons[s.id])),
  );
  const entries: AuditEntry[] = sources
    .filter((s) => s.active)
    .map((s) => {
      const st = result.statuses[s.id];
      return { action: 'consolidate', source: s.opd || s.id, outcome: reasons[s.id] ?? st?.state ?? 'none', rows: st?.rows ?? null };
    });
  appendAudit(ss, entries, lang, now());
  return { kind: 'run', result, problems, sources, reasons };
}

/** Words for a source's outcome, as the Status column says it. */
function statusWords(st: SourceStatus | undefined, lang: Lang, reason?: SourceFailure): string {
  return statusCellsOf(0, st, lang, reason).status;
}

function problemLines(lang: Lang, problems: readonly SourceProblem[]): string[] {
  return problems.length === 0 ? [] : ['', t(lang, 'syncgas.problems'), ...problems.map((p) => t(lang, p.key, p.params))];
}

/** The result in words; `unitsDone`/`total` for the progress bar. */
export function outcomeText(lang: Lang, out: StepOutcome): { message: string; done: boolean; doneUnits: number; totalUnits: number } {
  const sheet = SYNC_SHEETS.sources;
  if (out.kind === 'created') return { message: t(lang, 'syncgas.created', { sheet }), done: true, doneUnits: 0, totalUnits: 0 };
  if (out.kind === 'empty')
    return {
      message: [t(lang, 'syncgas.empty', { sheet }), ...problemLines(lang, out.problems)].join('\n'),
      done: true,
      doneUnits: 0,
      totalUnits: 0,
    };
  const r = out.result;
  if (!r.done)
    return { message: t(lang, 'syncgas.continue', { done: r.next, total: r.total }), done: false, doneUnits: r.next, totalUnits: r.total };
  const active = out.sources.filter((s) => s.active);
  const failed = active.filter((s) => {
    const st = r.statuses[s.id]?.state;
    return st !== 'ok' && st !== 'errors';
  });
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const warnings = r.findings.filter((f) => f.severity === 'warning').length;
  const lines = [
    t(lang, 'syncgas.done', {
      sources: active.length,
      ok: active.length - failed.length,
      failed: failed.length,
      rows: r.rows.beneficiary + r.rows.program,
      errors,
      warnings,
      findings: SYNC_SHEETS.output.findings,
      sheet,
    }),
  ];
  if (failed.length > 0)
    lines.push(
      '',
      t(lang, 'syncgas.failed_sources'),
      ...failed.map((s) =>
        t(lang, 'syncgas.source_line', { source: s.opd || s.id, status: statusWords(r.statuses[s.id], lang, out.reasons[s.id]) }),
      ),
    );
  lines.push(...problemLines(lang, out.problems));
  return { message: lines.join('\n'), done: true, doneUnits: r.total, totalUnits: r.total };
}

/** Runs fn under the document lock, so two consolidations (or a consolidation and a check) never interleave their writes. */
function locked<T>(fn: () => T, busy: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS)) return busy();
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

function alert(lang: Lang, titleKey: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(t(lang, titleKey), message, ui.ButtonSet.OK);
}

/** Menu "Konsolidasi sumber (TKPP)"; `options` only for tests (the menu passes none). */
export function runConsolidateMenu(options: StepOptions = {}): void {
  const lang = docLang();
  guarded(lang, 'syncgas.failed', () =>
    locked(
      () => {
        const ss = SpreadsheetApp.getActive();
        const out = consolidateStep(ss, lang, options);
        if (out.kind === 'created') ss.getSheetByName(SYNC_SHEETS.sources)?.activate();
        alert(lang, 'syncgas.title', outcomeText(lang, out).message);
      },
      () => alert(lang, 'syncgas.title', t(lang, 'syncgas.busy')),
    ),
  );
}

export function menuConsolidate(): void {
  runConsolidateMenu();
}

/**
 * google.script.run: one chunk of a consolidation for the sidebar's progress bar. Call again while `done` is false;
 * the stored cursor carries the run, so the request only bounds the chunk (`budgetMs`, tests make it tiny).
 */
export function consolidateChunk(request?: { budgetMs?: unknown } | null): ConsolidateStatus {
  return consolidateChunkWith(request);
}

/** consolidateChunk with a pinned clock (tests). */
export function consolidateChunkWith(request?: { budgetMs?: unknown } | null, now?: () => Date): ConsolidateStatus {
  let lang: Lang = 'id';
  try {
    lang = docLang();
    const b = request && typeof request === 'object' ? request.budgetMs : undefined;
    const budgetMs = typeof b === 'number' && Number.isFinite(b) && b >= 0 ? b : undefined;
    return locked(
      (): ConsolidateStatus => {
        const s = outcomeText(lang, consolidateStep(SpreadsheetApp.getActive(), lang, { budgetMs, now }));
        return { ...s, failed: false, state: s.done ? null : { consolidate: true } };
      },
      // Not done: the sidebar asks again, when the other run may be over.
      (): ConsolidateStatus => ({
        done: false,
        failed: false,
        doneUnits: 0,
        totalUnits: 0,
        message: t(lang, 'syncgas.busy'),
        state: { consolidate: true },
      }),
    );
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { done: true, failed: true, doneUnits: 0, totalUnits: 0, message: t(lang, 'syncgas.failed', { message }), state: null };
  }
}

/** Menu "Kirim referensi": the master's lists into every active source (each spreadsheet once), outcome per OPD. */
export function menuPushRefs(): void {
  const lang = docLang();
  guarded(lang, 'syncgas.push.failed', () =>
    locked(
      () => {
        const ss = SpreadsheetApp.getActive();
        if (ensureSourcesSheet(ss, lang).created) {
          ss.getSheetByName(SYNC_SHEETS.sources)?.activate();
          return alert(lang, 'syncgas.push.title', t(lang, 'syncgas.created', { sheet: SYNC_SHEETS.sources }));
        }
        const { sources, problems } = readSources(ss);
        // One push per spreadsheet: an OPD's beneficiary and program registers often share a file.
        const groups = new Map<string, { ref: string; opds: string[] }>();
        for (const s of sources) {
          if (!s.active) continue;
          const key = spreadsheetIdOf(s.ref) ?? s.ref;
          const g = groups.get(key) ?? { ref: s.ref, opds: [] };
          if (!g.opds.includes(s.opd || s.id)) g.opds.push(s.opd || s.id);
          groups.set(key, g);
        }
        if (groups.size === 0)
          return alert(
            lang,
            'syncgas.push.title',
            [t(lang, 'syncgas.empty', { sheet: SYNC_SHEETS.sources }), ...problemLines(lang, problems)].join('\n'),
          );
        const list = [...groups.values()];
        const results = pushReferences(
          ss,
          list.map((g) => g.ref),
          lang,
        );
        const outcome = (i: number) => {
          const r = results[i];
          return r.ok ? 'ok' : r.reason;
        };
        const words = (i: number) => {
          const r = results[i];
          return r.ok ? t(lang, 'syncgas.push.ok') : t(lang, `syncgas.status.${r.reason}`);
        };
        appendAudit(
          ss,
          list.map((g, i) => ({ action: 'push_refs', source: g.opds.join(', '), outcome: outcome(i) })),
          lang,
        );
        const ok = results.filter((r) => r.ok).length;
        const lines = [
          t(lang, 'syncgas.push.done', { ok, total: results.length }),
          '',
          ...list.map((g, i) => t(lang, 'syncgas.source_line', { source: g.opds.join(', '), status: words(i) })),
          ...problemLines(lang, problems),
        ];
        alert(lang, 'syncgas.push.title', lines.join('\n'));
      },
      () => alert(lang, 'syncgas.push.title', t(lang, 'syncgas.busy')),
    ),
  );
}
