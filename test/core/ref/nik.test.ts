// Decoding NIK and KK: region, +40 band, two-digit year against a fixed today, leap days, KK recording dates not in the future.
import { dayOf, dayParts } from '../../../src/core/i18n/format';
import {
  dayOfDate,
  decodeKk,
  decodeNik,
  isId16,
  kkDateProblem,
  nikBirth,
  nikBirthProblem,
  nikSex,
  regionProblem,
  ymdOfDay,
} from '../../../src/core/ref/nik';
import { TODAY, day, num16, text16 } from '../rules/harness';

describe('decodeNik', () => {
  test('a man born 17 August 1980 in Binjai Utara', () => {
    expect(decodeNik('1275011708800001', TODAY)).toEqual({
      province: '12',
      kabKota: '1275',
      kecamatan: '127501',
      region: undefined,
      birth: { rawDay: 17, day: 17, month: 8, yy: 80, year: 1980, date: day(1980, 8, 17), problem: undefined },
      sex: 'L',
      serial: '0001',
    });
  });

  test('a woman: day plus 40', () => {
    const n = decodeNik('1275015708800002', TODAY)!;
    expect(n.sex).toBe('P');
    expect(n.birth).toMatchObject({ rawDay: 57, day: 17, date: day(1980, 8, 17) });
  });

  test.each([
    // [digits 7-12, expected year, expected date or problem]
    ['290200', 2000, day(2000, 2, 29)], // year 00 is 2000, a leap year (1900 was not)
    ['690200', 2000, day(2000, 2, 29)], // the same for a woman
    ['290224', 2024, day(2024, 2, 29)],
    ['290223', 2023, 'date'],
    ['300200', 2000, 'date'],
    ['281126', 2026, day(2026, 11, 28)], // born today
    ['291126', 1926, day(1926, 11, 29)], // tomorrow in 2026 is not yet: 1926
    ['010127', 1927, day(1927, 1, 1)],
    ['311225', 2025, day(2025, 12, 31)],
    ['010100', 2000, day(2000, 1, 1)],
    ['310180', 1980, day(1980, 1, 31)],
    ['710180', 1980, day(1980, 1, 31)],
    ['310480', 1980, 'date'],
    ['710480', 1980, 'date'],
    ['320880', 1980, 'day'],
    ['400880', 1980, 'day'],
    ['720880', 1980, 'day'],
    ['000880', 1980, 'day'],
    ['171380', 1980, 'month'],
    ['170080', 1980, 'month'],
  ])('birth digits %s: year %s, %s', (dmy, year, want) => {
    const digits = '127501' + dmy + '0001';
    const n = decodeNik(digits, TODAY)!;
    expect(n.birth.year).toBe(year);
    if (typeof want === 'number') {
      expect(n.birth.date).toBe(want);
      expect(nikBirth(digits, TODAY)).toBe(want);
      expect(nikBirthProblem(digits, TODAY)).toBeUndefined();
    } else {
      expect(n.birth.problem).toBe(want);
      expect(nikBirthProblem(digits, TODAY)).toBe(want);
      expect(nikBirth(digits, TODAY)).toBeUndefined();
    }
  });

  test('the century follows today', () => {
    expect(decodeNik('1275011708300001', day(2029, 12, 31))!.birth.year).toBe(1930);
    expect(decodeNik('1275011708300001', day(2030, 8, 17))!.birth.year).toBe(2030);
  });

  test.each([
    ['17', 'L'],
    ['01', 'L'],
    ['31', 'L'],
    ['41', 'P'],
    ['71', 'P'],
    ['57', 'P'],
    ['00', undefined],
    ['35', undefined],
    ['72', undefined],
  ])('day digits %s: sex %s', (dd, sex) => expect(nikSex('127501' + dd + '08800001')).toBe(sex));

  test('not 16 digits: nothing to decode', () => {
    expect(decodeNik('127501170880001', TODAY)).toBeUndefined();
    expect(decodeNik('12750117088000011', TODAY)).toBeUndefined();
    expect(decodeNik('12750117088O0001', TODAY)).toBeUndefined();
  });
});

describe('regionProblem', () => {
  test.each([
    ['1275011708800001', undefined],
    ['1275051708800001', undefined],
    ['1271991708800001', undefined], // kecamatan digits are checked for Binjai only
    ['1276011708800001', undefined], // Kemendagri Tebing Tinggi (BPS uses 1276 for Binjai)
    ['9101011708800001', undefined], // old Papua code
    ['9501011708800001', undefined], // Papua Pegunungan, since 2022
    ['9901011708800001', 'province'],
    ['9701011708800001', 'province'], // BPS code only
    ['9471011708800001', 'kabkota'], // BPS Kota Jayapura
    ['1299011708800001', 'kabkota'],
    ['1275001708800001', 'kecamatan'],
    ['1275061708800001', 'kecamatan'],
  ])('%s: %s', (digits, want) => expect(regionProblem(digits)).toBe(want));
});

describe('decodeKk', () => {
  test('a card recorded on 1 January 2015 in Binjai Kota', () => {
    expect(decodeKk('1275020101150003', TODAY)).toEqual({
      area: '127502',
      region: undefined,
      recorded: { rawDay: 1, day: 1, month: 1, yy: 15, year: 2015, date: day(2015, 1, 1), problem: undefined },
      serial: '0003',
    });
  });

  test.each([
    ['281126', 2026, undefined], // recorded today
    ['291126', 2026, 'future'],
    ['010127', 2027, 'future'],
    ['010169', 2069, 'future'],
    ['010170', 1970, undefined],
    ['311299', 1999, undefined],
    ['290200', 2000, undefined],
    ['290224', 2024, undefined],
    ['290223', 2023, 'date'],
    ['310415', 2015, 'date'],
    ['570815', 2015, 'day'], // no +40 band on a KK
    ['000815', 2015, 'day'],
    ['011315', 2015, 'month'],
  ])('recording digits %s: year %s, %s', (dmy, year, problem) => {
    const digits = '127502' + dmy + '0003';
    const k = decodeKk(digits, TODAY)!;
    expect(k.recorded.year).toBe(year);
    expect(k.recorded.problem).toBe(problem);
    expect(kkDateProblem(digits, TODAY)).toBe(problem);
  });
});

describe('calendar arithmetic', () => {
  test('dayOfDate and ymdOfDay agree with the Date-based helpers from 1890 to 2110', () => {
    for (let d = day(1890, 1, 1); d <= day(2110, 12, 31); d += 13) {
      const { y, m, d: dd } = dayParts(d);
      expect(ymdOfDay(d)).toBe(y * 10000 + m * 100 + dd);
      expect(dayOfDate(y, m, dd)).toBe(d);
    }
    for (const [y, m, d] of [
      [1900, 2, 29],
      [2000, 2, 29],
      [2023, 2, 29],
      [2024, 2, 29],
      [2025, 4, 31],
      [2025, 13, 1],
      [2025, 0, 1],
      [2025, 1, 0],
    ])
      expect(dayOfDate(y, m, d)).toBe(dayOf(y, m, d));
  });
});

describe('isId16', () => {
  test.each([
    [text16('1275011708800001'), true],
    [text16('1275 0117 0880 0001'), true],
    [text16('12.75.01.170880.0001'), true],
    [text16("'1275011708800001"), true],
    [num16(1275011708800001), true],
    [text16('127501170880001'), false],
    [text16('NIK 1275011708800001'), false],
    [text16(''), false],
    [undefined, false],
  ])('%j: %s', (v, ok) => expect(isId16(v)).toBe(ok));
});
