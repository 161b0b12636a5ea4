// Server-rendered parts of the HTML report: summary cards, sources, registers, counts per rule, rollup tables.
import { hasMessage, t } from '../../core/i18n';
import { formatNumber } from '../../core/i18n/format';
import type { Lang } from '../../core/model/types';
import { escapeHtml as esc } from '../../core/text/html';
import { SEVERITIES } from './html-findings';
import type { Report, ReportTable } from './json';

/** A cell: trusted markup (`html`) or plain text; `num` right-aligns it. */
export type Td = { html: string; num?: boolean } | { text: unknown; num?: boolean };

const tdHtml = (c: Td, tag: 'td' | 'th'): string => `<${tag}${c.num ? ' class="num"' : ''}>${'html' in c ? c.html : esc(c.text)}</${tag}>`;

export function table(head: Td[], rows: { cells: Td[]; cls?: string }[], cls = ''): string {
  return (
    `<div class="scroll"><table${cls ? ` class="${cls}"` : ''}><thead><tr>${head.map((c) => tdHtml(c, 'th')).join('')}</tr></thead><tbody>` +
    rows.map((r) => `<tr${r.cls ? ` class="${r.cls}"` : ''}>${r.cells.map((c) => tdHtml(c, 'td')).join('')}</tr>`).join('') +
    '</tbody></table></div>'
  );
}

const n = (v: number, lang: Lang): string => formatNumber(v, lang, 0);
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const fieldName = (field: string, lang: Lang): string =>
  hasMessage(lang, 'field.' + field) ? upperFirst(t(lang, 'field.' + field)) : field;

export function cards(report: Report, lang: Lang): string {
  const s = report.summary;
  const card = (cls: string, value: number, label: string, help: string, sev?: string): string => {
    const inner = `<div class="n">${esc(n(value, lang))}</div><div class="l">${esc(label)}</div><div class="h">${esc(help)}</div>`;
    return sev ? `<a class="card ${cls}" href="#findings" data-sev="${sev}">${inner}</a>` : `<div class="card ${cls}">${inner}</div>`;
  };
  return (
    '<div class="cards">' +
    card('error', s.errors, t(lang, 'report.card.errors'), t(lang, 'report.card.errors.help'), 'error') +
    card('warning', s.warnings, t(lang, 'report.card.warnings'), t(lang, 'report.card.warnings.help'), 'warning') +
    card('info', s.infos, t(lang, 'report.card.infos'), t(lang, 'report.card.infos.help'), 'info') +
    card('registers', report.registers.length, t(lang, 'report.card.registers'), t(lang, 'report.card.registers.help')) +
    '</div>'
  );
}

export function sources(report: Report, lang: Lang): string {
  let out = '';
  if (report.inputs.length > 0) {
    out +=
      `<h3>${esc(t(lang, 'report.section.sources'))}</h3>` +
      table(
        [{ text: t(lang, 'report.col.file') }, { text: t(lang, 'report.col.sheets') }],
        report.inputs.map((i) => ({ cells: [{ text: i.file }, { text: (i.sheets ?? []).join(', ') }] })),
      );
  }
  if (report.references.length > 0) {
    out +=
      `<h3>${esc(t(lang, 'report.col.reference'))}</h3>` +
      table(
        [{ text: t(lang, 'report.col.file') }, { text: t(lang, 'report.col.sheet') }, { text: t(lang, 'report.col.kind') }],
        report.references.map((r) => ({ cells: [{ text: r.file ?? '' }, { text: r.sheet }, { text: r.kind }] })),
      );
  }
  return out;
}

function mapping(m: Record<string, string>, lang: Lang): string {
  const entries = Object.entries(m ?? {});
  if (entries.length === 0) return '';
  return (
    `<details><summary>${esc(t(lang, 'report.mapping.show', { count: entries.length }))}</summary>` +
    table(
      [{ text: t(lang, 'report.mapping.field') }, { text: t(lang, 'report.mapping.column') }],
      entries.map(([field, label]) => ({ cells: [{ text: fieldName(field, lang) }, { text: label }] })),
    ) +
    '</details>'
  );
}

