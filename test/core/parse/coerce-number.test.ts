// Tables of cells -> numbers, money, integers and percentages, as agencies type them.
import { INVALID, looksLikeFractionColumn, readInteger, readMoney, readNumber, readPercent } from '../../../src/core/parse/coerce';

const NBSP = '\u00a0';

describe('readNumber', () => {
  test.each<[unknown, unknown]>([
    // numbers as they are
    [1250000, 1250000],
    [0.5, 0.5],
    [-3, -3],
    [1e21, 1e21],
    [Number.MAX_VALUE, Number.MAX_VALUE],
    // empties
    ['', undefined],
    ['   ', undefined],
    [NBSP + ' ' + NBSP, undefined],
    [null, undefined],
    [undefined, undefined],
    ['-', undefined],
    ['–', undefined],
    ['--', undefined],
    [' - ', undefined],
    ["'", undefined],
    ['Rp -', undefined],
    ['Rp.', undefined],
    // Indonesian notation
    ['1250000', 1250000],
    ['1.250.000', 1250000],
    ['1.250.000,50', 1250000.5],
    ['1.250', 1250],
    ['1,5', 1.5],
    ['1,250', 1.25],
    ['0,75', 0.75],
    [',5', 0.5],
    ['12,345678', 12.345678],
    // English notation, only when unambiguous
    ['1,250,000', 1250000],
    ['1,250,000.50', 1250000.5],
    ['1,250.5', 1250.5],
    // single dots that cannot be thousands
    ['12.5', 12.5],
    ['1250.75', 1250.75],
    ['1250.750', 1250.75],
    ['0.750', 0.75],
    ['.5', 0.5],
    // money decorations and signs
    ['Rp 1.250.000', 1250000],
    ['Rp. 1.250.000,-', 1250000],
    ['Rp1.250.000,00', 1250000],
    ['rp 500', 500],
    ['IDR 1.250.000', 1250000],
    ['1.250.000 IDR', 1250000],
    ['1.250.000,--', 1250000],
    ['(1.250.000)', -1250000],
    ['(Rp 1.250.000)', -1250000],
    ['- 500', -500],
    ['-500', -500],
    ['−500', -500],
    ['-Rp 500', -500],
    ['Rp -500', -500],
    ['+500', 500],
    ['+ 1,5', 1.5],
    // blanks
    ['1 250 000', 1250000],
    ['1' + NBSP + '250' + NBSP + '000', 1250000],
    ['1\u202f250\u202f000,5', 1250000.5],
    ['  1.250.000  ', 1250000],
    [NBSP + '42' + NBSP, 42],
    ["'1.250.000", 1250000],
    // scientific notation as shown by spreadsheets
    ['1.5E+3', 1500],
    ['1,5E3', 1500],
    ['2e-3', 0.002],
    // zero, negative zero
    ['0', 0],
    ['-0', 0],
    ['0,00', 0],
    ['Rp 0,-', 0],
    // long digit strings stay numbers
    ['12345678901234567890', 12345678901234567890],
    ['000123', 123],
  ])('%p -> %p', (input, expected) => {
    expect(readNumber(input)).toBe(expected);
  });

  test.each<unknown>([
    NaN,
    Infinity,
    -Infinity,
    true,
    false,
    new Date(Date.UTC(2025, 0, 1)),
    '#N/A',
    '#REF!',
    '#VALUE!',
    '#DIV/0!',
    '#NAME?',
    '#NUM!',
    '#NULL!',
    '#ERROR!',
    ' #N/A ',
    { error: '#N/A' },
    '75%',
    'abc',
    '12 orang',
    '1..5',
    '1,,5',
    '5.',
    '5,',
    '1.25.000',
    '1,25,000',
    '12,34,567',
    '1.250.000,50,5',
    '1,250,000.50.5',
    '1.250,000.5',
    '1.250.000,5.0',
    '1 5',
    '1 2500',
    '500-',
    '(500',
    '500)',
    '(-500)',
    '--500',
    '+-500',
    '+',
    '1e',
    'e5',
    '1e999',
    '1.2.3e4',
    '١٢٣',
    '１２３',
    Symbol('x'),
    () => 1,
    [],
    {},
    10n,
  ])('%p is INVALID', (input) => {
    expect(readNumber(input)).toBe(INVALID);
  });

  test('negative zero becomes zero', () => {
    expect(Object.is(readNumber(-0), 0)).toBe(true);
    expect(Object.is(readNumber('-0'), 0)).toBe(true);
    expect(Object.is(readNumber('(0)'), 0)).toBe(true);
  });

  test('exceljs cell objects are unwrapped', () => {
    expect(readNumber({ formula: 'A1*2', result: 42 })).toBe(42);
    expect(readNumber({ formula: 'A1*2', result: undefined })).toBe(undefined);
    expect(readNumber({ richText: [{ text: '1.250' }, { text: '.000' }] })).toBe(1250000);
    expect(readNumber({ sharedFormula: 'B2', result: { error: '#DIV/0!' } })).toBe(INVALID);
  });
});

