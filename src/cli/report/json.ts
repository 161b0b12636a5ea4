// The JSON report: a public contract (`--format json`), also the input of the HTML and .xlsx reports.
import type { CheckRun } from '../../app/check';
import type { Lang, Severity } from '../../core/model/types';
import { rollupTables } from '../../core/workbook';
import { VERSION } from '../../core/version';

export interface ReportFinding {
  rule: string;
  severity: Severity;
  file?: string;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  column: string;
  cell: string;
  message: string;
  places?: { file?: string; sheet: string; row: number; cell: string }[];
}

export interface ReportTable {
  id: string;
  title: string;
  /** Stable column keys (message keys such as rollup.col.pagu), the same in every language. */
  columns: string[];
  header: string[];
  rows: (string | number)[][];
}

export interface Report {
  tool: 'sinergi';
  version: string;
  lang: Lang;
  inputs: { file: string; sheets: string[] }[];
  registers: {
    file?: string;
    sheet: string;
    kind: 'beneficiary' | 'program';
    headerRow: number;
    rows: number;
    mapping: Record<string, string>;
  }[];
  references: { file?: string; sheet: string; kind: string }[];
  findings: ReportFinding[];
  summary: { errors: number; warnings: number; infos: number; byRule: Record<string, number> };
  rollups: { tables: ReportTable[] };
}

export function buildReport(run: CheckRun, lang: Lang): Report {
  const summary: Report['summary'] = { errors: 0, warnings: 0, infos: 0, byRule: {} };
  for (const f of run.findings) {
    if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.infos++;
    summary.byRule[f.rule] = (summary.byRule[f.rule] ?? 0) + 1;
  }
  return {
    tool: 'sinergi',
    version: VERSION,
    lang,
    inputs: run.inputs.map((i) => ({ file: i.id, sheets: i.sheets })),
    registers: run.registers.map((r) => ({
      ...(r.file === undefined ? {} : { file: r.file }),
      sheet: r.sheet,
      kind: r.kind,
      headerRow: r.header.headerRow + 1,
      rows: r.rows.length,
      mapping: Object.fromEntries(
        Object.entries(r.header.fields).map(([field, index]) => [field, r.header.columns.find((c) => c.index === index)?.label ?? '']),
      ),
    })),
    references: run.references.map((r) => ({ ...r })),
    findings: run.findings.map((f) => {
      const out: ReportFinding = {
        rule: f.rule,
        severity: f.severity,
        sheet: f.sheet,
        row: f.row,
        column: f.column,
        cell: f.cell,
        message: f.message,
      };
      if (f.file !== undefined) out.file = f.file;
      if (f.places) out.places = f.places.map((p) => ({ ...p }));
      return out;
    }),
    summary,
    rollups: {
      tables: rollupTables(run, lang).map((t) => ({
        id: t.id,
        title: t.title,
        columns: [...t.columns],
        header: [...t.header],
        rows: t.rows.map((r) => [...r]),
      })),
    },
  };
}
