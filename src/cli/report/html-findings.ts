// The findings as compact rows for the report's filter script: rule and file names are indexed, places pre-worded.
import { t } from '../../core/i18n';
import type { Lang, Severity } from '../../core/model/types';
import type { ReportFinding } from './json';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** [rule, severity, file (-1 = none), sheet, cell, column, message, other places] */
export type ClientRow = [number, number, number, string, string, string, string, string];

export interface ClientData {
  lang: Lang;
  msg: { shown: string; more: string; noFile: string };
  sev: [Severity, string][];
  rules: string[];
  files: string[];
  f: ClientRow[];
}

const MAX_PLACES = 5;

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** The places of a finding other than its own cell, as "Sheet!C7" (with the file when it differs), the rest counted. */
export function otherPlaces(f: ReportFinding, lang: Lang): string {
  if (!Array.isArray(f.places)) return '';
  const own = str(f.file);
  const others = f.places.filter((p) => !(p.sheet === f.sheet && p.cell === f.cell && str(p.file) === own));
  const shown = others.slice(0, MAX_PLACES).map((p) => {
    const at = p.cell ? `${str(p.sheet)}!${str(p.cell)}` : str(p.sheet);
    return p.file !== undefined && str(p.file) !== own ? `${str(p.file)} › ${at}` : at;
  });
  const rest = others.length - shown.length;
  return shown.join(', ') + (rest > 0 ? ' ' + t(lang, 'report.more_places', { count: rest }) : '');
}

export function clientData(findings: readonly ReportFinding[], lang: Lang): ClientData {
  const rules = [...new Set(findings.map((f) => str(f.rule)))].sort();
  const files = [...new Set(findings.filter((f) => f.file !== undefined).map((f) => str(f.file)))].sort((a, b) =>
    a.localeCompare(b, 'id', { numeric: true }),
  );
  const ruleIx = new Map(rules.map((r, i) => [r, i]));
  const fileIx = new Map(files.map((r, i) => [r, i]));
  const sheetLevel = t(lang, 'report.sheet_level');
  const f: ClientRow[] = findings.map((x) => [
    ruleIx.get(str(x.rule))!,
    Math.max(0, SEVERITIES.indexOf(x.severity)),
    x.file === undefined ? -1 : fileIx.get(str(x.file))!,
    str(x.sheet),
    x.cell ? str(x.cell) : sheetLevel,
    str(x.column),
    str(x.message),
    otherPlaces(x, lang),
  ]);
  return {
    lang,
    msg: {
      shown: t(lang, 'report.filter.shown'),
      more: t(lang, 'report.filter.more'),
      noFile: t(lang, 'report.no_file'),
    },
    sev: SEVERITIES.map((s) => [s, t(lang, 'report.severity.' + s)]),
    rules,
    files,
    f,
  };
}
