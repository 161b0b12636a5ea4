// Shared set-up of the consolidation command tests: a TKPP master with a sources sheet, agency registers, readers of the results.
import { SYNC_SHEETS } from '../../src/gas/sync-names';
import type { FakeSpreadsheet, GasFake } from '../fakes/gas';
import { jakartaDate } from '../fixtures/sheets';
import { HEAD } from './check-helpers';

export const SOURCES_HEAD = [
  'OPD/Unit',
  'Jenis Register',
  'URL atau ID Spreadsheet',
  'Nama Sheet (opsional)',
  'Nama Kontak',
  'Email Kontak',
  'Aktif (Y/N)',
];

/** Letters only: digits in a name would be dropped by normalisation. */
function nameOf(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `WARGA ${s}`;
}

/**
 * A kelurahan's BPNT register of n rows (title block, header on row 4), NIKs unique across sources: source s gets its
 * own birth day/year. Every 10th row has a misspelt kelurahan.
 */
export function register(s: number, n: number): unknown[][] {
  const day = (s % 28) + 1;
  const yy = 70 + Math.floor(s / 28);
  const dd = String(day).padStart(2, '0');
  const rows: unknown[][] = [[`DAFTAR PENERIMA BPNT ${s}`], ['KECAMATAN BINJAI TIMUR TAHUN 2025'], [], HEAD];
  for (let i = 0; i < n; i++)
    rows.push([
      i + 1,
      `127504${dd}08${yy}${String(i + 1).padStart(4, '0')}`,
      `1275040101${String(s).padStart(2, '0')}${String(i + 1).padStart(4, '0')}`,
      nameOf(i),
      'L',
      jakartaDate(1900 + yy, 8, day),
      `Jl. Samanhudi No. ${(i % 200) + 1}`,
      i % 10 === 0 ? 'Tanah Tingi' : 'Tanah Tinggi',
      'Binjai Timur',
      'BPNT',
      'Aktif',
      200000,
    ]);
  return rows;
}

export const idOf = (fake: GasFake, ss: FakeSpreadsheet): string => fake.uncounted(() => ss.getId());

/** A master whose sources sheet lists `rows` (OPD, kind, ref, sheet, contact, email, active), made active. */
export function master(fake: GasFake, rows: unknown[][]): FakeSpreadsheet {
  const ss = fake.createSpreadsheet('TKPP Binjai', { [SYNC_SHEETS.sources]: [SOURCES_HEAD, ...rows] });
  fake.setActive(ss);
  return ss;
}

export const valuesOf = (fake: GasFake, ss: FakeSpreadsheet, name: string): unknown[][] | undefined =>
  fake.uncounted(() => ss.getSheetByName(name)?.getDataRange().getValues());

export const lastAlert = (fake: GasFake): string => fake.ui.alerts[fake.ui.alerts.length - 1]?.prompt ?? '';
