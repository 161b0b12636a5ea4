// The findings sheet as one grid: a line saying which run it shows, headings, then one row per finding with a link to its cell.
import { t } from '../core/i18n';
import { formatDayLong } from '../core/i18n/format';
import type { Day, Finding, Lang, Place, Severity } from '../core/model/types';
import { countFindings, type Counts } from './marks';
import { textCell } from './text-cell';

/*
 * Layout (the sidebar and a person read it the same way):
 *   row 1   which run: "Periksa sheet "PKH", 28 November 2026: 3 galat, 2 peringatan, 0 info"
 *   row 2   Aturan | Tingkat | Sheet | Sel | Pesan | Tempat lain
 *   row 3+  rule id | galat/peringatan/info | sheet name | =HYPERLINK("#gid=<id>&range=B7", "B7") | message |
 *           the other places of a cross-register finding ("'PKH Kel A'!B7; BST!B9")
 * With no finding, row 3 says so. The sheet is replaced whole by every run: it always shows the last one.
 * Every text goes in as text (a sheet named "=1+1" or "2025" stays a name); only the links are formulas.
 */
export const FINDINGS_WIDTH = 6;
export const FINDINGS_HEAD_ROWS = 2;

export interface RunInfo {
  /** 'sheet': Periksa sheet ini; 'all': Periksa semua sheet. */
  scope: 'sheet' | 'all';
  /** The checked sheet (scope 'sheet'). */
  sheet?: string;
  registers: number;
  today: Day;
}

export interface FindingsTable {
  rows: (string | number)[][];
  /** Severity of each row (null for the title, heading and "no findings" rows), for colouring the Tingkat column. */
  severities: (Severity | null)[];
  counts: Counts;
}

/** A string literal inside a formula. */
const quoted = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** Sheet-qualified A1 as Sheets writes it: quotes around names that are not plain words. */
export function sheetRef(sheet: string, ref: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? `${sheet}!${ref}` : `'${sheet.replace(/'/g, "''")}'!${ref}`;
}

/** The Sel cell: a link that jumps to the cell (or the row, for a finding about a whole row; the sheet otherwise). */
export function cellLink(lang: Lang, sheetId: number | undefined, place: Pick<Place, 'sheet' | 'row' | 'cell'>): string {
  const label = place.cell !== '' ? place.cell : place.row > 0 ? t(lang, 'check.findings.row', { row: place.row }) : place.sheet;
  if (sheetId === undefined) return textCell(label);
  const range = place.cell !== '' ? `&range=${place.cell}` : place.row > 0 ? `&range=${place.row}:${place.row}` : '';
  return `=HYPERLINK(${quoted(`#gid=${sheetId}${range}`)}, ${quoted(label)})`;
}

const placeText = (p: Place): string => sheetRef(p.sheet, p.cell !== '' ? p.cell : `${p.row}:${p.row}`);

export function runTitle(lang: Lang, run: RunInfo, counts: Counts): string {
  const params = { sheet: run.sheet ?? '', registers: run.registers, date: formatDayLong(run.today, lang), ...counts };
  return t(lang, run.scope === 'sheet' ? 'check.findings.title_sheet' : 'check.findings.title_all', params);
}

export function findingsTable(
  findings: readonly Finding[],
  lang: Lang,
  run: RunInfo,
  sheetIdOf: (sheet: string) => number | undefined,
): FindingsTable {
  const counts = countFindings(findings);
  const blank = (): (string | number)[] => new Array<string | number>(FINDINGS_WIDTH).fill('');
  const title = blank();
  title[0] = textCell(runTitle(lang, run, counts));
  const head = ['rule', 'severity', 'sheet', 'cell', 'message', 'places'].map((k) => textCell(t(lang, `check.findings.col.${k}`)));
  const rows: (string | number)[][] = [title, head];
  const severities: (Severity | null)[] = [null, null];
  for (const f of findings) {
    const others = (f.places ?? []).slice(1).map(placeText).join('; ');
    rows.push([
      textCell(f.rule),
      textCell(t(lang, `severity.${f.severity}`)),
      textCell(f.sheet),
      cellLink(lang, sheetIdOf(f.sheet), f),
      textCell(f.message),
      textCell(others),
    ]);
    severities.push(f.severity);
  }
  if (findings.length === 0) {
    const none = blank();
    none[0] = textCell(t(lang, 'check.findings.none'));
    rows.push(none);
    severities.push(null);
  }
  return { rows, severities, counts };
}
