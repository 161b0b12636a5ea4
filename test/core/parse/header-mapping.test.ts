// Stored mappings (after a column is renamed or moved) and the user's overrides.
import { detectHeader, StoredMappingSchema, type StoredMapping } from '../../../src/core/parse/header';

const title = ['DAFTAR PENERIMA BPNT'];
const header = ['No', 'NIK', 'Nama', 'Alamat', 'Program', 'Keterangan'];
const row = [1, '1275011708800001', 'Budi', 'Jl. Melati', 'BPNT', ''];
const stored = (): StoredMapping => detectHeader([title, header, row])!.mapping;

describe('stored mapping', () => {
  test('is what detection returns, valid by its schema, and survives JSON', () => {
    const m = stored();
    expect(m).toEqual({
      kind: 'beneficiary',
      headerRow: 2,
      fields: {
        nik: { header: 'NIK', index: 1 },
        nama: { header: 'Nama', index: 2 },
        alamat: { header: 'Alamat', index: 3 },
        program: { header: 'Program', index: 4 },
        keterangan: { header: 'Keterangan', index: 5 },
      },
    });
    expect(StoredMappingSchema.safeParse(JSON.parse(JSON.stringify(m))).success).toBe(true);
  });

  test('the schema rejects what a host must not trust', () => {
    for (const bad of [
      { kind: 'other', headerRow: 1, fields: {} },
      { kind: 'program', headerRow: 0, fields: {} },
      { kind: 'program', headerRow: 1.5, fields: {} },
      { kind: 'program', headerRow: 1, fields: { kode: { header: 'Kode', index: -1 } } },
      { kind: 'program', headerRow: 1, fields: { kode: { index: 0 } } },
      null,
    ])
      expect(StoredMappingSchema.safeParse(bad).success).toBe(false);
  });

  test('unchanged sheet: every field comes from the stored mapping', () => {
    const h = detectHeader([title, header, row], { stored: stored() })!;
    expect(h.fields).toEqual({ nik: 1, nama: 2, alamat: 3, program: 4, keterangan: 5 });
    expect(h.columns.filter((c) => c.field).every((c) => c.how === 'stored')).toBe(true);
  });

  test('a renamed column keeps its field by its place', () => {
    const renamed = ['No', 'Identitas', 'Nama', 'Alamat', 'Program', 'Keterangan'];
    expect(detectHeader([title, renamed, row])!.fields.nik).toBeUndefined();
    const h = detectHeader([title, renamed, row], { stored: stored() })!;
    expect(h.fields.nik).toBe(1);
    expect(h.columns[1]).toEqual({ index: 1, label: 'Identitas', field: 'nik', how: 'stored' });
    expect(h.issues.missing).toEqual([]);
    expect(h.mapping.fields.nik).toEqual({ header: 'Identitas', index: 1 });
  });

  test('a moved column keeps its field by its header', () => {
    const moved = ['No', 'Program', 'Nama', 'Keterangan', 'NIK', 'Alamat'];
    const h = detectHeader([title, moved, row], { stored: stored() })!;
    expect(h.fields).toEqual({ program: 1, nama: 2, keterangan: 3, nik: 4, alamat: 5 });
    expect(h.columns.find((c) => c.index === 4)?.how).toBe('stored');
  });

  test('a column inserted before the others and rows inserted above', () => {
    const wider = ['No', 'No KK', 'NIK', 'Nama', 'Alamat', 'Program', 'Keterangan'];
    const h = detectHeader([title, ['TAHUN 2025'], [], wider, row], { stored: stored() })!;
    expect(h.headerRow).toBe(3);
    expect(h.fields).toEqual({ nik: 2, nama: 3, alamat: 4, program: 5, keterangan: 6, no_kk: 1 });
    expect(h.columns[1].how).toBe('exact');
    expect(h.columns[2].how).toBe('stored');
  });

  test('a column at the stored place that names another field, or another stored header, is not taken', () => {
    // The NIK column was deleted: "Nama" moved into its place.
    const h = detectHeader([title, ['No', 'Nama', 'Alamat', 'Program', 'Keterangan'], row], { stored: stored() })!;
    expect(h.fields).toEqual({ nama: 1, alamat: 2, program: 3, keterangan: 4 });
    expect(h.issues.missing).toEqual(['nik']);
    // ... and a column of something else moved into it.
    const g = detectHeader([title, ['No', 'Desil', 'Nama', 'Alamat', 'Program', 'Keterangan'], row], { stored: stored() })!;
    expect(g.fields.nik).toBeUndefined();
    expect(g.fields.desil).toBe(1);
  });

  test("a header in the user's own words, confirmed once, keeps working", () => {
    const own = ['ID Warga', 'Nama Warga', 'Jenis Bansos'];
    expect(detectHeader([own])).toBeUndefined();
    const m: StoredMapping = {
      kind: 'beneficiary',
      headerRow: 1,
      fields: { nik: { header: 'ID Warga', index: 0 }, nama: { header: 'Nama Warga', index: 1 } },
    };
    const h = detectHeader([own, ['1275011708800001', 'Budi', 'PKH']], { stored: m })!;
    expect(h.fields).toEqual({ nik: 0, nama: 1, program: 2 });
    expect(h.columns.map((c) => c.how)).toEqual(['stored', 'stored', 'exact']);
  });

  test('a stored mapping of another kind than the one forced is ignored', () => {
    const h = detectHeader([['Kode', 'Uraian', 'Pagu']], { kind: 'program', stored: stored() })!;
    expect(h.kind).toBe('program');
    expect(h.fields).toEqual({ kode: 0, uraian: 1, pagu: 2 });
  });

  test('a data row that now sits at the stored header row is not taken for a renamed header', () => {
    // The title row was deleted: the header moved up, the first data row sits where the header was.
    const h = detectHeader([header, row, row], { stored: stored() })!;
    expect(h.headerRow).toBe(0);
    expect(h.fields).toEqual({ nik: 1, nama: 2, alamat: 3, program: 4, keterangan: 5 });
    const renamed = detectHeader([['No', 'Identitas', 'Nama', 'Alamat', 'Program', 'Keterangan'], row, row], { stored: stored() })!;
    expect(renamed.headerRow).toBe(0);
    expect(renamed.fields.nik).toBe(1);
  });

  test('the stored header row decides between equal candidates', () => {
    const g = [header, row, header];
    expect(detectHeader(g)!.headerRow).toBe(0);
    expect(detectHeader(g, { stored: { ...stored(), headerRow: 3 } })!.headerRow).toBe(2);
  });
});

