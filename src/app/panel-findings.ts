// Reads the findings sheet another command wrote (header row, then one finding per row) without trusting its exact shape.
import { t } from '../core/i18n';
import type { Severity } from '../core/model/types';
import { fold } from '../core/text/fold';
import { cellOf, parsePlaces, type PlaceToken } from './panel-cells';

export interface PanelFinding {
  rule: string;
  severity: Severity;
  sheet: string;
  /** Upper-case A1 address, or "" for a finding about the whole sheet. */
  cell: string;
  message: string;
  places: PlaceToken[];
}

type Column = 'rule' | 'severity' | 'sheet' | 'cell' | 'message' | 'places';
const ORDER: readonly Column[] = ['rule', 'severity', 'sheet', 'cell', 'message', 'places'];

const both = (key: string): string[] => [t('id', key), t('en', key)];
/** Header words the findings sheet may use, in either language (folded before comparing). */
const NAMES: Record<Column, string[]> = {
  rule: ['aturan', 'rule', 'kode aturan', ...both('check.findings.col.rule'), ...both('report.col.rule')],
  severity: ['tingkat', 'severity', 'level', ...both('check.findings.col.severity'), ...both('report.col.severity')],
  sheet: ['sheet', 'lembar', 'nama sheet', ...both('check.findings.col.sheet'), ...both('report.col.sheet')],
  cell: ['sel', 'cell', 'alamat sel', ...both('check.findings.col.cell'), ...both('report.col.cell')],
  message: ['pesan', 'keterangan', 'message', 'uraian', ...both('check.findings.col.message'), ...both('report.col.message')],
  places: ['tempat lain', 'other places', 'places', ...both('check.findings.col.places'), ...both('report.col.places')],
};
const LOOKUP = new Map<string, Column>();
for (const col of ORDER) for (const n of NAMES[col]) LOOKUP.set(fold(n), col);

const SEVERITY_WORDS = new Map<string, Severity>();
for (const s of ['error', 'warning', 'info'] as const) {
  for (const w of [s, ...both('severity.' + s), ...both('report.severity.' + s), ...both('panel.severity.' + s)]) {
    SEVERITY_WORDS.set(fold(w), s);
  }
}
SEVERITY_WORDS.set('kesalahan', 'error');
SEVERITY_WORDS.set('catatan', 'info');

/** An unknown severity word counts as a warning: a person should look, and the message still says what is wrong. */
export const severityOf = (v: unknown): Severity => SEVERITY_WORDS.get(fold(String(v ?? ''))) ?? 'warning';

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

/** The header row among the first rows and each column's index; the documented order when no row reads as a header. */
function findHeader(rows: readonly (readonly unknown[])[]): { row: number; index: Record<Column, number> } {
  for (let r = 0; r < Math.min(rows.length, 5); r++) {
    const index = {} as Record<Column, number>;
    let hits = 0;
    (rows[r] ?? []).forEach((v, c) => {
      const col = LOOKUP.get(fold(text(v)));
      if (col && index[col] === undefined) {
        index[col] = c;
        hits++;
      }
    });
    if (hits >= 3) {
      for (const col of ORDER) if (index[col] === undefined) index[col] = -1;
      return { row: r, index };
    }
  }
  return { row: 0, index: Object.fromEntries(ORDER.map((c, i) => [c, i])) as Record<Column, number> };
}

/**
 * The findings of the sheet (as the check command lays it out in src/app/findings-table.ts: a run title, the header,
 * then the findings; the header is found by its words, so another order or an extra column reads too): `display` from getDisplayValues (the cell links show their address), `formulas` from
 * getFormulas of the same range (to read a link whose value is not calculated yet). Rows without a rule and a message
 * are skipped; nothing here throws on odd content.
 */
export function parseFindingsSheet(display: readonly (readonly unknown[])[], formulas?: readonly (readonly unknown[])[]): PanelFinding[] {
  if (!Array.isArray(display) || display.length === 0) return [];
  const { row: headerRow, index } = findHeader(display);
  const at = (r: readonly unknown[] | undefined, col: Column): unknown => (index[col] >= 0 && r ? r[index[col]] : undefined);
  const out: PanelFinding[] = [];
  for (let r = headerRow + 1; r < display.length; r++) {
    const row = display[r];
    if (!Array.isArray(row)) continue;
    const rule = text(at(row, 'rule'));
    const message = text(at(row, 'message'));
    // A finding has a rule and a severity or a message; a lone note ("Tidak ada temuan.") is not one.
    if (rule === '' || (message === '' && text(at(row, 'severity')) === '')) continue;
    out.push({
      rule,
      severity: severityOf(at(row, 'severity')),
      sheet: text(at(row, 'sheet')),
      cell: cellOf(at(row, 'cell'), at(formulas?.[r], 'cell')),
      message,
      places: parsePlaces(text(at(row, 'places'))),
    });
  }
  return out;
}
