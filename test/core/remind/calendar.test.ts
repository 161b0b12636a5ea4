// Reminder calendar: periods, deadlines and due steps across month ends, a leap day, quarter boundaries and the year end.
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  deadlineOf,
  dueSteps,
  isoDay,
  isoWeekday,
  isoWeekKey,
  jakartaDayOfIso,
  nextPeriod,
  parseIsoDay,
  periodLabel,
  periodOf,
  previousPeriod,
  latestDuePeriod,
  reportingPeriod,
} from '../../../src/core/remind/calendar';
import { dayOf } from '../../../src/core/i18n/format';
import type { KindSchedule, Period, PeriodKind } from '../../../src/core/remind/types';

const D = (y: number, m: number, d: number): number => dayOf(y, m, d) as number;
const monthly = (deadlineDays: number, steps = [-3, 0, 1, 7]): KindSchedule => ({
  period: 'monthly',
  deadlineDays,
  steps,
  escalateLast: true,
  active: true,
});
const quarterly = (deadlineDays: number, steps = [-3, 0, 1, 7]): KindSchedule => ({ ...monthly(deadlineDays, steps), period: 'quarterly' });
/** Due steps as "period step" strings, for compact expectations. */
const due = (today: number, ks: KindSchedule): string[] =>
  dueSteps(today, ks).map((d) => `${d.period.key} ${d.step}${d.last ? ' last' : ''}`);

describe('periodOf', () => {
  it.each<[PeriodKind, number, Omit<Period, 'kind'>]>([
    ['monthly', D(2026, 1, 31), { key: '2026-01', year: 2026, index: 1, start: D(2026, 1, 1), end: D(2026, 1, 31) }],
    ['monthly', D(2026, 4, 1), { key: '2026-04', year: 2026, index: 4, start: D(2026, 4, 1), end: D(2026, 4, 30) }],
    ['monthly', D(2028, 2, 29), { key: '2028-02', year: 2028, index: 2, start: D(2028, 2, 1), end: D(2028, 2, 29) }],
    ['monthly', D(2027, 2, 14), { key: '2027-02', year: 2027, index: 2, start: D(2027, 2, 1), end: D(2027, 2, 28) }],
    ['monthly', D(2026, 12, 31), { key: '2026-12', year: 2026, index: 12, start: D(2026, 12, 1), end: D(2026, 12, 31) }],
    ['quarterly', D(2026, 1, 1), { key: '2026-Q1', year: 2026, index: 1, start: D(2026, 1, 1), end: D(2026, 3, 31) }],
    ['quarterly', D(2026, 3, 31), { key: '2026-Q1', year: 2026, index: 1, start: D(2026, 1, 1), end: D(2026, 3, 31) }],
    ['quarterly', D(2026, 4, 1), { key: '2026-Q2', year: 2026, index: 2, start: D(2026, 4, 1), end: D(2026, 6, 30) }],
    ['quarterly', D(2026, 9, 30), { key: '2026-Q3', year: 2026, index: 3, start: D(2026, 7, 1), end: D(2026, 9, 30) }],
    ['quarterly', D(2026, 12, 31), { key: '2026-Q4', year: 2026, index: 4, start: D(2026, 10, 1), end: D(2026, 12, 31) }],
    ['quarterly', D(2028, 2, 29), { key: '2028-Q1', year: 2028, index: 1, start: D(2028, 1, 1), end: D(2028, 3, 31) }],
  ])('%s of day %d', (kind, day, expected) => {
    expect(periodOf(kind, day)).toEqual({ kind, ...expected });
  });

  it('steps back and forth across year ends', () => {
    expect(previousPeriod(periodOf('monthly', D(2027, 1, 5))).key).toBe('2026-12');
    expect(nextPeriod(periodOf('monthly', D(2026, 12, 5))).key).toBe('2027-01');
    expect(previousPeriod(periodOf('quarterly', D(2026, 2, 1))).key).toBe('2025-Q4');
    expect(nextPeriod(periodOf('quarterly', D(2026, 11, 1))).key).toBe('2027-Q1');
    expect(nextPeriod(periodOf('monthly', D(2028, 1, 31)))).toMatchObject({ key: '2028-02', end: D(2028, 2, 29) });
  });
});

