// Tables of date cells -> Day: Sheets and exceljs Date objects, Excel serials, and the date texts agencies type.
import { dayOf } from '../../../src/core/i18n/format';
import { civilDay, INVALID, readDate } from '../../../src/core/parse/coerce';

const D = (y: number, m: number, d: number): number => dayOf(y, m, d) as number;
const AUG17 = D(1980, 8, 17);
/** 2026-11-28, fixed so that two-digit years do not drift. */
const TODAY = D(2026, 11, 28);
const NBSP = '\u00a0';

describe('readDate: Date objects', () => {
  test.each<[string, Date, number, unknown]>([
    ['Sheets, Asia/Jakarta midnight', new Date('1980-08-16T17:00:00Z'), 420, AUG17],
    ['exceljs, UTC midnight', new Date(Date.UTC(1980, 7, 17)), 420, AUG17],
    ['exceljs read at offset 0', new Date(Date.UTC(1980, 7, 17)), 0, AUG17],
    ['Jakarta +07:30 before 1964', new Date('1955-03-09T16:30:00Z'), 420, D(1955, 3, 10)],
    ['Jakarta +09:00 in 1943', new Date('1943-04-30T15:00:00Z'), 420, D(1943, 5, 1)],
    ['Jakarta local mean time +07:07:12', new Date('1899-12-31T16:52:48Z'), 420, D(1900, 1, 1)],
    ['daylight saving midnight read at standard offset', new Date('2025-07-01T07:00:00Z'), -480, D(2025, 7, 1)],
    ['a timestamp in the afternoon', new Date('2025-08-17T07:30:00Z'), 420, D(2025, 8, 17)],
    ['a late-evening timestamp with seconds', new Date('2025-08-17T16:15:37Z'), 420, D(2025, 8, 17)],
    ['a timestamp just before midnight', new Date('2025-08-17T16:59:59.999Z'), 420, D(2025, 8, 17)],
    ['exactly local midnight', new Date('2025-08-16T17:00:00Z'), 420, D(2025, 8, 17)],
    ['31 Dec 9999', new Date(Date.UTC(9999, 11, 31)), 420, D(9999, 12, 31)],
    ['a time-only cell (30 Dec 1899)', new Date('1899-12-30T07:30:00Z'), 420, INVALID],
    ['an invalid Date', new Date(NaN), 420, INVALID],
    ['year 10000', new Date(Date.UTC(10000, 0, 1)), 420, INVALID],
  ])('%s', (_name, input, tz, expected) => {
    expect(readDate(input, tz)).toBe(expected);
  });
});

describe('readDate: numbers', () => {
  test.each<[unknown, unknown]>([
    [29450, AUG17],
    [29450.75, AUG17],
    [25569, D(1970, 1, 1)],
    [45658, D(2025, 1, 1)],
    [1, D(1900, 1, 1)],
    [59, D(1900, 2, 28)],
    [61, D(1900, 3, 1)],
    [2958465, D(9999, 12, 31)],
    // ddmmyyyy / yyyymmdd typed as a number
    [17081980, AUG17],
    [19800817, AUG17],
    [1081980, D(1980, 8, 1)],
    [1012000, D(2000, 1, 1)],
    // unreadable
    [60, INVALID], // Excel's fictitious 29 February 1900
    [0, INVALID],
    [-0, INVALID],
    [-5, INVALID],
    [0.5, INVALID],
    [2958466, INVALID],
    [31021980, INVALID],
    [99999999, INVALID],
    [1980, INVALID], // a year alone, not 2 June 1905
    [2025, INVALID],
    [NaN, INVALID],
    [Infinity, INVALID],
    [1e300, INVALID],
  ])('%p -> %p', (input, expected) => {
    expect(readDate(input)).toBe(expected);
  });
});

