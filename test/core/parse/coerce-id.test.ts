// Tables of NIK/KK cells -> IdValue: digits, junk, typed as a number, digits trustworthy.
import type { IdValue } from '../../../src/core/model/schemas';
import { readId } from '../../../src/core/parse/coerce';

const NBSP = '\u00a0';
const text = (digits: string, junk = false): IdValue => ({ digits, junk, fromNumber: false, trusted: true });
const num = (digits: string, trusted = true, junk = false): IdValue => ({ digits, junk, fromNumber: true, trusted });

describe('readId', () => {
  test.each<[unknown, IdValue | undefined]>([
    // empties
    ['', undefined],
    ['  ', undefined],
    [NBSP, undefined],
    [null, undefined],
    [undefined, undefined],
    ['-', undefined],
    ["'", undefined],
    // text
    ['1275011708800001', text('1275011708800001')],
    ["'1275011708800001", text('1275011708800001')],
    ['’1275011708800001', text('1275011708800001')],
    [' 1275011708800001 ', text('1275011708800001')],
    [NBSP + '1275011708800001' + NBSP, text('1275011708800001')],
    ['1275 0117 0880 0001', text('1275011708800001')],
    ['12.75.01.170880.0001', text('1275011708800001')],
    ['1275-0117-0880-0001', text('1275011708800001')],
    ['1275–0117–0880–0001', text('1275011708800001')],
    ['127501\u200b1708800001', text('1275011708800001')],
    ['0012345678901234', text('0012345678901234')],
    ['12750117088', text('12750117088')],
    ['12750117088000012', text('12750117088000012')],
    // junk
    ['1275011708800001 (alm)', text('1275011708800001', true)],
    ['127501170880000l', text('127501170880000', true)],
    ['1275,0117,0880,0001', text('1275011708800001', true)],
    ['NIK 1275011708800001', text('1275011708800001', true)],
    ['belum ada', text('', true)],
    ['#N/A', text('', true)],
    ['１２７５', text('', true)],
    // scientific notation pasted as text: the digits went through a number and are gone
    ['1.27501E+15', num('127501', false, true)],
    ['1,27501E+15', num('127501', false, true)],
    ['1.27501e15', num('127501', false, true)],
    ["'1.27501E+15", num('127501', false, true)],
    ['E+15', text('15', true)],
    ['12E4x', text('124', true)],
    // numbers
    [1275011708800001, num('1275011708800001')],
    [1275011708800000, num('1275011708800000', false)],
    [9007199254740991, num('9007199254740991')],
    [9007199254740992, num('9007199254740992', false)],
    [12750117088000012, num('12750117088000012', false)],
    [1.27501e21, num('1275009999999999934464', false)], // the double's exact value
    [127501170880000, num('127501170880000')],
    [0, num('0')],
    [-0, num('0')],
    [12.5, num('125', false, true)],
    [-1275011708800001, num('1275011708800001', false, true)],
    [NaN, num('', false, true)],
    [Infinity, num('', false, true)],
    // other types
    [true, text('', true)],
    [new Date(0), text('', true)],
    [{ formula: 'A1', result: 1275011708800001 }, num('1275011708800001')],
    [{ richText: [{ text: "'1275" }, { text: '011708800001' }] }, text('1275011708800001')],
  ])('%p', (input, expected) => {
    expect(readId(input)).toEqual(expected);
  });

  test('numbers expand exactly, never in exponent notation', () => {
    expect(readId(2 ** 60)?.digits).toBe('1152921504606846976');
    expect(readId(1e21)?.digits).toBe('1000000000000000000000');
  });
});