describe('deadlineOf', () => {
  it.each<[string, Period, number, number]>([
    ['31 Jan + 10 → 10 Feb', periodOf('monthly', D(2026, 1, 15)), 10, D(2026, 2, 10)],
    ['a 30-day month: April + 10 → 10 May', periodOf('monthly', D(2026, 4, 15)), 10, D(2026, 5, 10)],
    ['Feb 2027 (28 days) + 10 → 10 Mar', periodOf('monthly', D(2027, 2, 1)), 10, D(2027, 3, 10)],
    ['Feb 2028 (29 days) + 10 → 10 Mar', periodOf('monthly', D(2028, 2, 1)), 10, D(2028, 3, 10)],
    ['Jan 2028 + 29 → 29 Feb 2028', periodOf('monthly', D(2028, 1, 1)), 29, D(2028, 2, 29)],
    ['Feb 2028 + 0 → the leap day itself', periodOf('monthly', D(2028, 2, 1)), 0, D(2028, 2, 29)],
    ['Q1 + 15 → 15 Apr', periodOf('quarterly', D(2026, 2, 1)), 15, D(2026, 4, 15)],
    ['Q4 + 15 → 15 Jan of next year', periodOf('quarterly', D(2026, 11, 1)), 15, D(2027, 1, 15)],
    ['December + 10 → 10 Jan of next year', periodOf('monthly', D(2026, 12, 1)), 10, D(2027, 1, 10)],
  ])('%s', (_, period, days, expected) => {
    expect(deadlineOf(period, days)).toBe(expected);
  });
});

/** "2026-02 45" before "2026-03 14"; within a period, by step. */
const byPeriodThenStep = (a: string, b: string): number => {
  const [pa, sa] = a.split(' ');
  const [pb, sb] = b.split(' ');
  return pa < pb ? -1 : pa > pb ? 1 : +sa - +sb;
};

