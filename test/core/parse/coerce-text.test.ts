// Tables for the cell primitives: readText, shownValue, isEmpty, isErrorValue, plainNumber, unwrap.
import { INVALID, isEmpty, isErrorValue, plainNumber, readText, shownValue, unwrap } from '../../../src/core/parse/coerce';

const NBSP = '\u00a0';
const ERRORS = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!'];

describe('readText', () => {
  test.each<[unknown, unknown]>([
    ['Siti Aminah', 'Siti Aminah'],
    ['  Siti Aminah  ', 'Siti Aminah'],
    [NBSP + 'Siti' + NBSP + 'Aminah' + NBSP, 'Siti' + NBSP + 'Aminah'],
    ['\t\nJl. Merdeka No. 5\r\n', 'Jl. Merdeka No. 5'],
    ['\u200b\ufeffBinjai\u3000', 'Binjai'],
    ["'005", '005'],
    ["'=SUM(A1)", '=SUM(A1)'],
    ["'Aisyah", "'Aisyah"],
    ["Ma'ruf", "Ma'ruf"],
    ['Ñoño Çelik', 'Ñoño Çelik'],
    ['👩‍👧 keluarga', '👩‍👧 keluarga'],
    ['#1 Jl. Kenanga', '#1 Jl. Kenanga'],
    ['-', '-'],
    // numbers without exponent
    [5, '5'],
    [0.5, '0.5'],
    [-12.25, '-12.25'],
    [1275011708800001, '1275011708800001'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [-2e-7, '-0.0000002'],
    [-0, '0'],
    [10n, '10'],
    // booleans and dates
    [true, 'TRUE'],
    [false, 'FALSE'],
    [new Date('1980-08-16T17:00:00Z'), '17/08/1980'],
    [new Date(Date.UTC(1980, 7, 17)), '17/08/1980'],
    // empties
    ['', undefined],
    ['   ', undefined],
    [NBSP, undefined],
    ["'", undefined],
    [null, undefined],
    [undefined, undefined],
    // unreadable
    [NaN, INVALID],
    [Infinity, INVALID],
    [new Date(NaN), INVALID],
    [Symbol('s'), INVALID],
    [{}, INVALID],
    [{ formula: 'A1', result: 'ok' }, 'ok'],
    [{ text: 'Situs', hyperlink: 'https://example.org' }, 'Situs'],
    [{ richText: [{ text: 'Ka' }, { text: 'mi' }] }, 'Kami'],
    [{ error: '#N/A' }, INVALID],
  ])('%p -> %p', (input, expected) => {
    expect(readText(input)).toBe(expected);
  });

  test.each(ERRORS)('error value %s is INVALID', (e) => {
    expect(readText(e)).toBe(INVALID);
    expect(readText(' ' + e + NBSP)).toBe(INVALID);
  });
});

describe('shownValue', () => {
  test.each<[unknown, string]>([
    ['  Binjai ', 'Binjai'],
    ['a'.repeat(40), 'a'.repeat(40)],
    ['a'.repeat(41), 'a'.repeat(40) + '…'],
    ['a'.repeat(39) + '😀xyz', 'a'.repeat(39) + '…'],
    [1275011708800001, '1275011708800001'],
    [1e21, '1000000000000000000000'],
    [0.000001, '0.000001'],
    [-0, '0'],
    [NaN, 'NaN'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [new Date('1980-08-16T17:00:00Z'), '17/08/1980'],
    [new Date(NaN), ''],
    [null, ''],
    [undefined, ''],
    ['#N/A', '#N/A'],
    [{ error: '#REF!' }, '#REF!'],
    [Object.create(null), ''],
    [Symbol('x'), ''],
  ])('%p -> %p', (input, expected) => {
    expect(shownValue(input)).toBe(expected);
  });
});

describe('isEmpty', () => {
  test.each<[unknown, boolean]>([
    ['', true],
    ['  ', true],
    [NBSP + '\t', true],
    [null, true],
    [undefined, true],
    [{ formula: 'A1', result: '' }, true],
    [{ formula: 'A1', result: undefined }, true],
    ['-', false],
    [0, false],
    [false, false],
    ['x', false],
    [{}, false],
    [new Date(0), false],
  ])('%p -> %p', (input, expected) => {
    expect(isEmpty(input)).toBe(expected);
  });
});

describe('isErrorValue', () => {
  test.each(ERRORS)('%s', (e) => {
    expect(isErrorValue(e)).toBe(true);
    expect(isErrorValue(e.toLowerCase())).toBe(true);
    expect(isErrorValue({ error: e })).toBe(true);
  });
  test.each<unknown>(['#', '#1', 'N/A', '', null, 0, true, new Date(0), {}, '#N/A x'])('%p is not an error value', (v) => {
    expect(isErrorValue(v)).toBe(false);
  });
});

describe('plainNumber and unwrap', () => {
  test.each<[number, string]>([
    [0, '0'],
    [-0, '0'],
    [42, '42'],
    [1e21, '1000000000000000000000'],
    [-1e21, '-1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [1e-7, '0.0000001'],
    [1.23e-10, '0.000000000123'],
  ])('plainNumber(%p) = %p', (n, s) => {
    expect(plainNumber(n)).toBe(s);
  });

  test('unwrap leaves plain values and unknown objects alone, and stops on deep nesting', () => {
    const o = { a: 1 };
    expect(unwrap(o)).toBe(o);
    expect(unwrap('x')).toBe('x');
    const deep = { result: { result: { result: { result: { result: 5 } } } } };
    expect(() => unwrap(deep)).not.toThrow();
  });
});
