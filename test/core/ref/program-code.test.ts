// Programme codes: every level parses, written mess normalises, malformed codes fail with a useful suggestion.
import { ancestorCode, codeLevelOf, isUnitCode, parentCode, parseCode, suggestCode, urusanOf } from '../../../src/core/ref/program-code';

describe('parseCode', () => {
  test.each([
    ['1', '1', 'urusan'],
    ['1.06', '1.06', 'bidang'],
    ['1.06.04', '1.06.04', 'program'],
    ['1.06.04.2.01', '1.06.04.2.01', 'kegiatan'],
    ['1.06.04.2.01.0001', '1.06.04.2.01.0001', 'sub_kegiatan'],
    ['1.05.02.2.03.0002', '1.05.02.2.03.0002', 'sub_kegiatan'],
    [' 1.06.04.2.01.0001 ', '1.06.04.2.01.0001', 'sub_kegiatan'],
    ['1 . 06 . 04', '1.06.04', 'program'],
    ['1.06.04.2.01.', '1.06.04.2.01', 'kegiatan'],
    ['1.06.04. ', '1.06.04', 'program'],
    ["'1.06.04", '1.06.04', 'program'],
    ['\u00a01.06.04\u00a0', '1.06.04', 'program'],
    ['X.XX.01', 'X.XX.01', 'program'],
    ['x.xx.01.1.01', 'X.XX.01.1.01', 'kegiatan'],
    ['X.XX.01.2.01.0001', 'X.XX.01.2.01.0001', 'sub_kegiatan'],
    ['X.XX', 'X.XX', 'bidang'],
  ])('%j -> %s (%s)', (input, code, level) => {
    expect(parseCode(input)).toEqual({ code, level });
  });

  test('a canonical code is returned as the same string', () => {
    const s = '1.06.04.2.01.0001';
    expect(parseCode(s)?.code).toBe(s);
  });

  test.each([
    '',
    '   ',
    '.',
    '1.01.01.02.01.0001',
    '1.6.4.2.1.1',
    '1.6.04.2.01.1',
    '1.06.04.2',
    '1.06.04.2.01.0001.01',
    '1.06.04.2.01.01',
    '1..06',
    '1.06..04',
    '.1.06',
    '1.06.04..',
    '1,06,04',
    '1-06-04',
    '1.06.A4',
    'abc',
    'X',
    'X.06.01',
    '1.XX.01',
    'X.X.01',
    'XX.XX.01',
    '1.06.04 Program Rehabilitasi Sosial',
    '10601',
    '1.06.0.00.0.00.01.0000',
  ])('%j is not a code', (input) => {
    expect(parseCode(input)).toBeUndefined();
  });

  test('undefined and non-strings are not codes', () => {
    expect(parseCode(undefined)).toBeUndefined();
    expect(parseCode(106 as unknown as string)).toBeUndefined();
  });
});

describe('levels', () => {
  test.each([
    ['1.06.04.2.01.0001', '1.06.04.2.01'],
    ['1.06.04.2.01', '1.06.04'],
    ['1.06.04', '1.06'],
    ['1.06', '1'],
    ['1', undefined],
    ['X.XX.01.1.01', 'X.XX.01'],
    [' 1 . 06 . 04 . 2 . 01 . 0001', '1.06.04.2.01'],
    ['1.01.01.02.01.0001', undefined],
  ])('parentCode(%j) = %j', (code, parent) => {
    expect(parentCode(code)).toBe(parent);
  });

  test.each([
    ['1.06.04.2.01.0001', '1.06'],
    ['1.06.04', '1.06'],
    ['1.06', '1.06'],
    ['X.XX.01.1.01', 'X.XX'],
    ['1', undefined],
    ['junk', undefined],
  ])('urusanOf(%j) = %j', (code, urusan) => {
    expect(urusanOf(code)).toBe(urusan);
  });

  test('ancestorCode', () => {
    expect(ancestorCode('1.06.04.2.01.0001', 'program')).toBe('1.06.04');
    expect(ancestorCode('1.06.04.2.01.0001', 'sub_kegiatan')).toBe('1.06.04.2.01.0001');
    expect(ancestorCode('1.06.04', 'kegiatan')).toBeUndefined();
  });

  test('codeLevelOf prefers the stored level and reads the code otherwise', () => {
    expect(codeLevelOf({ level: 'kegiatan', kode: '1.06.04.2.01' })).toBe('kegiatan');
    expect(codeLevelOf({ kode: '1.06.04.2.01.0001' })).toBe('sub_kegiatan');
    expect(codeLevelOf({ kode: '1.6.4' })).toBeUndefined();
    expect(codeLevelOf({})).toBeUndefined();
  });
});

describe('suggestCode', () => {
  test.each([
    ['1.6.04.2.01.1', '1.06.04.2.01.0001'],
    ['1.6.4.2.1.1', '1.06.04.2.01.0001'],
    ['1.01.01.02.01.0001', '1.01.01.2.01.0001'],
    ['1.06.04.2.01.01', '1.06.04.2.01.0001'],
    ['1.06.04.2.01.00001', '1.06.04.2.01.0001'],
    ['1,06,04', '1.06.04'],
    ['1-06-04-2-01', '1.06.04.2.01'],
    ['1.06.04 Program Rehabilitasi Sosial', '1.06.04'],
    ['1.06.04..', '1.06.04'],
    ['x.xx.1', 'X.XX.01'],
    ['1.6.4', '1.06.04'],
  ])('%j -> %j', (input, suggestion) => {
    expect(suggestCode(input)).toBe(suggestion);
  });

  test.each([
    '1.06.04.2.01.0001',
    'abc',
    'Jumlah',
    '1.06.A4',
    '1.06.04.2',
    '1.106.04',
    '12.06.04',
    '1.06.04.2.01.12345',
    '1.06.04.2.01.0001.5.1.02',
    '1.1',
    '',
  ])('%j -> no suggestion', (input) => {
    expect(suggestCode(input)).toBeUndefined();
  });
});

test('isUnitCode recognises SIPD organisation-unit codes only', () => {
  expect(isUnitCode('1.06.0.00.0.00.01.0000')).toBe(true);
  expect(isUnitCode('5.01.5.05.0.00.01.0000 BADAN PERENCANAAN')).toBe(true);
  expect(isUnitCode('1.06.04.2.01.0001')).toBe(false);
  expect(isUnitCode('1.06.0.00.0.00.01.00001')).toBe(false);
});
