// Reference sheets: DTKS extract (numbers that lost a digit stay usable), RPJMD codes, nomenclature, programme rules.
import { readDtks, readNomenclature, readProgramRules, readRpjmd, referenceKindOf } from '../../../src/core/ref/references';
import { parseCode } from '../../../src/core/ref/program-code';

test('reference sheets are recognised by name', () => {
  expect(referenceKindOf('Ref DTKS 2025')).toBe('dtks');
  expect(referenceKindOf('DTSEN Binjai')).toBe('dtks');
  expect(referenceKindOf('RPJMD')).toBe('rpjmd');
  expect(referenceKindOf('Nomenklatur')).toBe('nomenclature');
  expect(referenceKindOf('Aturan Program')).toBe('program_rules');
  expect(referenceKindOf('Penerima PKH')).toBeUndefined();
});

test('DTKS extract: text NIKs exact, numeric NIKs that lost their last digit matched by the first 15', () => {
  const dtks = readDtks([
    ['EKSTRAK DTKS'],
    ['No', 'NIK', 'Nama', 'Desil'],
    [1, '1275011708800001', 'A', 2],
    [2, 1275015708850000, 'B', '3'],
    [3, 'bukan nik', 'C', 1],
  ])!;
  expect(dtks.size).toBe(2);
  expect(dtks.has('1275011708800001')).toBe(true);
  expect(dtks.get('1275011708800001')).toBe(2);
  expect(dtks.has('1275015708850007')).toBe(true);
  expect(dtks.get('1275015708850007')).toBe(3);
  expect(dtks.has('1275011708800002')).toBe(false);
});

test('RPJMD codes fold so that "Misi 1" = "M1" and sasaran 1.2 differs from 12', () => {
  const r = readRpjmd([
    ['Misi', 'Sasaran', 'Uraian'],
    ['Misi 1', 'S1.2', 'x'],
    ['M2', '12', 'y'],
  ])!;
  expect([...r.misi].sort()).toEqual(['1', '2']);
  expect([...r.sasaran].sort()).toEqual(['1.2', '12']);
});

test('nomenclature keeps normalised valid codes', () => {
  const n = readNomenclature(
    [
      ['Kode', 'Nomenklatur'],
      ['1.06.04.2.01.0001', 'Penyediaan Permakanan'],
      ['salah', 'x'],
    ],
    (c) => parseCode(c)?.code,
  )!;
  expect([...n.keys()]).toEqual(['1.06.04.2.01.0001']);
});

test('programme rules: limits, age bands, exclusions and new programmes', () => {
  const r = readProgramRules([
    ['Program', 'Desil Maks', 'Usia Min', 'Usia Maks', 'Tidak boleh bersama'],
    ['BST', 4, '', '', 'PKH; BPNT'],
    ['Bantuan Lansia', 5, 60, '', ''],
  ])!;
  expect(r.config.exclusive).toEqual([
    ['BST', 'PKH'],
    ['BST', 'BPNT/Sembako'],
  ]);
  expect(r.config.programs['Bantuan Lansia']).toEqual({ desilMax: 5, ageMin: 60 });
  expect(r.config.programs['KIP/PIP']).toEqual({ ageMin: 6, ageMax: 21 });
  expect(r.aliases).toEqual({ bantuanlansia: 'Bantuan Lansia' });
});

test('an RPJMD sheet with a title above its header is read', () => {
  const r = readRpjmd([['RPJMD KOTA BINJAI 2025-2029'], [], ['Kode Misi', 'Misi', 'Kode Sasaran'], ['M1', 'Binjai maju', 'S1.1']])!;
  expect([...r.misi]).toEqual(['1']);
});

test('example rows marked CONTOH are not reference data', () => {
  const dtks = readDtks([
    ['NIK', 'Desil', 'Keterangan'],
    ['1275011708800001', 2, 'CONTOH, hapus baris ini'],
    ['1275015708850002', 3, ''],
  ])!;
  expect(dtks.has('1275011708800001')).toBe(false);
  expect(dtks.has('1275015708850002')).toBe(true);
});
