// The late rule: never synced, unreadable, nothing changed since the period began, or delivered; with lastSync as fallback.
import { dayOf } from '../../../src/core/i18n/format';
import { periodOf } from '../../../src/core/remind/calendar';
import { countOf, deliveryDay, lateReason } from '../../../src/core/remind/lateness';
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
  const start = D(2026, 11, 1);

  it('reads the period as expected', () => {
    expect(nov.start).toBe(start);
    expect(nov.key).toBe('2026-11');
  });

  const cases: [string, Partial<RemindSource>, LateReason | undefined][] = [
    ['no state: never consolidated', { state: undefined, lastChange: start + 3 }, 'never_synced'],
    ['empty state string', { state: '' as never, lastChange: start + 3 }, 'never_synced'],
    ['unreachable', { state: 'unreachable', lastChange: start + 3 }, 'unreadable'],
    ['no register sheet', { state: 'no_register', lastSync: start + 3 }, 'unreadable'],
    ['changed on the first day of the period', { state: 'ok', lastChange: start }, undefined],
    ['changed the day before the period', { state: 'ok', lastChange: start - 1 }, 'not_delivered'],
    ['changed after the period (still counts for it)', { state: 'ok', lastChange: D(2026, 12, 9) }, undefined],
    ['errors state, changed within the period', { state: 'errors', lastChange: start + 10 }, undefined],
    ['no lastChange: lastSync on the first day', { state: 'ok', lastSync: start }, undefined],
    ['no lastChange: lastSync the day before', { state: 'ok', lastSync: start - 1 }, 'not_delivered'],
    ['lastChange wins over a later lastSync', { state: 'ok', lastChange: start - 1, lastSync: start + 5 }, 'not_delivered'],
    ['NaN lastChange falls back to lastSync', { state: 'ok', lastChange: NaN, lastSync: start }, undefined],
    ['no dates at all', { state: 'ok' }, 'not_delivered'],
    ['NaN dates only', { state: 'ok', lastChange: NaN, lastSync: NaN }, 'not_delivered'],
    ['unknown state judged by its dates (delivered)', { state: 'weird' as never, lastChange: start }, undefined],
    ['unknown state judged by its dates (late)', { state: 'weird' as never, lastChange: start - 1 }, 'not_delivered'],
  ];
  it.each(cases)('%s', (_name, over, expected) => {
    expect(lateReason(src(over), nov)).toBe(expected);
  });

  it('quarters: the first day of the quarter delivers, the day before does not', () => {
    const q4 = periodOf('quarterly', D(2026, 11, 15));
    expect(q4.start).toBe(D(2026, 10, 1));
    expect(lateReason(src({ state: 'ok', lastChange: D(2026, 10, 1) }), q4)).toBeUndefined();
    expect(lateReason(src({ state: 'ok', lastChange: D(2026, 9, 30) }), q4)).toBe('not_delivered');
  });

  it('a leap day delivers for February, not for March', () => {
    const leap = src({ state: 'ok', lastChange: D(2028, 2, 29) });
    expect(lateReason(leap, periodOf('monthly', D(2028, 2, 1)))).toBeUndefined();
    expect(lateReason(leap, periodOf('monthly', D(2028, 3, 1)))).toBe('not_delivered');
  });

  it('a change on 1 January delivers for the new year only', () => {
    const s = src({ state: 'ok', lastChange: D(2027, 1, 1) });
    expect(lateReason(s, periodOf('monthly', D(2027, 1, 20)))).toBeUndefined();
    expect(lateReason(s, periodOf('quarterly', D(2027, 2, 20)))).toBeUndefined();
    const s2 = src({ state: 'ok', lastChange: D(2026, 12, 31) });
    expect(lateReason(s2, periodOf('monthly', D(2027, 1, 20)))).toBe('not_delivered');
    expect(lateReason(s2, periodOf('quarterly', D(2027, 2, 20)))).toBe('not_delivered');
  });

  it('does not change the source', () => {
    const s = src({ state: 'ok', lastSync: start });
    const copy = structuredClone(s);
    lateReason(s, nov);
    expect(s).toEqual(copy);
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