describe('dueSteps', () => {
  it.each<[string, number, KindSchedule, string[]]>([
    ['3 days before the 10 Feb deadline of January', D(2026, 2, 7), monthly(10), ['2026-01 -3']],
    ['on the deadline', D(2026, 2, 10), monthly(10), ['2026-01 0']],
    ['1 day after', D(2026, 2, 11), monthly(10), ['2026-01 1']],
    ['7 days after, escalation', D(2026, 2, 17), monthly(10), ['2026-01 7 last']],
    ['no step today', D(2026, 2, 12), monthly(10), []],
    ['30-day month: April due 10 May, -3 on 7 May', D(2026, 5, 7), monthly(10), ['2026-04 -3']],
    ['leap year: Feb 2028 deadline 0 falls on 29 Feb', D(2028, 2, 29), monthly(0), ['2028-02 0']],
    ['leap year: +1 of Feb 2028 falls on 1 Mar', D(2028, 3, 1), monthly(0), ['2028-02 1']],
    ['leap year: 28 Feb 2028 is not the deadline', D(2028, 2, 28), monthly(0), []],
    ['leap year: -3 of Feb 2028 (deadline 0) on 26 Feb', D(2028, 2, 26), monthly(0), ['2028-02 -3']],
    ['non-leap: Feb 2027 deadline 0 falls on 28 Feb', D(2027, 2, 28), monthly(0), ['2027-02 0']],
    ['non-leap: +1 of Feb 2027 on 1 Mar', D(2027, 3, 1), monthly(0), ['2027-02 1']],
    ['leap year: +7 of January 2028 (deadline 10 Feb) on 17 Feb', D(2028, 2, 17), monthly(10), ['2028-01 7 last']],
    ['leap year: -3 of Feb 2028 (deadline 10 Mar) on 7 Mar', D(2028, 3, 7), monthly(10), ['2028-02 -3']],
    ['year end: -3 of December in January', D(2027, 1, 7), monthly(10), ['2026-12 -3']],
    ['year end: -3 of December still in December (deadline 2)', D(2026, 12, 30), monthly(2), ['2026-12 -3']],
    ['year end: +7 of December on 17 Jan', D(2027, 1, 17), monthly(10), ['2026-12 7 last']],
    ['quarter: -3 of Q4 2026 on 12 Jan 2027', D(2027, 1, 12), quarterly(15), ['2026-Q4 -3']],
    ['quarter: Q4 2026 deadline 15 Jan 2027', D(2027, 1, 15), quarterly(15), ['2026-Q4 0']],
    ['quarter: +7 of Q1 2026 on 22 Apr', D(2026, 4, 22), quarterly(15), ['2026-Q1 7 last']],
    ['quarter: nothing due mid-quarter', D(2026, 2, 15), quarterly(15), []],
    ['+45 of January 2026 (deadline 10 Feb) on 27 Mar', D(2026, 3, 27), monthly(10, [-3, 0, 1, 7, 45]), ['2026-01 45 last']],
    [
      '+45 of February and +14 of March both on 24 Apr 2026',
      D(2026, 4, 24),
      monthly(10, [-3, 0, 1, 7, 14, 45]),
      ['2026-02 45 last', '2026-03 14'],
    ],
    [
      'two steps of one period cannot fall on one day, but two periods can (deadline 0, steps 0 and 31)',
      D(2026, 3, 31),
      monthly(0, [0, 31]),
      ['2026-02 31 last', '2026-03 0'],
    ],
    ['a step before the period ends (deadline 0, step -45)', D(2026, 2, 14), monthly(0, [-45, 0]), ['2026-03 -45']],
  ])('%s', (_, today, ks, expected) => {
    expect(due(today, ks)).toEqual(expected);
  });

  it('returns the deadline and the period itself', () => {
    expect(dueSteps(D(2027, 1, 7), monthly(10))).toEqual([
      {
        period: { kind: 'monthly', key: '2026-12', year: 2026, index: 12, start: D(2026, 12, 1), end: D(2026, 12, 31) },
        deadline: D(2027, 1, 10),
        step: -3,
        last: false,
      },
    ]);
  });

  it('ignores duplicate and non-integer steps', () => {
    expect(due(D(2026, 2, 10), monthly(10, [0, 0, 0.5]))).toEqual(['2026-01 0']);
  });

  it('finds exactly what a brute force over every period and step finds, 2025-2029, large steps included', () => {
    for (const ks of [
      monthly(10, [-40, -3, 0, 1, 7, 14, 45, 120]),
      quarterly(15, [-60, -3, 0, 1, 7, 30, 45, 97, 120]),
      monthly(0, [0, 28, 29, 30, 31]),
    ]) {
      const expected = new Map<number, string[]>();
      let p = periodOf(ks.period, D(2024, 6, 1));
      while (p.start < D(2030, 6, 1)) {
        for (const s of ks.steps) {
          const day = deadlineOf(p, ks.deadlineDays) + s;
          expected.set(day, [...(expected.get(day) ?? []), `${p.key} ${s}`]);
        }
        p = nextPeriod(p);
      }
      let multi = 0;
      for (let day = D(2025, 1, 1); day <= D(2029, 12, 31); day++) {
        const got = dueSteps(day, ks).map((d) => `${d.period.key} ${d.step}`);
        const want = (expected.get(day) ?? []).sort(byPeriodThenStep);
        expect(got).toEqual(want);
        for (const d of dueSteps(day, ks)) expect(d.deadline + d.step).toBe(day);
        if (got.length > 1) multi++;
      }
      expect(multi).toBeGreaterThan(0);
    }
  });
});

describe('reportingPeriod', () => {
  it.each<[string, number, KindSchedule, string, number]>([
    ['1 Dec reports on November', D(2026, 12, 1), monthly(10), '2026-11', D(2026, 12, 10)],
    ['30 Nov still reports on October', D(2026, 11, 30), monthly(10), '2026-10', D(2026, 11, 10)],
    ['1 Jan reports on December of last year', D(2027, 1, 1), monthly(10), '2026-12', D(2027, 1, 10)],
    ['1 Mar 2028 reports on the leap February', D(2028, 3, 1), monthly(10), '2028-02', D(2028, 3, 10)],
    ['29 Feb 2028 reports on January', D(2028, 2, 29), monthly(10), '2028-01', D(2028, 2, 10)],
    ['1 Jan 2027 reports on Q4 2026', D(2027, 1, 1), quarterly(15), '2026-Q4', D(2027, 1, 15)],
    ['31 Dec 2026 reports on Q3 2026', D(2026, 12, 31), quarterly(15), '2026-Q3', D(2026, 10, 15)],
    ['1 Apr reports on Q1', D(2026, 4, 1), quarterly(15), '2026-Q1', D(2026, 4, 15)],
  ])('%s', (_, today, ks, key, deadline) => {
    const r = reportingPeriod(today, ks);
    expect(r.period.key).toBe(key);
    expect(r.deadline).toBe(deadline);
    expect(r.period.end).toBeLessThan(today);
  });
});

