// The check commands end to end on realistic agency sheets: findings sheet, marks, reruns, Hapus tanda and onEdit.
import { createGasFake, type FakeSpreadsheet, type GasFake } from '../fakes/gas';
import { PKH_SHEET, RENJA_SHEET } from '../fixtures/sheets';
import { menuCheckAll, menuCheckSheet, menuClearMarks, onEdit } from '../../src/gas/commands/check';
import { saveMapping } from '../../src/gas/mappings';
import { detectHeader } from '../../src/core/parse/header';
import { MARK_COLOURS } from '../../src/app/marks';
import { SHEETS } from '../../src/app/sheets';
import { FakeRange } from '../fakes/range';
import { cellOf, editEvent, snapshot } from './check-helpers';

const PKH = 'PKH Tanah Tinggi';
const RENJA = 'Renja 2025';
const WHITE = '#ffffff';

let fake: GasFake;
let ss: FakeSpreadsheet;

function setup(sheets: Record<string, unknown[][]> = { [PKH]: PKH_SHEET, [RENJA]: RENJA_SHEET }, locale?: string): void {
  fake = createGasFake(locale ? { locale } : {});
  fake.install();
  ss = fake.createSpreadsheet('Dinas Sosial Binjai', sheets);
}

afterEach(() => fake.uninstall());

const sheetOf = (name: string) => fake.uncounted(() => ss.getSheetByName(name)!);
const activate = (name: string) => fake.uncounted(() => ss.setActiveSheet(sheetOf(name)));
const values = (name: string) => fake.uncounted(() => sheetOf(name).getDataRange().getValues());
const formulas = (name: string) => fake.uncounted(() => sheetOf(name).getDataRange().getFormulas());
const set = (sheet: string, a1: string, value: unknown) => fake.uncounted(() => sheetOf(sheet).getRange(a1).setValue(value));
const decorate = (sheet: string, a1: string, bg: string, note: string) =>
  fake.uncounted(() => sheetOf(sheet).getRange(a1).setBackground(bg).setNote(note));
const PKH_CELLS = ['B6', 'B7', 'C7', 'F7', 'H7', 'J7', 'E8', 'F8', 'I8'];