describe('readMoney', () => {
  test.each<[unknown, unknown]>([
    ['Rp 1.250.000', 1250000],
    ['Rp. 1.250.000,-', 1250000],
    ['Rp1.250.000,00', 1250000],
    ['IDR 2.500.000', 2500000],
    ['1,250,000', 1250000],
    ['1,250,000.00', 1250000],
    ['1.250', 1250],
    ['1,5', 1.5],
    ['0,500', 0.5],
    ['1250,750', 1250.75],
    [750000, 750000],
    ['-', undefined],
    ['Rp -', undefined],
    // a lone comma before three digits: English thousands or a decimal? Rupiah have no thousandths: ambiguous
    ['1,250', INVALID],
    ['Rp 250,000', INVALID],
    ['#N/A', INVALID],
    [true, INVALID],
  ])('%p -> %p', (input, expected) => {
    expect(readMoney(input)).toBe(expected);
  });
});

describe('readInteger', () => {
  test.each<[unknown, unknown]>([
    ['3', 3],
    [3, 3],
    [3.0, 3],
    ['3,0', 3],
    [' 10 ', 10],
    ['-', undefined],
    ['', undefined],
    [3.5, INVALID],
    ['3,5', INVALID],
    ['tiga', INVALID],
    [false, INVALID],
    ['#N/A', INVALID],
  ])('%p -> %p', (input, expected) => {
    expect(readInteger(input)).toBe(expected);
  });
});

describe('readPercent', () => {
  test.each<[unknown, boolean, unknown]>([
    ['75%', false, 75],
    ['75%', true, 75],
    ['75 %', false, 75],
    ['75,5 %', false, 75.5],
    ['75.5%', true, 75.5],
    ['75' + NBSP + '%', false, 75],
    ['100%', false, 100],
    ['0%', true, 0],
    ['-5%', false, -5],
    ['75 persen', false, 75],
    ['12.345%', false, 12.345], // a single dot in a percentage is a decimal point
    ['1.250', false, 1.25],
    ['75,125 %', false, 75.125],
    ['75', false, 75],
    ['75', true, 75],
    ['75,5', false, 75.5],
    [75, false, 75],
    [0.755, true, 75.5],
    [0.07, true, 7],
    [1, true, 100],
    [0, true, 0],
    [-0, true, 0],
    [0.755, false, 0.755],
    [120, false, 120],
    ['', false, undefined],
    ['-', false, undefined],
    ['-%', false, undefined],
    [null, true, undefined],
    ['%', false, INVALID],
    ['75%%', false, INVALID],
    ['%75', false, INVALID],
    ['#DIV/0!', false, INVALID],
    [true, false, INVALID],
    [NaN, true, INVALID],
    ['tujuh puluh', false, INVALID],
  ])('%p (fraction=%p) -> %p', (input, fraction, expected) => {
    expect(readPercent(input, fraction)).toBe(expected);
  });

  test('negative zero becomes zero', () => {
    expect(Object.is(readPercent(-0, true), 0)).toBe(true);
    expect(Object.is(readPercent(-0, false), 0)).toBe(true);
  });
});

describe('looksLikeFractionColumn', () => {
  test.each<[unknown[], boolean]>([
    [[0.25, 0.5, 1, 0, null, ''], true],
    [[0.755, '80%', 'x', undefined], true],
    [[25, 50, 75, 100], false],
    [[0.5, 25], false],
    [[0, 1, 1, 0], false],
    [[-0.5, 0.5], false],
    [[], false],
    [['0,5', '0,25'], false],
    [[NaN, 0.5], true],
  ])('%p -> %p', (values, expected) => {
    expect(looksLikeFractionColumn(values)).toBe(expected);
  });
});