describe('readDate: texts', () => {
  test.each<[string, unknown]>([
    ['17/08/1980', AUG17],
    ['17-08-1980', AUG17],
    ['17.08.1980', AUG17],
    ['17 08 1980', AUG17],
    ['17 - 08 - 1980', AUG17],
    ['17/8/1980', AUG17],
    ['7/8/1980', D(1980, 8, 7)],
    ['1980-08-17', AUG17],
    ['1980/08/17', AUG17],
    ['1980-8-7', D(1980, 8, 7)],
    ['17081980', AUG17],
    ['19800817', AUG17],
    ['  17/08/1980  ', AUG17],
    [NBSP + '17/08/1980' + NBSP, AUG17],
    ["'17/08/1980", AUG17],
    // month names and abbreviations
    ['17 Agustus 1980', AUG17],
    ['17 AGUSTUS 1980', AUG17],
    ['17 agustus 1980', AUG17],
    ['17 Agt 1980', AUG17],
    ['17 Agt. 1980', AUG17],
    ['17 Agust 1980', AUG17],
    ['17 Ags 1980', AUG17],
    ['17 Agu 1980', AUG17],
    ['17 Aug 1980', AUG17],
    ['17 August 1980', AUG17],
    ['17-Agu-1980', AUG17],
    ['17-Agt-80', AUG17],
    ['17Agustus1980', AUG17],
    ['Agustus 17, 1980', AUG17],
    ['August 17, 1980', AUG17],
    ['1 Januari 2000', D(2000, 1, 1)],
    ['1 Jan 2000', D(2000, 1, 1)],
    ['29 Februari 2000', D(2000, 2, 29)],
    ['1 Feb 2000', D(2000, 2, 1)],
    ['1 Peb 2000', D(2000, 2, 1)],
    ['1 Pebruari 2000', D(2000, 2, 1)],
    ['1 Maret 2000', D(2000, 3, 1)],
    ['1 Mar 2000', D(2000, 3, 1)],
    ['1 April 2000', D(2000, 4, 1)],
    ['1 Apr 2000', D(2000, 4, 1)],
    ['1 Mei 2000', D(2000, 5, 1)],
    ['1 May 2000', D(2000, 5, 1)],
    ['1 Juni 2000', D(2000, 6, 1)],
    ['1 Jun 2000', D(2000, 6, 1)],
    ['1 Juli 2000', D(2000, 7, 1)],
    ['1 Jul 2000', D(2000, 7, 1)],
    ['1 September 2000', D(2000, 9, 1)],
    ['1 Sep 2000', D(2000, 9, 1)],
    ['1 Sept 2000', D(2000, 9, 1)],
    ['1 Oktober 2000', D(2000, 10, 1)],
    ['1 Okt 2000', D(2000, 10, 1)],
    ['1 Oct 2000', D(2000, 10, 1)],
    ['1 November 2000', D(2000, 11, 1)],
    ['1 Nov 2000', D(2000, 11, 1)],
    ['1 Nop 2000', D(2000, 11, 1)],
    ['1 Nopember 2000', D(2000, 11, 1)],
    ['1 Desember 2000', D(2000, 12, 1)],
    ['1 Des 2000', D(2000, 12, 1)],
    ['1 Dec 2000', D(2000, 12, 1)],
    // place then date (a TTL cell)
    ['Binjai, 17-08-1980', AUG17],
    ['BINJAI 17 AGUSTUS 1980', AUG17],
    ['Medan , 17/08/1980', AUG17],
    ['Binjai,17-08-1980', AUG17],
    ['Kota Binjai, 17 Agt 1980', AUG17],
    ['Tanjung Morawa, 1980-08-17', AUG17],
    ['Pematang Siantar / 17.08.1980', AUG17],
    ['Binjai 17081980', AUG17],
    ['Tgl: 17/08/1980', AUG17],
    // a trailing time is ignored
    ['17/08/1980 14:30', AUG17],
    ['17/08/1980 08:00:00', AUG17],
    ['1980-08-17T00:00:00.000Z', AUG17],
    ['1980-08-17T17:00:00+07:00', AUG17],
    // empties
    ['', undefined],
    ['   ', undefined],
    [NBSP, undefined],
    ['-', undefined],
    ['—', undefined],
    ["'", undefined],
    // unreadable
    ['31/02/1980', INVALID],
    ['29/02/1981', INVALID],
    ['32/01/1980', INVALID],
    ['00/01/1980', INVALID],
    ['17/13/1980', INVALID],
    ['17/00/1980', INVALID],
    ['08/17/1980', INVALID], // day first always: month-first is never guessed
    ['1980-17-08', INVALID],
    ['17/08/0980', INVALID],
    ['17/08/198', INVALID],
    ['17/08/19800', INVALID],
    ['17/08', INVALID],
    ['1980', INVALID],
    ['Agustus 1980', INVALID],
    ['17 Foo 1980', INVALID],
    ['17 Agustus', INVALID],
    ['Agustus 17 1980 Binjai', INVALID],
    ['17/08/1980 Binjai', INVALID],
    ['1/2/17/08/1980', INVALID],
    ['Mei 17 Agustus 1980', INVALID],
    ['170880', INVALID],
    ['31021980', INVALID],
    ['14:30', INVALID],
    ['Binjai', INVALID],
    ['#N/A', INVALID],
    ['#VALUE!', INVALID],
    ['#ERROR!', INVALID],
    ['tidak tahu', INVALID],
    ['17/08/1980/2', INVALID],
    ['٠١/٠٨/١٩٨٠', INVALID],
    ['1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20', INVALID],
  ])('%p', (input, expected) => {
    expect(readDate(input, 420, TODAY)).toBe(expected);
  });
});

