// Programme rollups: hand-computed figures on a small two-OPD fixture; parents never counted twice.
import type { RegisterView } from '../../../src/core/checks/types';
import type { ProgramRow } from '../../../src/core/model/schemas';
import { indexPrograms } from '../../../src/core/rollup/program-tree';
import { programRollup, type ProgramRecord } from '../../../src/core/rollup/program';
import { register } from '../checks/program-harness';

/**
 * Dinas Sosial: bidang row (a total, never counted), two programmes; tourism flag Y on programme 1.06.05 only.
 * Dinas Pariwisata: a programme flagged Y with a sub-kegiatan flagged N (its own flag wins), a kegiatan row with a pagu and
 * nothing under it (a leaf), a malformed sub-kegiatan code (read as 3.26.02.2.01.0002, a leaf), an SKPD unit row and a
 * code-less sub-total row (never leaves).
 */
const dinsos: Partial<ProgramRow>[] = (
  [
    { kode: '1.06', uraian: 'SOSIAL', pagu: 1000 },
    { kode: '1.06.04', pagu: 600, misi: '1', pariwisata: 'N' },
    { kode: '1.06.04.2.01', pagu: 600 },
    {
      kode: '1.06.04.2.01.0001',
      pagu: 400,
      realisasi_keuangan_tw1: 100,
      realisasi_keuangan_tw2: 200,
      realisasi_fisik_tw1: 20,
      realisasi_fisik_tw2: 45,
      target: 10,
      capaian_tw2: 5,
    },
    { kode: '1.06.04.2.01.0002', pagu: 200, realisasi_keuangan_tw2: 150, realisasi_fisik_tw2: 80 },
    { kode: '1.06.05', pagu: 400, misi: 'Misi 2', pariwisata: 'Y' },
    { kode: '1.06.05.2.01', pagu: 400 },
    { kode: '1.06.05.2.01.0001', pagu: 400, realisasi_keuangan_tw2: 300, realisasi_fisik_tw2: 60, target: 10, capaian_tw2: 9 },
  ] as Partial<ProgramRow>[]
).map((r) => ({ opd: 'Dinas Sosial', tahun: 2025, ...r }));

const dispar: Partial<ProgramRow>[] = (
  [
    { kode: '1.06.0.00.0.00.01.0000', pagu: 99999 },
    { kode: '3.26.02', pagu: 1350, pariwisata: 'Y' },
    {
      kode: '3.26.02.2.01.0001',
      pagu: 1000,
      realisasi_keuangan_tw2: 500,
      realisasi_fisik_tw2: 50,
      target: 10,
      capaian_tw2: 12,
      pariwisata: 'N',
    },
    { kode: '3.26.02.2.02', pagu: 250, realisasi_keuangan_tw2: 50 },
    { kode: '3.26.2.2.01.2', pagu: 100, realisasi_keuangan_tw1: 10, realisasi_fisik_tw2: 10 },
    { uraian: 'JUMLAH PROGRAM', pagu: 5000 },
  ] as Partial<ProgramRow>[]
).map((r) => ({ opd: 'Dinas Pariwisata', tahun: 2025, ...r }));

const views = (): RegisterView<'program'>[] => [
  register({ sheet: 'Renja Dinsos', rows: dinsos }),
  register({ sheet: 'Renja Dispar', rows: dispar }, 1),
];

const pick = (r: ProgramRecord) => ({ ...r });

