// Creating a new register sheet: headers, frozen row, notes, text format, dropdowns, warning-only protection, stored mapping.
import { planNewRegister } from '../../src/app/setup-plan';
import { defaultPrograms } from '../../src/app/setup-columns';
import { checkSheet } from '../../src/core/engine';
import { jakartaDay } from '../../src/app/ports';
import { setupCreateReference, setupCreateRegister } from '../../src/gas/commands/setup';
import { loadMapping } from '../../src/gas/mappings';
import { readSheet } from '../../src/gas/read';
import type { GasFake, FakeSheet } from '../fakes/gas';
import { setupFake } from './setup-helpers';

let fake: GasFake;
beforeEach(() => {
  fake = setupFake();
});
afterEach(() => fake.uninstall());

const colOf = (sheet: FakeSheet, header: string): number =>
  fake.uncounted(() => sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].indexOf(header)) + 1;

test('a beneficiary register: headers, frozen row, notes, NIK/KK as text, dropdowns, date rules, warning-only protection', () => {
  const ss = fake.createSpreadsheet('Dinsos Binjai', { Sheet1: [['x']] });
  const res = setupCreateRegister({ kind: 'beneficiary' });
  expect(res).toMatchObject({ ok: true, sheetName: 'Penerima Bantuan' });
  expect(res.message).toContain('Penerima Bantuan');
  const sheet = ss.getSheetByName('Penerima Bantuan')!;
  const plan = planNewRegister('beneficiary', 'id', { programs: defaultPrograms() });

  fake.uncounted(() => {
    expect(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]).toEqual(plan.headers);
    expect(sheet.getLastRow()).toBe(1);
    expect(sheet.getFrozenRows()).toBe(1);
    const notes = sheet.getRange(1, 1, 1, plan.headers.length).getNotes()[0];
    expect(notes.every((n) => n.startsWith('Sinergi: '))).toBe(true);
    expect(notes[0]).toContain('16 angka');

    const nik = colOf(sheet, 'NIK');
    const kk = colOf(sheet, 'Nomor KK');
    expect(
      sheet
        .getRange(2, nik, 999, 1)
        .getNumberFormats()
        .every(([f]) => f === '@'),
    ).toBe(true);
    expect(sheet.getRange(1000, kk).getNumberFormat()).toBe('@');
    expect(sheet.getRange(1, nik).getNumberFormat()).not.toBe('@'); // the header row keeps its own format

    const rule = (header: string, row = 2) => sheet.getRange(row, colOf(sheet, header)).getDataValidation()!;
    const kel = rule('Kelurahan', 500);
    expect(kel.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect((kel.getCriteriaValues()[0] as string[]).length).toBe(37);
    expect(kel.getAllowInvalid()).toBe(true);
    expect(kel.getHelpText()).toMatch(/^Sinergi: Pilih dari daftar/);
    expect(rule('Kecamatan').getCriteriaValues()[0]).toHaveLength(5);
    expect(rule('Jenis kelamin (L/P)').getCriteriaValues()[0]).toEqual(['L', 'P']);
    expect(rule('Program').getCriteriaValues()[0]).toEqual(['PKH', 'BPNT/Sembako', 'BST', 'KIP/PIP', 'PBI-JK']);
    expect(rule('Status verifikasi').getCriteriaValues()[0]).toContain('Diverifikasi kelurahan');
    expect(rule('Status penerima').getCriteriaValues()[0]).toEqual(['Aktif', 'Nonaktif', 'Meninggal', 'Pindah']);
    expect(rule('Basis data').getCriteriaValues()[0]).toEqual(['DTKS', 'DTSEN']);
    expect(rule('Tanggal lahir').getCriteriaType()).toBe('DATE_IS_VALID_DATE');
    expect(rule('Tanggal lahir').getAllowInvalid()).toBe(true);
    expect(rule('Tanggal verifikasi').getCriteriaType()).toBe('DATE_IS_VALID_DATE');
    expect(rule('Desil').getCriteriaValues()).toEqual([1, 10]);
    expect(sheet.getRange(1, colOf(sheet, 'Kelurahan')).getDataValidation()).toBeNull();
    expect(sheet.getRange(2, colOf(sheet, 'Nama')).getDataValidation()).toBeNull();

    const protections = sheet.getProtections('RANGE');
    expect(protections).toHaveLength(1);
    expect(protections[0].isWarningOnly()).toBe(true);
    expect(protections[0].getRange().getA1Notation()).toBe('A1:S1');
    expect(sheet.getColumnWidth(nik)).toBe(150);
    expect(ss.getActiveSheet().getName()).toBe('Penerima Bantuan');
  });

  // Typed values behave: a NIK stays text, an unlisted kelurahan is kept (the check flags it, Sheets only warns).
  fake.uncounted(() => sheet.getRange(2, 1, 1, 3).setValues([['1275011708800001', '1275010101100003', 'Budi']]));
  fake.uncounted(() => sheet.getRange(2, colOf(sheet, 'Kelurahan')).setValue('Tanah Tingi'));
  expect(fake.uncounted(() => sheet.getRange(2, 1).getValue())).toBe('1275011708800001');
  expect(fake.uncounted(() => sheet.getRange(2, colOf(sheet, 'Kelurahan')).getValue())).toBe('Tanah Tingi');

  // The mapping is stored, and the engine reads the new sheet as a register with every field mapped.
  const saved = loadMapping(PropertiesService.getDocumentProperties(), sheet.getSheetId())!;
  expect(saved.stored).toEqual(plan.mapping);
  const result = fake.uncounted(() => checkSheet(readSheet(sheet as never), { today: jakartaDay(new Date()) }))!;
  expect(result.kind).toBe('beneficiary');
  expect(Object.keys(result.header.fields)).toHaveLength(plan.headers.length);
  expect(result.findings.map((f) => f.rule)).toContain('wilayah.kelurahan_unknown');
});

