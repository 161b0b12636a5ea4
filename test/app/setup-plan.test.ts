// The setup plan without Sheets: headers that map back to their fields, notes, formats, dropdowns, and an agency sheet's plan.
import { enumChoices, fieldSetup, kelurahanChoices, SINERGI_MARK, defaultPrograms } from '../../src/app/setup-columns';
import { mergeHeaderNotes, planExistingRegister, planNewRegister, runsOf } from '../../src/app/setup-plan';
import { ENUMS, type EnumId } from '../../src/core/model/enums';
import { detectHeader } from '../../src/core/parse/header';
import { readEnum } from '../../src/core/parse/coerce';
import { findKecamatan, findKelurahan } from '../../src/core/ref/wilayah';
import { PKH_SHEET, RENJA_SHEET } from '../fixtures/sheets';

const lists = { programs: [...defaultPrograms(), 'Bantuan Lansia Daerah'] };

describe('planNewRegister', () => {
  test.each(['beneficiary', 'program'] as const)('%s: every header maps back to its own field, exactly', (kind) => {
    const plan = planNewRegister(kind, 'id', lists);
    const header = detectHeader([plan.headers], { kind })!;
    expect(header.kind).toBe(kind);
    expect(header.columns.map((c) => c.how)).toEqual(plan.headers.map(() => 'exact'));
    expect(header.columns.map((c) => c.field)).toEqual(plan.columns.map((c) => c.field));
    expect(header.issues.missing).toEqual([]);
    expect(plan.mapping).toEqual(header.mapping);
    expect(plan.notes).toHaveLength(plan.headers.length);
    for (const n of plan.notes) expect(n.startsWith(SINERGI_MARK)).toBe(true);
    expect(plan.widths.every((w) => w >= 50 && w <= 400)).toBe(true);
  });

  test('beneficiary: Indonesian headers, NIK/KK as text, dropdowns from the reference lists', () => {
    const plan = planNewRegister('beneficiary', 'id', lists);
    expect(plan.headers.slice(0, 5)).toEqual(['NIK', 'Nomor KK', 'Nama', 'Jenis kelamin (L/P)', 'Tanggal lahir']);
    const col = (f: string) => plan.columns.find((c) => c.field === f)!;
    expect(col('nik').format).toBe('@');
    expect(col('no_kk').format).toBe('@');
    expect(col('rt').format).toBe('@');
    expect(col('tanggal_lahir').format).toBe('dd/mm/yyyy');
    // NIK and KK are adjacent: one range call formats both.
    expect(plan.formatRuns[0]).toEqual({ start: 0, count: 2, value: '@' });

    const list = (f: string) => {
      const v = col(f).validation!;
      if (v.kind !== 'list') throw new Error(f);
      return v.values;
    };
    expect(list('kelurahan')).toHaveLength(37);
    expect(list('kelurahan').every((k) => findKelurahan(k) !== undefined)).toBe(true);
    expect(list('kecamatan')).toEqual(['Binjai Utara', 'Binjai Kota', 'Binjai Barat', 'Binjai Timur', 'Binjai Selatan']);
    expect(list('kecamatan').every((k) => findKecamatan(k) !== undefined)).toBe(true);
    expect(list('jenis_kelamin')).toEqual(['L', 'P']);
    expect(list('program')).toEqual(['PKH', 'BPNT/Sembako', 'BST', 'KIP/PIP', 'PBI-JK', 'Bantuan Lansia Daerah']);
    expect(list('basis_data')).toEqual(['DTKS', 'DTSEN']);
    expect(list('status_verifikasi')).toEqual(['Diusulkan', 'Diverifikasi kelurahan', 'Disetujui dinsos', 'Ditetapkan', 'Ditolak']);
    expect(list('status_penerima')).toEqual(['Aktif', 'Nonaktif', 'Meninggal', 'Pindah']);
    expect(col('tanggal_lahir').validation).toMatchObject({ kind: 'date' });
    expect(col('tanggal_verifikasi').validation).toMatchObject({ kind: 'date' });
    expect(col('desil').validation).toMatchObject({ kind: 'number', min: 1, max: 10 });
    for (const c of plan.columns) if (c.validation) expect(c.validation.help.startsWith(SINERGI_MARK)).toBe(true);
    // Kelurahan and kecamatan are adjacent but differ: two runs.
    const kel = plan.validationRuns.find((r) => r.start === col('kelurahan').index)!;
    expect(kel.count).toBe(1);
  });

  test('program: uraian rather than program/kegiatan columns, Y/N tourism, fisik 0-100, codes as text', () => {
    const plan = planNewRegister('program', 'id', lists);
    expect(plan.columns.map((c) => c.field)).not.toContain('kegiatan');
    expect(plan.headers).toContain('Pagu (Rp)');
    expect(plan.headers).toContain('Realisasi keuangan s.d. TW I');
    const col = (f: string) => plan.columns.find((c) => c.field === f)!;
    expect(col('kode').format).toBe('@');
    expect(col('misi').format).toBe('@');
    expect(col('pagu').format).toBe('#,##0');
    expect(col('pariwisata').validation).toMatchObject({ kind: 'list', values: ['Y', 'N'] });
    expect(col('realisasi_fisik_tw3').validation).toMatchObject({ kind: 'number', min: 0, max: 100 });
    // The four fisik columns share one rule and sit side by side: one call.
    const fisik = plan.validationRuns.find((r) => r.start === col('realisasi_fisik_tw1').index)!;
    expect(fisik.count).toBe(4);
  });

  test('notes explain the format in the spreadsheet language', () => {
    const id = planNewRegister('beneficiary', 'id', lists);
    const en = planNewRegister('beneficiary', 'en', lists);
    expect(id.notes[0]).toContain('16 angka');
    expect(id.notes[0]).toContain('wajib');
    expect(en.notes[0]).toContain('16 NIK digits');
    expect(id.headers).toEqual(en.headers);
    const sex = id.notes[id.columns.findIndex((c) => c.field === 'jenis_kelamin')];
    expect(sex).toContain('L, P');
  });
});