describe('Periksa sheet ini', () => {
  test('writes the findings sheet: run line, headings, one row per finding with a link to its cell', () => {
    setup();
    menuCheckSheet();
    const v = values(SHEETS.findings);
    expect(v[0][0]).toMatch(/^Periksa sheet "PKH Tanah Tinggi", \d+ \w+ \d{4}: 6 galat, 3 peringatan, 0 info$/);
    expect(v[1]).toEqual(['Aturan', 'Tingkat', 'Sheet', 'Sel', 'Pesan', 'Tempat lain']);
    expect(v.slice(2).map((r) => `${r[0]} ${r[1]} ${r[2]}`)).toEqual([
      'nik.stored_as_number peringatan PKH Tanah Tinggi',
      'nik.stored_as_number galat PKH Tanah Tinggi',
      'kk.format galat PKH Tanah Tinggi',
      'nik.dob_mismatch peringatan PKH Tanah Tinggi',
      'wilayah.kelurahan_unknown galat PKH Tanah Tinggi',
      'status.deceased_active galat PKH Tanah Tinggi',
      'nik.sex_mismatch peringatan PKH Tanah Tinggi',
      'field.type galat PKH Tanah Tinggi',
      'wilayah.kecamatan_mismatch galat PKH Tanah Tinggi',
    ]);
    const gid = fake.uncounted(() => sheetOf(PKH).getSheetId());
    expect(
      formulas(SHEETS.findings)
        .slice(2)
        .map((r) => r[3]),
    ).toEqual(PKH_CELLS.map((c) => `=HYPERLINK("#gid=${gid}&range=${c}", "${c}")`));
    expect(v[6][4]).toBe('Kelurahan ini bukan salah satu dari 37 kelurahan di Kota Binjai. Maksud Anda: "Tanah Tinggi"?');
    expect(v[3][4]).toContain('127504********00');
    for (const row of v) expect(row.join(' ')).not.toMatch(/\d{12,}|SITI|ANDI|HASANAH/);
    fake.uncounted(() => {
      const s = sheetOf(SHEETS.findings);
      expect(s.getFrozenRows()).toBe(2);
      expect(s.getMaxRows()).toBe(11);
      expect(s.getMaxColumns()).toBe(6);
      expect(s.getRange('B4').getBackground()).toBe(MARK_COLOURS.error);
    });
    expect(fake.ui.toasts.map((t) => t.message)).toEqual([
      'Sheet "PKH Tanah Tinggi" selesai diperiksa: 6 galat, 3 peringatan, 0 info. Rinciannya di sheet "Sinergi Temuan".',
    ]);
    // The user stays on their sheet.
    expect(fake.uncounted(() => ss.getActiveSheet().getName())).toBe(PKH);
  });

  test('marks each flagged cell with its severity colour and a [Sinergi] note, tracked in the hidden sheet', () => {
    setup();
    menuCheckSheet();
    expect(cellOf(fake, ss, PKH, 'B6').bg).toBe(MARK_COLOURS.warning);
    expect(cellOf(fake, ss, PKH, 'B7').bg).toBe(MARK_COLOURS.error);
    expect(cellOf(fake, ss, PKH, 'H7').note).toBe(
      '[Sinergi] Kelurahan ini bukan salah satu dari 37 kelurahan di Kota Binjai. Maksud Anda: "Tanah Tinggi"?',
    );
    expect(cellOf(fake, ss, PKH, 'B5')).toEqual({ bg: WHITE, note: '' });
    const marks = values(SHEETS.marks);
    expect(marks.slice(1).map((r) => r[1])).toEqual(PKH_CELLS);
    expect(fake.uncounted(() => sheetOf(SHEETS.marks).isSheetHidden())).toBe(true);
    // The other sheet was not touched.
    expect(cellOf(fake, ss, RENJA, 'I8')).toEqual({ bg: WHITE, note: '' });
  });

  test("checking another sheet replaces the findings sheet and keeps the first sheet's marks", () => {
    setup();
    menuCheckSheet();
    activate(RENJA);
    menuCheckSheet();
    const v = values(SHEETS.findings);
    expect(v[0][0]).toMatch(/^Periksa sheet "Renja 2025"/);
    expect(v.slice(2).map((r) => r[0])).toEqual([
      'program.parent_sum_mismatch',
      'program.cumulative_decrease',
      'program.target_missing',
      'program.realisasi_exceeds_pagu',
      'program.fisik_range',
      'program.code_format',
      'program.behind_schedule',
    ]);
    expect(cellOf(fake, ss, RENJA, 'I8').bg).toBe(MARK_COLOURS.error);
    expect(cellOf(fake, ss, RENJA, 'F6').bg).toBe(MARK_COLOURS.warning);
    expect(cellOf(fake, ss, PKH, 'B7').bg).toBe(MARK_COLOURS.error);
    expect(values(SHEETS.marks)).toHaveLength(1 + PKH_CELLS.length + 7);
  });

  test('a sheet that is not a register gets an alert pointing to Siapkan register, and nothing is written', () => {
    setup({ Catatan: [['Rapat TKPP'], ['Notulen', 'hadir 12 orang']] });
    menuCheckSheet();
    expect(fake.ui.alerts).toHaveLength(1);
    expect(fake.ui.alerts[0].title).toBe('Sheet ini belum dikenali sebagai register');
    expect(fake.ui.alerts[0].prompt).toContain('Siapkan register');
    expect(fake.ui.alerts[0].prompt).toContain('10 baris pertama');
    expect(fake.uncounted(() => ss.getSheets().map((s) => s.getName()))).toEqual(['Catatan']);
  });

  test("Sinergi's own sheet is refused", () => {
    setup();
    menuCheckAll();
    activate(SHEETS.findings);
    menuCheckSheet();
    expect(fake.ui.alerts.map((a) => a.title)).toEqual(['Sheet milik Sinergi']);
  });

  test('a stored mapping is used: a renamed header column still maps', () => {
    const renamed = PKH_SHEET.map((row, i) => (i === 3 ? row.map((c) => (c === 'NIK KTP' ? 'Nomor Identitas' : c)) : row));
    setup({ [PKH]: renamed });
    const stored = detectHeader(PKH_SHEET)!.mapping;
    fake.uncounted(() => saveMapping(PropertiesService.getDocumentProperties(), sheetOf(PKH).getSheetId(), stored));
    menuCheckSheet();
    expect(cellOf(fake, ss, PKH, 'B7').bg).toBe(MARK_COLOURS.error);
    expect(
      values(SHEETS.findings)
        .slice(2)
        .map((r) => r[0]),
    ).toContain('nik.stored_as_number');
  });
});

