// Cross-register checks through the whole pipeline: two workbooks, reference sheets, each finding naming every place.
import { checkWorkbooks, rollupTables } from '../../src/core/workbook';
import type { SheetInput } from '../../src/core/engine';

const TODAY = Math.round(Date.UTC(2026, 10, 28) / 86400000);
const HEAD = ['No', 'NIK', 'No KK', 'Nama', 'L/P', 'Tgl Lahir', 'Kelurahan', 'Kecamatan', 'Program', 'Periode', 'Desil', 'Status Penerima'];

const kelurahanA: SheetInput = {
  file: 'tanah-tinggi.xlsx',
  sheet: 'Penerima',
  values: [
    ['DAFTAR PENERIMA BANSOS KELURAHAN TANAH TINGGI'],
    HEAD,
    [
      1,
      '1275041708800001',
      '1275040101100003',
      'Boy Lucky Rizqi',
      'L',
      '17/08/1980',
      'Tanah Tinggi',
      'Binjai Timur',
      'PKH',
      '2021',
      2,
      'aktif',
    ],
    [
      2,
      '1275045708850002',
      '1275040101100003',
      'Siti Aminah',
      'P',
      '17/08/1985',
      'Tanah Tinggi',
      'Binjai Timur',
      'PKH',
      '2021',
      2,
      'aktif',
    ],
    [
      3,
      '1275041708800001',
      '1275040101100003',
      'Budi Santoso',
      'L',
      '17/08/1980',
      'Tanah Tinggi',
      'Binjai Timur',
      'PKH',
      '2021',
      2,
      'aktif',
    ],
    [
      4,
      '1275040101900004',
      '1275040101100009',
      'Ahmad Fauzi',
      'L',
      '01/01/1990',
      'Tanah Tinggi',
      'Binjai Timur',
      'PKH',
      '2021',
      7,
      'aktif',
    ],
  ],
};

const kelurahanB: SheetInput = {
  file: 'dinsos-bst.xlsx',
  sheet: 'BST 2021',
  values: [
    HEAD,
    // the same person as row 3 of the other workbook, under a title: BST with PKH in one period
    [
      1,
      '1275041708800001',
      '1275040101100003',
      'BPK BOY LUCKY RIZQI',
      'L',
      '17/08/1980',
      'Tanah Tinggi',
      'Binjai Timur',
      'BST',
      '2021',
      2,
      'aktif',
    ],
    // a family member (same KK, other NIK) of the PKH household: family-level exclusivity
    [2, '1275044203100005', '1275040101100003', 'Rina Aulia', 'P', '02/03/2010', 'Tanah Tinggi', 'Binjai Timur', 'BST', '2021', 2, 'aktif'],
    // same name and birth date as a PKH recipient under another NIK
    [3, '1275011708800009', '1275010101100001', 'Siti Aminah', 'P', '17/08/1985', 'Pahlawan', 'Binjai Utara', 'BST', '2021', 3, 'aktif'],
  ],
};

const dtks: SheetInput = {
  file: 'dinsos-bst.xlsx',
  sheet: 'Ref DTKS',
  values: [
    ['NIK', 'Desil'],
    ['1275041708800001', 2],
    ['1275045708850002', 2],
    ['1275044203100005', 2],
    ['1275040101900004', 7],
  ],
};

const renja = (opd: string, file: string, rows: unknown[][]): SheetInput => ({
  file,
  sheet: 'Renja 2025',
  values: [
    [`RENJA ${opd} TAHUN 2025`],
    ['Kode', 'Uraian', 'Indikator', 'Target', 'Pagu', 'Realisasi Fisik s.d. TW II', 'Misi', 'Sasaran', 'Pariwisata'],
    ...rows,
  ],
});

const dinsos = renja('DINAS SOSIAL', 'dinsos.xlsx', [
  ['1.06.04', 'Program Rehabilitasi Sosial', '', '', 300, '', 'M2', 'S2.1', ''],
  ['1.06.04.2.01', 'Rehabilitasi Sosial Dasar', '', '', 300, '', '', '', ''],
  ['1.06.04.2.01.0001', 'Penyediaan Permakanan', 'orang', 100, 200, 60, '', '', 'Y'],
  ['1.06.04.2.01.0001', 'Penyediaan Permakanan', 'orang', 100, 100, 20, '', '', ''],
]);
const disbudpar = renja('DINAS PARIWISATA', 'disbudpar.xlsx', [
  ['3.26.02', 'Program Peningkatan Daya Tarik Destinasi Pariwisata', '', '', 100, '', 'M9', '', ''],
  ['3.26.02.2.01', 'Pengelolaan Daya Tarik Wisata', '', '', 100, '', '', '', ''],
  ['1.06.04.2.01.0001', 'Penyediaan Permakanan', 'orang', 50, 100, 80, '', '', 'Y'],
]);
const rpjmd: SheetInput = {
  file: 'master.xlsx',
  sheet: 'RPJMD',
  values: [
    ['Misi', 'Sasaran'],
    ['Misi 2', 'S2.1'],
    ['Misi 3', 'S3.1'],
  ],
};

