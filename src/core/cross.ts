// Runs the cross-register checks over every register read from one or many workbooks and turns their reports into findings.
import { CROSS_RULES } from './checks/registry';
import type { CrossContext, CrossPlace, RegisterView } from './checks/types';
import type { SheetResult } from './engine';
import { t } from './i18n';
import type { ReportOptions } from './rules/types';
import type { Finding, Params, Place, RegisterKind } from './model/types';
import { a1 } from './text/a1';
import { maskDigitRuns } from './text/mask';

/** Registers of one kind as the checks see them, keeping the index back to the sheet results. */
export function viewsOf<K extends RegisterKind>(
  results: readonly SheetResult[],
  kind: K,
): { views: RegisterView<K>[]; source: SheetResult[] } {
  const source = results.filter((r) => r.kind === kind);
  const views = source.map((r) => {
    const view: RegisterView<K> = {
      sheet: r.sheet,
      kind,
      rows: r.rows as RegisterView<K>['rows'],
      mapped: new Set(Object.keys(r.header.fields)),
    };
    if (r.file !== undefined) view.file = r.file;
    return view;
  });
  return { views, source };
}

export function checkRegisters(results: readonly SheetResult[], ctx: CrossContext): Finding[] {
  const findings: Finding[] = [];
  const byKind = { beneficiary: viewsOf(results, 'beneficiary'), program: viewsOf(results, 'program') };
  for (const rule of CROSS_RULES) {
    const { views, source } = byKind[rule.kind];
    if (views.length === 0) continue;
    const place = (p: CrossPlace): Place => {
      const res = source[p.register];
      const col = res.header.fields[p.field];
      const out: Place = { sheet: res.sheet, row: p.row, cell: col === undefined ? '' : a1(p.row, col) };
      if (res.file !== undefined) out.file = res.file;
      return out;
    };
    const report = (places: readonly CrossPlace[], params: Params = {}, opts: ReportOptions = {}) => {
      if (places.length === 0) return;
      const first = places[0];
      const res = source[first.register];
      const col = res.header.fields[first.field];
      const key = opts.variant ? `${rule.id}.${opts.variant}` : rule.id;
      const finding: Finding = {
        rule: rule.id,
        severity: opts.severity ?? rule.severity,
        sheet: res.sheet,
        row: first.row,
        column: col === undefined ? first.field : (res.header.columns.find((c) => c.index === col)?.label ?? first.field),
        cell: col === undefined ? '' : a1(first.row, col),
        message: maskDigitRuns(t(ctx.lang, key, params)),
        key,
        params,
        places: places.map(place),
      };
      if (res.file !== undefined) finding.file = res.file;
      findings.push(finding);
    };
    (rule.check as (r: readonly RegisterView[], c: CrossContext, rep: typeof report) => void)(views, ctx, report);
  }
  return findings;
}
