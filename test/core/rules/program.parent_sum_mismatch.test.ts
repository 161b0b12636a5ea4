// program.parent_sum_mismatch: programme and kegiatan pagu against the sum of their direct children, found by code.
import { rule } from '../../../src/core/rules/program.parent_sum_mismatch';
import { runRule, ruleTable } from './harness';

const P = '1.06.04';
const K1 = '1.06.04.2.01';
const K2 = '1.06.04.2.02';

ruleTable(rule, {
  pass: [
    {
      name: 'a consistent programme, kegiatan and sub-kegiatan table',
      rows: [
        { kode: P, pagu: 3000000 },
        { kode: K1, pagu: 1000000 },
        { kode: K1 + '.0001', pagu: 400000 },
        { kode: K1 + '.0002', pagu: 600000 },
        { kode: K2, pagu: 2000000 },
        { kode: K2 + '.0001', pagu: 2000000 },
        { kode: undefined, uraian: 'Jumlah', pagu: 3000000 },
      ],
    },
    {
      name: 'children found by code, not position',
      rows: [
        { kode: K1 + '.0002', pagu: 600000 },
        { kode: P, pagu: 1000000 },
        { kode: K1 + '.0001', pagu: 400000 },
        { kode: K1, pagu: 1000000 },
      ],
    },
    {
      name: 'a programme with only sub-kegiatan rows',
      rows: [
        { kode: P, pagu: 300 },
        { kode: K1 + '.0001', pagu: 100 },
        { kode: K2 + '.0001', pagu: 200 },
      ],
    },
    {
      name: 'same K.KK under the next programme is not mixed up with the previous one',
      rows: [
        { kode: '1.06.04.2.01', pagu: 100 },
        { kode: '1.06.04.2.01.0001', pagu: 100 },
        { kode: '1.06.05.2.01', pagu: 50 },
        { kode: '1.06.05.2.01.0001', pagu: 50 },
        { kode: '1.06.04.2.01.0002', pagu: 0 },
      ],
    },
    {
      name: 'parents without children in the sheet',
      rows: [
        { kode: P, pagu: 300 },
        { kode: '1.06.05.2.01', pagu: 100 },
      ],
    },
    {
      name: 'rounding below Rp 1',
      rows: [
        { kode: K1, pagu: 1000 },
        { kode: K1 + '.0001', pagu: 333.33 },
        { kode: K1 + '.0002', pagu: 666.67 },
      ],
    },
    {
      name: 'separate OPDs with the same cross-cutting code',
      rows: [
        { opd: 'Dinas Sosial', kode: 'X.XX.01.1.01', pagu: 100 },
        { opd: 'Dinas Sosial', kode: 'X.XX.01.1.01.0001', pagu: 100 },
        { opd: 'Dinas Kesehatan', kode: 'X.XX.01.1.01', pagu: 50 },
        { opd: 'Dinas Kesehatan', kode: 'X.XX.01.1.01.0001', pagu: 50 },
      ],
    },
    {
      name: 'OPD and year written once (merged cells) fill down',
      rows: [
        { opd: 'Dinas Sosial', tahun: 2026, kode: K1, pagu: 300 },
        { opd: '', tahun: undefined, kode: K1 + '.0001', pagu: 100 },
        { opd: undefined, tahun: undefined, kode: K1 + '.0002', pagu: 200 },
        { opd: 'DINAS  SOSIAL', tahun: 2026, kode: K1 + '.0003', pagu: 0 },
      ],
    },
    {
      name: 'a child pagu that could not be read leaves the sum unknown',
      rows: [
        { row: 2, kode: K1, pagu: 300 },
        { row: 3, kode: K1 + '.0001', pagu: undefined },
        { row: 4, kode: K1 + '.0002', pagu: 100 },
      ],
      ctx: { issues: [{ row: 3, field: 'pagu', problem: 'type', shown: 'seratus' }] },
    },
    {
      name: 'a parent without pagu',
      rows: [
        { kode: K1, pagu: undefined },
        { kode: K1 + '.0001', pagu: 100 },
      ],
    },
    {
      name: 'codes with spaces and trailing dots',
      rows: [
        { kode: '1.06.04.2.01.', pagu: 300 },
        { kode: '1 . 06 . 04 . 2 . 01 . 0001', pagu: 300 },
      ],
    },
    { name: 'no pagu column', rows: [{ kode: K1 }, { kode: K1 + '.0001' }] },
  ],
  fail: [
    {
      name: 'kegiatan pagu differs from its sub-kegiatan',
      rows: [
        { kode: K1, pagu: 5000000 },
        { kode: K1 + '.0001', pagu: 1500000 },
        { kode: K1 + '.0002', pagu: 1500000 },
        { kode: K1 + '.0003', pagu: 1750000 },
      ],
      expect: [
        {
          row: 2,
          field: 'pagu',
          severity: 'warning',
          key: 'program.parent_sum_mismatch.kegiatan',
          params: { pagu: 'Rp 5.000.000', sum: 'Rp 4.750.000', diff: 'Rp 250.000', count: 3 },
          message:
            'Pagu kegiatan (Rp 5.000.000) tidak sama dengan jumlah pagu 3 sub kegiatan di bawahnya (Rp 4.750.000); selisih Rp 250.000.',
        },
      ],
    },
    {
      name: 'programme against its kegiatan, not its sub-kegiatan',
      rows: [
        { kode: P, pagu: 2500 },
        { kode: K1, pagu: 1000 },
        { kode: K1 + '.0001', pagu: 1000 },
        { kode: K2, pagu: 2000 },
        { kode: K2 + '.0001', pagu: 2000 },
      ],
      expect: [
        { row: 2, key: 'program.parent_sum_mismatch.program', params: { pagu: 'Rp 2.500', sum: 'Rp 3.000', diff: 'Rp 500', count: 2 } },
      ],
    },
    {
      name: 'programme against its sub-kegiatan when it has no kegiatan rows',
      rows: [
        { kode: P, pagu: 100 },
        { kode: K1 + '.0001', pagu: 100 },
        { kode: K2 + '.0001', pagu: 100 },
      ],
      expect: [{ row: 2, key: 'program.parent_sum_mismatch.program_sub', params: { count: 2, sum: 'Rp 200' } }],
    },
    {
      name: 'children of another OPD or year are not summed',
      rows: [
        { opd: 'Dinas Sosial', tahun: 2026, kode: K1, pagu: 300 },
        { opd: 'Dinas Sosial', tahun: 2026, kode: K1 + '.0001', pagu: 100 },
        { opd: 'Dinas Sosial', tahun: 2025, kode: K1 + '.0002', pagu: 200 },
        { opd: 'Dinas Kesehatan', tahun: 2026, kode: K1 + '.0003', pagu: 200 },
      ],
      expect: [{ row: 2, params: { count: 1, sum: 'Rp 100' } }],
    },
    {
      name: 'an empty child pagu counts as 0',
      rows: [
        { kode: K1, pagu: 300 },
        { kode: K1 + '.0001', pagu: undefined },
        { kode: K1 + '.0002', pagu: 100 },
      ],
      expect: [{ row: 2, params: { count: 2, sum: 'Rp 100', diff: 'Rp 200' } }],
    },
    {
      name: 'duplicated codes do not crash; each duplicate parent is compared',
      rows: [
        { kode: K1, pagu: 100 },
        { kode: K1, pagu: 100 },
        { kode: K1 + '.0001', pagu: 100 },
        { kode: K1 + '.0001', pagu: 100 },
      ],
      expect: [
        { row: 2, params: { count: 2 } },
        { row: 3, params: { count: 2 } },
      ],
    },
    {
      name: 'negative pagu in a child',
      rows: [
        { kode: K1, pagu: 100 },
        { kode: K1 + '.0001', pagu: 150 },
        { kode: K1 + '.0002', pagu: -40 },
      ],
      expect: [{ row: 2, params: { sum: 'Rp 110', diff: 'Rp 10' } }],
    },
  ],
});

test('runs in linear time on a large sheet', () => {
  const rows: { kode: string; pagu: number }[] = [];
  for (let p = 1; p <= 50; p++) {
    const prog = `1.06.${String(p).padStart(2, '0')}`;
    rows.push({ kode: prog, pagu: 0 });
    for (let k = 1; k <= 20; k++) {
      const keg = `${prog}.2.${String(k).padStart(2, '0')}`;
      rows.push({ kode: keg, pagu: 100 * 100 });
      for (let s = 1; s <= 100; s++) rows.push({ kode: `${keg}.${String(s).padStart(4, '0')}`, pagu: 100 });
    }
  }
  const t0 = Date.now();
  const got = runRule(rule, rows);
  expect(Date.now() - t0).toBeLessThan(1000);
  expect(got).toHaveLength(50);
  expect(got[0].params).toMatchObject({ pagu: 'Rp 0', sum: 'Rp 200.000', count: 20 });
});