test('every dropdown value reads back as its canonical enum value', () => {
  for (const id of Object.keys(ENUMS) as EnumId[]) {
    const keys = Object.keys(ENUMS[id]);
    enumChoices(id).forEach((choice, i) => expect(readEnum(id, choice)).toEqual({ value: keys[i] }));
  }
  expect(kelurahanChoices().every((k) => k === k.trim())).toBe(true);
  expect(fieldSetup('id', 'beneficiary', 'nope', lists)).toBeUndefined();
});

test('runsOf groups adjacent equal values only', () => {
  const runs = runsOf(
    [
      { index: 3, value: 'a' },
      { index: 0, value: 'a' },
      { index: 1, value: 'a' },
      { index: 2, value: undefined },
      { index: 4, value: 'b' },
    ],
    (a, b) => a === b,
  );
  expect(runs).toEqual([
    { start: 0, count: 2, value: 'a' },
    { start: 3, count: 1, value: 'a' },
    { start: 4, count: 1, value: 'b' },
  ]);
});

describe('planExistingRegister', () => {
  test('PKH list: formats and dropdowns on mapped columns below the header, above the signature block', () => {
    const header = detectHeader(PKH_SHEET)!;
    const plan = planExistingRegister(PKH_SHEET, header, 'id', lists);
    expect(plan.headerRows).toEqual({ first: 4, last: 4 });
    expect(plan.dataFirstRow).toBe(5);
    // Rows 5-8 are recipients, row 9 is blank, row 10 starts "Binjai, 1 Agustus 2025".
    expect(plan.dataLastRow).toBe(9);
    expect(plan.numericIds).toBe(2);
    const byField = Object.fromEntries(plan.columns.map((c) => [c.field, c]));
    expect(byField.nik).toEqual({ index: 1, field: 'nik', format: '@' });
    expect(byField.no_kk.format).toBe('@');
    // Only the text format on a user's sheet: no date or money display formats.
    expect(plan.columns.filter((c) => c.format).map((c) => c.field)).toEqual(['nik', 'no_kk']);
    // "Tempat, Tgl Lahir" holds a place and a date: a date rule would warn on every cell.
    expect(byField.tanggal_lahir.validation).toBeUndefined();
    expect(byField.kelurahan.validation).toMatchObject({ kind: 'list' });
    expect(byField.status_penerima.validation).toMatchObject({ kind: 'list' });
    expect(byField.nama.validation).toBeUndefined();
  });

  test('a table without anything under it is covered to the end of the sheet', () => {
    const grid = PKH_SHEET.slice(0, 8);
    const plan = planExistingRegister(grid, detectHeader(grid)!, 'id', lists);
    expect(plan.dataLastRow).toBeNull();
  });

  test('header notes: added where the header cell has none, the user note kept, a two-row header noted on its lower cell', () => {
    const header = detectHeader(PKH_SHEET)!;
    const existing = [new Array(12).fill('')];
    existing[0][3] = 'Nama sesuai KTP, jangan disingkat';
    const merged = mergeHeaderNotes(PKH_SHEET, header, existing, 'id', lists);
    expect(merged.notes[0][3]).toBe('Nama sesuai KTP, jangan disingkat');
    expect(merged.notes[0][1].startsWith(SINERGI_MARK + 'NIK')).toBe(true);
    expect(merged.notes[0][0]).toBe(''); // "No" is no field
    expect(merged.added).toBe(Object.keys(header.fields).length - 1);
    expect(merged.changed).toBe(true);
    // A rerun refreshes Sinergi's own notes and adds nothing.
    const again = mergeHeaderNotes(PKH_SHEET, header, merged.notes, 'id', lists);
    expect(again.added).toBe(0);
    expect(again.changed).toBe(false);

    const renja = detectHeader(RENJA_SHEET)!;
    const blank = [new Array(16).fill(''), new Array(16).fill('')];
    const notes = mergeHeaderNotes(RENJA_SHEET, renja, blank, 'id', lists).notes;
    expect(notes[0][0]).toContain('Kode'); // "Kode" sits in the upper row, the lower cell is empty
    expect(notes[1][0]).toBe('');
    expect(notes[1][6]).toContain('ealisasi keuangan s.d. TW I'); // under the merged "Realisasi Keuangan"
    expect(notes[0][6]).toBe('');
  });
});

test('date and number rules only where the cells already hold dates and numbers: no warning the check would contradict', () => {
  const d = new Date(Date.UTC(2025, 6, 1) - 7 * 3600000);
  const grid = [
    ['NIK', 'Nama', 'Program', 'Tanggal Verifikasi', 'Tanggal Lahir', 'Desil', 'Kelurahan'],
    ['1275011708800001', 'Budi', 'PKH', d, '17-08-1980', 2, 'Pahlawan'],
    ['1275011708800002', 'Ani', 'PKH', '', d, '3', 'Tangsi'],
    [],
    ['', '', '', 'Mengetahui, 1 Agustus 2025'],
  ];
  const plan = planExistingRegister(grid, detectHeader(grid)!, 'id', lists);
  const rule = (f: string) => plan.columns.find((c) => c.field === f)!.validation?.kind;
  expect(rule('tanggal_verifikasi')).toBe('date'); // the signature text under the table does not count
  expect(rule('tanggal_lahir')).toBeUndefined(); // "17-08-1980" typed as text
  expect(rule('desil')).toBeUndefined(); // "3" typed as text
  expect(rule('kelurahan')).toBe('list');
  expect(plan.dataLastRow).toBe(4);
});