describe('programRollup on the fixture (quarter II, the latest with data)', () => {
  const result = programRollup(views(), { nomenclature: new Map([['3.26', 'PARIWISATA']]) });

  test('the quarter is the latest one any register reports', () => {
    expect(result.quarter).toBe(2);
  });

  test('per OPD, by hand', () => {
    expect(result.byOpd.records.map(pick)).toEqual([
      {
        key: 'dinaspariwisata',
        label: 'Dinas Pariwisata',
        pagu: 1350,
        realisasiKeuangan: 560, // 500 + 50 + 10 (TW I carried into TW II)
        realisasiKeuanganPct: 41.48,
        realisasiFisikPct: 37.78, // (1000*50 + 250*0 + 100*10) / 1350
        subKegiatan: 3,
        behind: 1, // the malformed row at 10%
        noFisik: 1, // the childless kegiatan
        pariwisataPagu: 350, // 250 + 100 inherit Y from the programme; the sub-kegiatan saying N does not
        pariwisataPct: 25.93,
        absorptionRating: 'sangat_rendah',
        capaianPct: 55, // (min(100, 12/10*100) + 10 fisik) / 2
        capaianRating: 'rendah',
      },
      {
        key: 'dinassosial',
        label: 'Dinas Sosial',
        pagu: 1000, // 400 + 200 + 400; the bidang, programme and kegiatan rows are not added
        realisasiKeuangan: 650,
        realisasiKeuanganPct: 65,
        realisasiFisikPct: 58, // (400*45 + 200*80 + 400*60) / 1000
        subKegiatan: 3,
        behind: 1, // 45 < 50
        noFisik: 0,
        pariwisataPagu: 400, // the sub-kegiatan of 1.06.05 inherits Y through its kegiatan
        pariwisataPct: 40,
        absorptionRating: 'rendah',
        capaianPct: 73.33, // (5/10*100 + 80 fisik + 9/10*100) / 3
        capaianRating: 'sedang',
      },
    ]);
  });

  test('the city total', () => {
    expect(result.city).toEqual({
      key: '',
      label: '',
      labelKey: 'rollup.total',
      pagu: 2350,
      realisasiKeuangan: 1210,
      realisasiKeuanganPct: 51.49,
      realisasiFisikPct: 46.38, // 109000 / 2350
      subKegiatan: 6,
      behind: 2,
      noFisik: 1,
      pariwisataPagu: 750,
      pariwisataPct: 31.91,
      absorptionRating: 'rendah',
      capaianPct: 66, // (50 + 80 + 90 + 100 + 10) / 5
      capaianRating: 'sedang',
    });
  });

  test('the groups of each view add up to the city, so nothing is counted twice', () => {
    for (const v of [result.byOpd, result.byMisi, result.byUrusan]) {
      expect(v.records.reduce((s, r) => s + r.pagu, 0)).toBe(result.city.pagu);
      expect(v.records.reduce((s, r) => s + r.subKegiatan, 0)).toBe(result.city.subKegiatan);
      expect(v.records.reduce((s, r) => s + r.realisasiKeuangan, 0)).toBe(result.city.realisasiKeuangan);
    }
  });

  test('per misi: inherited from the programme row, folded ("Misi 2" is misi 2), unmapped last', () => {
    expect(result.byMisi.records.map((r) => [r.key, r.label, r.labelKey, r.pagu, r.realisasiKeuangan, r.realisasiFisikPct])).toEqual([
      ['1', '1', undefined, 600, 350, 56.67],
      ['2', 'Misi 2', undefined, 400, 300, 60],
      ['', '', 'rollup.no_misi', 1350, 560, 37.78],
    ]);
  });

  test("per urusan, named from the register's bidang row or the nomenclature", () => {
    expect(result.byUrusan.records.map((r) => [r.key, r.label, r.pagu])).toEqual([
      ['1.06', '1.06 SOSIAL', 1000],
      ['3.26', '3.26 PARIWISATA', 1350],
    ]);
  });

  test('as a table, in Indonesian and in English, ending with the total', () => {
    const id = result.byOpd.toTable('id');
    expect(id.id).toBe('program_by_opd');
    expect(id.columns[0]).toBe('rollup.col.opd');
    expect(id.header).toContain('Realisasi Keuangan s.d. TW II (Rp)');
    expect(id.rows).toHaveLength(3);
    expect(id.rows[1]).toEqual(['Dinas Sosial', 1000, 650, 65, 58, 3, 1, 0, 400, 40, 'Rendah', 73.33, 'Sedang']);
    expect(id.rows[2][0]).toBe('Jumlah');
    for (const row of id.rows) expect(row).toHaveLength(id.columns.length);
    const en = result.byMisi.toTable('en');
    expect(en.header).toContain('Spending up to quarter II (Rp)');
    expect(en.rows.map((r) => r[0])).toEqual(['1', 'Misi 2', '(not mapped to a misi)', 'Total']);
    expect(result.tables('id').map((t) => t.id)).toEqual(['program_by_opd', 'program_by_misi', 'program_by_urusan']);
  });
});

