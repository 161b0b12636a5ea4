// "Kirim referensi": the master's reference lists go into a hidden sheet of each source, so their dropdowns match the master.
import { kelurahanChoices, kecamatanChoices } from '../app/setup-columns';
import { REFERENCE_SHEETS, SHEETS } from '../app/sheets';
import { textCell } from '../app/text-cell';
import { t } from '../core/i18n';
import type { Lang } from '../core/model/types';
import { readRpjmd, referenceKindOf } from '../core/ref/references';
import { setupLists } from './setup-refs';
import { growTo } from './sync-master';
import { failureOf, refShape } from './sync-open';
import type { SourceFailure } from './sync-ports';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type PushResult = { ref: string; ok: true } | { ref: string; ok: false; reason: SourceFailure; detail: string };

/** One column per list, header first, shorter lists padded with ''; all text. */
export function referenceTable(master: Spreadsheet, lang: Lang): string[][] {
  const sheets = master.getSheets();
  const rpjmdSheet =
    sheets.find((s) => s.getName() === REFERENCE_SHEETS.rpjmd) ?? sheets.find((s) => referenceKindOf(s.getName()) === 'rpjmd');
  const rpjmd = rpjmdSheet ? readRpjmd(rpjmdSheet.getDataRange().getValues()) : undefined;
  const columns: [string, readonly string[]][] = [
    ['kelurahan', kelurahanChoices()],
    ['kecamatan', kecamatanChoices()],
    ['program', [...setupLists(master).programs]],
    ['misi', [...(rpjmd?.misi ?? [])]],
    ['sasaran', [...(rpjmd?.sasaran ?? [])]],
  ];
  const height = Math.max(...columns.map(([, v]) => v.length));
  const rows: string[][] = [columns.map(([k]) => textCell(t(lang, `syncgas.refs.h.${k}`)))];
  for (let r = 0; r < height; r++) rows.push(columns.map(([, v]) => (r < v.length ? textCell(v[r]) : '')));
  return rows;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Writes the table into each source's hidden SHEETS.refs sheet, cleared and rewritten whole (not deleted, so the
 * source's dropdowns that point at it keep working). Nothing else of a source is touched; failures come back per source.
 */
export function pushReferences(master: Spreadsheet, sourceRefs: string[], lang: Lang): PushResult[] {
  const table = referenceTable(master, lang);
  const width = table[0].length;
  return sourceRefs.map((raw): PushResult => {
    const ref = String(raw ?? '').trim();
    const shape = refShape(ref);
    if (!shape) return { ref, ok: false, reason: 'bad_ref', detail: 'not a spreadsheet URL or id' };
    try {
      const ss = shape === 'url' ? SpreadsheetApp.openByUrl(ref) : SpreadsheetApp.openById(ref);
      let sheet = ss.getSheetByName(SHEETS.refs);
      if (sheet) sheet.clearContents();
      else sheet = ss.insertSheet(SHEETS.refs, ss.getNumSheets());
      growTo(sheet, table.length, width);
      sheet.getRange(1, 1, table.length, width).setValues(table);
      sheet.hideSheet();
      return { ref, ok: true };
    } catch (e) {
      return { ref, ok: false, reason: failureOf(messageOf(e)), detail: messageOf(e) };
    }
  });
}
