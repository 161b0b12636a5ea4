// Setting up a user's existing register: detect, confirm or correct, store the mapping, add formats and rules, never change a value.
import { jakartaDay } from '../../src/app/ports';
import { checkSheet } from '../../src/core/engine';
import { setupApplyMapping, setupDetect } from '../../src/gas/commands/setup';
import { loadMapping } from '../../src/gas/mappings';
import { readSheet } from '../../src/gas/read';
import type { FakeSheet, GasFake } from '../fakes/gas';
import { PKH_SHEET, RENJA_SHEET } from '../fixtures/sheets';
import { rowsOf, setupFake, snapshot } from './setup-helpers';

let fake: GasFake;
beforeEach(() => {
  fake = setupFake();
});
afterEach(() => fake.uninstall());

const today = jakartaDay(new Date());

function pkh(grid: unknown[][] = PKH_SHEET): FakeSheet {
  const ss = fake.createSpreadsheet('Kelurahan Tanah Tinggi', { 'PKH Tanah Tinggi': grid });
  return ss.getSheetByName('PKH Tanah Tinggi')!;
}

test('detect shows the active sheet: kind, header row, each field with its column and how it was found', () => {
  pkh();
  const v = setupDetect();
  expect(v).toMatchObject({
    sheetName: 'PKH Tanah Tinggi',
    status: 'detected',
    kind: 'beneficiary',
    headerRow: 4,
    numericIds: 2,
    saved: false,
  });
  expect(v.fields.find((f) => f.id === 'kelurahan')).toMatchObject({ header: 'Kel', column: 'H', how: 'exact' });
  expect(v.headers.map((h) => h.label)).toContain('Tempat, Tgl Lahir');
  // The kind can be switched from the dialog.
  expect(setupDetect({ sheetName: 'PKH Tanah Tinggi', kind: 'program' }).kind).toBe('program');
  expect(setupDetect({ sheetName: 'Hilang' }).status).toBe('missing');
});

