// The late rule: never synced, unreadable, no change seen in the delivery window, or delivered; change days, else single days.
import { dayOf } from '../../../src/core/i18n/format';
import { periodOf } from '../../../src/core/remind/calendar';
import { countOf, deliveryDay, deliveryOpens, lateReason, onTimeFor } from '../../../src/core/remind/lateness';
import type { LateReason, RemindSource } from '../../../src/core/remind/types';

const D = (y: number, m: number, d: number) => dayOf(y, m, d) as number;

const src = (over: Partial<RemindSource>): RemindSource => ({
  id: 's1',
  opd: 'Dinas Sosial',
  kind: 'beneficiary',
  emails: ['dinsos@binjaikota.go.id'],
  badEmails: [],
  active: true,
  errors: 0,
  warnings: 0,
  errorsByRule: {},
  ...over,
});

describe('lateReason', () => {
  const nov = periodOf('monthly', D(2026, 11, 15));
  const opens = D(2026, 11, 24); // the period's last seven days count: agencies that upload on the 30th
  const today = D(2026, 12, 17);

  it('reads the period and its delivery window as expected', () => {
    expect(nov.key).toBe('2026-11');
    expect(deliveryOpens(nov)).toBe(opens);
    expect(deliveryOpens(periodOf('monthly', D(2027, 2, 1)))).toBe(D(2027, 2, 22));
    expect(deliveryOpens(periodOf('quarterly', D(2026, 11, 1)))).toBe(D(2026, 12, 25));
  });

  const cases: [string, Partial<RemindSource>, LateReason | undefined][] = [
    ['no state: never consolidated', { state: undefined, lastChange: opens + 3 }, 'never_synced'],
    ['empty state string', { state: '' as never, lastChange: opens + 3 }, 'never_synced'],
    ['unreachable', { state: 'unreachable', lastChange: opens + 3 }, 'unreadable'],
    ['no register sheet', { state: 'no_register', lastSync: opens + 3 }, 'unreadable'],
    ['changed on the window’s first day', { state: 'ok', lastChange: opens }, undefined],
    ['changed the day before the window', { state: 'ok', lastChange: opens - 1 }, 'not_delivered'],
    ['changed on the period’s first day (the previous report)', { state: 'ok', lastChange: D(2026, 11, 1) }, 'not_delivered'],
    ['changed after the period (counts for it)', { state: 'ok', lastChange: D(2026, 12, 9) }, undefined],
    ['changed today', { state: 'ok', lastChange: today }, undefined],
    ['changed after today (a clock ahead) does not count', { state: 'ok', lastChange: today + 1 }, 'not_delivered'],
    ['errors state, changed within the window', { state: 'errors', lastChange: opens + 10 }, undefined],
    ['no lastChange: lastSync on the window’s first day', { state: 'ok', lastSync: opens }, undefined],
    ['no lastChange: lastSync the day before', { state: 'ok', lastSync: opens - 1 }, 'not_delivered'],
    ['lastChange wins over a later lastSync', { state: 'ok', lastChange: opens - 1, lastSync: opens + 5 }, 'not_delivered'],
    ['NaN lastChange falls back to lastSync', { state: 'ok', lastChange: NaN, lastSync: opens }, undefined],
    ['no dates at all', { state: 'ok' }, 'not_delivered'],
    ['NaN dates only', { state: 'ok', lastChange: NaN, lastSync: NaN }, 'not_delivered'],
    ['unknown state judged by its dates (delivered)', { state: 'weird' as never, lastChange: opens }, undefined],
    ['unknown state judged by its dates (late)', { state: 'weird' as never, lastChange: opens - 1 }, 'not_delivered'],
    // With changeDays any change in the window counts, whatever came after it.
    [
      'changeDays: one in the window, a later fix',
      { state: 'ok', changeDays: [D(2026, 11, 8), D(2026, 11, 28)], lastChange: today },
      undefined,
    ],
    [
      'changeDays: an earlier change in the window',
      { state: 'ok', changeDays: [D(2026, 11, 8), D(2026, 11, 26)], lastChange: D(2026, 11, 26) },
      undefined,
    ],
    [
      'changeDays: none in the window',
      { state: 'ok', changeDays: [D(2026, 10, 30), D(2026, 11, 8)], lastChange: D(2026, 11, 8) },
      'not_delivered',
    ],
    [
      'changeDays without lastChange: not in the window, no lastSync fallback',
      { state: 'ok', changeDays: [D(2026, 11, 8)], lastSync: today },
      'not_delivered',
    ],
    ['changeDays empty: falls back to lastChange', { state: 'ok', changeDays: [], lastChange: opens }, undefined],
    ['changeDays empty, no lastChange: falls back to lastSync', { state: 'ok', changeDays: [], lastSync: opens - 1 }, 'not_delivered'],
    ['changeDays with junk', { state: 'ok', changeDays: [NaN, 'x' as never, D(2026, 11, 30)] }, undefined],
  ];
  it.each(cases)('%s', (_name, over, expected) => {
    expect(lateReason(src(over), nov, today)).toBe(expected);
  });

  // Agencies report after the period: October's report uploaded on 8 November must not count for November.
  it.each([D(2026, 12, 7), D(2026, 12, 10), D(2026, 12, 11), D(2026, 12, 17)])(
    '8 Nov change, nothing since: late for November on %p',
    (day) => {
      expect(lateReason(src({ state: 'ok', lastChange: D(2026, 11, 8), lastSync: day }), nov, day)).toBe('not_delivered');
      expect(lateReason(src({ state: 'ok', changeDays: [D(2026, 11, 8)], lastChange: D(2026, 11, 8), lastSync: day }), nov, day)).toBe(
        'not_delivered',
      );
      // A change on 26 November (the window) delivers.
      expect(lateReason(src({ state: 'ok', lastChange: D(2026, 11, 26), lastSync: day }), nov, day)).toBeUndefined();
      expect(
        lateReason(src({ state: 'ok', changeDays: [D(2026, 11, 8), D(2026, 11, 26)], lastChange: D(2026, 11, 26) }), nov, day),
      ).toBeUndefined();
    },
  );

  it('quarters: the last seven days of the quarter open the window', () => {
    const q4 = periodOf('quarterly', D(2026, 11, 15));
    const jan20 = D(2027, 1, 20);
    expect(lateReason(src({ state: 'ok', lastChange: D(2026, 12, 25) }), q4, jan20)).toBeUndefined();
    expect(lateReason(src({ state: 'ok', lastChange: D(2026, 12, 24) }), q4, jan20)).toBe('not_delivered');
    expect(lateReason(src({ state: 'ok', lastChange: D(2027, 1, 10) }), q4, jan20)).toBeUndefined();
  });

  it('a leap year: February’s window opens on the 23rd', () => {
    const feb = periodOf('monthly', D(2028, 2, 1));
    const mar10 = D(2028, 3, 10);
    expect(lateReason(src({ state: 'ok', lastChange: D(2028, 2, 23) }), feb, mar10)).toBeUndefined();
    expect(lateReason(src({ state: 'ok', lastChange: D(2028, 2, 22) }), feb, mar10)).toBe('not_delivered');
  });

  it('across the year end: a change on 1 January delivers for December, not for January', () => {
    const s = src({ state: 'ok', lastChange: D(2027, 1, 1) });
    expect(lateReason(s, periodOf('monthly', D(2026, 12, 1)), D(2027, 1, 7))).toBeUndefined();
    expect(lateReason(s, periodOf('quarterly', D(2026, 12, 1)), D(2027, 1, 12))).toBeUndefined();
    expect(lateReason(s, periodOf('monthly', D(2027, 1, 1)), D(2027, 2, 7))).toBe('not_delivered');
  });

  it('does not change the source', () => {
    const s = src({ state: 'ok', lastSync: opens, changeDays: [opens] });
    const copy = structuredClone(s);
    lateReason(s, nov, today);
    expect(s).toEqual(copy);
  });
});