describe('latestDuePeriod', () => {
  it.each<[string, number, KindSchedule, string, number]>([
    ['monthly, the day after the deadline', D(2026, 12, 11), monthly(10), '2026-11', D(2026, 12, 10)],
    ['monthly, on the deadline: the month before', D(2026, 12, 10), monthly(10), '2026-10', D(2026, 11, 10)],
    ['monthly, early in the month', D(2026, 12, 3), monthly(10), '2026-10', D(2026, 11, 10)],
    ['across the year end: 1 January', D(2027, 1, 1), monthly(10), '2026-11', D(2026, 12, 10)],
    ['across the year end: 10 January', D(2027, 1, 10), monthly(10), '2026-11', D(2026, 12, 10)],
    ['across the year end: 11 January', D(2027, 1, 11), monthly(10), '2026-12', D(2027, 1, 10)],
    ['deadline 0: the first of the month', D(2027, 1, 1), monthly(0), '2026-12', D(2026, 12, 31)],
    ['deadline 0: the last of the month', D(2026, 12, 31), monthly(0), '2026-11', D(2026, 11, 30)],
    ['a long deadline reaches back several months', D(2027, 1, 5), monthly(60), '2026-10', D(2026, 12, 30)],
    ['quarterly, 15 January: Q3 still', D(2027, 1, 15), quarterly(15), '2026-Q3', D(2026, 10, 15)],
    ['quarterly, 16 January: Q4 of the year before', D(2027, 1, 16), quarterly(15), '2026-Q4', D(2027, 1, 15)],
    ['quarterly, 1 January', D(2027, 1, 1), quarterly(15), '2026-Q3', D(2026, 10, 15)],
  ])('%s', (_n, today, ks, key, deadline) => {
    const r = latestDuePeriod(today, ks);
    expect([r.period.key, r.deadline]).toEqual([key, deadline]);
    expect(r.deadline).toBeLessThan(today);
  });

  it('its deadline is always before today, and the next period’s is not, every day for two years', () => {
    for (const ks of [monthly(10), quarterly(15), monthly(0), quarterly(45)])
      for (let day = D(2026, 1, 1); day <= D(2027, 12, 31); day++) {
        const r = latestDuePeriod(day, ks);
        expect(r.deadline).toBeLessThan(day);
        const next = periodOf(ks.period, r.period.end + 1);
        expect(deadlineOf(next, ks.deadlineDays)).toBeGreaterThanOrEqual(day);
      }
  });
});

describe('periodLabel', () => {
  it.each<[Period, 'id' | 'en', string]>([
    [periodOf('monthly', D(2026, 11, 1)), 'id', 'November 2026'],
    [periodOf('monthly', D(2026, 11, 1)), 'en', 'November 2026'],
    [periodOf('monthly', D(2026, 5, 1)), 'id', 'Mei 2026'],
    [periodOf('monthly', D(2026, 5, 1)), 'en', 'May 2026'],
    [periodOf('monthly', D(2028, 2, 29)), 'id', 'Februari 2028'],
    [periodOf('quarterly', D(2026, 11, 1)), 'id', 'Triwulan IV 2026'],
    [periodOf('quarterly', D(2026, 11, 1)), 'en', 'Quarter IV 2026'],
    [periodOf('quarterly', D(2027, 2, 1)), 'id', 'Triwulan I 2027'],
    [periodOf('quarterly', D(2027, 8, 1)), 'en', 'Quarter III 2027'],
  ])('%o in %s', (p, lang, expected) => {
    expect(periodLabel(p, lang)).toBe(expected);
  });
});