describe('programRollup options and leaves', () => {
  test('a fixed quarter reads the figures at that quarter', () => {
    const r = programRollup(views(), { quarter: 1 });
    expect(r.quarter).toBe(1);
    const dinsos = r.byOpd.records.find((x) => x.key === 'dinassosial')!;
    expect(dinsos.realisasiKeuangan).toBe(100);
    expect(dinsos.realisasiFisikPct).toBe(8); // 400*20 / 1000, the others report nothing by TW I
    expect(dinsos.behind).toBe(1); // 20 < 25
    expect(dinsos.noFisik).toBe(2);
  });

  test('which rows are leaves', () => {
    const idx = indexPrograms(views());
    const leaves = (reg: number) => (reg === 0 ? dinsos : dispar).map((_, i) => idx.isLeaf(reg, i));
    expect(leaves(0)).toEqual([false, false, false, true, true, false, false, true]);
    // unit row, programme, sub-kegiatan, childless kegiatan with pagu, malformed sub-kegiatan with pagu, code-less sub-total
    expect(leaves(1)).toEqual([false, false, true, true, true, false]);
  });

  test('rows of unknown level: a malformed code without a pagu is not a leaf; a plain list without codes counts rows with a pagu', () => {
    const coded = register([{ kode: '1.06.04' }, { kode: '1.06.4.2.1.1' }, { kode: '1.06.04.2.01.0002', pagu: 5 }]);
    expect(programRollup([coded]).city.subKegiatan).toBe(1);
    const plain = register([{ uraian: 'Bantuan sembako', pagu: 100 }, { uraian: 'Bantuan seragam', pagu: 50 }, { uraian: 'catatan' }]);
    const r = programRollup([plain]);
    expect([r.city.pagu, r.city.subKegiatan]).toEqual([150, 2]);
    expect(r.byUrusan.records.map((x) => x.labelKey)).toEqual(['rollup.no_code']);
  });

  test('a generic X.XX programme row over sub-kegiatan written with the bidang is not counted again', () => {
    const v = register([
      { opd: 'Dinas Sosial', kode: 'X.XX.01', pagu: 300, pariwisata: 'Y' },
      { opd: 'Dinas Sosial', kode: '1.06.01.2.01.0001', pagu: 100 },
      { opd: 'Dinas Sosial', kode: '1.06.01.2.02.0001', pagu: 200 },
    ]);
    const r = programRollup([v]);
    expect([r.city.pagu, r.city.subKegiatan, r.city.pariwisataPagu]).toEqual([300, 2, 300]);
  });

  test('a code repeated on extra indicator lines is one sub-kegiatan; capaian averages each indicator', () => {
    const v = register([
      { kode: '1.06.04.2.01.0001', pagu: 100, target: 10, capaian_tw1: 10, realisasi_fisik_tw1: 30 },
      { kode: '1.06.04.2.01.0001', target: 4, capaian_tw1: 1 },
    ]);
    const r = programRollup([v]);
    expect([r.city.subKegiatan, r.city.pagu, r.city.capaianPct]).toEqual([1, 100, 62.5]);
  });

  test('no registers, no figures', () => {
    const r = programRollup([]);
    expect(r.quarter).toBeUndefined();
    expect(r.city.realisasiKeuanganPct).toBeUndefined();
    expect(r.byOpd.toTable('id').rows).toEqual([['Jumlah', 0, 0, '', '', 0, 0, 0, 0, '', '', '', '']]);
  });

  test('5,000 programme rows roll up in linear time', () => {
    const rows: Partial<ProgramRow>[] = [];
    for (let p = 0; p < 50; p++) {
      const prog = `1.0${p % 9}.${String(10 + p).slice(-2)}`;
      rows.push({ opd: `Dinas ${p % 12}`, tahun: 2025, kode: prog, misi: String(1 + (p % 5)), pariwisata: p % 3 ? 'N' : 'Y' });
      for (let k = 0; k < 9; k++) {
        const keg = `${prog}.2.0${k + 1}`;
        rows.push({ opd: `Dinas ${p % 12}`, tahun: 2025, kode: keg });
        for (let s = 0; s < 10; s++) {
          rows.push({
            opd: `Dinas ${p % 12}`,
            tahun: 2025,
            kode: `${keg}.${String(s + 1).padStart(4, '0')}`,
            pagu: 1e6,
            realisasi_keuangan_tw2: 4e5,
            realisasi_fisik_tw2: 40 + s,
            target: 10,
            capaian_tw2: 5,
          });
        }
      }
    }
    const start = Date.now();
    const r = programRollup([register(rows)]);
    expect(Date.now() - start).toBeLessThan(1500);
    expect(r.city.subKegiatan).toBe(4500);
    expect(r.city.behind).toBe(4500);
  });
});
