// The HTML report (`--html report.html`): one self-contained page, pure string building, no network of any kind.
import { t } from '../../core/i18n';
import { formatDayLong } from '../../core/i18n/format';
import type { Lang } from '../../core/model/types';
import { escapeHtml as esc } from '../../core/text/html';
import { realisationChart, verificationChart } from './html-charts';
import { CLIENT_SCRIPT } from './html-client';
import { jsonForScript } from './html-escape';
import { clientData } from './html-findings';
import { byRule, cards, registers, rollupTable, sources } from './html-sections';
import { REPORT_CSS } from './html-style';
import type { Report } from './json';

export interface HtmlOptions {
  /** When the report was made, shown in the header in the host's local time; default now. */
  generatedAt?: Date;
}

/** Nothing may load from anywhere: inline styles and scripts only, images as data: URLs. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

function stamp(d: Date, lang: Lang): string {
  const day = Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86400000);
  return `${formatDayLong(day, lang)} ${pad2(d.getHours())}${lang === 'id' ? '.' : ':'}${pad2(d.getMinutes())}`;
}

function findingsSection(report: Report, lang: Lang): string {
  const h2 = `<h2>${esc(t(lang, 'report.section.findings'))}</h2>`;
  if (report.findings.length === 0) return h2 + `<p class="empty" id="f-none">${esc(t(lang, 'report.no_findings'))}</p>`;
  const select = (id: string, label: string, all: string): string =>
    `<label for="${id}">${esc(label)}<select id="${id}"><option value="">${esc(all)}</option></select></label>`;
  const cols = ['rule', 'severity', 'file', 'sheet', 'cell', 'message', 'places'];
  return (
    h2 +
    `<noscript><p class="empty">${esc(t(lang, 'report.filter.noscript'))}</p></noscript>` +
    `<div class="filters" id="filters" hidden role="search" aria-label="${esc(t(lang, 'report.filter.title'))}">` +
    select('f-rule', t(lang, 'report.filter.rule'), t(lang, 'report.filter.all_rules')) +
    select('f-sev', t(lang, 'report.filter.severity'), t(lang, 'report.filter.all_severities')) +
    select('f-file', t(lang, 'report.filter.file'), t(lang, 'report.filter.all_files')) +
    `<label class="q" for="f-q">${esc(t(lang, 'report.filter.search'))}<input id="f-q" type="search" autocomplete="off" placeholder="${esc(
      t(lang, 'report.filter.search_placeholder'),
    )}"></label>` +
    `<button type="button" id="f-reset">${esc(t(lang, 'report.filter.reset'))}</button></div>` +
    '<p class="status" id="f-status" aria-live="polite"></p>' +
    '<div class="table-findings"><table class="findings" id="f-table"><thead><tr>' +
    cols.map((c) => `<th scope="col">${esc(t(lang, 'report.col.' + c))}</th>`).join('') +
    '</tr></thead><tbody id="f-body"></tbody></table>' +
    `<p class="empty" id="f-empty" hidden>${esc(t(lang, 'report.no_match'))}</p></div>` +
    '<button type="button" id="f-more" hidden></button>'
  );
}

function chartsSection(report: Report, lang: Lang): string {
  const tables = Array.isArray(report.rollups?.tables) ? report.rollups.tables : [];
  const charts = [realisationChart(tables, lang), verificationChart(tables, lang)].filter((c): c is string => c !== undefined);
  const h2 = `<h2>${esc(t(lang, 'report.section.charts'))}</h2>`;
  if (charts.length === 0) return h2 + `<p class="empty">${esc(t(lang, 'report.chart.none'))}</p>`;
  return h2 + charts.map((c) => `<figure class="chart-box">${c}</figure>`).join('');
}

function rollupsSection(report: Report, lang: Lang): string {
  const tables = Array.isArray(report.rollups?.tables) ? report.rollups.tables : [];
  const h2 = `<h2>${esc(t(lang, 'report.section.rollups'))}</h2>`;
  if (tables.length === 0) return h2 + `<p class="empty">${esc(t(lang, 'report.no_rollups'))}</p>`;
  return h2 + tables.map((tb) => rollupTable(tb, lang)).join('');
}

/** The whole page. Every piece of report data is escaped; the findings reach the filter script as escaped JSON. */
export function renderHtml(report: Report, language: Lang, options: HtmlOptions = {}): string {
  const lang: Lang = language === 'en' ? 'en' : 'id';
  const title = t(lang, 'report.title');
  const nav = (['summary', 'findings', 'charts', 'rollups'] as const)
    .map((s) => `<a href="#${s}">${esc(t(lang, 'report.nav.' + s))}</a>`)
    .join('');
  const generated = t(lang, 'report.generated', { date: stamp(options.generatedAt ?? new Date(), lang), version: report.version });
  const hasFindings = report.findings.length > 0;
  return (
    '<!DOCTYPE html>\n' +
    `<html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="referrer" content="no-referrer">' +
    `<meta name="generator" content="Sinergi ${esc(report.version)}">` +
    `<title>${esc(title)}</title><style>${REPORT_CSS}</style></head><body>` +
    `<header class="top"><div class="wrap"><h1>${esc(title)}</h1><p class="sub">${esc(t(lang, 'report.subtitle'))}</p>` +
    `<p class="meta">${esc(generated)}</p><nav class="tabs">${nav}</nav></div></header>` +
    '<main class="wrap">' +
    `<section id="summary"><h2>${esc(t(lang, 'report.section.summary'))}</h2>` +
    cards(report, lang) +
    byRule(report, lang) +
    registers(report, lang) +
    sources(report, lang) +
    '</section>' +
    `<section id="findings">${findingsSection(report, lang)}</section>` +
    `<section id="charts">${chartsSection(report, lang)}</section>` +
    `<section id="rollups">${rollupsSection(report, lang)}</section>` +
    `</main><footer class="wrap">${esc(t(lang, 'report.footer'))}</footer>` +
    (hasFindings
      ? `<script type="application/json" id="data">${jsonForScript(clientData(report.findings, lang))}</script><script>${CLIENT_SCRIPT}</script>`
      : '') +
    '</body></html>\n'
  );
}