describe('ISO weeks', () => {
  it.each<[string, number, number, string]>([
    ['2026-11-23', D(2026, 11, 23), 1, '2026-W48'],
    ['2026-11-28', D(2026, 11, 28), 6, '2026-W48'],
    ['2026-11-30', D(2026, 11, 30), 1, '2026-W49'],
    ['2026-01-01', D(2026, 1, 1), 4, '2026-W01'],
    ['2026-12-31', D(2026, 12, 31), 4, '2026-W53'],
    ['2027-01-01', D(2027, 1, 1), 5, '2026-W53'],
    ['2027-01-04', D(2027, 1, 4), 1, '2027-W01'],
    ['2020-12-31', D(2020, 12, 31), 4, '2020-W53'],
    ['2021-01-03', D(2021, 1, 3), 7, '2020-W53'],
    ['2024-12-30', D(2024, 12, 30), 1, '2025-W01'],
    ['1970-01-01', 0, 4, '1970-W01'],
    ['1969-12-31', -1, 3, '1970-W01'],
  ])('%s', (_, day, weekday, key) => {
    expect(isoWeekday(day)).toBe(weekday);
    expect(isoWeekKey(day)).toBe(key);
  });
});

describe('jakartaDayOfIso', () => {
  it.each<[string, number | undefined]>([
    ['2026-12-31T17:30:00Z', D(2027, 1, 1)],
    ['2026-12-31T16:59:59Z', D(2026, 12, 31)],
    ['2026-12-31T16:59:59.999Z', D(2026, 12, 31)],
    ['2026-12-31T17:00:00.000Z', D(2027, 1, 1)],
    ['2026-11-28T17:32:01.000Z', D(2026, 11, 29)],
    ['2028-02-28T17:00:00Z', D(2028, 2, 29)],
    ['2028-02-29T16:59:00Z', D(2028, 2, 29)],
    ['2028-02-29T17:00:00Z', D(2028, 3, 1)],
    ['2027-02-28T17:00:00Z', D(2027, 3, 1)],
    ['2026-03-31T17:00:00Z', D(2026, 4, 1)],
    ['2026-12-31T23:30:00+07:00', D(2026, 12, 31)],
    ['2027-01-01T00:10:00+07:00', D(2027, 1, 1)],
    ['2026-12-31T12:00:00-05:00', D(2027, 1, 1)],
    ['2027-01-01T01:00:00+09:00', D(2026, 12, 31)],
    ['2026-12-31T23:30:00+0700', D(2026, 12, 31)],
    ['2026-06-01T00:00Z', D(2026, 6, 1)],
    ['2026-06-01 08:00:00', D(2026, 6, 1)],
    ['2026-11-28', D(2026, 11, 28)],
    [' 2028-02-29 ', D(2028, 2, 29)],
    ['28/11/2026', D(2026, 11, 28)],
    ['1/3/2028', D(2028, 3, 1)],
    ['29/02/2028', D(2028, 2, 29)],
    ['29/02/2027', undefined],
    ['2027-02-29', undefined],
    ['2026-12-31T24:00:00Z', undefined],
    ['2026-12-31T10:00:00+25:00', undefined],
    ['', undefined],
    ['kemarin', undefined],
    ['2026-11', undefined],
  ])('%s', (text, expected) => {
    expect(jakartaDayOfIso(text)).toBe(expected);
  });
});

describe('isoDay / parseIsoDay', () => {
  it.each<[number, string]>([
    [D(2026, 11, 28), '2026-11-28'],
    [D(2028, 2, 29), '2028-02-29'],
    [D(2027, 1, 1), '2027-01-01'],
    [0, '1970-01-01'],
    [D(1958, 8, 17), '1958-08-17'],
  ])('%d ↔ %s', (day, text) => {
    expect(isoDay(day)).toBe(text);
    expect(parseIsoDay(text)).toBe(day);
  });

  it.each(['2026-13-01', '2026-02-30', '28/11/2026', '2026-11-28T00:00:00Z', '', 'x'])('refuses %p', (text) => {
    expect(parseIsoDay(text)).toBeUndefined();
  });
});

describe('time zone independence', () => {
  it('uses no local-time Date getter, so the machine zone cannot move a day', () => {
    const source = readFileSync(join(__dirname, '../../../src/core/remind/calendar.ts'), 'utf8');
    for (const getter of [
      'getDate(',
      'getMonth(',
      'getFullYear(',
      'getHours(',
      'getDay(',
      'getMinutes(',
      'getTimezoneOffset(',
      'new Date(',
    ]) {
      expect(source).not.toContain(getter);
    }
  });
});
