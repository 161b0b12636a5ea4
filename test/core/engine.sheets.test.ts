// The engine on sheets as agencies keep them: title blocks, merged two-row headers, numeric NIKs, Renja hierarchy.
import { checkSheet } from '../../src/core/engine';
import { BeneficiaryRowSchema, ProgramRowSchema } from '../../src/core/model/schemas';
import { PKH_SHEET, RENJA_SHEET } from '../fixtures/sheets';

const TODAY = Math.round(Date.UTC(2026, 10, 28) / 86400000);
const where = (fs: { cell: string; rule: string; severity: string }[]) => fs.map((f) => `${f.cell} ${f.rule} ${f.severity}`);

describe('a PKH list from a kelurahan', () => {
  const r = checkSheet({ sheet: 'PKH Tanah Tinggi', values: PKH_SHEET }, { today: TODAY })!;

  test('is recognised with its header under the title block, and the programme read from the title', () => {
    expect(r.kind).toBe('beneficiary');
    expect(r.header.headerRow + 1).toBe(4);
    expect(r.header.fields).toMatchObject({
      nik: 1,
      no_kk: 2,
      nama: 3,
      jenis_kelamin: 4,
      tanggal_lahir: 5,
      kelurahan: 7,
      kecamatan: 8,
      status_penerima: 9,
      nominal: 10,
    });
    expect(r.rows.map((x) => x.row)).toEqual([5, 6, 7, 8]);
    expect(r.rows.every((x) => 'program' in x && x.program === 'PKH')).toBe(true);
  });

  test('typed rows satisfy the register schema', () => {
    for (const row of r.rows) expect(BeneficiaryRowSchema.safeParse(row).success).toBe(true);
  });

  test('flags exactly the planted problems, at the right cells', () => {
    expect(where(r.findings)).toEqual([
      'B6 nik.stored_as_number warning',
      'B7 nik.stored_as_number error',
      'C7 kk.format error',
      'F7 nik.dob_mismatch warning',
      'H7 wilayah.kelurahan_unknown error',
      'J7 status.deceased_active error',
      'E8 nik.sex_mismatch warning',
      'F8 field.type error',
      'I8 wilayah.kecamatan_mismatch error',
    ]);
  });

  test('messages are plain Indonesian, mask the NIK and suggest a fix', () => {
    const byCell = Object.fromEntries(r.findings.map((f) => [f.cell, f]));
    expect(byCell.B7.message).toContain('127504********00');
    expect(byCell.H7.message).toContain('Maksud Anda: "Tanah Tinggi"?');
    expect(byCell.B7.column).toBe('NIK KTP');
    for (const f of r.findings) {
      expect(f.message).not.toMatch(/\d{12,}/);
      expect(f.message).not.toMatch(/BOY|SITI|ANDI|HASANAH/);
    }
  });

  test('the same sheet in English', () => {
    const en = checkSheet({ sheet: 'PKH', values: PKH_SHEET }, { today: TODAY, lang: 'en' })!;
    expect(en.findings.find((f) => f.cell === 'H7')!.message).toContain('Did you mean "Tanah Tinggi"?');
  });
});

describe('a Renja sheet with a merged two-row header', () => {
  const r = checkSheet({ sheet: 'Renja 2025', values: RENJA_SHEET }, { today: TODAY })!;

  test('maps the quarter columns under their merged groups and skips the column-number and JUMLAH rows', () => {
    expect(r.kind).toBe('program');
    expect(r.header.fields).toMatchObject({
      kode: 0,
      uraian: 1,
      pagu: 5,
      realisasi_keuangan_tw1: 6,
      realisasi_keuangan_tw4: 9,
      realisasi_fisik_tw1: 10,
      realisasi_fisik_tw4: 13,
      misi: 14,
      sasaran: 15,
    });
    expect(r.header.dataStart + 1).toBe(6);
    expect(r.rows.map((x) => [x.row, 'level' in x ? x.level : undefined])).toEqual([
      [6, 'program'],
      [7, 'kegiatan'],
      [8, 'sub_kegiatan'],
      [9, 'sub_kegiatan'],
      [11, undefined],
    ]);
    expect(r.rows.every((x) => 'opd' in x && x.opd === 'DINAS SOSIAL' && x.tahun === 2025)).toBe(true);
    for (const row of r.rows) expect(ProgramRowSchema.safeParse(row).success).toBe(true);
  });

  test('flags the planted problems; parent rows are not flagged for a missing target', () => {
    expect(where(r.findings)).toEqual([
      'F6 program.parent_sum_mismatch warning',
      'I8 program.cumulative_decrease error',
      'D9 program.target_missing error',
      'H9 program.realisasi_exceeds_pagu error',
      'L9 program.fisik_range error',
      'A11 program.code_format error',
    ]);
  });
});

test('a stored mapping keeps working after a column is renamed', () => {
  const first = checkSheet({ sheet: 'PKH', values: PKH_SHEET }, { today: TODAY })!;
  const renamed = PKH_SHEET.map((row, i) => (i === 3 ? row.map((c) => (c === 'NIK KTP' ? 'Nomor Identitas' : c)) : row));
  const again = checkSheet({ sheet: 'PKH', values: renamed }, { today: TODAY, stored: first.header.mapping })!;
  expect(again.header.fields.nik).toBe(1);
  expect(where(again.findings)).toEqual(where(first.findings));
});

test('a sheet that is not a register is not read as one', () => {
  expect(checkSheet({ sheet: 'Catatan', values: [['Rapat TKPP'], ['Notulen', 'hadir 12 orang']] }, { today: TODAY })).toBeUndefined();
});

test('template rows pre-filled with kelurahan and programme but no one in them are not recipients', () => {
  const grid = [
    ['NIK', 'Nama', 'Kelurahan', 'Kecamatan', 'Program'],
    ['1275041708800001', 'Boy Lucky Rizqi', 'Tanah Tinggi', 'Binjai Timur', 'PKH'],
    ['', '', 'Tanah Tinggi', 'Binjai Timur', 'PKH'],
    ['', '', 'Tanah Tinggi', 'Binjai Timur', 'PKH'],
    ['', 'Siti Aminah', 'Tanah Tinggi', 'Binjai Timur', 'PKH'],
  ];
  const r = checkSheet({ sheet: 'PKH', values: grid }, { today: TODAY })!;
  expect(r.rows.map((x) => x.row)).toEqual([2, 5]);
  expect(where(r.findings)).toEqual(['A5 field.required error']);
});