test('apply on the PKH list with its title block: every value identical, the user note and rule kept, formats and rules below the header', () => {
  const sheet = pkh();
  fake.uncounted(() => {
    sheet.getRange('D4').setNote('Nama sesuai KTP, jangan disingkat');
    // The user's own kelurahan dropdown on the first two recipients.
    const own = SpreadsheetApp.newDataValidation().requireValueInList(['Tanah Tinggi'], true).setAllowInvalid(false).build();
    sheet.getRange('H5:H6').setDataValidation(own as never);
  });
  const before = snapshot(fake, sheet);

  const res = setupApplyMapping({ sheetName: 'PKH Tanah Tinggi', kind: 'beneficiary', overrides: { keterangan: null, bogus: 'x' } });
  expect(res.ok).toBe(true);
  expect(res.message).toContain('Pemetaan sheet "PKH Tanah Tinggi" disimpan (10 kolom)');
  expect(res.message).toContain('2 aturan validasi milik Anda dibiarkan.');
  expect(res.message).toContain('2 sel NIK/No. KK tersimpan sebagai angka');

  const after = snapshot(fake, sheet);
  expect(after.values).toEqual(before.values);
  expect(after.formulas).toEqual(before.formulas);
  fake.uncounted(() => {
    // Title block and header rows: no note, format or rule added above the header except the header notes.
    const notes = sheet.getRange('A4:L4').getNotes()[0];
    expect(notes[3]).toBe('Nama sesuai KTP, jangan disingkat');
    expect(notes[0]).toBe(''); // "No" is no field
    expect(notes[11]).toBe(''); // Keterangan: the user said it is not the register's field
    expect(notes[1]).toMatch(/^Sinergi: NIK \(wajib diisi\)/);
    expect(
      sheet
        .getRange('A1:L3')
        .getNotes()
        .flat()
        .every((n) => n === ''),
    ).toBe(true);
    expect(sheet.getRange('B4').getNumberFormat()).not.toBe('@');
    expect(sheet.getRange('H4').getDataValidation()).toBeNull();

    // NIK/KK as text from the first recipient down to the row before the signature block.
    expect(
      sheet
        .getRange('B5:C9')
        .getNumberFormats()
        .flat()
        .every((f) => f === '@'),
    ).toBe(true);
    expect(sheet.getRange('B10').getNumberFormat()).not.toBe('@');
    // Numeric NIKs keep their numbers (the user retypes them).
    expect(sheet.getRange('B6').getValue()).toBe(1275045708850002);

    const rule = (a1: string) => sheet.getRange(a1).getDataValidation();
    expect(rule('H5')!.getCriteriaValues()[0]).toEqual(['Tanah Tinggi']); // the user's
    expect(rule('H7')!.getCriteriaValues()[0]).toHaveLength(37);
    expect(rule('H7')!.getAllowInvalid()).toBe(true);
    expect(rule('I9')!.getCriteriaValues()[0]).toHaveLength(5);
    expect(rule('I10')).toBeNull(); // "Binjai, 1 Agustus 2025" under the table
    expect(rule('J8')!.getCriteriaValues()[0]).toContain('Meninggal');
    expect(rule('E5')!.getCriteriaValues()[0]).toEqual(['L', 'P']);
    expect(rule('F5')).toBeNull(); // place and date: no date rule
    expect(rule('D5')).toBeNull();
    expect(sheet.getProtections('RANGE')).toHaveLength(0);
  });

  const saved = loadMapping(PropertiesService.getDocumentProperties(), sheet.getSheetId())!;
  expect(saved.overrides).toEqual({ keterangan: null });
  expect(saved.stored.headerRow).toBe(4);
  expect(saved.stored.fields.nik).toEqual({ header: 'NIK KTP', index: 1 });
  expect(saved.stored.fields.keterangan).toBeUndefined();

  // A rerun changes nothing more and keeps the earlier correction.
  const notesBefore = fake.uncounted(() => sheet.getRange('A4:L4').getNotes());
  const again = setupApplyMapping({ sheetName: 'PKH Tanah Tinggi', kind: 'beneficiary', overrides: {} });
  expect(again.message).toContain('catatan baru pada 0 judul kolom');
  expect(fake.uncounted(() => sheet.getRange('A4:L4').getNotes())).toEqual(notesBefore);
  expect(snapshot(fake, sheet).values).toEqual(before.values);
  expect(loadMapping(PropertiesService.getDocumentProperties(), sheet.getSheetId())!.overrides).toEqual({ keterangan: null });
  expect(setupDetect().fields.find((f) => f.id === 'keterangan')!.header).toBeNull();
});

test('an override maps a column the synonyms do not know', () => {
  const grid = PKH_SHEET.map((row) => [...row]);
  grid[3][7] = 'Wilayah';
  const sheet = pkh(grid);
  expect(setupDetect().fields.find((f) => f.id === 'kelurahan')!.header).toBeNull();

  const res = setupApplyMapping({ sheetName: 'PKH Tanah Tinggi', kind: 'beneficiary', overrides: { kelurahan: 'Wilayah' } });
  expect(res.ok).toBe(true);
  expect(setupDetect().fields.find((f) => f.id === 'kelurahan')).toMatchObject({ header: 'Wilayah', column: 'H', how: 'override' });
  expect(fake.uncounted(() => sheet.getRange('H6').getDataValidation()!.getCriteriaValues()[0])).toHaveLength(37);
  const result = checkSheet(
    fake.uncounted(() => readSheet(sheet as never)),
    { today, ...loadMapping(PropertiesService.getDocumentProperties(), sheet.getSheetId())! },
  );
  expect(result!.header.fields.kelurahan).toBe(7);
});