describe('Periksa semua sheet', () => {
  test('checks every register with the cross checks; the toast gives the counts', () => {
    setup();
    menuCheckAll();
    const v = values(SHEETS.findings);
    expect(v[0][0]).toMatch(/^Periksa semua sheet \(2 register\), .*: 11 galat, 5 peringatan, 0 info$/);
    expect(v).toHaveLength(2 + 16);
    expect(new Set(v.slice(2).map((r) => r[2]))).toEqual(new Set([PKH, RENJA]));
    expect(fake.ui.toasts.at(-1)!.message).toBe(
      'Selesai memeriksa 2 register: 11 galat, 5 peringatan, 0 info. Rinciannya di sheet "Sinergi Temuan".',
    );
    expect(cellOf(fake, ss, RENJA, 'A11').bg).toBe(MARK_COLOURS.error);
    expect(cellOf(fake, ss, PKH, 'E8').bg).toBe(MARK_COLOURS.warning);
  });

  test('cross-sheet duplicates list their other places and mark every place', () => {
    const copy = PKH_SHEET.map((r) => r.slice());
    setup({ [PKH]: PKH_SHEET, 'PKH Kel B': copy });
    menuCheckAll();
    const v = values(SHEETS.findings);
    const dup = v.find((r) => r[0] === 'dup.nik.same_program' && r[2] === PKH)!;
    expect(dup).toBeDefined();
    expect(dup[5]).toMatch(/^'PKH Kel B'!B\d+$/);
    const other = String(dup[5]).split('!')[1];
    expect(cellOf(fake, ss, 'PKH Kel B', other).note).toContain('[Sinergi] ');
  });

  test('a rerun is idempotent: same findings sheet, cells and tracking sheet', () => {
    setup();
    decorate(PKH, 'B7', '#00ff00', 'Sudah dicek lurah');
    menuCheckAll();
    const first = snapshot(fake, ss);
    menuCheckAll();
    expect(snapshot(fake, ss)).toEqual(first);
    expect(cellOf(fake, ss, PKH, 'B7').note.match(/\[Sinergi\]/g)).toHaveLength(1);
  });

  test('a formula-looking sheet name is written as text; only the links are formulas', () => {
    setup({ '=PKH+1': PKH_SHEET, '-Renja': RENJA_SHEET });
    menuCheckAll();
    const v = values(SHEETS.findings);
    const f = formulas(SHEETS.findings);
    expect(v[2][2]).toBe('=PKH+1');
    expect(v.slice(2).some((r) => r[2] === '-Renja')).toBe(true);
    for (const row of f.slice(2)) expect(row.map((x, i) => (x === '' ? '' : i))).toEqual(['', '', '', 3, '', '']);
    expect(f[0]).toEqual(['', '', '', '', '', '']);
    // The tracking sheet keeps notes as text too.
    expect(
      formulas(SHEETS.marks)
        .flat()
        .every((x) => x === ''),
    ).toBe(true);
  });

  test('an English spreadsheet gets English words', () => {
    setup(undefined, 'en_US');
    menuCheckAll();
    const v = values(SHEETS.findings);
    expect(v[1]).toEqual(['Rule', 'Severity', 'Sheet', 'Cell', 'Message', 'Other places']);
    expect(v[2][1]).toBe('warning');
    expect(fake.ui.toasts.at(-1)!.message).toMatch(/^Checked 2 registers: 11 errors, 5 warnings, 0 info/);
  });
});

