// The consolidation use-case: read every active source once, validate it, stage its rows with provenance, then check the whole set.
import { checkSheet, type SheetResult } from '../core/engine';
import { t } from '../core/i18n';
import { DEFAULT_CONFIG, type RuleConfig } from '../core/model/config';
import type { Day, Finding, Lang, RegisterKind } from '../core/model/types';
import type { References } from '../core/checks/types';
import { referenceKindOf } from '../core/ref/references';
import { consolidatedHeader, fieldCount } from '../core/sync/columns';
import { encodeRow } from '../core/sync/cells';
import { digestInput } from '../core/sync/digest-input';
import { encodeFinding, FINDING_COLUMNS } from '../core/sync/finding-cells';
import { fnv1a64, rowFingerprint } from '../core/sync/fingerprint';
import {
  CHANGES_KEPT,
  CONTENT_PREFIX,
  CURSOR_KEY,
  parseCursor,
  parseRecord,
  sourceKey,
  STAGED_KINDS,
  type Cursor,
  type SourceRecord,
  type SourceRegister,
  type SourceStatus,
  type StagedKind,
} from '../core/sync/state';
import { VERSION } from '../core/version';
import { finishConsolidation } from './consolidate-finish';
import { SourceError, type ConsolidatePorts } from './consolidate-ports';
import { isOwnSheet } from './sheets';
import { JAKARTA_OFFSET_MINUTES, type SheetData } from './ports';

export interface SourceEntry {
  id: string;
  opd: string;
  kind: RegisterKind;
  /** Spreadsheet URL or id, or a file path. */
  ref: string;
  /** The register's sheet; every sheet is searched when absent. */
  sheet?: string;
  contactName?: string;
  contactEmail?: string;
  active: boolean;
}

export interface ConsolidateInput {
  sources: readonly SourceEntry[];
  today: Day;
  lang?: Lang;
  /** Minutes east of UTC of the sources' Date values: 420 in Sheets, 0 for files. */
  tzOffsetMinutes?: number;
  /** Rule settings and reference lists of the master, for the checks. */
  config?: RuleConfig;
  refs?: References;
  quarter?: 1 | 2 | 3 | 4;
}

/** Apps Script stops a run at 6 minutes: a chunk stops taking new sources after 4.5. */
export const DEFAULT_BUDGET_MS = 270000;

export type ConsolidationResult =
  | { done: false; next: number; total: number }
  | { done: true; total: number; statuses: Record<string, SourceStatus>; findings: Finding[]; rows: Record<RegisterKind, number> };

/** Runs one chunk: continues a stored run, or starts one. Call again while `done` is false. */
export function runConsolidation(
  input: ConsolidateInput,
  ports: ConsolidatePorts,
  options: { budgetMs?: number } = {},
): ConsolidationResult {
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const { store, master, clock } = ports;
  const active = input.sources.filter((s) => s.active);
  const lang = input.lang ?? 'id';
  const chunkStart = clock.now().getTime();
  const list = fnv1a64(JSON.stringify(active.map((s) => [s.id, s.kind, s.ref, s.sheet ?? ''])));
  let cursor = parseCursor(store.get(CURSOR_KEY));
  // A different source list, or staging that does not match the cursor (a chunk died between append and save): start over.
  if (
    !cursor ||
    cursor.list !== list ||
    cursor.next > active.length ||
    STAGED_KINDS.some((k) => master.stagingRows(k) !== cursor!.staged[k])
  ) {
    const startedAt = clock.now().toISOString();
    cursor = { run: startedAt, startedAt, next: 0, staged: { beneficiary: 0, program: 0, findings: 0 }, list };
    for (const k of STAGED_KINDS) master.resetStaging(k, k === 'findings' ? [...FINDING_COLUMNS] : consolidatedHeader(k, lang));
    store.set(CURSOR_KEY, JSON.stringify(cursor));
  }
  const previous = new Map<StagedKind, unknown[][]>();
  const run: RunContext = { input, ports, lang, cursor, previous };
  ports.progress?.start('consolidate', active.length);
  while (cursor.next < active.length) {
    consolidateSource(active[cursor.next], run);
    cursor.next++;
    store.set(CURSOR_KEY, JSON.stringify(cursor));
    ports.progress?.tick(cursor.next);
    if (cursor.next < active.length && clock.now().getTime() - chunkStart >= budget) {
      ports.progress?.end();
      return { done: false, next: cursor.next, total: active.length };
    }
  }
  ports.progress?.end();
  const out = finishConsolidation(input, ports, active);
  store.delete(CURSOR_KEY);
  return { done: true, total: active.length, ...out };
}