test('a programme register with its own default name, pariwisata Y/N, fisik 0-100', () => {
  const ss = fake.createSpreadsheet('Bapperida', { Sheet1: [['x']] });
  const res = setupCreateRegister({ kind: 'program', name: '  ' });
  expect(res).toMatchObject({ ok: true, sheetName: 'Program Kegiatan' });
  const sheet = ss.getSheetByName('Program Kegiatan')!;
  fake.uncounted(() => {
    expect(sheet.getRange(1, 1, 1, 4).getValues()[0]).toEqual(['OPD', 'Tahun', 'Kode', 'Uraian']);
    expect(sheet.getRange(5, colOf(sheet, 'Kode')).getNumberFormat()).toBe('@');
    expect(sheet.getRange(5, colOf(sheet, 'Pariwisata (Y/N)')).getDataValidation()!.getCriteriaValues()[0]).toEqual(['Y', 'N']);
    expect(sheet.getRange(5, colOf(sheet, 'Realisasi fisik s.d. TW II')).getDataValidation()!.getCriteriaValues()).toEqual([0, 100]);
    expect(sheet.getProtections('RANGE')[0].isWarningOnly()).toBe(true);
  });
});

test('an existing name is reported, not thrown; an empty sheet of that name is used; Sinergi and reference names are refused', () => {
  const ss = fake.createSpreadsheet('Dinsos', {
    'Penerima Bantuan': [
      ['NIK', 'Nama'],
      ['1275011708800001', 'Budi'],
    ],
    Kosong: [],
  });
  const before = fake.uncounted(() => ss.getSheetByName('Penerima Bantuan')!.getDataRange().getValues());
  const taken = setupCreateRegister({ kind: 'beneficiary', name: 'penerima bantuan' });
  expect(taken.ok).toBe(false);
  expect(taken.message).toBe(
    'Sheet bernama "Penerima Bantuan" sudah ada dan berisi data. Pilih nama lain, atau buka sheet itu dan pakai bagian "Sheet ini" untuk memetakan kolomnya.',
  );
  expect(ss.getSheets()).toHaveLength(2);
  expect(fake.uncounted(() => ss.getSheetByName('Penerima Bantuan')!.getDataRange().getValues())).toEqual(before);

  const reused = setupCreateRegister({ kind: 'beneficiary', name: 'Kosong' });
  expect(reused).toMatchObject({ ok: true, sheetName: 'Kosong' });
  expect(reused.message).toContain('Sheet kosong');
  expect(fake.uncounted(() => ss.getSheetByName('Kosong')!.getRange(1, 1).getValue())).toBe('NIK');
  // A second run on it now finds data.
  expect(setupCreateRegister({ kind: 'beneficiary', name: 'Kosong' }).ok).toBe(false);

  expect(setupCreateRegister({ kind: 'beneficiary', name: 'Sinergi Temuan' })).toMatchObject({ ok: false });
  expect(setupCreateRegister({ kind: 'beneficiary', name: 'PKH DTKS 2025' }).message).toContain('sheet referensi');
  expect(setupCreateRegister({ kind: 'gedung' }).message).toBe('Permintaan tidak dikenali.');
  expect(setupCreateRegister(null).ok).toBe(false);
  expect(ss.getSheets()).toHaveLength(2);
});