const result = checkWorkbooks([kelurahanA, kelurahanB, dtks, dinsos, disbudpar, rpjmd], { today: TODAY, quarter: 2 });
const cross = (rule: string) => result.findings.filter((f) => f.rule === rule);
const placesOf = (rule: string) => cross(rule).map((f) => f.places!.map((p) => `${p.file}!${p.cell}`));

test('reference sheets are read, registers found, nothing skipped', () => {
  expect(result.references.map((r) => r.kind).sort()).toEqual(['dtks', 'rpjmd']);
  expect(result.registers.map((r) => `${r.file}:${r.kind}`)).toEqual([
    'tanah-tinggi.xlsx:beneficiary',
    'dinsos-bst.xlsx:beneficiary',
    'dinsos.xlsx:program',
    'disbudpar.xlsx:program',
  ]);
  expect(result.skipped).toEqual([]);
});

test('a NIK twice in one programme and period', () => {
  expect(placesOf('dup.nik.same_program')).toEqual([['tanah-tinggi.xlsx!B3', 'tanah-tinggi.xlsx!B5']]);
});

test('one NIK under different names, across two workbooks, with every place listed', () => {
  const places = placesOf('dup.nik.name_conflict')[0];
  expect(places).toEqual(expect.arrayContaining(['tanah-tinggi.xlsx!D3', 'tanah-tinggi.xlsx!D5', 'dinsos-bst.xlsx!D2']));
  expect(places).toHaveLength(3);
  for (const f of cross('dup.nik.name_conflict')) expect(f.message).not.toMatch(/Boy|Budi|1275041708800001/i);
});

test('person-level and family-level (KK) exclusivity', () => {
  const person = cross('exclusive.program').filter((f) => f.key === 'exclusive.program');
  expect(person.map((f) => f.places!.map((p) => `${p.file}!${p.cell}`))).toEqual([
    ['tanah-tinggi.xlsx!I3', 'tanah-tinggi.xlsx!I5', 'dinsos-bst.xlsx!I2'],
  ]);
  const family = cross('exclusive.program').filter((f) => f.key.startsWith('exclusive.program.family'));
  expect(family.length).toBeGreaterThan(0);
  expect(family.some((f) => f.places!.some((p) => p.file === 'dinsos-bst.xlsx' && p.row === 3))).toBe(true);
});

test('same name and birth date under different NIKs', () => {
  const p = placesOf('dup.person.different_nik');
  expect(p).toHaveLength(1);
  expect(p[0].sort()).toEqual(['dinsos-bst.xlsx!B4', 'tanah-tinggi.xlsx!B4']);
});

test('DTKS: not listed and desil above the limit', () => {
  expect(placesOf('dtks.not_listed')).toEqual([['dinsos-bst.xlsx!B4']]);
  expect(cross('dtks.desil').map((f) => `${f.file}!${f.row}`)).toEqual(['tanah-tinggi.xlsx!6']);
});

test('a NIK in several programmes is info', () => {
  expect(cross('dup.nik.cross_program').every((f) => f.severity === 'info')).toBe(true);
  expect(cross('dup.nik.cross_program')).toHaveLength(1);
});

test('programme registers: duplicate code in one OPD, the same code under two OPDs, unknown RPJMD misi, behind schedule', () => {
  expect(cross('program.code_duplicate')).toHaveLength(1);
  expect(cross('program.code_duplicate')[0].places).toHaveLength(2);
  expect(cross('program.overlap_opd').length).toBeGreaterThan(0);
  expect(
    cross('program.overlap_opd')[0]
      .places!.map((p) => p.file)
      .sort(),
  ).toEqual(['dinsos.xlsx', 'dinsos.xlsx', 'disbudpar.xlsx']);
  expect(cross('program.rpjmd_unmapped').map((f) => `${f.file}!${f.cell}`)).toContain('disbudpar.xlsx!G3');
  expect(cross('program.behind_schedule').map((f) => `${f.file}!${f.row}`)).toEqual(['dinsos.xlsx!6']);
});

test('rollups come as tables in both languages', () => {
  const id = rollupTables(result, 'id');
  const en = rollupTables(result, 'en');
  expect(id.length).toBe(4);
  expect(en.map((t) => t.header.length)).toEqual(id.map((t) => t.header.length));
  const city = result.rollups.program!.city;
  // Leaves only: Dinsos' two sub-kegiatan rows (200 + 100), Disbudpar's sub-kegiatan (100) and its kegiatan that has no sub-kegiatan of its own (100).
  expect(city.pagu).toBe(500);
});