interface RunContext {
  input: ConsolidateInput;
  ports: ConsolidatePorts;
  lang: Lang;
  cursor: Cursor;
  /** The last consolidation's tables, read at most once per chunk, for unchanged sources. */
  previous: Map<StagedKind, unknown[][]>;
}

function stage(run: RunContext, kind: StagedKind, rows: (string | number | null)[][]): void {
  if (rows.length === 0) return;
  run.ports.master.appendStaging(kind, rows);
  run.cursor.staged[kind] += rows.length;
}

/** A source-level finding (row 0, no cell): the source could not be opened or holds no register. */
export function sourceFinding(src: SourceEntry, rule: 'source.unreachable' | 'source.no_register', lang: Lang): Finding {
  const params = { source: src.opd || src.id, kind: t(lang, `sync.kind.${src.kind}`), reason: t(lang, 'sync.reason.unreachable') };
  return {
    rule,
    severity: 'error',
    file: src.id,
    sheet: src.sheet ?? '',
    row: 0,
    column: '',
    cell: '',
    message: t(lang, rule, params),
    key: rule,
    params,
  };
}

/** "dd/mm/yyyy hh:mm" in Asia/Jakarta: the run's start, shared by every row the run stages whatever chunk wrote it. */
export function syncedAtText(iso: string): string {
  const d = new Date(new Date(iso).getTime() + JAKARTA_OFFSET_MINUTES * 60000);
  const p = (n: number) => (n < 10 ? '0' : '') + n;
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

function record(run: RunContext, src: SourceEntry, rec: SourceRecord, findings: readonly Finding[]): void {
  stage(run, 'findings', findings.map(encodeFinding));
  run.ports.store.set(sourceKey(src.id), JSON.stringify(rec));
}

/**
 * The source's content is unchanged since `before`: compared with a digest of the same kind (an older version's record holds
 * the raw sheets' digest, or only the run digest).
 */
function sameContent(before: SourceStatus, content: string, raw: string, digest: string): boolean {
  if (before.content === undefined) return before.digest === digest;
  return before.content.startsWith(CONTENT_PREFIX) ? before.content === content : before.content === raw;
}

/**
 * When the master first saw the source's current content, and the recent changes. An unreadable source delivered nothing
 * new: it keeps what it had (content too, so data that comes back unchanged after an outage is not a new delivery).
 */
function changeOf(before: SourceStatus | undefined, content: string, raw: string, digest: string, startedAt: string): Change {
  if (before && sameContent(before, content, raw, digest)) return unchanged(before, content);
  const earlier = before?.changes ?? (before?.changedAt !== undefined ? [before.changedAt] : []);
  return { content, changedAt: startedAt, changes: [...earlier, startedAt].slice(-CHANGES_KEPT) };
}

type Change = Pick<SourceStatus, 'content' | 'changedAt' | 'changes'>;

/** The same content as before: its last change and history stay (a status from before they were kept dates them from its last sync). */
function unchanged(before: SourceStatus, content: string): Change {
  const changedAt = before.changedAt ?? before.lastSync;
  return { content, changedAt, changes: before.changes ?? [changedAt] };
}

function keptChange(before: SourceStatus | undefined): Change {
  return {
    ...(before?.content !== undefined ? { content: before.content } : {}),
    ...(before?.changedAt !== undefined ? { changedAt: before.changedAt } : {}),
    ...(before?.changes !== undefined ? { changes: before.changes } : {}),
  };
}

/**
 * The content digest: each register's encoded rows (what Sinergi reads of it) digested alone, then those digests sorted by
 * kind and digest. A renamed or moved tab, a notes sheet, a volatile formula outside the register columns change nothing.
 */
function contentOf(run: RunContext, registers: readonly { kind: RegisterKind; rows: (string | number | null)[][] }[]): string {
  const parts = registers.map((r) => `${r.kind}:${run.ports.digest.sha256(digestInput('', [{ name: '', values: r.rows }]))}`);
  return CONTENT_PREFIX + run.ports.digest.sha256(parts.sort().join('\n'));
}

function failed(run: RunContext, src: SourceEntry, state: 'unreachable' | 'no_register', digest: string): void {
  const f = sourceFinding(src, state === 'unreachable' ? 'source.unreachable' : 'source.no_register', run.lang);
  const before = parseRecord(run.ports.store.get(sourceKey(src.id)))?.status;
  const status: SourceStatus = { state, rows: 0, errors: 1, warnings: 0, digest, lastSync: run.cursor.startedAt, ...keptChange(before) };
  record(run, src, { status, registers: [] }, [f]);
}

function consolidateSource(src: SourceEntry, run: RunContext): void {
  let sheets: SheetData[];
  try {
    const wb = run.ports.opener.open(src.ref);
    const names = wb.sheetNames();
    const wanted =
      src.sheet !== undefined ? names.filter((n) => n === src.sheet) : names.filter((n) => !referenceKindOf(n) && !isOwnSheet(n));
    sheets = wanted.map((n) => wb.readSheet(n));
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    failed(run, src, 'unreachable', '');
    return;
  }
  const { input } = run;
  const context = [
    VERSION,
    run.lang,
    input.today,
    input.tzOffsetMinutes ?? 420,
    src.kind,
    src.sheet ?? '',
    fnv1a64(JSON.stringify(input.config ?? null)),
  ];
  // The run's digest: the raw sheets (names and all, since findings cite them) with the context (day, version, settings).
  const raw = run.ports.digest.sha256(digestInput('', sheets));
  const digest = run.ports.digest.sha256(context.join('|') + '\u001c' + raw);
  const before = parseRecord(run.ports.store.get(sourceKey(src.id)));
  // The same run digest means the same sheets, so the same content: it is kept, not recomputed (reuse does not parse).
  if (
    before &&
    before.status.digest === digest &&
    (before.status.state === 'ok' || before.status.state === 'errors') &&
    reuse(run, src, before, unchanged(before.status, before.status.content ?? raw))
  )
    return;
  const registers: SourceRegister[] = [];
  const findings: Finding[] = [];
  const rows: (string | number | null)[][] = [];
  const delivered: { kind: RegisterKind; rows: (string | number | null)[][] }[] = [];
  const synced = syncedAtText(run.cursor.startedAt);
  for (const data of sheets) {
    const sheetInput = {
      file: src.id,
      sheet: data.name,
      values: data.values,
      ...(data.numberFormats ? { numberFormats: data.numberFormats } : {}),
    };
    const res: SheetResult | undefined = checkSheet(sheetInput, {
      today: input.today,
      lang: run.lang,
      tzOffsetMinutes: input.tzOffsetMinutes ?? 420,
      config: input.config ?? DEFAULT_CONFIG,
      kind: src.kind,
    });
    if (!res || res.kind !== src.kind) continue;
    const labels: Record<string, string> = {};
    for (const [field, index] of Object.entries(res.header.fields))
      labels[field] = res.header.columns.find((c) => c.index === index)?.label ?? field;
    registers.push({ sheet: res.sheet, kind: res.kind, headerRow: res.header.headerRow, fields: res.header.fields, labels });
    findings.push(...res.findings);
    const encoded: (string | number | null)[][] = [];
    for (const row of res.rows as unknown as Record<string, unknown>[]) {
      const cells = encodeRow(src.kind, row);
      encoded.push(cells);
      rows.push([...cells, src.id, res.sheet, row.row as number, rowFingerprint(cells), synced]);
    }
    delivered.push({ kind: res.kind, rows: encoded });
  }
  if (registers.length === 0) return failed(run, src, 'no_register', digest);
  const change = changeOf(before?.status, contentOf(run, delivered), raw, digest, run.cursor.startedAt);
  stage(run, src.kind, rows);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const status: SourceStatus = {
    state: errors > 0 ? 'errors' : 'ok',
    rows: rows.length,
    errors,
    warnings,
    digest,
    lastSync: run.cursor.startedAt,
    ...change,
  };
  record(run, src, { status, registers }, findings);
}

/** An unchanged source: its rows and findings are copied from the last consolidation instead of being validated again. */
function reuse(run: RunContext, src: SourceEntry, before: SourceRecord, change: Change): boolean {
  const prev = (k: StagedKind) => {
    let rows = run.previous.get(k);
    if (!rows) run.previous.set(k, (rows = run.ports.master.readConsolidated(k).slice(1)));
    return rows;
  };
  const col = fieldCount(src.kind);
  const rows = prev(src.kind).filter((r) => r[col] === src.id) as (string | number | null)[][];
  // The last consolidation must still hold every row of the source (someone may have edited the master): else revalidate.
  if (rows.length !== before.status.rows) return false;
  const findings = prev('findings').filter((r) => r[2] === src.id) as (string | number | null)[][];
  stage(run, src.kind, rows);
  stage(run, 'findings', findings);
  run.ports.store.set(
    sourceKey(src.id),
    JSON.stringify({ ...before, status: { ...before.status, lastSync: run.cursor.startedAt, ...change } }),
  );
  return true;
}
