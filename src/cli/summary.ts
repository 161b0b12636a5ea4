// The terminal summary of a check: registers found, counts by severity and rule, and the first findings.
import { t } from '../core/i18n';
import type { Lang } from '../core/model/types';
import type { Report } from './report/json';

const FIRST = 15;

export function summaryText(report: Report, lang: Lang): string {
  const lines: string[] = [];
  lines.push(t(lang, 'cli.summary.registers', { count: report.registers.length }));
  for (const r of report.registers) {
    lines.push(
      t(lang, 'cli.summary.register', {
        file: r.file ?? '-',
        sheet: r.sheet,
        kind: t(lang, `cli.summary.kind.${r.kind}`),
        headerRow: r.headerRow,
        rows: r.rows,
      }),
    );
    const mapping = Object.entries(r.mapping)
      .map(([field, header]) => `${field}←"${header}"`)
      .join(', ');
    lines.push(t(lang, 'cli.summary.mapping', { mapping }));
  }
  if (report.references.length > 0)
    lines.push(t(lang, 'cli.summary.references', { list: report.references.map((r) => `${r.sheet} (${r.kind})`).join(', ') }));
  lines.push('');
  const s = report.summary;
  if (report.findings.length === 0) {
    lines.push(t(lang, 'cli.summary.none'));
    return lines.join('\n') + '\n';
  }
  lines.push(t(lang, 'cli.summary.counts', { errors: s.errors, warnings: s.warnings, infos: s.infos }));
  lines.push(t(lang, 'cli.summary.by_rule'));
  const byRule = Object.entries(s.byRule).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const width = Math.max(...byRule.map(([r]) => r.length));
  for (const [rule, n] of byRule) lines.push(`  ${rule.padEnd(width)}  ${n}`);
  lines.push('');
  lines.push(t(lang, 'cli.summary.first'));
  for (const f of report.findings.slice(0, FIRST)) {
    const where = `${f.file ? f.file + ' › ' : ''}${f.sheet}!${f.cell || f.row}`;
    lines.push(`  [${t(lang, `severity.${f.severity}`)}] ${where} ${f.rule}: ${f.message}`);
  }
  if (report.findings.length > FIRST) lines.push(t(lang, 'cli.summary.more', { count: report.findings.length - FIRST }));
  return lines.join('\n') + '\n';
}
