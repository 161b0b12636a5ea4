// program.overlap_opd: one sub-kegiatan, by code or by nearly the same name, under two OPDs in one year.
import { rule } from '../../../src/core/checks/program.overlap_opd';
import { crossTable, opdRows, runCross } from './program-harness';

const SUB = '1.06.04.2.01.0001';

crossTable(rule, {
  pass: [
    {
      name: 'different codes and names',
      registers: [
        opdRows('Dinas Sosial', 2025, [{ kode: SUB, uraian: 'Pendataan Fakir Miskin' }]),
        opdRows('Dinas Kesehatan', 2025, [{ kode: '1.02.02.2.02.0001', uraian: 'Pengelolaan Pelayanan Kesehatan Ibu Hamil' }]),
      ],
    },
    {
      name: 'one code in one OPD twice (that is code_duplicate)',
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: SUB }, { kode: SUB }])],
    },
    {
      name: 'one code under two OPDs in different years',
      registers: [opdRows('Dinas Sosial', 2024, [{ kode: SUB }]), opdRows('Dinas Kesehatan', 2025, [{ kode: SUB }])],
    },
    {
      name: 'cross-cutting X.XX codes every OPD runs',
      registers: [
        opdRows('Dinas Sosial', 2025, [{ kode: 'X.XX.01.2.01.0001' }]),
        opdRows('Dinas Kesehatan', 2025, [{ kode: 'X.XX.01.2.01.0001' }]),
      ],
    },
    {
      name: 'the kecamatan offices run the same urusan 7.01 sub-kegiatan',
      registers: [
        opdRows('Kecamatan Binjai Utara', 2025, [{ kode: '7.01.02.2.01.0001', uraian: 'Koordinasi Ketenteraman' }]),
        opdRows('Kecamatan Binjai Kota', 2025, [{ kode: '7.01.02.2.01.0001', uraian: 'Koordinasi Ketenteraman' }]),
      ],
    },
    {
      name: 'Program Penunjang names repeat in every OPD under its own bidang',
      registers: [
        opdRows('Dinas Sosial', 2025, [{ kode: '1.06.01.2.02.0001', uraian: 'Penyediaan Gaji dan Tunjangan ASN' }]),
        opdRows('Dinas Kesehatan', 2025, [{ kode: '1.02.01.2.02.0001', uraian: 'Penyediaan Gaji dan Tunjangan ASN' }]),
      ],
    },
    {
      name: 'names that differ only in a number are different works',
      registers: [
        opdRows('Dinas Pendidikan', 2025, [{ kode: '1.01.02.2.01.0010', uraian: 'Rehabilitasi Sedang/Berat Ruang Kelas SD Negeri 020' }]),
        opdRows('Dinas PUPR', 2025, [{ kode: '1.03.02.2.01.0010', uraian: 'Rehabilitasi Sedang/Berat Ruang Kelas SD Negeri 021' }]),
      ],
    },
    {
      name: 'similar names in one OPD',
      registers: [
        opdRows('Dinas Sosial', 2025, [
          { kode: SUB, uraian: 'Pendataan Fakir Miskin Kota' },
          { kode: '1.06.04.2.01.0002', uraian: 'Pendataan Fakir Miskin' },
        ]),
      ],
    },
    {
      name: 'registers that name no OPD cannot be said to be two OPDs',
      registers: [[{ tahun: 2025, kode: SUB }], [{ tahun: 2025, kode: SUB }]],
    },
    {
      name: 'programme and kegiatan rows are not sub-kegiatan',
      registers: [opdRows('Dinas Sosial', 2025, [{ kode: '1.06.04' }]), opdRows('Dinas Kesehatan', 2025, [{ kode: '1.06.04' }])],
    },
  ],
  fail: [
    {
      name: 'one sub-kegiatan code under two OPDs',
      registers: [
        { sheet: 'Renja Dinsos', rows: opdRows('Dinas Sosial', 2025, [{ kode: SUB }]) },
        { sheet: 'Renja Dinkes', rows: opdRows('Dinas Kesehatan', 2025, [{ kode: SUB }]) },
      ],
      expect: [
        {
          key: 'program.overlap_opd.code',
          severity: 'warning',
          params: { code: SUB, count: 2, opds: 'Dinas Sosial, Dinas Kesehatan', others: 'sheet Renja Dinkes baris 2' },
          places: [
            { register: 0, row: 2, field: 'kode' },
            { register: 1, row: 2, field: 'kode' },
          ],
        },
      ],
    },
    {
      name: 'the same name under different codes, after case, punctuation and "Sub Kegiatan" are removed',
      registers: [
        opdRows('Dinas Sosial', 2025, [{ kode: '1.06.06.2.01.0003', uraian: 'Pelatihan Keterampilan Usaha bagi Perempuan Rawan Sosial' }]),
        opdRows('Dinas Pemberdayaan Perempuan', 2025, [
          { kode: '2.08.02.2.01.0004', sub_kegiatan: 'SUB KEGIATAN: pelatihan keterampilan usaha bagi perempuan rawan-sosial.' },
        ]),
      ],
      expect: [
        {
          key: 'program.overlap_opd.name',
          params: { count: 2, name: 'Pelatihan Keterampilan Usaha bagi Perempuan Rawan Sosial' },
          places: [
            { register: 0, field: 'uraian' },
            { register: 1, field: 'sub_kegiatan' },
          ],
        },
      ],
    },
    {
      name: 'nearly the same name (a typo) under two OPDs',
      registers: [
        opdRows('Dinas Sosial', 2025, [{ kode: '1.06.06.2.01.0003', uraian: 'Penyediaan Makanan Tambahan bagi Lansia Terlantar' }]),
        opdRows('Dinas Kesehatan', 2025, [{ kode: '1.02.02.2.02.0009', uraian: 'Penyedian Makanan Tambahan bagi Lansia Terlantar' }]),
      ],
      expect: [{ key: 'program.overlap_opd.name' }],
    },
    {
      name: 'a typo in the first word is found through the last words',
      registers: [
        opdRows('Dinas Sosial', 2025, [{ kode: '1.06.06.2.01.0003', uraian: 'Pemberdayaan Kelompok Usaha Bersama Keluarga Miskin' }]),
        opdRows('Dinas Koperasi', 2025, [{ kode: '2.17.05.2.01.0002', uraian: 'Pemberdayan Kelompok Usaha Bersama Keluarga Miskin' }]),
      ],
      expect: [{ key: 'program.overlap_opd.name' }],
    },
    {
      name: 'same code and same name: one finding (by code), not two',
      registers: [
        opdRows('Dinas Sosial', 2025, [{ kode: SUB, uraian: 'Pendataan Fakir Miskin' }]),
        opdRows('Dinas Kesehatan', 2025, [{ kode: SUB, uraian: 'Pendataan Fakir Miskin' }]),
      ],
      expect: [{ key: 'program.overlap_opd.code' }],
    },
    {
      name: 'OPD names as written, in each language',
      registers: [
        opdRows('Dinas Sosial', 2025, [{ kode: SUB }]),
        opdRows('DINAS KESEHATAN', 2025, [{ kode: SUB }]),
        opdRows('dinas sosial', 2025, [{ kode: SUB }]),
      ],
      ctx: { lang: 'en' },
      expect: [
        { params: { count: 2, opds: 'Dinas Sosial, DINAS KESEHATAN' }, places: [{ register: 0 }, { register: 1 }, { register: 2 }] },
      ],
    },
  ],
});

describe('program.overlap_opd at scale', () => {
  test('5,000 sub-kegiatan with similar-looking names stay fast (blocked, never all pairs)', () => {
    const rows = [];
    for (let i = 0; i < 5000; i++) {
      const n = String(i).padStart(4, '0');
      rows.push({
        opd: `Dinas ${i % 20}`,
        tahun: 2025,
        kode: `1.0${i % 9}.02.2.01.${n}`,
        uraian: `Penyediaan Jasa Layanan Umum Kantor Unit ${i % 7} Paket ${['A', 'B', 'C'][i % 3]} Tahap Pelaksanaan`,
      });
    }
    const start = Date.now();
    const got = runCross(rule, [rows]);
    expect(Date.now() - start).toBeLessThan(2000);
    expect(got.length).toBeGreaterThan(0);
  });
});