test('the programme dropdown adds the programmes configured in "Aturan Program"', () => {
  const ss = fake.createSpreadsheet('Dinsos', { Sheet1: [['x']] });
  expect(setupCreateReference('program_rules').ok).toBe(true);
  const rules = ss.getSheetByName('Aturan Program')!;
  fake.uncounted(() => rules.getRange(rules.getLastRow() + 1, 1, 1, 2).setValues([['Bantuan Lansia Daerah', 3]]));
  setupCreateRegister({ kind: 'beneficiary' });
  const sheet = ss.getSheetByName('Penerima Bantuan')!;
  const list = fake.uncounted(() => sheet.getRange(2, colOf(sheet, 'Program')).getDataValidation()!.getCriteriaValues()[0]);
  expect(list).toEqual(['PKH', 'BPNT/Sembako', 'BST', 'KIP/PIP', 'PBI-JK', 'Bantuan Lansia Daerah']);
});

test('English spreadsheets get English notes and messages, Indonesian headers', () => {
  const ss = fake.createSpreadsheet('Social', { Sheet1: [['x']] }, { locale: 'en_US' });
  const res = setupCreateRegister({ kind: 'beneficiary', name: 'Recipients' });
  expect(res.message).toBe('Sheet "Recipients" created: 19 columns with notes, formats and dropdowns.');
  const sheet = ss.getSheetByName('Recipients')!;
  fake.uncounted(() => {
    expect(sheet.getRange(1, 1).getValue()).toBe('NIK');
    expect(sheet.getRange(1, 1).getNote()).toContain('16 NIK digits');
  });
});

test('a new register costs a fixed number of Sheets calls, whatever the sheet size', () => {
  const count = (rows: number): Record<string, number> => {
    fake.createSpreadsheet(`Dinsos ${rows}`, { Sheet1: [['x']], Kosong: Array.from({ length: rows }, () => []) });
    fake.setActive(fake.spreadsheets[fake.spreadsheets.length - 1]);
    fake.calls.reset();
    expect(setupCreateRegister({ kind: 'beneficiary', name: 'Kosong' }).ok).toBe(true);
    return fake.calls.byMethod();
  };
  const small = count(1000);
  expect(count(20000)).toEqual(small);
  expect(small['Range.setValues']).toBe(1);
  expect(small['Range.setNotes']).toBe(1);
  // One call per run of equal adjacent columns, never per row.
  expect(small['Range.setDataValidation']).toBeLessThanOrEqual(10);
  expect(small['Range.setNumberFormat']).toBeLessThanOrEqual(6);
});