test('protected cells Sheets refuses to mark are reported, listed, and stay tracked as they were', () => {
  setup();
  menuCheckAll();
  const original = FakeRange.prototype.setBackgrounds;
  const spy = jest.spyOn(FakeRange.prototype, 'setBackgrounds').mockImplementation(function (this: FakeRange, colors) {
    if (this.getSheet().getName() === RENJA) throw new Error('You are trying to edit a protected cell or object.');
    return original.call(this, colors);
  });
  try {
    set(RENJA, 'I8', 95000000);
    menuCheckAll();
    expect(fake.ui.toasts.at(-1)!.message).toMatch(/Sebagian sel di sheet Renja 2025 dilindungi/);
    expect(
      values(SHEETS.findings)
        .slice(2)
        .some((r) => r[2] === RENJA),
    ).toBe(true);
    // The old mark stays, and stays tracked, so Hapus tanda removes it later.
    expect(cellOf(fake, ss, RENJA, 'I8').bg).toBe(MARK_COLOURS.error);
    expect(values(SHEETS.marks).some((r) => r[0] !== 0 && r[1] === 'I8')).toBe(true);
    menuClearMarks();
    expect(
      values(SHEETS.marks)
        .slice(1)
        .every((r) => r[1] !== 'B7'),
    ).toBe(true);
    expect(values(SHEETS.marks).length).toBeGreaterThan(1);
  } finally {
    spy.mockRestore();
  }
  menuClearMarks();
  expect(cellOf(fake, ss, RENJA, 'I8')).toEqual({ bg: WHITE, note: '' });
  expect(values(SHEETS.marks)).toHaveLength(1);
});

describe('Hapus tanda', () => {
  test("removes exactly Sinergi's marks: the user's note and colour on a flagged cell come back, an unflagged cell is untouched", () => {
    setup();
    const before = snapshot(fake, ss);
    decorate(PKH, 'B7', '#00ff00', 'Sudah dicek lurah');
    decorate(PKH, 'D5', '#d9ead3', 'Penerima lama');
    const decorated = snapshot(fake, ss);
    menuCheckAll();
    expect(cellOf(fake, ss, PKH, 'B7').bg).toBe(MARK_COLOURS.error);
    expect(cellOf(fake, ss, PKH, 'B7').note).toMatch(/^Sudah dicek lurah\n\[Sinergi\] NIK 127504\*{8}00 /);
    expect(cellOf(fake, ss, PKH, 'D5')).toEqual({ bg: '#d9ead3', note: 'Penerima lama' });
    menuClearMarks();
    expect(cellOf(fake, ss, PKH, 'B7')).toEqual({ bg: '#00ff00', note: 'Sudah dicek lurah' });
    expect(cellOf(fake, ss, PKH, 'D5')).toEqual({ bg: '#d9ead3', note: 'Penerima lama' });
    const after = snapshot(fake, ss) as Record<string, unknown>;
    const was = decorated as Record<string, unknown>;
    expect(after[PKH]).toEqual(was[PKH]);
    expect(after[RENJA]).toEqual((before as Record<string, unknown>)[RENJA]);
    expect(values(SHEETS.marks)).toHaveLength(1);
    expect(fake.ui.toasts.at(-1)!.message).toBe('16 tanda Sinergi dihapus. Catatan dan warna Anda sendiri tetap.');
  });

  test('a colour the user changed after marking stays; text they added to the note stays, Sinergi lines go', () => {
    setup();
    menuCheckSheet();
    fake.uncounted(() => {
      const r = sheetOf(PKH).getRange('H7');
      r.setBackground('#ff9900');
      r.setNote(`${r.getNote()}\nsudah ditelepon`);
    });
    menuClearMarks();
    expect(cellOf(fake, ss, PKH, 'H7')).toEqual({ bg: '#ff9900', note: 'sudah ditelepon' });
    expect(cellOf(fake, ss, PKH, 'C7')).toEqual({ bg: WHITE, note: '' });
  });

  test('nothing to clear says so', () => {
    setup();
    menuClearMarks();
    expect(fake.ui.toasts.map((t) => t.message)).toEqual(['Tidak ada tanda Sinergi untuk dihapus.']);
    expect(fake.uncounted(() => ss.getSheets().length)).toBe(2);
  });
});