test('the stored mapping survives a renamed column', () => {
  const sheet = pkh();
  setupApplyMapping({ sheetName: 'PKH Tanah Tinggi', kind: 'beneficiary', overrides: {} });
  fake.uncounted(() => sheet.getRange('B4').setValue('Nomor Identitas Warga'));
  const input = fake.uncounted(() => readSheet(sheet as never));
  const saved = loadMapping(PropertiesService.getDocumentProperties(), sheet.getSheetId())!;

  const withMapping = checkSheet(input, { today, stored: saved.stored, overrides: saved.overrides })!;
  expect(withMapping.header.fields.nik).toBe(1);
  expect(withMapping.findings.filter((f) => f.rule === 'header.missing_field')).toEqual([]);
  expect(withMapping.findings.find((f) => f.rule === 'nik.stored_as_number')?.cell).toBe('B6');

  const without = checkSheet(input, { today })!;
  expect(without.header.fields.nik).toBeUndefined();
  expect(without.findings.map((f) => f.rule)).toContain('header.missing_field');
  expect(setupDetect().fields.find((f) => f.id === 'nik')).toMatchObject({ header: 'Nomor Identitas Warga', how: 'stored' });
});

test('a Renja sheet with a two-row header: notes on the cell that shows the text, codes as text, values unchanged', () => {
  const ss = fake.createSpreadsheet('Dinsos', { Renja: RENJA_SHEET });
  const sheet = ss.getSheetByName('Renja')!;
  const before = snapshot(fake, sheet);
  const res = setupApplyMapping({ sheetName: 'Renja', kind: 'program' });
  expect(res.ok).toBe(true);
  expect(snapshot(fake, sheet).values).toEqual(before.values);
  fake.uncounted(() => {
    expect(sheet.getRange('A3').getNote()).toContain('Kode');
    expect(sheet.getRange('G4').getNote()).toContain('ealisasi keuangan s.d. TW I');
    expect(sheet.getRange('G3').getNote()).toBe('');
    expect(sheet.getRange('A5').getNumberFormat()).not.toBe('@'); // the column-number row
    expect(sheet.getRange('A6').getNumberFormat()).toBe('@');
    expect(sheet.getRange('K8').getDataValidation()!.getCriteriaValues()).toEqual([0, 100]);
    expect(sheet.getRange('K5').getDataValidation()).toBeNull();
  });
});

test('refusals: bad requests, missing sheets, Sinergi sheets, sheets without a header', () => {
  fake.createSpreadsheet('Dinsos', { Catatan: [['Rapat 1 Juli'], ['hadir semua']], 'Sinergi Temuan': [['x']] });
  expect(setupApplyMapping({ sheetName: 'Catatan', kind: 'kantor' }).message).toBe('Permintaan tidak dikenali.');
  expect(setupApplyMapping({ sheetName: 'Hilang', kind: 'beneficiary' })).toMatchObject({ ok: false, sheetName: 'Hilang' });
  expect(setupApplyMapping({ sheetName: 'Sinergi Temuan', kind: 'beneficiary' }).ok).toBe(false);
  expect(setupApplyMapping({ sheetName: 'Catatan', kind: 'beneficiary' }).message).toContain('tidak dikenali di sheet "Catatan"');
  expect(setupDetect({ sheetName: 'Sinergi Temuan' }).status).toBe('own');
  expect(setupDetect({ sheetName: 'Catatan' }).status).toBe('not_register');
  expect(fake.properties('document')).toEqual({});
});

test('apply costs the same Sheets calls for 100 and 50,000 recipients', () => {
  const header = ['No', 'NIK', 'No KK', 'Nama', 'JK', 'Kelurahan', 'Kecamatan', 'Program', 'Status'];
  const row = (r: number, c: number) =>
    [r + 1, `12750117088${String(r).padStart(5, '0')}`, '1275010101100003', `Warga ${r}`, 'L', 'Pahlawan', 'Binjai Utara', 'PKH', 'Aktif'][
      c
    ];
  const count = (n: number): Record<string, number> => {
    const ss = fake.createSpreadsheet(`Dinsos ${n}`, { Penerima: [header, ...rowsOf(n, header.length, row)] });
    fake.setActive(ss);
    fake.calls.reset();
    expect(setupApplyMapping({ sheetName: 'Penerima', kind: 'beneficiary' }).ok).toBe(true);
    return fake.calls.byMethod();
  };
  const small = count(100);
  expect(count(50000)).toEqual(small);
  expect(small['Range.getValues']).toBe(1);
  expect(small['Range.setDataValidations']).toBe(1);
  expect(small['Range.setNotes']).toBe(1);
});