describe('readDate: two-digit years', () => {
  test.each<[string, number | undefined, unknown]>([
    ['17-08-80', TODAY, AUG17],
    ['17-08-25', TODAY, D(2025, 8, 17)],
    ['17-08-26', TODAY, D(2026, 8, 17)],
    ['28-11-26', TODAY, D(2026, 11, 28)],
    ['29-11-26', TODAY, D(1926, 11, 29)], // tomorrow would be in the future
    ['17-12-26', TODAY, D(1926, 12, 17)],
    ['01-01-00', TODAY, D(2000, 1, 1)],
    ['17 Agt 80', TODAY, AUG17],
    ['17-08-80', undefined, AUG17],
    ['17-08-29', undefined, D(2029, 8, 17)],
    ['17-08-30', undefined, D(1930, 8, 17)],
    ['29-02-00', undefined, D(2000, 2, 29)],
    ['17-08-80', D(2085, 1, 1), D(2080, 8, 17)],
  ])('%p (today %p)', (input, today, expected) => {
    expect(readDate(input, 420, today)).toBe(expected);
  });
});

describe('readDate: other values', () => {
  test.each<[unknown, unknown]>([
    [null, undefined],
    [undefined, undefined],
    [true, INVALID],
    [false, INVALID],
    [{}, INVALID],
    [[], INVALID],
    [Symbol('d'), INVALID],
    [{ error: '#REF!' }, INVALID],
    [{ formula: 'DATE(1980,8,17)', result: new Date(Date.UTC(1980, 7, 17)) }, AUG17],
    [{ formula: 'A1', result: '17/08/1980' }, AUG17],
  ])('%p -> %p', (input, expected) => {
    expect(readDate(input)).toBe(expected);
  });
});

describe('civilDay', () => {
  test('agrees with dayOf on every day of every month, 1896-2104 and around 9999', () => {
    for (const years of [
      [1896, 2104],
      [9996, 9999],
    ]) {
      for (let y = years[0]; y <= years[1]; y++) {
        for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) expect([y, m, d, civilDay(y, m, d)]).toEqual([y, m, d, dayOf(y, m, d)]);
      }
    }
  });
  test('rejects non-integers', () => {
    expect(civilDay(1980, 8.5, 17)).toBeUndefined();
    expect(civilDay(NaN, 8, 17)).toBeUndefined();
  });
});