describe('onEdit', () => {
  test('fixing a cell removes its mark; the other marks of the row stay', () => {
    setup();
    menuCheckAll();
    set(PKH, 'H7', 'Tanah Tinggi');
    onEdit(editEvent(fake, ss, PKH, 'H7'));
    expect(cellOf(fake, ss, PKH, 'H7')).toEqual({ bg: WHITE, note: '' });
    expect(cellOf(fake, ss, PKH, 'C7').bg).toBe(MARK_COLOURS.error);
    expect(cellOf(fake, ss, PKH, 'J7').bg).toBe(MARK_COLOURS.error);
    expect(
      values(SHEETS.marks)
        .slice(1)
        .map((r) => r[1]),
    ).not.toContain('H7');
    expect(values(SHEETS.marks)).toHaveLength(1 + 15);
  });

  test('a new mistake in an edited row is marked, keeping the user note', () => {
    setup();
    menuCheckAll();
    decorate(PKH, 'H5', '#ffffff', 'lihat KTP');
    set(PKH, 'H5', 'Tanah Tingi');
    onEdit(editEvent(fake, ss, PKH, 'H5'));
    expect(cellOf(fake, ss, PKH, 'H5')).toEqual({
      bg: MARK_COLOURS.error,
      note: 'lihat KTP\n[Sinergi] Kelurahan ini bukan salah satu dari 37 kelurahan di Kota Binjai. Maksud Anda: "Tanah Tinggi"?',
    });
    menuClearMarks();
    expect(cellOf(fake, ss, PKH, 'H5')).toEqual({ bg: WHITE, note: 'lihat KTP' });
  });

  test('an edited Renja row is re-checked with the program rules', () => {
    setup();
    menuCheckAll();
    set(RENJA, 'I8', 95000000);
    onEdit(editEvent(fake, ss, RENJA, 'I8'));
    expect(cellOf(fake, ss, RENJA, 'I8')).toEqual({ bg: WHITE, note: '' });
    set(RENJA, 'L8', 140);
    onEdit(editEvent(fake, ss, RENJA, 'L8'));
    expect(cellOf(fake, ss, RENJA, 'L8').bg).toBe(MARK_COLOURS.error);
    // The parent's sum warning is not a row rule: it stays until the next Periksa.
    expect(cellOf(fake, ss, RENJA, 'F6').bg).toBe(MARK_COLOURS.warning);
  });

  test('marks of cross-register rules stay on an edited row', () => {
    const copy = PKH_SHEET.map((r) => r.slice());
    setup({ [PKH]: PKH_SHEET, 'PKH Kel B': copy });
    menuCheckAll();
    const before = cellOf(fake, ss, PKH, 'B5');
    expect(before.note).toContain('[Sinergi] ');
    set(PKH, 'G5', 'Jl. Samanhudi No. 7');
    onEdit(editEvent(fake, ss, PKH, 'G5'));
    expect(cellOf(fake, ss, PKH, 'B5')).toEqual(before);
  });

  test("edits above the data, on Sinergi's sheets or on other sheets change nothing", () => {
    setup({ [PKH]: PKH_SHEET, Catatan: [['Rapat TKPP']] });
    menuCheckAll();
    const before = snapshot(fake, ss);
    set(PKH, 'A1', 'DAFTAR PENERIMA PKH');
    onEdit(editEvent(fake, ss, PKH, 'A1'));
    onEdit(editEvent(fake, ss, SHEETS.findings, 'E3'));
    set('Catatan', 'A2', 'hadir 12');
    onEdit(editEvent(fake, ss, 'Catatan', 'A2'));
    const after = snapshot(fake, ss) as Record<string, { notes: unknown; backgrounds: unknown }>;
    const b = before as typeof after;
    for (const name of Object.keys(b)) {
      expect(after[name].notes).toEqual(b[name].notes);
      expect(after[name].backgrounds).toEqual(b[name].backgrounds);
    }
    expect(values(SHEETS.marks)).toEqual((b[SHEETS.marks] as unknown as { values: unknown[][] }).values.slice(0, 10));
  });

  test('never throws, whatever it is given', () => {
    setup();
    expect(() => onEdit(undefined)).not.toThrow();
    expect(() => onEdit({} as GoogleAppsScript.Events.SheetsOnEdit)).not.toThrow();
    const broken = {
      range: {
        getSheet: () => {
          throw new Error('boom');
        },
      },
    } as unknown as GoogleAppsScript.Events.SheetsOnEdit;
    expect(() => onEdit(broken)).not.toThrow();
  });

  test('a paste of too many rows asks for Periksa instead', () => {
    const rows = PKH_SHEET.slice(0, 4).concat(Array.from({ length: 6000 }, () => PKH_SHEET[4]));
    setup({ [PKH]: rows });
    const e = fake.uncounted(() => ({ range: sheetOf(PKH).getRange('A5:L6004'), source: ss }));
    onEdit(e as unknown as GoogleAppsScript.Events.SheetsOnEdit);
    expect(fake.ui.toasts.map((t) => t.message)).toEqual([
      '6000 baris berubah sekaligus, terlalu banyak untuk diperiksa otomatis. Jalankan Sinergi › Periksa sheet ini.',
    ]);
  });
});
