// `sinergi consolidate <sources...> --out master.xlsx`: the consolidation use-case on files, written as one master workbook.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { runConsolidation, type ConsolidationResult, type SourceEntry } from '../../app/consolidate';
import { SourceError, type ConsolidatePorts, type Master } from '../../app/consolidate-ports';
import { jakartaDay, type Clock, type TableData, type WorkbookPort } from '../../app/ports';
import { t } from '../../core/i18n';
import type { Day, Lang, RegisterKind } from '../../core/model/types';
import { detectHeader } from '../../core/parse/header';
import { referenceKindOf } from '../../core/ref/references';
import { textColumns } from '../../core/sync/columns';
import type { StagedKind } from '../../core/sync/state';
import { InputError } from '../io/errors';
import { FILE_TZ_OFFSET_MINUTES, loadWorkbook } from '../io/load';
import { writeWorkbookXlsx, type SheetSpec } from '../io/xlsx-write';
import type { Io } from '../main';

export interface ConsolidateCliOptions {
  out: string;
  lang: Lang;
  today: Day;
}

/** The master in memory: staging and consolidated tables per kind, and the output tables, written to one .xlsx at the end. */
export class MemoryMaster implements Master {
  readonly staging = new Map<StagedKind, (string | number | null)[][]>();
  readonly consolidated = new Map<StagedKind, unknown[][]>();
  readonly outputs = new Map<string, TableData>();
  readonly rollups: TableData[] = [];
  readConsolidated = (kind: StagedKind) => this.consolidated.get(kind) ?? [];
  resetStaging = (kind: StagedKind, header: string[]) => void this.staging.set(kind, [header]);
  appendStaging = (kind: StagedKind, rows: (string | number | null)[][]) => void this.staging.get(kind)?.push(...rows);
  stagingRows = (kind: StagedKind) => Math.max(0, (this.staging.get(kind)?.length ?? 0) - 1);
  swapStaging = (kind: StagedKind) => void this.consolidated.set(kind, this.staging.get(kind) ?? []);
  writeOutput = (name: 'findings' | 'sources', table: TableData) => void this.outputs.set(name, table);
  writeRollups = (tables: readonly { title: string; header: readonly string[]; rows: readonly (readonly (string | number)[])[] }[]) => {
    this.rollups.length = 0;
    for (const tb of tables) this.rollups.push({ rows: [[...tb.header], ...tb.rows.map((r) => [...r])] });
  };
}

export const memoryStore = (): ConsolidatePorts['store'] => {
  const m = new Map<string, string>();
  return { get: (k) => m.get(k), set: (k, v) => void m.set(k, v), delete: (k) => void m.delete(k) };
};

export const nodeDigest: ConsolidatePorts['digest'] = { sha256: (s) => createHash('sha256').update(s, 'utf8').digest('hex') };

/** The register kinds a file holds: a file may keep a beneficiary list and a programme table side by side. */
function kindsOf(wb: WorkbookPort): RegisterKind[] {
  const kinds = new Set<RegisterKind>();
  for (const name of wb.sheetNames()) {
    if (referenceKindOf(name)) continue;
    const h = detectHeader(wb.readSheet(name).values);
    if (h) kinds.add(h.kind);
  }
  return (['beneficiary', 'program'] as const).filter((k) => kinds.has(k));
}

/** A consolidated master in memory: its sources, the finished run, its tables, and the sheets `sinergi consolidate` writes. */
export interface BuiltMaster {
  sources: SourceEntry[];
  result: Extract<ConsolidationResult, { done: true }>;
  master: MemoryMaster;
  sheets: SheetSpec[];
}

/**
 * The files as consolidation sources, one per register kind a file holds (ids from the file names), with the workbooks that
 * loaded, by path. A file that does not load stays a source: consolidation reports it unreachable.
 */
