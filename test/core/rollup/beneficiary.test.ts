// Beneficiary rollup per programme x kecamatan x kelurahan: recipients, families, verification shares, findings.
import type { RegisterView } from '../../../src/core/checks/types';
import type { BeneficiaryRow } from '../../../src/core/model/schemas';
import { beneficiaryRollup } from '../../../src/core/rollup/beneficiary';

const kk = (digits: string) => ({ digits, junk: false, fromNumber: false, trusted: true });
const reg = (sheet: string, rows: Partial<BeneficiaryRow>[]): RegisterView<'beneficiary'> => ({
  sheet,
  kind: 'beneficiary',
  rows: rows.map((r, i) => ({ row: i + 2, ...r }) as BeneficiaryRow),
  mapped: new Set(['nik', 'no_kk', 'program', 'kelurahan', 'kecamatan', 'status_verifikasi']),
});

const registers = [
  reg('PKH', [
    {
      no_kk: kk('1275041001230001'),
      program: 'PKH',
      kelurahan: 'Kel. Tanah Tinggi',
      kecamatan: 'Binjai Timur',
      status_verifikasi: 'ditetapkan',
    },
    { no_kk: kk('1275041001230001'), program: 'PKH', kelurahan: 'tanah tinggi', status_verifikasi: 'ditetapkan' },
    // The wrong kecamatan is a wilayah finding; the row counts where Tanah Tinggi really is.
    { no_kk: kk('1275041001230002'), program: 'PKH', kelurahan: 'Tanah Tinggi', kecamatan: 'Binjai Kota', status_verifikasi: 'diusulkan' },
    { program: 'PKH', kelurahan: 'Mencirim' },
  ]),
  reg('BPNT', [
    { no_kk: kk('1275041001230001'), program: 'BPNT/Sembako', kelurahan: 'Tanah Tinggi', status_verifikasi: 'ditolak' },
    { no_kk: kk('1275011001230009'), program: 'BPNT/Sembako', kelurahan: 'Kampung Baru', kecamatan: 'Kec. Binjai Utara' },
    { program: 'BPNT/Sembako' },
  ]),
];

const findings = [
  { severity: 'error' as const, register: 0, row: 2 },
  { severity: 'error' as const, register: 0, row: 4 },
  { severity: 'warning' as const, register: 0, row: 4 },
  { severity: 'info' as const, register: 1, row: 3 },
  // A missing column: no row to attribute, counted in the total only.
  { severity: 'error' as const, register: 1, row: 0 },
];

describe('beneficiaryRollup', () => {
  const r = beneficiaryRollup(registers, findings);

  test('groups by programme, kecamatan (from the kelurahan when known) and kelurahan, blanks last', () => {
    expect(r.records.map((x) => [x.program, x.kecamatan, x.kelurahan, x.recipients, x.families])).toEqual([
      ['BPNT/Sembako', 'Binjai Timur', 'Tanah Tinggi', 1, 1],
      ['BPNT/Sembako', 'Binjai Utara', 'Kampung Baru', 1, 1],
      ['BPNT/Sembako', '', '', 1, 0],
      ['PKH', 'Binjai Timur', 'Mencirim', 1, 0],
      ['PKH', 'Binjai Timur', 'Tanah Tinggi', 3, 2],
    ]);
  });

  test('verification shares and findings of a group', () => {
    const tt = r.records[4];
    expect(tt.stages).toEqual({ diusulkan: 1, diverifikasi_kelurahan: 0, disetujui_dinsos: 0, ditetapkan: 2, ditolak: 0, unknown: 0 });
    expect(tt.shares).toEqual({
      diusulkan: 33.33,
      diverifikasi_kelurahan: 0,
      disetujui_dinsos: 0,
      ditetapkan: 66.67,
      ditolak: 0,
      unknown: 0,
    });
    expect(tt.findings).toEqual({ error: 2, warning: 1, info: 0 });
    expect(r.records[0].shares.ditolak).toBe(100);
    expect(r.records[1].findings).toEqual({ error: 0, warning: 0, info: 1 });
  });

  test('the total counts families once across programmes and every finding', () => {
    expect([r.total.recipients, r.total.families]).toEqual([7, 3]);
    expect(r.total.findings).toEqual({ error: 3, warning: 1, info: 1 });
    expect(r.total.stages.unknown).toBe(3);
  });

  test('as a table', () => {
    const t = r.toTable('id');
    expect(t.id).toBe('beneficiary_by_area');
    expect(t.header.slice(0, 5)).toEqual(['Program Bantuan', 'Kecamatan', 'Kelurahan', 'Jumlah Penerima', 'Jumlah Keluarga (KK)']);
    expect(t.rows[2].slice(0, 3)).toEqual(['BPNT/Sembako', '(tidak diisi)', '(tidak diisi)']);
    expect(t.rows[4]).toEqual(['PKH', 'Binjai Timur', 'Tanah Tinggi', 3, 2, 33.33, 0, 0, 66.67, 0, 0, 2, 1, 0]);
    expect(t.rows[5]).toEqual(['Jumlah', '', '', 7, 3, 14.29, 0, 0, 28.57, 14.29, 42.86, 3, 1, 1]);
    for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
    expect(r.toTable('en').header[3]).toBe('Recipients');
  });

  test('no registers: an empty total', () => {
    const e = beneficiaryRollup([]);
    expect(e.records).toEqual([]);
    expect(e.total.recipients).toBe(0);
    expect(e.toTable('id').rows).toEqual([['Jumlah', '', '', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]);
  });
});

test('a NIK typed into the programme column is masked in the rollup table', () => {
  const { beneficiaryRollup } = require('../../../src/core/rollup/beneficiary');
  const view = { sheet: 'S', kind: 'beneficiary', mapped: new Set(['program']), rows: [{ row: 2, program: '1275041708800001' }] };
  const table = beneficiaryRollup([view]).toTable('id');
  expect(JSON.stringify(table.rows)).not.toMatch(/\d{12,}/);
  expect(JSON.stringify(table.rows)).toContain('127504********01');
});
