// Tables of period and year cells -> normalised keys, and the ordering of keys.
import { INVALID, periodSortKey, periodYear, readPeriod, readYear } from '../../../src/core/parse/coerce';

const NBSP = '\u00a0';

describe('readPeriod', () => {
  test.each<[unknown, unknown]>([
    // years
    ['2025', '2025'],
    [2025, '2025'],
    ['TA 2025', '2025'],
    ['T.A. 2025', '2025'],
    ['Tahun 2025', '2025'],
    ['Tahun Anggaran 2025', '2025'],
    // quarters
    ['TW I 2025', '2025-Q1'],
    ['TW II 2025', '2025-Q2'],
    ['TW III 2025', '2025-Q3'],
    ['TW IV 2025', '2025-Q4'],
    ['tw.iv/2025', '2025-Q4'],
    ['TWII 2025', '2025-Q2'],
    ['TW 1/2025', '2025-Q1'],
    ['Triwulan 1 2025', '2025-Q1'],
    ['Triwulan I Tahun 2025', '2025-Q1'],
    ['Triwulan ke-2 2025', '2025-Q2'],
    ['Triwulan Kedua TA 2025', '2025-Q2'],
    ['Q1 2025', '2025-Q1'],
    ['2025 Q1', '2025-Q1'],
    ['2025-Q3', '2025-Q3'],
    ['Kuartal 4 2025', '2025-Q4'],
    // semesters
    ['Semester I 2025', '2025-S1'],
    ['Semester 2 Tahun 2025', '2025-S2'],
    ['Smt II 2025', '2025-S2'],
    ['S1 2025', '2025-S1'],
    ['2025-S2', '2025-S2'],
    // disbursement stages
    ['Tahap 1 2025', '2025-T1'],
    ['Tahap I 2025', '2025-T1'],
    ['Penyaluran Tahap 3 TA 2025', '2025-T3'],
    ['TahapII 2025', '2025-T2'],
    ['2025-T12', '2025-T12'],
    // months
    ['Maret 2025', '2025-03'],
    ['Mar 2025', '2025-03'],
    ['MARET 2025', '2025-03'],
    ['Bulan Desember 2025', '2025-12'],
    ['03/2025', '2025-03'],
    ['3-2025', '2025-03'],
    ['2025-03', '2025-03'],
    ['2025/11', '2025-11'],
    ['17/03/2025', '2025-03'],
    [new Date('2025-02-28T17:00:00Z'), '2025-03'],
    [new Date(Date.UTC(2025, 2, 1)), '2025-03'],
    [45717, '2025-03'],
    [' ' + NBSP + 'TW I 2025 ', '2025-Q1'],
    // no recognisable year: a "?" key that still compares equal
    ['Tahap 1', '?T1'],
    ['Tahap I', '?T1'],
    ['tahap 01', '?T1'],
    ['TW III', '?Q3'],
    ['Semester II', '?S2'],
    ['Maret', '?M03'],
    ['Gelombang 2', '?gelombang2'],
    ['TW V 2025', '?twv2025'],
    ['Semester 3 2025', '?semester32025'],
    ['13/2025', '?132025'],
    ['2024 2025', '?20242025'],
    ['2025/2026', '?20252026'],
    ['Januari - Maret 2025', '?januarimaret2025'],
    ['TW 2025', '?tw2025'],
    ['31/02/2025', '?31022025'],
    ['I/2025', '?i2025'],
    [3, '?3'],
    [12.5, '?12.5'],
    [true, '?true'],
    // empties and errors
    ['', undefined],
    ['-', undefined],
    ["'", undefined],
    [NBSP, undefined],
    [null, undefined],
    [undefined, undefined],
    ['#N/A', INVALID],
    ['#REF!', INVALID],
    [{ error: '#N/A' }, INVALID],
    [NaN, INVALID],
    [new Date(NaN), INVALID],
    [Symbol('p'), INVALID],
  ])('%p -> %p', (input, expected) => {
    expect(readPeriod(input)).toBe(expected);
  });

  test('repeated cells give the same key (memoised)', () => {
    for (let i = 0; i < 5000; i++) expect(readPeriod(`Tahap ${(i % 3) + 1} ${2020 + (i % 7)}`)).toBe(`${2020 + (i % 7)}-T${(i % 3) + 1}`);
  });
});

describe('periodYear and periodSortKey', () => {
  test.each<[string, number | undefined]>([
    ['2025', 2025],
    ['2025-Q1', 2025],
    ['2025-03', 2025],
    ['2025-T1', 2025],
    ['?T1', undefined],
    ['?gelombang2', undefined],
    ['20251', undefined],
    ['', undefined],
    ['abcd', undefined],
  ])('periodYear(%p) = %p', (key, year) => {
    expect(periodYear(key)).toBe(year);
  });

  test('keys order in time', () => {
    const ordered = [
      '2024',
      '2025-01',
      '2025-03',
      '2025-Q1',
      '2025-06',
      '2025-Q2',
      '2025-S1',
      '2025-12',
      '2025-Q4',
      '2025-S2',
      '2025',
      '2025-T1',
      '2025-T2',
      '2025-T10',
      '2026-01',
    ];
    const keys = ordered.map((k) => periodSortKey(k) as number);
    for (const k of keys) expect(typeof k).toBe('number');
    for (let i = 1; i < keys.length; i++) expect(keys[i]).toBeGreaterThan(keys[i - 1]);
  });

  test.each(['?T1', '?x', '2025-Q5', '2025-S3', '2025-13', '2025-X1', '2025-', '2025-Q', '2025-Q0'])(
    'periodSortKey(%p) is undefined',
    (key) => {
      expect(periodSortKey(key)).toBeUndefined();
    },
  );
});

describe('readYear', () => {
  test.each<[unknown, unknown]>([
    [2025, 2025],
    [2025.0, 2025],
    ['2025', 2025],
    [' 2025 ', 2025],
    ['TA 2025', 2025],
    ['T.A. 2025', 2025],
    ['TA. 2025', 2025],
    ['Tahun 2025', 2025],
    ['Tahun Anggaran 2025', 2025],
    ['tahun anggaran 2025', 2025],
    [1900, 1900],
    [2100, 2100],
    ['', undefined],
    ['-', undefined],
    ["'", undefined],
    [null, undefined],
    [{ formula: 'YEAR(TODAY())', result: 2025 }, 2025],
    [1899, INVALID],
    [2101, INVALID],
    [2025.5, INVALID],
    [25, INVALID],
    ['25', INVALID],
    ['2.025', INVALID],
    ['2024/2025', INVALID],
    ['TW I 2025', INVALID],
    ['Tahun', INVALID],
    ['#N/A', INVALID],
    [true, INVALID],
    [new Date(Date.UTC(2025, 0, 1)), INVALID],
    [NaN, INVALID],
  ])('%p -> %p', (input, expected) => {
    expect(readYear(input)).toBe(expected);
  });
});