export function registers(report: Report, lang: Lang): string {
  const head = `<h3>${esc(t(lang, 'report.section.registers'))}</h3>`;
  if (report.registers.length === 0) return head + `<p class="empty">${esc(t(lang, 'report.no_registers'))}</p>`;
  return (
    head +
    table(
      [
        { text: t(lang, 'report.col.file') },
        { text: t(lang, 'report.col.sheet') },
        { text: t(lang, 'report.col.kind') },
        { text: t(lang, 'report.col.header_row'), num: true },
        { text: t(lang, 'report.col.rows'), num: true },
        { text: t(lang, 'report.col.mapping') },
      ],
      report.registers.map((r) => ({
        cells: [
          { text: r.file ?? '' },
          { text: r.sheet },
          { text: hasMessage(lang, 'report.kind.' + r.kind) ? t(lang, 'report.kind.' + r.kind) : r.kind },
          { text: n(r.headerRow, lang), num: true },
          { text: n(r.rows, lang), num: true },
          { html: mapping(r.mapping, lang) },
        ],
      })),
    )
  );
}

/** Per rule: findings by severity (a rule may raise several) and the total; rule names jump to the filtered list. */
export function byRule(report: Report, lang: Lang): string {
  const head = `<h3>${esc(t(lang, 'report.section.by_rule'))}</h3>`;
  const counts = new Map<string, number[]>();
  for (const f of report.findings) {
    let c = counts.get(f.rule);
    if (!c) counts.set(f.rule, (c = [0, 0, 0]));
    const k = SEVERITIES.indexOf(f.severity);
    if (k >= 0) c[k]++;
  }
  const totals = Object.entries(report.summary.byRule ?? {});
  for (const [rule] of totals) if (!counts.has(rule)) counts.set(rule, [0, 0, 0]);
  const total = (rule: string): number => report.summary.byRule?.[rule] ?? counts.get(rule)!.reduce((a, b) => a + b, 0);
  const rules = [...counts.keys()].sort((a, b) => total(b) - total(a) || a.localeCompare(b));
  if (rules.length === 0) return '';
  const cell = (v: number): Td => ({ text: v === 0 ? '' : n(v, lang), num: true });
  return (
    head +
    table(
      [
        { text: t(lang, 'report.col.rule') },
        ...SEVERITIES.map((s) => ({ text: t(lang, 'report.severity.' + s), num: true })),
        { text: t(lang, 'report.col.count'), num: true },
      ],
      rules.map((rule) => ({
        cells: [
          { html: `<button type="button" class="rule" data-rule="${esc(rule)}">${esc(rule)}</button>` },
          ...counts.get(rule)!.map(cell),
          { html: `<strong>${esc(n(total(rule), lang))}</strong>`, num: true },
        ],
      })),
      'narrow',
    )
  );
}

function rollupCell(v: unknown, lang: Lang): Td {
  return typeof v === 'number' ? { text: formatNumber(v, lang, 2), num: true } : { text: v };
}

/** The tables as the JSON carries them; a last row named like the core's total is set apart. */
export function rollupTable(tb: ReportTable, lang: Lang): string {
  const totals = new Set([t('id', 'rollup.total'), t('en', 'rollup.total')]);
  const rows = Array.isArray(tb.rows) ? tb.rows : [];
  const header = Array.isArray(tb.header) ? tb.header : [];
  const numericCol = header.map((_, i) => rows.some((r) => typeof r[i] === 'number'));
  return (
    `<h3 id="rollup-${esc(tb.id)}">${esc(tb.title || tb.id)}</h3>` +
    table(
      header.map((h, i) => ({ text: h, num: numericCol[i] })),
      rows.map((r, i) => ({
        cells: r.map((v) => rollupCell(v, lang)),
        ...(i === rows.length - 1 && totals.has(String(r[0])) ? { cls: 'total' } : {}),
      })),
      'rollup',
    )
  );
}