describe('stored mapping of a two-row Renja header', () => {
  const top = ['Kode', 'Uraian', 'Target', 'Satuan', 'Pagu', 'Realisasi Keuangan', '', 'Realisasi Fisik', ''];
  const sub = ['', '', '', '', '', 's.d. TW I', 's.d. TW II', 's.d. TW I', 's.d. TW II'];
  const nums = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  const m = detectHeader([top, sub, nums])!.mapping;

  test('stores the combined labels', () => {
    expect(m.headerRow).toBe(2);
    expect(m.fields.realisasi_fisik_tw2).toEqual({ header: 'Realisasi Fisik s.d. TW II', index: 8 });
  });

  test('groups swapped and a sub-header renamed', () => {
    const t = ['Kode', 'Uraian', 'Satuan', 'Target', 'Pagu', 'Realisasi Fisik', '', 'Realisasi Keuangan', ''];
    const s = ['', '', '', '', '', 's.d. TW I', 's.d. TW II', 's.d. TW I', 'Semester I'];
    const h = detectHeader([['RENJA 2025'], t, s, nums], { stored: m })!;
    expect([h.firstHeaderRow, h.headerRow, h.dataStart]).toEqual([1, 2, 4]);
    expect(h.fields).toMatchObject({ satuan: 2, target: 3, realisasi_fisik_tw1: 5, realisasi_fisik_tw2: 6, realisasi_keuangan_tw1: 7 });
    // Moved and renamed at once: neither its header nor its place is left, so the column is not guessed.
    expect(h.fields.realisasi_keuangan_tw2).toBeUndefined();
    expect(h.columns[8]).toEqual({ index: 8, label: 'Realisasi Keuangan Semester I' });
  });

  test('a renamed sub-header in place', () => {
    const s = sub.slice();
    s[6] = 'Semester I';
    const h = detectHeader([top, s, nums], { stored: m })!;
    expect(h.columns[6]).toEqual({ index: 6, label: 'Realisasi Keuangan Semester I', field: 'realisasi_keuangan_tw2', how: 'stored' });
  });
});

describe('overrides', () => {
  const g = [['NIK', 'Nama', 'Nama Lengkap', 'Status', 'Program', 'ID Lama']];

  test('settle an ambiguity', () => {
    expect(detectHeader(g)!.issues.ambiguous).toEqual([{ field: 'nama', headers: ['Nama', 'Nama Lengkap'] }]);
    const h = detectHeader(g, { overrides: { nama: 'Nama Lengkap' } })!;
    expect(h.fields.nama).toBe(2);
    expect(h.columns[2]).toEqual({ index: 2, label: 'Nama Lengkap', field: 'nama', how: 'override' });
    expect(h.columns[1]).toEqual({ index: 1, label: 'Nama' });
    expect(h.issues.ambiguous).toEqual([]);
  });

  test('unmap a field with null', () => {
    const h = detectHeader(g, { overrides: { status_penerima: null } })!;
    expect(h.fields.status_penerima).toBeUndefined();
    expect(h.columns[3]).toEqual({ index: 3, label: 'Status' });
  });

  test('map a header synonyms do not know, and take a column from another field', () => {
    const h = detectHeader(g, { overrides: { no_kk: 'id lama', keterangan: 'Status' } })!;
    expect(h.fields.no_kk).toBe(5);
    expect(h.fields.keterangan).toBe(3);
    expect(h.fields.status_penerima).toBeUndefined();
    expect(h.columns[5].how).toBe('override');
  });

  test('win over the stored mapping', () => {
    const m = detectHeader(g)!.mapping;
    const h = detectHeader(g, { stored: m, overrides: { nik: 'ID Lama' } })!;
    expect(h.fields.nik).toBe(5);
    expect(h.columns[5].how).toBe('override');
    expect(h.columns[0]).toEqual({ index: 0, label: 'NIK' });
    expect(h.fields.nama).toBe(1);
    expect(h.columns[1].how).toBe('stored');
  });

  test('a header the sheet no longer has, or a field of no kind, changes nothing', () => {
    const h = detectHeader(g, { overrides: { nik: 'Nomor Lama', bogus: 'NIK' } })!;
    expect(h.fields.nik).toBe(0);
    expect(h.columns[0].how).toBe('exact');
  });

  test("make a sheet in the user's own words a register", () => {
    const own = [['ID Warga', 'Nama Warga', 'Kampung']];
    expect(detectHeader(own)).toBeUndefined();
    const h = detectHeader(own, { overrides: { nik: 'ID Warga', nama: 'Nama Warga' } })!;
    expect(h.kind).toBe('beneficiary');
    expect(h.fields).toEqual({ nik: 0, nama: 1 });
    expect(h.issues.missing).toEqual(['program']);
    // What the user confirmed comes back as a stored mapping that needs no overrides.
    expect(detectHeader(own, { stored: h.mapping })!.fields).toEqual({ nik: 0, nama: 1 });
  });
});