export async function loadSources(
  files: readonly string[],
  lang: Lang,
): Promise<{ sources: SourceEntry[]; workbooks: Map<string, WorkbookPort> }> {
  const workbooks = new Map<string, WorkbookPort>();
  const sources: SourceEntry[] = [];
  const ids = new Set<string>();
  for (const path of files) {
    let id = basename(path);
    for (let n = 2; ids.has(id); n++) id = `${basename(path)} (${n})`;
    ids.add(id);
    let wb: WorkbookPort | undefined;
    try {
      wb = await loadWorkbook(path);
    } catch (e) {
      // An unreadable source is that source's finding, never the whole command's failure.
      if (!(e instanceof InputError)) throw e;
    }
    if (wb) workbooks.set(path, wb);
    const kinds = wb ? kindsOf(wb) : [];
    if (kinds.length === 0) sources.push({ id, opd: id, kind: 'beneficiary', ref: path, active: true });
    for (const kind of kinds)
      sources.push({ id: kinds.length > 1 ? `${id} (${t(lang, `sync.kind.${kind}`)})` : id, opd: id, kind, ref: path, active: true });
  }
  return { sources, workbooks };
}

/**
 * Consolidates the sources in one go, opening each by its ref in `workbooks`, and lays out the master's sheets. `clock` stamps
 * the run's last-sync and changed-at instants (the demo fixes it so its master does not depend on when it was made).
 */
export function buildMaster(
  sources: readonly SourceEntry[],
  workbooks: ReadonlyMap<string, WorkbookPort>,
  opts: { lang: Lang; today: Day; clock?: Clock },
): BuiltMaster {
  const master = new MemoryMaster();
  const ports: ConsolidatePorts = {
    opener: {
      open: (ref) => {
        const wb = workbooks.get(ref);
        if (!wb) throw new SourceError('unreachable', ref);
        return wb;
      },
    },
    store: memoryStore(),
    digest: nodeDigest,
    clock: opts.clock ?? { now: () => new Date(), today: () => jakartaDay(new Date()) },
    master,
  };
  const res = runConsolidation({ sources, today: opts.today, lang: opts.lang, tzOffsetMinutes: FILE_TZ_OFFSET_MINUTES }, ports, {
    budgetMs: Number.POSITIVE_INFINITY,
  });
  if (!res.done) throw new Error('consolidation stopped without a time budget');
  const sheets: SheetSpec[] = [];
  for (const kind of ['beneficiary', 'program'] as const) {
    const rows = master.readConsolidated(kind);
    if (rows.length > 1) sheets.push({ name: t(opts.lang, `sync.sheet.${kind}`), rows, textColumns: textColumns(kind) });
  }
  sheets.push({ name: t(opts.lang, 'sync.sheet.sources'), rows: master.outputs.get('sources')?.rows ?? [] });
  sheets.push({
    name: t(opts.lang, 'sync.sheet.findings'),
    rows: master.outputs.get('findings')?.rows ?? [],
    textColumns: [1, 2, 4, 5, 7],
  });
  return { sources: [...sources], result: res, master, sheets };
}

export async function consolidateFiles(files: readonly string[], opts: ConsolidateCliOptions, io: Io): Promise<number> {
  const { sources, workbooks } = await loadSources(files, opts.lang);
  const { result: res, sheets } = buildMaster(sources, workbooks, opts);
  await writeWorkbookXlsx(opts.out, sheets, { inputs: files });

  const statuses = Object.values(res.statuses);
  const errors = res.findings.filter((f) => f.severity === 'error').length;
  const warnings = res.findings.filter((f) => f.severity === 'warning').length;
  const ok = statuses.filter((s) => s.state === 'ok' || s.state === 'errors').length;
  const lines = [
    t(opts.lang, 'sync.cli.summary', {
      sources: sources.length,
      ok,
      failed: sources.length - ok,
      rows: res.rows.beneficiary + res.rows.program,
      errors,
      warnings,
    }),
    ...sources.map((s) => {
      const st = res.statuses[s.id];
      return t(opts.lang, 'sync.cli.source_line', {
        source: s.id,
        state: st ? t(opts.lang, `sync.state.${st.state}`) : '',
        rows: st?.rows ?? 0,
        errors: st?.errors ?? 0,
        warnings: st?.warnings ?? 0,
      });
    }),
    t(opts.lang, 'cli.summary.written', { path: opts.out }),
  ];
  io.out(lines.join('\n') + '\n');
  return errors > 0 ? 1 : 0;
}
