// Helpers of the check command tests: generated registers, edit events, and snapshots of what a run leaves in a spreadsheet.
import { jakartaDate } from '../fixtures/sheets';
import type { FakeSpreadsheet, GasFake } from '../fakes/gas';

export const HEAD = [
  'No',
  'NIK',
  'No. KK',
  'Nama',
  'L/P',
  'Tanggal Lahir',
  'Alamat',
  'Kelurahan',
  'Kecamatan',
  'Program',
  'Status Penerima',
  'Nominal',
];

/** Row i's name: letters only (digits would be dropped by name normalisation and make everyone one person). */
function nameOf(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `WARGA ${s}`;
}

/**
 * A BPNT list of n recipients as a kelurahan keeps it: title block, blank row, header on row 4, data from row 5.
 * Every 10th row has a misspelt kelurahan (error), every 25th a NIK typed as a number (warning); NIKs are unique.
 */
export function bpntRegister(n: number): unknown[][] {
  const rows: unknown[][] = [['DAFTAR PENERIMA BPNT KELURAHAN TANAH TINGGI'], ['KECAMATAN BINJAI TIMUR TAHUN 2025'], [], HEAD];
  for (let i = 0; i < n; i++) {
    const day = (Math.floor(i / 9000) % 28) + 1;
    const dd = String(day).padStart(2, '0');
    const nik = `127504${dd}0880${String((i % 9000) + 1).padStart(4, '0')}`;
    rows.push([
      i + 1,
      i % 25 === 3 ? Number(nik) : nik,
      `127504010110${String((i % 9000) + 1).padStart(4, '0')}`,
      nameOf(i),
      'L',
      jakartaDate(1980, 8, day),
      `Jl. Samanhudi No. ${(i % 200) + 1}`,
      i % 10 === 0 ? 'Tanah Tingi' : 'Tanah Tinggi',
      'Binjai Timur',
      'BPNT',
      'Aktif',
      200000,
    ]);
  }
  return rows;
}

/** The event Sheets passes to onEdit for an edit of `a1` on a sheet. */
export function editEvent(fake: GasFake, ss: FakeSpreadsheet, sheet: string, a1: string): GoogleAppsScript.Events.SheetsOnEdit {
  return fake.uncounted(() => ({
    range: ss.getSheetByName(sheet)!.getRange(a1),
    source: ss,
    value: '',
    oldValue: '',
    authMode: 'LIMITED',
    triggerUid: '',
    user: { getEmail: () => '', getNickname: () => '' },
  })) as unknown as GoogleAppsScript.Events.SheetsOnEdit;
}

/** Everything a check leaves behind, sheet by sheet: values, formulas, backgrounds, notes, hidden state. */
export function snapshot(fake: GasFake, ss: FakeSpreadsheet): Record<string, unknown> {
  return fake.uncounted(() => {
    const out: Record<string, unknown> = {};
    for (const sheet of ss.getSheets()) {
      const range = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
      out[sheet.getName()] = {
        size: [sheet.getMaxRows(), sheet.getMaxColumns()],
        hidden: sheet.isSheetHidden(),
        values: range.getValues(),
        formulas: range.getFormulas(),
        backgrounds: range.getBackgrounds(),
        notes: range.getNotes(),
      };
    }
    return out;
  });
}

export const cellOf = (fake: GasFake, ss: FakeSpreadsheet, sheet: string, a1: string) =>
  fake.uncounted(() => {
    const r = ss.getSheetByName(sheet)!.getRange(a1);
    return { bg: r.getBackground(), note: r.getNote() };
  });