describe('onTimeFor', () => {
  const nov = periodOf('monthly', D(2026, 11, 15));
  const deadline = D(2026, 12, 10);
  it.each<[string, Partial<RemindSource>, boolean]>([
    ['changed on the deadline', { lastChange: deadline }, true],
    ['changed the day after the deadline', { lastChange: deadline + 1 }, false],
    // A fix after the deadline no longer hides an on-time delivery when the master kept the change days.
    ['on time, then fixed after the deadline', { changeDays: [D(2026, 12, 3), D(2026, 12, 14)], lastChange: D(2026, 12, 14) }, true],
    ['only changes after the deadline', { changeDays: [D(2026, 11, 8), D(2026, 12, 14)], lastChange: D(2026, 12, 14) }, false],
    ['single-day fallback to lastSync', { lastSync: D(2026, 12, 1) }, true],
    ['before the window', { lastChange: D(2026, 11, 20) }, false],
  ])('%s → %p', (_n, over, expected) => {
    expect(onTimeFor(src({ state: 'ok', ...over }), nov, deadline)).toBe(expected);
  });
});

describe('deliveryDay and countOf', () => {
  it.each([
    [{ lastChange: 5, lastSync: 9 }, 5],
    [{ lastSync: 9 }, 9],
    [{ lastChange: NaN, lastSync: 9 }, 9],
    [{}, undefined],
  ])('deliveryDay(%j) = %p', (over, expected) => {
    expect(deliveryDay(src(over as Partial<RemindSource>))).toBe(expected);
  });

  it.each([
    [3, 3],
    [2.7, 2],
    [0, 0],
    [-4, 0],
    [NaN, 0],
    [Infinity, 0],
    ['5', 0],
    [undefined, 0],
  ])('countOf(%p) = %p', (n, expected) => {
    expect(countOf(n)).toBe(expected);
  });
});
