// The end of a consolidation: swap the staged tables in, run the cross checks over the whole set, write findings, rollups, statuses.
import type { SheetResult } from '../core/engine';
import { checkRegisters, viewsOf } from '../core/cross';
import { t } from '../core/i18n';
import { isoDay, jakartaDayOfIso } from '../core/remind/calendar';
import { DEFAULT_CONFIG } from '../core/model/config';
import type { Finding, Lang, RegisterKind } from '../core/model/types';
import type { HeaderResult } from '../core/parse/header';
import { beneficiaryRollup } from '../core/rollup/beneficiary';
import { programRollup } from '../core/rollup/program';
import type { Table } from '../core/rollup/table';
import { decodeRow } from '../core/sync/cells';
import { fieldCount } from '../core/sync/columns';
import { decodeFinding } from '../core/sync/finding-cells';
import { parseRecord, sourceKey, STAGED_KINDS, type SourceStatus } from '../core/sync/state';
import { sheetKey } from '../core/workbook';
import type { ConsolidateInput, SourceEntry } from './consolidate';
import type { ConsolidatePorts } from './consolidate-ports';
import type { TableData } from './ports';

const KINDS: readonly RegisterKind[] = ['beneficiary', 'program'];

/**
 * The consolidated rows back as one SheetResult per source sheet, so the cross checks name the source's own file, sheet,
 * row and cell. Only `header.fields` and the labels in `header.columns` are real (kept in the store); the checks read nothing else.
 */
function resultsOf(kind: RegisterKind, table: readonly (readonly unknown[])[], ports: ConsolidatePorts): SheetResult[] {
  const out: SheetResult[] = [];
  const col = fieldCount(kind);
  let cur: SheetResult | undefined;
  for (let i = 1; i < table.length; i++) {
    const r = table[i];
    const file = String(r[col] ?? '');
    const sheet = String(r[col + 1] ?? '');
    if (!cur || cur.file !== file || cur.sheet !== sheet) {
      const reg = parseRecord(ports.store.get(sourceKey(file)))?.registers.find((g) => g.sheet === sheet && g.kind === kind);
      const fields = reg?.fields ?? {};
      const columns = Object.entries(fields).map(([field, index]) => ({ index, label: reg?.labels?.[field] ?? field }));
      const header = { kind, headerRow: reg?.headerRow ?? 0, fields, columns } as unknown as HeaderResult;
      cur = { file, sheet, kind, header, rows: [], findings: [] };
      out.push(cur);
    }
    (cur.rows as unknown[]).push(decodeRow(kind, r, Number(r[col + 2]) || 0));
  }
  return out;
}

export function finishConsolidation(
  input: ConsolidateInput,
  ports: ConsolidatePorts,
  active: readonly SourceEntry[],
): { statuses: Record<string, SourceStatus>; findings: Finding[]; rows: Record<RegisterKind, number> } {
  const { master } = ports;
  const lang = input.lang ?? 'id';
  const config = input.config ?? DEFAULT_CONFIG;
  const refs = input.refs ?? {};
  for (const k of STAGED_KINDS) master.swapStaging(k);
  const rows = { beneficiary: 0, program: 0 };
  const results: SheetResult[] = [];
  for (const kind of KINDS) {
    const rs = resultsOf(kind, master.readConsolidated(kind), ports);
    rows[kind] = rs.reduce((n, r) => n + r.rows.length, 0);
    results.push(...rs);
  }
  const staged = master.readConsolidated('findings').slice(1).map(decodeFinding);
  const cross = checkRegisters(results, { today: input.today, lang, config, refs, quarter: input.quarter });
  const findings = [...staged, ...cross];

  const tables: Table[] = [];
  const prog = viewsOf(results, 'program');
  if (prog.views.length > 0)
    tables.push(
      ...programRollup(prog.views, { quarter: input.quarter, expectedFisik: config.expectedFisik, nomenclature: refs.nomenclature }).tables(
        lang,
      ),
    );
  const ben = viewsOf(results, 'beneficiary');
  if (ben.views.length > 0) {
    const byKey = new Map(ben.source.map((r, i) => [sheetKey(r), i]));
    const rowFindings = findings.flatMap((f) => {
      const reg = byKey.get(sheetKey(f));
      return reg === undefined || f.row === 0 ? [] : [{ severity: f.severity, register: reg, row: f.row }];
    });
    tables.push(beneficiaryRollup(ben.views, rowFindings).toTable(lang));
  }

  const statuses: Record<string, SourceStatus> = {};
  for (const s of active) {
    const rec = parseRecord(ports.store.get(sourceKey(s.id)));
    if (rec) statuses[s.id] = rec.status;
  }
  master.writeOutput('findings', findingsTable(findings, lang));
  master.writeOutput('sources', sourcesTable(active, statuses, lang));
  master.writeRollups(tables);
  return { statuses, findings, rows };
}

export function findingsTable(findings: readonly Finding[], lang: Lang): TableData {
  const cols = ['severity', 'file', 'sheet', 'row', 'cell', 'column', 'rule', 'message'];
  return {
    rows: [
      cols.map((c) => t(lang, `sync.findings.${c}`)),
      ...findings.map((f) => [
        t(lang, `sync.severity.${f.severity}`),
        f.file ?? '',
        f.sheet,
        f.row || null,
        f.cell,
        f.column,
        f.rule,
        f.message,
      ]),
    ],
  };
}

export function sourcesTable(sources: readonly SourceEntry[], statuses: Readonly<Record<string, SourceStatus>>, lang: Lang): TableData {
  // last_change, changes and contact feed the reminders (app/remind-read), which find every column by its header words.
  const cols = ['id', 'opd', 'kind', 'ref', 'state', 'rows', 'errors', 'warnings', 'last_sync', 'last_change', 'changes', 'contact'];
  return {
    rows: [
      cols.map((c) => t(lang, `sync.sources.${c}`)),
      ...sources.map((s) => {
        const st = statuses[s.id];
        return [
          s.id,
          s.opd,
          t(lang, `sync.kind.${s.kind}`),
          s.ref,
          st ? t(lang, `sync.state.${st.state}`) : '',
          st?.rows ?? null,
          st?.errors ?? null,
          st?.warnings ?? null,
          st ? st.lastSync : '',
          st?.changedAt ?? '',
          changeDaysText(st?.changes),
          s.contactEmail ?? '',
        ];
      }),
    ],
  };
}

/**
 * The Jakarta days of the recent content changes, "2026-10-08 2026-11-07" (oldest first, each day once): the reminders tell
 * from them whether a period's delivery came. Plain text, several days to a cell, so Sheets makes no date of it.
 */
export function changeDaysText(changes: readonly string[] | undefined): string {
  const days: string[] = [];
  for (const iso of changes ?? []) {
    const day = jakartaDayOfIso(iso);
    if (day === undefined) continue;
    const text = isoDay(day);
    if (!days.includes(text)) days.push(text);
  }
  return days.join(' ');
}
